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
