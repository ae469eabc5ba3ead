#pragma once

#include <cstdint>
#include <vector>

namespace falconry {

/**
 * Which rows of a global batch a rank trains on. Every rank forms the same global batch (same
 * seed, same order) and keeps rows rank, rank + W, rank + 2W, ... (W = world size): strided
 * rather than contiguous, so that a length-grouped batch spreads its long rows over the ranks.
 * The union over the ranks is the global batch, each row exactly once; with B not divisible by
 * W the first B mod W ranks get one row more (a rank may get none when B < W).
 */
std::vector<int64_t> shardPositions(int64_t globalBatchSize, int rank, int worldSize);

/** The rows of `globalBatch` that `rank` keeps (see shardPositions). */
template <typename T>
std::vector<T> takeShard(const std::vector<T>& globalBatch, int rank, int worldSize)
{
    std::vector<T> shard;
    for (int64_t position : shardPositions(static_cast<int64_t>(globalBatch.size()), rank, worldSize))
        shard.push_back(globalBatch[static_cast<size_t>(position)]);
    return shard;
}

/**
 * The factor for a rank's loss so that averaging the ranks' gradients gives exactly the
 * gradient of the global batch's token-mean loss: each rank's loss is a mean over its own
 * `localTokens` trained tokens, the global one a mean over `globalTokens`, so the rank scales by
 * localTokens * worldSize / globalTokens (0 when the global batch trains no token).
 */
double shardLossScale(int64_t localTokens, int64_t globalTokens, int worldSize);

} // namespace falconry
