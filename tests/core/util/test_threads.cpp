#include "core/util/threads.h"

#include <ATen/Parallel.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <thread>

TEST(EngineThreads, RespectsOmpNumThreads)
{
    ::setenv("OMP_NUM_THREADS", "2", 1);
    EXPECT_EQ(falconry::configureEngineThreads(), 2);
    EXPECT_EQ(at::get_num_threads(), 2);
    ::setenv("OMP_NUM_THREADS", "1", 1);
    EXPECT_EQ(falconry::configureEngineThreads(), 1);
}

TEST(EngineThreads, UsesEveryCoreWithoutOmpNumThreads)
{
    ::unsetenv("OMP_NUM_THREADS");
    const int expected = static_cast<int>(std::thread::hardware_concurrency());
    EXPECT_EQ(falconry::configureEngineThreads(), expected > 0 ? expected : 1);
    ::setenv("OMP_NUM_THREADS", "1", 1);
    falconry::configureEngineThreads();
}

// Falconry's kernels (bf16 and NF4 GEMV, the NF4 quantizer, the GGUF export) split their work with
// at::parallel_for; without -fopenmp in core's own build that ran on one thread (issue #20).
TEST(EngineThreads, ParallelForInTheEngineUsesEveryThread)
{
    ::setenv("OMP_NUM_THREADS", "2", 1);
    ASSERT_EQ(falconry::configureEngineThreads(), 2);
    EXPECT_EQ(falconry::parallelForThreads(), 2);
    ::setenv("OMP_NUM_THREADS", "1", 1);
    falconry::configureEngineThreads();
    EXPECT_EQ(falconry::parallelForThreads(), 1);
}
