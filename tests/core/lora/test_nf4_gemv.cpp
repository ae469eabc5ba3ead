// The NF4 decode GEMV and the tiled prefill matmul against dequantize-then-matmul (dequantizeNf4,
// then an fp32 matmul): every kernel this CPU has, plain and double-quantized scales, fp32 and
// bf16 activations, and every shape class: 1-4 input rows, weight rows after the last whole
// group of 8 or 4, blocks of 64 and of 128 (two 64-chunks per block), blocks that run across the
// end of a row (in % blockSize != 0), widths that are not a multiple of 64 and odd widths (rows
// that start in the middle of a byte; the portable path).
#include "core/lora/nf4.h"
#include "core/lora/nf4_gemv.h"
#include "core/lora/lora_config.h"
#include "core/lora/lora_linear.h"
#include "core/model/falcon_linear.h"
#include "core/util/errors.h"

#include <gtest/gtest.h>
#include <torch/csrc/autograd/profiler.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <unistd.h>
#include <vector>

using namespace falconry;

namespace {

struct Shape {
    int64_t rows; // input rows (decode batch)
    int64_t in;
    int64_t out;
    int64_t blockSize;
};

std::string shapeName(const Shape& s)
{
    return std::to_string(s.rows) + "x" + std::to_string(s.in) + "->" + std::to_string(s.out) + "/b" +
           std::to_string(s.blockSize);
}

const std::vector<Shape> kShapes = {
    {1, 4544, 4672, 64},  // Falcon-7B query_key_value
    {1, 64, 1, 64},       // one chunk, one row
    {1, 128, 19, 64},     // 2 groups of 8 rows and 3 rows after them
    {2, 256, 13, 128},    // two chunks per block; 1 group of 8 + 5
    {3, 192, 9, 128},     // a block runs across each row end (192 % 128 = 64); 2 groups of 4 + 1
    {4, 320, 6, 256},     // blocks across row ends, 4 input rows, 1 group of 4 + 2
    {4, 100, 7, 64},      // width not a multiple of 64: portable
    {2, 33, 5, 64},       // odd width: rows start mid-byte
    {3, 18176, 11, 64},   // dense_4h_to_h width
};

/** The reference: W dequantized in fp32, fp32 matmul; and |x| @ |W|^T for the error bound. */
std::pair<torch::Tensor, torch::Tensor> reference(const torch::Tensor& x, const Nf4Tensor& q)
{
    const torch::Tensor w = dequantizeNf4(q, torch::kFloat32);
    const torch::Tensor xf = x.to(torch::kFloat32);
    return {torch::matmul(xf, w.t()), torch::matmul(xf.abs(), w.abs().t())};
}

/**
 * Largest |y - ref| / bound. fp32 activations: sums in another order, 1e-5 of sum |w x|. bf16:
 * the weights may be rounded to bf16 (2^-9 relative) and y is (half a step, 2^-9 of |y|); the
 * bound allows twice that. A wrong nibble, block scale or row gives errors of order sum |w x|.
 */
double worstRatio(const torch::Tensor& y, const torch::Tensor& ref, const torch::Tensor& absSum, bool bf16)
{
    const torch::Tensor bound = bf16 ? absSum * (1.0 / 256) + ref.abs() * (1.0 / 128) + 1e-6 : absSum * 1e-5 + 1e-6;
    return ((y.to(torch::kFloat32) - ref).abs() / bound).max().item<double>();
}

std::vector<Nf4Kernel> availableKernels()
{
    std::vector<Nf4Kernel> out;
    for (Nf4Kernel k : {Nf4Kernel::Portable, Nf4Kernel::Avx512, Nf4Kernel::Avx512Bf16, Nf4Kernel::Avx512Vnni})
        if (nf4KernelAvailable(k))
            out.push_back(k);
    return out;
}

} // namespace

class Nf4GemvShapes : public ::testing::TestWithParam<std::tuple<size_t, bool>> {};

