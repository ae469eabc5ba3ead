// NF4 against a plain scalar reading of falcon-spec.md §5 (bitsandbytes quantize_4bit, nf4):
// 16 codes, blocks of 64, x * (1/absmax), nearest code by midpoint thresholds with ties to the
// lower code, element 2j in the high nibble, fp32 absmax; double quantization of absmax.
#include "core/lora/nf4.h"
#include "core/util/errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

using namespace falconry;

namespace {

// The 16 values as the spec lists them.
const double kSpecCode[16] = {-1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453,
                              -0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0,
                              0.07958029955625534, 0.16093020141124725, 0.24611230194568634,
                              0.33791524171829224, 0.44070982933044434, 0.5626170039176941,
                              0.7229568362236023, 1.0};

int refNearest(float xn)
{
    // Walk up while x is strictly above the midpoint to the next code (ties stay low).
    int i = 0;
    while (i < 15 && xn > static_cast<float>((kSpecCode[i] + kSpecCode[i + 1]) / 2.0))
        ++i;
    return i;
}

struct RefQuant {
    std::vector<uint8_t> packed;
    std::vector<float> absmax;
};

RefQuant refQuantize(const std::vector<float>& x, int blockSize)
{
    RefQuant r;
    std::vector<int> idx(x.size());
    for (size_t b = 0; b < x.size(); b += static_cast<size_t>(blockSize)) {
        float am = 0.0F;
        for (size_t i = b; i < std::min(x.size(), b + static_cast<size_t>(blockSize)); ++i)
            am = std::max(am, std::fabs(x[i]));
        r.absmax.push_back(am);
        const float inv = 1.0F / am;
        for (size_t i = b; i < std::min(x.size(), b + static_cast<size_t>(blockSize)); ++i)
            idx[i] = am == 0.0F ? 0 : refNearest(x[i] * inv);
    }
    for (size_t j = 0; j < x.size(); j += 2) {
        const int hi = idx[j];
        const int lo = j + 1 < x.size() ? idx[j + 1] : 7; // the kernel quantizes a padding 0
        r.packed.push_back(static_cast<uint8_t>((hi << 4) | lo));
    }
    return r;
}

std::vector<float> toVector(const torch::Tensor& t)
{
    torch::Tensor c = t.to(torch::kFloat32).contiguous().view({-1});
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

TEST(Nf4, CodeTableIsTheSpecs)
{
    for (int i = 0; i < 16; ++i)
        EXPECT_EQ(nf4Code()[static_cast<size_t>(i)], static_cast<float>(kSpecCode[i])) << i;
}

TEST(Nf4, HandCheckedBlockAndNibbleOrder)
{
    // One block of 64: absmax 2. Values / 2: 1 -> code 15, -1 -> 0, 0 -> 7, 0.05 -> 8 (above
    // 0.0398), 0.2 -> 9 (0.1203 < 0.2 <= 0.2035), -0.3 -> 4 (-0.3397 < -0.3 <= -0.2346).
    std::vector<float> x(64, 0.0F);
    x[0] = 2.0F;
    x[1] = -2.0F;
    x[2] = 0.1F;
    x[3] = 0.4F;
    x[4] = -0.6F;
    Nf4Tensor q = quantizeNf4(torch::tensor(x).view({8, 8}), false);
    ASSERT_EQ(q.packed.numel(), 32);
    ASSERT_EQ(q.absmax.numel(), 1);
    EXPECT_EQ(q.absmax.item<float>(), 2.0F);
    auto* p = q.packed.data_ptr<uint8_t>();
    EXPECT_EQ(p[0], 0xF0); // element 0 (code 15) high nibble, element 1 (code 0) low nibble
    EXPECT_EQ(p[1], 0x89); // 0.05 -> 8, 0.2 -> 9
    EXPECT_EQ(p[2], 0x47); // -0.3 -> 4, 0 -> 7
    EXPECT_EQ(p[3], 0x77);
    torch::Tensor d = dequantizeNf4(q, torch::kFloat32);
    EXPECT_EQ(d.sizes().vec(), (std::vector<int64_t>{8, 8}));
    EXPECT_FLOAT_EQ(d[0][0].item<float>(), 2.0F);
    EXPECT_FLOAT_EQ(d[0][2].item<float>(), static_cast<float>(kSpecCode[8]) * 2.0F);
    EXPECT_FLOAT_EQ(d[0][4].item<float>(), static_cast<float>(kSpecCode[4]) * 2.0F);
}

TEST(Nf4, TiesGoToTheLowerCode)
{
    // absmax 1; a value exactly on the float midpoint between code 7 (0) and 8 stays at 7.
    std::vector<float> x(64, 0.0F);
    x[0] = 1.0F;
    x[2] = static_cast<float>((kSpecCode[7] + kSpecCode[8]) / 2.0);
    x[3] = std::nextafter(x[2], 1.0F);
    Nf4Tensor q = quantizeNf4(torch::tensor(x), false);
    EXPECT_EQ(q.packed.data_ptr<uint8_t>()[1], 0x78);
}

TEST(Nf4, MatchesScalarReferenceOnRandomData)
{
    torch::manual_seed(7);
    // 3 rows of 1000: not a multiple of 64 blocks, odd element count overall is covered below.
    torch::Tensor w = torch::randn({3, 1001}) * 0.05;
    w[1].zero_(); // includes all-zero blocks
    const auto x = toVector(w);
    RefQuant ref = refQuantize(x, 64);
    Nf4Tensor q = quantizeNf4(w, false);
    ASSERT_EQ(q.packed.numel(), static_cast<int64_t>(ref.packed.size()));
    const auto* p = q.packed.data_ptr<uint8_t>();
    for (size_t i = 0; i < ref.packed.size(); ++i)
        ASSERT_EQ(p[i], ref.packed[i]) << "byte " << i;
    const auto absmax = toVector(q.absmax);
    ASSERT_EQ(absmax, ref.absmax);

    // Dequant: code[nibble] * absmax[block], and within half the widest code gap of absmax.
    const auto d = toVector(dequantizeNf4(q, torch::kFloat32));
    const double halfGap = (1.0 - 0.6961928009986877) / 2.0; // the widest gap: -1 .. -0.696
    for (size_t i = 0; i < x.size(); ++i) {
        const int nib = (i % 2 == 0) ? ref.packed[i / 2] >> 4 : ref.packed[i / 2] & 15;
        const float am = ref.absmax[i / 64];
        ASSERT_EQ(d[i], static_cast<float>(kSpecCode[nib]) * am) << i;
        ASSERT_LE(std::fabs(d[i] - x[i]), halfGap * am + 1e-7) << i;
    }
    // The bf16 weight is the fp32 dequantization rounded.
    torch::Tensor bf = dequantizeNf4(q, torch::kBFloat16);
    EXPECT_EQ(bf.scalar_type(), torch::kBFloat16);
    EXPECT_TRUE(torch::equal(bf, dequantizeNf4(q, torch::kFloat32).to(torch::kBFloat16)));
}

TEST(Nf4, DoubleQuantizedAbsmax)
{
    // Signed dynamic map, from bitsandbytes' create_dynamic_map(signed=True, 7, 8) in doubles.
    std::vector<double> map = {0.0, 1.0};
    for (int i = 0; i < 7; ++i) {
        const int items = (1 << i) + 1;
        for (int k = 0; k + 1 < items; ++k) {
            const double b0 = 0.1 + 0.9 * k / (items - 1);
            const double b1 = 0.1 + 0.9 * (k + 1) / (items - 1);
            const double v = std::pow(10.0, -6 + i) * (b0 + b1) / 2.0;
            map.push_back(v);
            map.push_back(-v);
        }
    }
    std::sort(map.begin(), map.end());
    torch::Tensor m = signedDynamicMap8();
    ASSERT_EQ(m.numel(), 256);
    for (int i = 0; i < 256; ++i)
        EXPECT_NEAR(m[i].item<float>(), map[static_cast<size_t>(i)], 1e-6 * std::max(1e-6, std::fabs(map[static_cast<size_t>(i)])) + 1e-12) << i;

    torch::manual_seed(3);
    torch::Tensor w = torch::randn({300, 256}) * torch::rand({300, 1}); // 1200 blocks -> 5 blocks of 256
    Nf4Tensor plain = quantizeNf4(w, false);
    Nf4Tensor dq = quantizeNf4(w, true);
    ASSERT_TRUE(dq.doubleQuant);
    ASSERT_EQ(dq.qabsmax.numel(), 1200);
    ASSERT_EQ(dq.absmax2.numel(), 5);
    EXPECT_TRUE(torch::equal(dq.packed, plain.packed)); // the codes do not depend on DQ
    const auto am = toVector(plain.absmax);
    double mean = 0.0;
    for (float a : am)
        mean += a;
    mean /= static_cast<double>(am.size());
    EXPECT_NEAR(dq.offset, mean, 1e-6);
    const auto decoded = toVector(nf4Absmax(dq));
    const auto* qa = dq.qabsmax.data_ptr<uint8_t>();
    for (size_t b = 0; b < am.size(); ++b) {
        double scale = 0.0;
        for (size_t k = (b / 256) * 256; k < std::min(am.size(), (b / 256 + 1) * 256); ++k)
            scale = std::max(scale, std::fabs(am[k] - mean));
        // Decoded = map[q] * absmax2 + mean, with q the nearest map entry to (absmax - mean) / absmax2.
        const double target = (am[b] - mean) / scale;
        size_t best = 0;
        for (size_t k = 1; k < 256; ++k)
            if (std::fabs(map[k] - target) < std::fabs(map[best] - target))
                best = k;
        EXPECT_NEAR(std::fabs(map[qa[b]] - target), std::fabs(map[best] - target), 1e-6) << b;
        EXPECT_NEAR(decoded[b], map[qa[b]] * scale + mean, 1e-6) << b;
    }
    // Memory: about 4.127 bits per value with DQ, 4.5 without.
    EXPECT_NEAR(8.0 * static_cast<double>(dq.bytes()) / static_cast<double>(w.numel()), 4.127, 0.01);
    EXPECT_NEAR(8.0 * static_cast<double>(plain.bytes()) / static_cast<double>(w.numel()), 4.5, 0.01);
}

TEST(Nf4, WeightSourceReplacesLinearWeight)
{
    torch::manual_seed(1);
    FalconLinear lin(128, 64, false);
    torch::Tensor w = lin->weight.detach().clone();
    torch::Tensor x = torch::randn({2, 3, 128});
    quantizeLinearsToNf4({lin}, true);
    ASSERT_TRUE(lin->weightSource());
    EXPECT_EQ(lin->weight.numel(), 0);
    torch::Tensor wq = lin->weightSource()->weight(torch::kFloat32);
    EXPECT_TRUE(torch::allclose(lin->forward(x), torch::matmul(x, wq.t()), 1e-5, 1e-6));
    // Half the widest code gap of absmax, plus the 8-bit error of the double-quantized absmax.
    EXPECT_LT((wq - w).abs().max().item<float>(), 0.17F * w.abs().max().item<float>());
}

TEST(Nf4, ChunkedDequantizationWithDoubleQuantMatchesTheWholeAbsmax)
{
    // More than one dequantization chunk (65,536 blocks of 64), the last one partial, and a
    // size that is not a multiple of 256 blocks: the absmax is decoded chunk by chunk there.
    torch::manual_seed(5);
    torch::Tensor w = torch::randn({2101, 2048}) * torch::rand({2101, 1});
    Nf4Tensor q = quantizeNf4(w, true);
    ASSERT_GT(q.qabsmax.numel(), 65536);
    ASSERT_NE(q.qabsmax.numel() % 256, 0);
    // Reference: code[nibble] * nf4Absmax(q)[block], element 2j in the high nibble.
    const torch::Tensor packed = q.packed.to(torch::kLong);
    const torch::Tensor nibbles = torch::stack({packed.bitwise_right_shift(4), packed.bitwise_and(15)}, 1).view({-1});
    const torch::Tensor code = torch::tensor(std::vector<float>(nf4Code().begin(), nf4Code().end()));
    const torch::Tensor reference =
        (code.index_select(0, nibbles).slice(0, 0, w.numel()) * nf4Absmax(q).repeat_interleave(64).slice(0, 0, w.numel()))
            .view(w.sizes());
    EXPECT_TRUE(torch::equal(Nf4WeightSource(q).weight(torch::kFloat32), reference));
}

TEST(Nf4, TrainingThroughAnNf4LinearGivesTheGradientsOfItsDequantizedWeight)
{
    // With gradients on, the NF4 linear keeps no dequantized weight for backward and
    // dequantizes again there; the input gradient must be that of x @ W_q^T + b.
    torch::manual_seed(2);
    FalconLinear lin(96, 80, true);
    {
        torch::NoGradGuard noGrad;
        lin->bias.normal_();
    }
    lin->bias.set_requires_grad(false);
    quantizeLinearsToNf4({lin}, true);
    const torch::Tensor wq = lin->weightSource()->weight(torch::kFloat32);
    torch::Tensor x = torch::randn({2, 5, 96}, torch::requires_grad());
    torch::Tensor xRef = x.detach().clone().requires_grad_(true);
    const torch::Tensor dy = torch::randn({2, 5, 80});
    torch::Tensor y = lin->forward(x);
    torch::Tensor yRef = torch::matmul(xRef, wq.t()) + lin->bias;
    EXPECT_TRUE(torch::allclose(y, yRef, 1e-5, 1e-6));
    y.backward(dy);
    yRef.backward(dy);
    EXPECT_TRUE(torch::allclose(x.grad(), xRef.grad(), 1e-5, 1e-6)) << (x.grad() - xRef.grad()).abs().max();
    {
        torch::NoGradGuard noGrad; // the inference path gives the same output
        EXPECT_TRUE(torch::allclose(lin->forward(x.detach()), y.detach(), 1e-5, 1e-6));
    }
}

TEST(Nf4, RejectsBadBlockSize)
{
    EXPECT_THROW(quantizeNf4(torch::zeros({100}), false, 100), Error);
}
