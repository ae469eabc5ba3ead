// ggml block formats: sizes as ggml-common.h declares them, half/bf16 rounding against c10's
// (both round to nearest even), hand-worked blocks, and round-trip error bounds per type.
#include "core/export/ggml_type.h"
#include "core/export/quantize.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <cstring>
#include <vector>

using namespace falconry;

TEST(GgmlType, BlockSizesAreGgmls)
{
    // sizeof(block_*) in ggml-common.h.
    EXPECT_EQ(ggmlRowBytes(GgmlType::Q8_0, 32), 34u);
    EXPECT_EQ(ggmlRowBytes(GgmlType::Q4_0, 32), 18u);
    EXPECT_EQ(ggmlRowBytes(GgmlType::Q5_0, 32), 22u);
    EXPECT_EQ(ggmlRowBytes(GgmlType::Q5_1, 32), 24u);
    EXPECT_EQ(ggmlRowBytes(GgmlType::Q4_K, 256), 144u);
    EXPECT_EQ(ggmlRowBytes(GgmlType::Q5_K, 256), 176u);
    EXPECT_EQ(ggmlRowBytes(GgmlType::Q6_K, 256), 210u);
    EXPECT_EQ(ggmlRowBytes(GgmlType::F16, 4544), 9088u);
    EXPECT_EQ(static_cast<uint32_t>(GgmlType::BF16), 30u);
    EXPECT_EQ(static_cast<uint32_t>(GgufFileType::MostlyQ4_K_M), 15u);
}

TEST(GgmlType, HalfAndBf16RoundLikeTorch)
{
    torch::manual_seed(3);
    std::vector<float> values = {0.0f, -0.0f, 1.0f, 65504.0f, 65519.0f, 65520.0f, 1e-8f, 6.1e-5f, 5.96e-8f, 2.98e-8f,
                                 3.0e-8f, -1e-3f, 1.0f + 1.0f / 2048.0f, 1.0f + 3.0f / 2048.0f};
    const torch::Tensor random = torch::randn({20000}) * torch::pow(10.0, torch::randint(-9, 5, {20000}));
    for (int64_t i = 0; i < random.size(0); ++i)
        values.push_back(random[i].item<float>());
    for (const float v : values) {
        const c10::Half half(v);
        uint16_t expected = 0;
        std::memcpy(&expected, &half, 2);
        ASSERT_EQ(floatToHalf(v), expected) << "half of " << v;
        ASSERT_EQ(halfToFloat(expected), static_cast<float>(half)) << v;
        const c10::BFloat16 bf(v);
        ASSERT_EQ(floatToBf16(v), bf.x) << "bf16 of " << v;
    }
}

TEST(Quantize, HandWorkedQ8_0AndQ4_0Blocks)
{
    std::vector<float> x(32);
    for (int j = 0; j < 32; ++j)
        x[static_cast<size_t>(j)] = static_cast<float>(j - 16); // -16 .. 15
    std::vector<uint8_t> q8(34);
    quantizeRows(GgmlType::Q8_0, x.data(), 1, 32, q8.data());
    uint16_t d = 0;
    std::memcpy(&d, q8.data(), 2);
    EXPECT_FLOAT_EQ(halfToFloat(d), halfToFloat(floatToHalf(16.0f / 127.0f)));
    EXPECT_EQ(static_cast<int8_t>(q8[2]), -127);          // -16 -> -127
    EXPECT_EQ(static_cast<int8_t>(q8[2 + 31]), 119);      // 15 * 127 / 16 = 119.06
    // Q4_0: the largest magnitude (-16) maps to -8: d = 2, q = x / 2 + 8.5 truncated, capped at 15.
    std::vector<uint8_t> q4(18);
    quantizeRows(GgmlType::Q4_0, x.data(), 1, 32, q4.data());
    std::memcpy(&d, q4.data(), 2);
    EXPECT_FLOAT_EQ(halfToFloat(d), 2.0f);
    EXPECT_EQ(q4[2] & 0x0f, 0);   // x[0] = -16
    EXPECT_EQ(q4[2] >> 4, 8);     // x[16] = 0 in the high nibble of byte 0
    EXPECT_EQ(q4[2 + 15] >> 4, 15); // x[31] = 15 -> 16, capped
}

namespace {

double relativeRmse(GgmlType type, const torch::Tensor& x)
{
    const int64_t rows = x.size(0);
    const int64_t n = x.size(1);
    std::vector<uint8_t> packed(ggmlRowBytes(type, n) * static_cast<size_t>(rows));
    quantizeRows(type, x.data_ptr<float>(), rows, n, packed.data());
    torch::Tensor y = torch::empty_like(x);
    dequantizeRows(type, packed.data(), rows, n, y.data_ptr<float>());
    return ((y - x).pow(2).mean().sqrt() / x.pow(2).mean().sqrt()).item<double>();
}

} // namespace

TEST(Quantize, RoundTripErrorPerType)
{
    torch::manual_seed(7);
    const torch::Tensor x = torch::randn({16, 1024}) * 0.02; // weight-like values
    // Bits per weight: Q8_0 8.5, Q6_K 6.56, Q5_K 5.5, Q5_1 6, Q5_0 5.5, Q4_K 4.5, Q4_0 4.5. A
    // uniform b-bit quantizer of a Gaussian over its range has a relative RMSE of about 2^-b * 2.
    const std::vector<std::pair<GgmlType, double>> bounds = {
        {GgmlType::F16, 1e-3},  {GgmlType::BF16, 5e-3}, {GgmlType::Q8_0, 0.01}, {GgmlType::Q6_K, 0.03},
        {GgmlType::Q5_K, 0.05}, {GgmlType::Q5_1, 0.06}, {GgmlType::Q5_0, 0.06}, {GgmlType::Q4_K, 0.10},
        {GgmlType::Q4_0, 0.13},
    };
    double previous = 0.0;
    for (const auto& [type, bound] : bounds) {
        const double error = relativeRmse(type, x);
        EXPECT_LT(error, bound) << ggmlTypeName(type);
        EXPECT_GT(error, 0.0) << ggmlTypeName(type);
        if (type == GgmlType::Q4_0) {
            EXPECT_GT(error, previous * 0.8) << "Q4_0 should not beat Q4_K by much";
        }
        previous = error;
        std::cout << ggmlTypeName(type) << " relative RMSE " << error << "\n";
    }
}

TEST(Quantize, ZeroBlocksStayZero)
{
    const std::vector<float> x(256, 0.0f);
    for (const GgmlType type : {GgmlType::Q8_0, GgmlType::Q4_0, GgmlType::Q5_0, GgmlType::Q5_1, GgmlType::Q4_K,
                                GgmlType::Q5_K, GgmlType::Q6_K}) {
        std::vector<uint8_t> packed(ggmlRowBytes(type, 256));
        quantizeRows(type, x.data(), 1, 256, packed.data());
        std::vector<float> y(256, 1.0f);
        dequantizeRows(type, packed.data(), 1, 256, y.data());
        for (const float v : y)
            ASSERT_EQ(v, 0.0f) << ggmlTypeName(type);
    }
}
