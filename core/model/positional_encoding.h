#pragma once

#include "core/model/falcon_config.h"

#include <torch/torch.h>

#include <cstdint>
#include <utility>

namespace falconry {

/**
 * Positions of the last `queryLength` tokens from the attention mask of the whole sequence
 * [B, S] (past + new): cumsum(mask) - 1, padding set to 1, as transformers' generate() does,
 * so left-padded rows start at position 0. Returns [B, T] int64.
 */
torch::Tensor positionsFromMask(const torch::Tensor& fullMask, int64_t queryLength);

/**
 * Rotary cos and sin [B, T, headDim] for `positions` [B, T], computed in fp32 exactly as
 * transformers' FalconRotaryEmbedding (inv_freq = 1 / theta^(arange(0, d, 2) / d), emb = cat(f, f))
 * and cast to `dtype`; `totalLength` (past + new) drives dynamic rope scaling.
 */
std::pair<torch::Tensor, torch::Tensor> rotaryCosSin(const FalconConfig& config, const torch::Tensor& positions,
                                                     int64_t totalLength, torch::ScalarType dtype);

/** x * cos + rotate_half(x) * sin over the last dim (NeoX pairing i, i + d/2). */
torch::Tensor applyRotary(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin);

/** ALiBi slopes [numHeads] fp32 (transformers' build_alibi_tensor, non-power-of-2 heads included). */
torch::Tensor alibiSlopes(int64_t numHeads);

/**
 * ALiBi bias [B, numHeads, 1, S] fp32 for the key positions (cumsum(mask) - 1) * mask, with the
 * product taken in bfloat16 as transformers does (`slopes.bfloat16() * arange`).
 */
torch::Tensor alibiBias(const torch::Tensor& fullMask, int64_t numHeads);

/**
 * Additive causal + padding mask [B, 1, T, S] fp32: 0 where query t (at absolute position
 * S - T + t) may attend key s (s <= its position and mask[b, s] == 1), fp32 lowest elsewhere
 * (transformers uses finfo.min, not -inf, so fully masked rows stay finite).
 */
torch::Tensor additiveAttentionMask(const torch::Tensor& fullMask, int64_t queryLength);

} // namespace falconry
