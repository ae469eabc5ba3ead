// Sharding a global batch over the ranks: each row exactly once, and the loss scale that makes
// the ranks' averaged gradient equal the global batch's.
#include "core/distributed/data_shard.h"
#include "core/util/errors.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace falconry;

TEST(DataShard, EveryRowExactlyOnceForManyShapes)
{
    for (int world = 1; world <= 7; ++world) {
        for (int64_t batch = 0; batch <= 23; ++batch) {
            std::vector<int> seen(static_cast<size_t>(batch), 0);
            int64_t smallest = batch, largest = 0;
            for (int rank = 0; rank < world; ++rank) {
                const auto positions = shardPositions(batch, rank, world);
                smallest = std::min<int64_t>(smallest, static_cast<int64_t>(positions.size()));
                largest = std::max<int64_t>(largest, static_cast<int64_t>(positions.size()));
                for (int64_t p : positions) {
                    ASSERT_GE(p, 0);
                    ASSERT_LT(p, batch);
                    ++seen[static_cast<size_t>(p)];
                }
            }
            for (int64_t i = 0; i < batch; ++i)
                EXPECT_EQ(seen[static_cast<size_t>(i)], 1) << "row " << i << " batch " << batch << " world " << world;
            EXPECT_LE(largest - smallest, 1) << "batch " << batch << " world " << world;
        }
    }
}

TEST(DataShard, StridedSoThatSortedLengthsSpreadOverRanks)
{
    // A length-grouped batch of 6 over 2 ranks: rank 0 gets rows 0, 2, 4; rank 1 rows 1, 3, 5.
    EXPECT_EQ(shardPositions(6, 0, 2), (std::vector<int64_t>{0, 2, 4}));
    EXPECT_EQ(shardPositions(6, 1, 2), (std::vector<int64_t>{1, 3, 5}));
    EXPECT_EQ(shardPositions(5, 2, 3), (std::vector<int64_t>{2}));
    const std::vector<std::string> rows{"a", "b", "c", "d", "e"};
    EXPECT_EQ(takeShard(rows, 1, 2), (std::vector<std::string>{"b", "d"}));
}

TEST(DataShard, RejectsARankOutsideTheWorld)
{
    EXPECT_THROW(shardPositions(4, 2, 2), TrainError);
    EXPECT_THROW(shardPositions(4, -1, 2), TrainError);
    EXPECT_THROW(shardPositions(4, 0, 0), TrainError);
    EXPECT_THROW(shardPositions(-1, 0, 1), TrainError);
}

TEST(DataShard, LossScaleMakesTheAverageOfShardMeansTheGlobalMean)
{
    // Per-token losses of a global batch of 3 rows with 2, 5 and 1 trained tokens, over 2 ranks.
    const std::vector<std::vector<double>> rows{{1.0, 3.0}, {2.0, 2.0, 4.0, 0.5, 0.5}, {7.0}};
    double globalSum = 0.0;
    int64_t globalTokens = 0;
    for (const auto& row : rows) {
        globalSum += std::accumulate(row.begin(), row.end(), 0.0);
        globalTokens += static_cast<int64_t>(row.size());
    }
    const double globalMean = globalSum / static_cast<double>(globalTokens);
    const int world = 2;
    double averaged = 0.0;
    for (int rank = 0; rank < world; ++rank) {
        double sum = 0.0;
        int64_t tokens = 0;
        for (const auto& row : takeShard(rows, rank, world)) {
            sum += std::accumulate(row.begin(), row.end(), 0.0);
            tokens += static_cast<int64_t>(row.size());
        }
        const double localMean = tokens > 0 ? sum / static_cast<double>(tokens) : 0.0;
        averaged += localMean * shardLossScale(tokens, globalTokens, world) / world;
    }
    EXPECT_NEAR(averaged, globalMean, 1e-12);
    EXPECT_EQ(shardLossScale(0, 0, 2), 0.0);
    EXPECT_THROW(shardLossScale(5, 3, 2), TrainError);
}
