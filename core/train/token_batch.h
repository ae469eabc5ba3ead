#pragma once

#include "core/data/train_example.h"

#include <torch/torch.h>

#include <cstdint>
#include <random>
#include <vector>

namespace falconry {

class FalconModelImpl;

/**
 * A right-padded batch and where its loss is taken: position p of row b predicts ids[b, p+1]
 * when that token is trained. Only those positions go through ln_f and the LM head.
 */
struct TokenBatch {
    torch::Tensor ids;              // [B, T] int64 (padding = padId)
    torch::Tensor attentionMask;    // [B, T] int64, 1 = real token
    torch::Tensor predictPositions; // [N] int64 flat indices b * T + p
    torch::Tensor targets;          // [N] int64 = ids[b, p + 1]
    int64_t realTokens = 0;         // sum of attentionMask
    int64_t trainedTokens = 0;      // N
};

/** Pads `examples` to the longest (after cutting each to maxLength) and collects the trained targets. */
TokenBatch makeTokenBatch(const std::vector<const TrainExample*>& examples, int64_t padId, int64_t maxLength,
                          torch::Device device);

/**
 * Batches of indices into `lengths` for one epoch, length-grouped like transformers'
 * LengthGroupedSampler: a random permutation cut into mega-batches of 50 batches, each sorted by
 * length (longest first), so rows of a batch have similar lengths and little compute goes to
 * padding. Deterministic in (seed, epoch).
 */
std::vector<std::vector<int64_t>> lengthGroupedBatches(const std::vector<int64_t>& lengths, int64_t batchSize,
                                                       uint64_t seed, int64_t epoch);

/**
 * Sum of the token cross-entropies of `batch` (fp32 scalar), computed through the model's pieces:
 * embed, blocks (each recomputed in backward when `checkpointing`), gather of the trained
 * positions, ln_f, LM head in fp32 loss. The mean loss is this / batch.trainedTokens.
 */
torch::Tensor lmLossSum(FalconModelImpl& model, const TokenBatch& batch, bool checkpointing);

} // namespace falconry
