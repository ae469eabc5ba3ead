#include "core/distributed/data_shard.h"

#include "core/util/errors.h"

#include <string>

namespace falconry {

std::vector<int64_t> shardPositions(int64_t globalBatchSize, int rank, int worldSize)
{
    if (worldSize < 1 || rank < 0 || rank >= worldSize)
        throw TrainError("data shard: rank " + std::to_string(rank) + " is outside a world of " +
                         std::to_string(worldSize));
    if (globalBatchSize < 0)
        throw TrainError("data shard: negative global batch size " + std::to_string(globalBatchSize));
    std::vector<int64_t> positions;
    for (int64_t i = rank; i < globalBatchSize; i += worldSize)
        positions.push_back(i);
    return positions;
}

double shardLossScale(int64_t localTokens, int64_t globalTokens, int worldSize)
{
    if (localTokens < 0 || globalTokens < localTokens || worldSize < 1)
        throw TrainError("data shard: inconsistent token counts (local " + std::to_string(localTokens) + ", global " +
                         std::to_string(globalTokens) + ", world " + std::to_string(worldSize) + ")");
    if (globalTokens == 0)
        return 0.0;
    return static_cast<double>(localTokens) * static_cast<double>(worldSize) / static_cast<double>(globalTokens);
}

} // namespace falconry
