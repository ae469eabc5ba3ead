#include "core/model/positional_encoding.h"

#include <cmath>
#include <limits>

namespace falconry {

torch::Tensor positionsFromMask(const torch::Tensor& fullMask, int64_t queryLength)
{
    const torch::Tensor mask = fullMask.to(torch::kLong);
    torch::Tensor pos = mask.cumsum(1) - 1;
    pos.masked_fill_(mask == 0, 1);
    return pos.narrow(1, pos.size(1) - queryLength, queryLength);
}

std::pair<torch::Tensor, torch::Tensor> rotaryCosSin(const FalconConfig& config, const torch::Tensor& positions,
                                                     int64_t totalLength, torch::ScalarType dtype)
{
    const int64_t d = config.headDim();
    const auto fopts = torch::TensorOptions().dtype(torch::kFloat).device(positions.device());
    double base = config.ropeTheta;
    torch::Tensor t = positions.to(torch::kFloat);
    if (config.ropeScaling) {
        const double factor = config.ropeScaling->factor;
        if (config.ropeScaling->type == "linear") {
            t = t / factor;
        } else if (totalLength > config.maxPositionEmbeddings) {
            // transformers' FalconDynamicNTKScalingRotaryEmbedding.
            const double ratio = factor * static_cast<double>(totalLength) / static_cast<double>(config.maxPositionEmbeddings);
            base = base * std::pow(ratio - (factor - 1.0), static_cast<double>(d) / static_cast<double>(d - 2));
        }
    }
    // 1.0 / (base ** (arange(0, d, 2).float() / d)), the same fp32 ops as transformers.
    const torch::Tensor exponent = torch::arange(0, d, 2, fopts) / static_cast<double>(d);
    const torch::Tensor invFreq = 1.0 / torch::pow(torch::scalar_tensor(base, fopts), exponent); // [d/2]
    const torch::Tensor freqs = t.unsqueeze(-1) * invFreq;                                       // [B, T, d/2]
    const torch::Tensor emb = torch::cat({freqs, freqs}, -1);                                    // [B, T, d]
    return {emb.cos().to(dtype), emb.sin().to(dtype)};
}

torch::Tensor applyRotary(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin)
{
    const int64_t half = x.size(-1) / 2;
    const torch::Tensor x1 = x.narrow(-1, 0, half);
    const torch::Tensor x2 = x.narrow(-1, half, half);
    const torch::Tensor rotated = torch::cat({-x2, x1}, -1);
    return x * cos + rotated * sin;
}

torch::Tensor alibiSlopes(int64_t numHeads)
{
    // transformers' build_alibi_tensor (from BLOOM).
    const int64_t closest = int64_t{1} << static_cast<int>(std::floor(std::log2(static_cast<double>(numHeads))));
    const auto fopts = torch::TensorOptions().dtype(torch::kFloat);
    const float base = static_cast<float>(std::pow(2.0, -std::pow(2.0, -(std::log2(static_cast<double>(closest)) - 3.0))));
    torch::Tensor slopes = torch::pow(torch::scalar_tensor(base, fopts), torch::arange(1, 1 + closest, torch::kInt));
    if (closest != numHeads) {
        const float extraBase =
            static_cast<float>(std::pow(2.0, -std::pow(2.0, -(std::log2(static_cast<double>(2 * closest)) - 3.0))));
        const int64_t remaining = std::min(closest, numHeads - closest);
        const torch::Tensor extra =
            torch::pow(torch::scalar_tensor(extraBase, fopts), torch::arange(1, 1 + 2 * remaining, 2, torch::kInt));
        slopes = torch::cat({slopes, extra}, 0);
    }
    return slopes.to(torch::kFloat);
}

torch::Tensor alibiBias(const torch::Tensor& fullMask, int64_t numHeads)
{
    const torch::Tensor mask = fullMask.to(torch::kLong);
    const torch::Tensor keyPos = ((mask.cumsum(1) - 1) * mask).unsqueeze(1);      // [B, 1, S]
    const torch::Tensor slopes = alibiSlopes(numHeads).to(mask.device()).to(torch::kBFloat16).unsqueeze(-1); // [nh, 1]
    const torch::Tensor alibi = slopes * keyPos;                                   // bf16 [B, nh, S], as HF
    return alibi.to(torch::kFloat).unsqueeze(2);                                   // [B, nh, 1, S]
}

torch::Tensor additiveAttentionMask(const torch::Tensor& fullMask, int64_t queryLength)
{
    const int64_t s = fullMask.size(1);
    const auto device = fullMask.device();
    const auto lopts = torch::TensorOptions().dtype(torch::kLong).device(device);
    const torch::Tensor queryPos = torch::arange(s - queryLength, s, lopts).unsqueeze(1); // [T, 1]
    const torch::Tensor keyPos = torch::arange(0, s, lopts).unsqueeze(0);                 // [1, S]
    const torch::Tensor causal = keyPos <= queryPos;                                      // [T, S]
    const torch::Tensor allowed = causal.unsqueeze(0) & (fullMask.to(device) != 0).unsqueeze(1); // [B, T, S]
    const torch::Tensor zero = torch::zeros({}, torch::TensorOptions().dtype(torch::kFloat).device(device));
    const torch::Tensor lowest =
        torch::full({}, std::numeric_limits<float>::lowest(), torch::TensorOptions().dtype(torch::kFloat).device(device));
    return torch::where(allowed, zero, lowest).unsqueeze(1); // [B, 1, T, S]
}

} // namespace falconry
