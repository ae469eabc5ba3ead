// The decode GEMV against an fp32 reference: every shape class the kernel has (16-row groups and
// the rows after them, 32-value chunks and the tail, 1-4 input rows), within one bf16 rounding.
#include "core/model/bf16_gemv.h"

#include <gtest/gtest.h>

#include <tuple>

using namespace falconry;

class Bf16Gemv : public ::testing::TestWithParam<std::tuple<int64_t, int64_t, int64_t>> {};

TEST_P(Bf16Gemv, MatchesFp32ReferenceWithinOneBf16Rounding)
{
    const auto [rows, in, out] = GetParam();
    torch::manual_seed(in * 131 + out);
    const torch::Tensor x = torch::randn({rows, 1, in}).to(torch::kBFloat16);
    const torch::Tensor w = (torch::randn({out, in}) * 0.05).to(torch::kBFloat16);
    const torch::Tensor y = bf16GemvOrUndefined(x, w);
    if (!y.defined())
        GTEST_SKIP() << "this CPU has no AVX-512: the caller takes libtorch's linear";
    ASSERT_EQ(y.sizes(), (std::vector<int64_t>{rows, 1, out}));
    ASSERT_EQ(y.scalar_type(), torch::kBFloat16);
    const torch::Tensor reference = torch::matmul(x.to(torch::kFloat), w.to(torch::kFloat).t()); // fp32 sums
    // Sums in another order differ by a few fp32 ulps; after rounding to bf16 at most one bf16 step.
    const torch::Tensor step = reference.abs() * (1.0 / 128) + 1e-6;
    const torch::Tensor error = (y.to(torch::kFloat) - reference).abs();
    EXPECT_TRUE((error <= step).all().item<bool>()) << "largest error " << error.max().item<double>();
}

INSTANTIATE_TEST_SUITE_P(Shapes, Bf16Gemv,
                         ::testing::Values(std::make_tuple(1, 4544, 4672),  // Falcon-7B query_key_value
                                           std::make_tuple(1, 64, 16),      // one 16-row group, two chunks
                                           std::make_tuple(1, 100, 37),     // tail of 4 values, 5 rows after 2 groups
                                           std::make_tuple(3, 33, 19),      // 3 sequences, one chunk + 1
                                           std::make_tuple(4, 31, 5),       // no whole chunk, no whole group
                                           std::make_tuple(2, 18176, 40))); // dense_4h_to_h width

TEST(Bf16GemvScope, LeavesOtherCasesToLibtorch)
{
    const torch::Tensor w = torch::randn({8, 16}).to(torch::kBFloat16);
    EXPECT_FALSE(bf16GemvOrUndefined(torch::randn({5, 16}).to(torch::kBFloat16), w).defined()); // > 4 rows
    EXPECT_FALSE(bf16GemvOrUndefined(torch::randn({1, 16}), w).defined());                        // fp32 input
    EXPECT_FALSE(bf16GemvOrUndefined(torch::randn({1, 16}).to(torch::kBFloat16), w.t()).defined()); // wrong width
}
