#pragma once

#include "core/distributed/distributed_context.h"
#include "core/distributed/gradient_synchronizer.h"
#include "core/train/trainer.h"

#include <memory>

namespace falconry {

/**
 * The Trainer's data-parallel hooks over a c10d group: rank 0's initial trainable weights
 * broadcast to all, each rank's strided shard of every micro-batch (shardPositions), token counts
 * and losses summed over the ranks, and the gradients summed in buckets before clipping (each
 * rank's loss is already divided by the global token count, so the sum is the global gradient).
 */
TrainDistributedHooks makeTrainDistributedHooks(std::shared_ptr<DistributedContext> context,
                                                GradientSyncOptions options = {});

/**
 * For `falconry-cli train`: when torchrun's variables are set (WORLD_SIZE > 1), joins the group
 * on `device` and installs the hooks in `trainer`; returns the context (nullptr = one process).
 * On an error, call context->reportFailure(what) before exiting so the other ranks name it.
 */
std::shared_ptr<DistributedContext> joinTrainingGroup(Trainer& trainer, torch::Device device);

} // namespace falconry