TEST_P(Nf4GemvShapes, EveryKernelMatchesDequantizeThenMatmul)
{
    const auto [shapeIndex, doubleQuant] = GetParam();
    const Shape s = kShapes[shapeIndex];
    torch::manual_seed(static_cast<uint64_t>(s.in * 31 + s.out));
    const Nf4Tensor q = quantizeNf4(torch::randn({s.out, s.in}) * 0.05, doubleQuant, s.blockSize);
    for (const torch::ScalarType dtype : {torch::kFloat32, torch::kBFloat16}) {
        const torch::Tensor x = torch::randn({s.rows, 1, s.in}).to(dtype);
        const auto [ref, absSum] = reference(x, q);
        for (const Nf4Kernel kernel : availableKernels()) {
            const torch::Tensor y = nf4Gemv(x, q, kernel);
            ASSERT_EQ(y.sizes(), (std::vector<int64_t>{s.rows, 1, s.out}));
            ASSERT_EQ(y.scalar_type(), dtype);
            // bf16: the bf16 kernel rounds the weights to bf16 (as the dequantized bf16 weight), all round y.
            EXPECT_LE(worstRatio(y, ref, absSum, dtype == torch::kBFloat16), 1.0)
                << shapeName(s) << " " << nf4KernelName(kernel) << " " << c10::toString(dtype)
                << (doubleQuant ? " double-quantized" : "");
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Shapes, Nf4GemvShapes,
                         ::testing::Combine(::testing::Range<size_t>(0, kShapes.size()), ::testing::Bool()));

TEST(Nf4Gemv, KernelsAgreeWithEachOtherOnFp32Activations)
{
    // fp32 activations: the portable and AVX-512 paths compute the same products (code * x * scale)
    // in another order only.
    torch::manual_seed(3);
    const Nf4Tensor q = quantizeNf4(torch::randn({37, 512}), true);
    const torch::Tensor x = torch::randn({2, 512});
    const torch::Tensor portable = nf4Gemv(x, q, Nf4Kernel::Portable);
    for (const Nf4Kernel kernel : availableKernels())
        EXPECT_TRUE(torch::allclose(nf4Gemv(x, q, kernel), portable, 1e-5, 1e-5)) << nf4KernelName(kernel);
}

TEST(Nf4Gemv, RejectsWhatItCannotCompute)
{
    const Nf4Tensor q = quantizeNf4(torch::randn({8, 64}), false);
    EXPECT_THROW(nf4Gemv(torch::randn({5, 64}), q, Nf4Kernel::Portable), Error);  // 5 rows: prefill
    EXPECT_THROW(nf4Gemv(torch::randn({1, 32}), q, Nf4Kernel::Portable), Error);  // wrong width
    EXPECT_THROW(nf4Gemv(torch::randn({1, 64}).to(torch::kHalf), q, Nf4Kernel::Portable), Error);
    const Nf4Tensor flat = quantizeNf4(torch::randn({512}), false);
    EXPECT_THROW(nf4Gemv(torch::randn({1, 512}), flat, Nf4Kernel::Portable), Error); // not [out, in]
}

TEST(Nf4Dequantize, RowsAreExactlyDequantizeNf4)
{
    torch::manual_seed(5);
    for (const bool doubleQuant : {false, true}) {
        for (const auto& [out, in, block] : std::vector<std::tuple<int64_t, int64_t, int64_t>>{
                 {7, 100, 64}, {5, 33, 64}, {9, 192, 128}, {600, 64, 64}}) {
            const Nf4Tensor q = quantizeNf4(torch::randn({out, in}), doubleQuant, block);
            for (const torch::ScalarType dtype : {torch::kFloat32, torch::kBFloat16}) {
                const torch::Tensor whole = dequantizeNf4(q, dtype);
                torch::Tensor all = torch::empty({out, in}, dtype);
                dequantizeNf4Rows(q, 0, out, all);
                EXPECT_TRUE(torch::equal(all, whole)) << out << "x" << in << " " << c10::toString(dtype);
                torch::Tensor part = torch::empty({out - 3, in}, dtype);
                dequantizeNf4Rows(q, 2, out - 1, part);
                EXPECT_TRUE(torch::equal(part, whole.slice(0, 2, out - 1))) << out << "x" << in;
            }
        }
    }
}

TEST(Nf4TiledMatmul, TilesMatchDequantizeThenMatmul)
{
    torch::manual_seed(9);
    const Nf4Tensor q = quantizeNf4(torch::randn({150, 320}) * 0.05, true);
    for (const torch::ScalarType dtype : {torch::kFloat32, torch::kBFloat16}) {
        const torch::Tensor x = torch::randn({2, 9, 320}).to(dtype);
        const auto [ref, absSum] = reference(x, q);
        for (const int64_t tileRows : {int64_t{0}, int64_t{7}, int64_t{64}, int64_t{150}}) {
            const torch::Tensor y = nf4TiledMatmul(x, q, tileRows);
            ASSERT_EQ(y.sizes(), (std::vector<int64_t>{2, 9, 150}));
            EXPECT_LE(worstRatio(y, ref, absSum, dtype == torch::kBFloat16), 1.0)
                << "tile " << tileRows << " " << c10::toString(dtype);
        }
    }
}

TEST(Nf4Linear, DecodeAndPrefillWithAdapterRowsOnTheSide)
{
    // A FalconLinear on an NF4 source under NoGrad (generation): 1-4 rows take the GEMV, 6 rows
    // the tiled matmul; the LoRA delta is added on the rows where the mask is on.
    torch::manual_seed(11);
    FalconLinear linear(256, 96, true);
    torch::NoGradGuard noGrad;
    linear->bias.uniform_(-1, 1);
    quantizeLinearsToNf4({linear}, true);
    LoraConfig config;
    config.r = 4;
    config.alpha = 8;
    auto adapter = std::make_shared<LoraAdapter>(256, 96, config, torch::kCPU);
    adapter->loraB().normal_(0, 0.1);
    linear->setAdapter(adapter);
    linear->setAdapterRowMask(torch::tensor({0.0F, 1.0F}));
    const torch::Tensor w = linear->effectiveWeight(torch::kFloat32);
    for (const int64_t t : {int64_t{1}, int64_t{2}, int64_t{3}}) { // [2, t]: 2..6 rows
        const torch::Tensor x = torch::randn({2, t, 256});
        const torch::Tensor y = linear->forward(x);
        const torch::Tensor base = torch::nn::functional::linear(x, w, linear->bias);
        const torch::Tensor tuned = base + adapter->forward(x);
        EXPECT_TRUE(torch::allclose(y[0], base[0], 1e-4, 1e-4)) << t;
        EXPECT_TRUE(torch::allclose(y[1], tuned[1], 1e-4, 1e-4)) << t;
    }
}

TEST(Nf4Gemv, IsNamedInProfilerTraces)
{
    const Nf4Tensor q = quantizeNf4(torch::randn({16, 128}), false);
    const std::filesystem::path trace =
        std::filesystem::temp_directory_path() / ("falconry_nf4_trace_" + std::to_string(::getpid()) + ".json");
    {
        torch::autograd::profiler::RecordProfile guard(trace.string());
        nf4Gemv(torch::randn({1, 128}), q, bestNf4Kernel(torch::kFloat32));
        nf4TiledMatmul(torch::randn({8, 128}), q, 8);
    }
    std::stringstream text;
    text << std::ifstream(trace).rdbuf();
    std::filesystem::remove(trace);
    EXPECT_NE(text.str().find("falconry::nf4_gemv"), std::string::npos);
    EXPECT_NE(text.str().find("falconry::nf4_tiled_matmul"), std::string::npos);
}
