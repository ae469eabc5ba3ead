#pragma once

#include "core/model/falcon_block.h"

#include <torch/torch.h>

namespace falconry {

/**
 * Gradient checkpointing of one decoder block (libtorch has no torch.utils.checkpoint): the
 * forward runs under NoGrad keeping only the input; the backward runs the block again with
 * autograd, with the dropout RNG state of the first run restored, and backpropagates through
 * it (reentrant, as torch.utils.checkpoint(use_reentrant=True)). The gradients of the block's
 * trainable parameters accumulate in their .grad as usual. `h` must require grad for the
 * backward to reach the block (the trainer makes the embedding output require grad).
 * `ctx` must stay alive until the backward has run.
 */
torch::Tensor checkpointedBlockForward(FalconBlock block, const torch::Tensor& h, const AttentionContext& ctx);

} // namespace falconry
