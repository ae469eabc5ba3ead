// c10d on loopback: the driver tests (Distributed.*) run this test program again as 2 ranks
// through the launcher, each rank running one DistWorker.* test, which is skipped when run alone.
// References: the sums and means are computed here from every rank's (seeded) inputs, not
// taken from the collectives under test.
#include "core/distributed/distributed_context.h"
#include "core/distributed/gradient_synchronizer.h"
#include "core/distributed/process_launcher.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace falconry;

namespace {

constexpr const char* kWorkerVariable = "FALCONRY_DIST_WORKER";

bool isWorker()
{
    return std::getenv(kWorkerVariable) != nullptr;
}

/** Runs DistWorker.<name> as `nproc` ranks; the ranks may die on purpose, so nobody is stopped. */
LocalLaunchResult runWorkers(const std::string& name, int nproc, const std::filesystem::path& dir = {})
{
    const auto self = std::filesystem::read_symlink("/proc/self/exe");
    LocalLaunchOptions options;
    options.nproc = nproc;
    options.threadsPerProcess = 1;
    options.stopOthersOnFailure = false;
    options.extraEnvironment[kWorkerVariable] = "1";
    options.extraEnvironment["FALCONRY_TEST_DIR"] = dir.string();
    return launchLocalProcesses({self.string(), "--gtest_filter=DistWorker." + name, "--gtest_brief=1"}, options);
}

std::shared_ptr<DistributedContext> joinFromEnvironment()
{
    auto settings = DistributedSettings::fromEnvironment();
    if (!settings)
        throw std::runtime_error("worker started without WORLD_SIZE");
    settings->timeout = std::chrono::seconds(60);
    settings->peerTimeout = std::chrono::seconds(3);
    settings->heartbeatInterval = std::chrono::milliseconds(100);
    return std::make_shared<DistributedContext>(*settings, torch::Device(torch::kCPU));
}

std::vector<std::vector<int64_t>> shapes()
{
    return {{7, 5}, {64}, {3, 3, 3}, {1000}, {16, 16}, {5}};
}

/** Rank r's gradient for parameter i in micro-batch m, the same on every process. */
torch::Tensor seededGradient(int rank, size_t parameter, int micro)
{
    torch::manual_seed(static_cast<uint64_t>(1000 * micro + 10 * rank + static_cast<int>(parameter)));
    return torch::randn(shapes()[parameter]);
}

/** Parameter 5 gets no gradient on rank 1 (unused there); parameter 2 is used twice in micro-batch 1. */
bool usedOn(int rank, size_t parameter)
{
    return !(rank == 1 && parameter == 5);
}

void runBackward(const std::vector<torch::Tensor>& params, int rank, int micro)
{
    torch::Tensor loss = torch::zeros({});
    for (size_t i = 0; i < params.size(); ++i) {
        if (!usedOn(rank, i))
            continue;
        const auto g = seededGradient(rank, i, micro);
        if (i == 2 && micro == 1) // twice: d/dp = 0.25 g + 0.75 g
            loss = loss + (params[i] * (0.25 * g)).sum() + (params[i] * (0.75 * g)).sum();
        else
            loss = loss + (params[i] * g).sum();
    }
    loss.backward();
}

void checkBucketedAverage(const std::shared_ptr<DistributedContext>& context, GradientOverlap overlap)
{
    const int world = context->worldSize();
    const int rank = context->rank();
    std::vector<torch::Tensor> params;
    for (const auto& shape : shapes())
        params.push_back(torch::zeros(shape).requires_grad_());
    GradientSyncOptions options;
    options.bucketBytes = 1024; // several buckets for these 5 KB of gradients
    options.overlap = overlap;
    GradientSynchronizer sync(context, params, options);
    EXPECT_GE(sync.bucketCount(), 4);
    EXPECT_EQ(sync.overlapsBackward(), overlap == GradientOverlap::Backward);
    for (int step = 0; step < 2; ++step) {
        for (auto& p : params)
            p.mutable_grad() = torch::Tensor(); // set_to_none, as the trainer zeroes
        // Gradient accumulation: two micro-batches, the all-reduce only after the second.
        sync.prepareBackward(false);
        runBackward(params, rank, 0);
        sync.prepareBackward(true);
        runBackward(params, rank, 1);
        sync.synchronize();
        for (size_t i = 0; i < params.size(); ++i) {
            torch::Tensor expected = torch::zeros(shapes()[i]);
            for (int r = 0; r < world; ++r)
                if (usedOn(r, i))
                    expected += seededGradient(r, i, 0) + seededGradient(r, i, 1);
            expected /= world;
            ASSERT_TRUE(params[i].grad().defined());
            EXPECT_TRUE(torch::allclose(params[i].grad(), expected, 1e-5, 1e-6))
                << "parameter " << i << " step " << step << " max diff "
                << (params[i].grad() - expected).abs().max().item<float>();
        }
        EXPECT_EQ(sync.lastStats().buckets, sync.bucketCount());
        // Rank 1 leaves parameter 5 (in bucket 0, the first to start) without a gradient, so its
        // buckets all start in synchronize(); rank 0's start during backward.
        if (overlap == GradientOverlap::Backward && rank == 0) {
            EXPECT_GT(sync.lastStats().bucketsDuringBackward, 0);
        }
    }
    // The plain (unbucketed) all-reduce of the same local gradients agrees.
    std::vector<torch::Tensor> local;
    for (size_t i = 0; i < params.size(); ++i)
        local.push_back(usedOn(rank, i) ? (seededGradient(rank, i, 0) + seededGradient(rank, i, 1)).contiguous()
                                        : torch::zeros(shapes()[i]));
    context->allReduceAverage(local);
    for (size_t i = 0; i < params.size(); ++i)
        EXPECT_TRUE(torch::allclose(local[i], params[i].grad(), 1e-5, 1e-6)) << "parameter " << i;
}

std::string expectFailure(const std::function<void()>& action)
{
    try {
        action();
    } catch (const TrainError& e) {
        return e.what();
    }
    ADD_FAILURE() << "expected a TrainError";
    return {};
}

} // namespace

// ---- worker halves (skipped unless started by a driver below) ----

TEST(DistWorker, Collectives)
{
    if (!isWorker())
        GTEST_SKIP() << "runs as a rank of Distributed.Collectives";
    auto context = joinFromEnvironment();
    const int world = context->worldSize();
    const int rank = context->rank();
    EXPECT_EQ(context->backendName(), "gloo");
    // Sum: rank r contributes (r + 1) * [0, 1, ..., 99].
    auto t = torch::arange(100, torch::kFloat32) * static_cast<float>(rank + 1);
    context->allReduceSum(std::vector<torch::Tensor>{t});
    EXPECT_TRUE(torch::equal(t, torch::arange(100, torch::kFloat32) * static_cast<float>(world * (world + 1) / 2)));
    EXPECT_DOUBLE_EQ(context->allReduceSum(0.5 + rank), 0.5 * world + world * (world - 1) / 2.0);
    // Broadcast of mixed shapes and dtypes from rank 1: every rank ends with rank 1's values.
    const auto valuesOf = [](int r) {
        torch::manual_seed(static_cast<uint64_t>(77 + r));
        return std::vector<torch::Tensor>{torch::randn({4, 3}), torch::randint(0, 1000, {9}, torch::kInt64),
                                          torch::randn({2, 2, 2}).to(torch::kFloat64)};
    };
    auto mine = valuesOf(rank);
    for (auto& m : mine)
        m.requires_grad_(m.is_floating_point()); // like LoRA parameters
    context->broadcast(mine, 1);
    const auto expected = valuesOf(1);
    for (size_t i = 0; i < mine.size(); ++i)
        EXPECT_TRUE(torch::equal(mine[i], expected[i])) << "tensor " << i;
    context->barrier();
    context->finish();
}

TEST(DistWorker, BucketedGradients)
{
    if (!isWorker())
        GTEST_SKIP() << "runs as a rank of Distributed.BucketedGradientsEqualTheMeanOverRanks";
    auto context = joinFromEnvironment();
    checkBucketedAverage(context, GradientOverlap::Never);
    checkBucketedAverage(context, GradientOverlap::Backward);
    context->finish();
}

TEST(DistWorker, DeadRank)
{
    if (!isWorker())
        GTEST_SKIP() << "runs as a rank of Distributed.ADeadRankStopsTheOthersWithAMessage";
    auto context = joinFromEnvironment();
    auto t = torch::ones({1000});
    context->allReduceSum(std::vector<torch::Tensor>{t});
    if (context->rank() == 1)
        ::raise(SIGKILL);
    const auto start = std::chrono::steady_clock::now();
    const std::string message = expectFailure([&] { context->allReduceSum(std::vector<torch::Tensor>{t}); });
    EXPECT_NE(message.find("rank 1 stopped responding"), std::string::npos) << message;
    EXPECT_NE(message.find("rank 0 of 2"), std::string::npos) << message;
    // Stopped by the dead connection / silent heartbeat, not by the collective's own 60 s timeout.
    EXPECT_LT(std::chrono::steady_clock::now() - start, context->settings().timeout) << message;
}

TEST(DistWorker, HungRank)
{
    if (!isWorker())
        GTEST_SKIP() << "runs as a rank of Distributed.AHungRankIsNamedAfterThePeerTimeout";
    auto context = joinFromEnvironment();
    const std::filesystem::path dir = std::getenv("FALCONRY_TEST_DIR");
    auto t = torch::ones({10});
    context->allReduceSum(std::vector<torch::Tensor>{t});
    if (context->rank() == 1) {
        std::ofstream(dir / "pid-1") << ::getpid();
        ::raise(SIGSTOP); // alive but silent: no heartbeat, no collective
    }
    const std::string message = expectFailure([&] { context->allReduceSum(std::vector<torch::Tensor>{t}); });
    EXPECT_NE(message.find("rank 1 stopped responding after 3"), std::string::npos) << message;
    int pid = 0;
    std::ifstream(dir / "pid-1") >> pid;
    if (pid > 0)
        ::kill(pid, SIGKILL);
}

TEST(DistWorker, ReportedFailure)
{
    if (!isWorker())
        GTEST_SKIP() << "runs as a rank of Distributed.AFailureReportedByARankIsQuoted";
    auto context = joinFromEnvironment();
    auto t = torch::ones({10});
    context->allReduceSum(std::vector<torch::Tensor>{t});
    if (context->rank() == 1) {
        context->reportFailure("loss is NaN at step 3");
        std::_Exit(1);
    }
    const std::string message = expectFailure([&] { context->allReduceSum(std::vector<torch::Tensor>{t}); });
    EXPECT_NE(message.find("rank 1 failed: loss is NaN at step 3"), std::string::npos) << message;
}

// ---- drivers ----

TEST(Distributed, Collectives)
{
    if (isWorker())
        GTEST_SKIP();
    const auto result = runWorkers("Collectives", 2);
    EXPECT_EQ(result.exitCode(), 0) << result.failureMessage;
}

TEST(Distributed, BucketedGradientsEqualTheMeanOverRanks)
{
    if (isWorker())
        GTEST_SKIP();
    const auto result = runWorkers("BucketedGradients", 2);
    EXPECT_EQ(result.exitCode(), 0) << result.failureMessage;
}

TEST(Distributed, ADeadRankStopsTheOthersWithAMessage)
{
    if (isWorker())
        GTEST_SKIP();
    const auto result = runWorkers("DeadRank", 2);
    ASSERT_EQ(result.ranks.size(), 2u);
    EXPECT_EQ(result.ranks[1].signal, SIGKILL) << result.ranks[1].describe();
    EXPECT_EQ(result.ranks[0].exitStatus, 0) << result.ranks[0].describe();
    EXPECT_EQ(result.ranks[0].signal, 0) << result.ranks[0].describe();
}

TEST(Distributed, AHungRankIsNamedAfterThePeerTimeout)
{
    if (isWorker())
        GTEST_SKIP();
    const auto dir = test::makeTempDir("dist-hung");
    const auto result = runWorkers("HungRank", 2, dir);
    ASSERT_EQ(result.ranks.size(), 2u);
    EXPECT_EQ(result.ranks[0].exitStatus, 0) << result.ranks[0].describe();
    EXPECT_EQ(result.ranks[0].signal, 0) << result.ranks[0].describe();
    EXPECT_EQ(result.ranks[1].signal, SIGKILL) << result.ranks[1].describe();
}

TEST(Distributed, AFailureReportedByARankIsQuoted)
{
    if (isWorker())
        GTEST_SKIP();
    const auto result = runWorkers("ReportedFailure", 2);
    ASSERT_EQ(result.ranks.size(), 2u);
    EXPECT_EQ(result.ranks[0].exitStatus, 0) << result.ranks[0].describe();
    EXPECT_EQ(result.ranks[1].exitStatus, 1) << result.ranks[1].describe();
}

// ---- in-process ----

TEST(Distributed, RendezvousWithNoRankZeroFailsWithTheAddress)
{
    if (isWorker())
        GTEST_SKIP();
    DistributedSettings settings;
    settings.rank = 1;
    settings.worldSize = 2;
    settings.masterPort = static_cast<uint16_t>(pickFreeLoopbackPort());
    settings.timeout = std::chrono::seconds(1);
    const std::string message = expectFailure([&] { DistributedContext context(settings, torch::Device(torch::kCPU)); });
    EXPECT_NE(message.find("rank 1 could not join the group of 2 through the TCPStore at 127.0.0.1:" +
                           std::to_string(settings.masterPort)),
              std::string::npos)
        << message;
}

TEST(Distributed, SettingsFromTorchrunsVariables)
{
    if (isWorker())
        GTEST_SKIP();
    ::unsetenv("WORLD_SIZE");
    EXPECT_EQ(DistributedSettings::fromEnvironment(), std::nullopt);
    EXPECT_EQ(DistributedContext::fromEnvironment(torch::Device(torch::kCPU)), nullptr);
    ::setenv("WORLD_SIZE", "4", 1);
    ::setenv("RANK", "3", 1);
    ::setenv("LOCAL_RANK", "1", 1);
    ::setenv("MASTER_ADDR", "10.0.0.7", 1);
    ::setenv("MASTER_PORT", "29555", 1);
    ::setenv("FALCONRY_DIST_PEER_TIMEOUT_S", "5", 1);
    auto settings = DistributedSettings::fromEnvironment();
    ASSERT_TRUE(settings.has_value());
    EXPECT_EQ(settings->worldSize, 4);
    EXPECT_EQ(settings->rank, 3);
    EXPECT_EQ(settings->localRank, 1);
    EXPECT_EQ(settings->masterAddr, "10.0.0.7");
    EXPECT_EQ(settings->masterPort, 29555);
    EXPECT_EQ(settings->peerTimeout, std::chrono::seconds(5));
    ::setenv("RANK", "4", 1);
    EXPECT_THROW(DistributedSettings::fromEnvironment(), ConfigError); // rank outside the world
    ::setenv("RANK", "1", 1);
    ::setenv("MASTER_PORT", "http", 1);
    EXPECT_THROW(DistributedSettings::fromEnvironment(), ConfigError);
    ::unsetenv("MASTER_ADDR");
    EXPECT_THROW(DistributedSettings::fromEnvironment(), ConfigError);
    for (const char* name : {"WORLD_SIZE", "RANK", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT", "FALCONRY_DIST_PEER_TIMEOUT_S"})
        ::unsetenv(name);
}

TEST(Distributed, DeviceIsChosenAtRunTime)
{
    EXPECT_EQ(selectDevice("cpu", 0), torch::Device(torch::kCPU));
    EXPECT_EQ(selectDevice("auto", 1).is_cuda(), torch::cuda::is_available());
    if (!torch::cuda::is_available()) {
        EXPECT_THROW(selectDevice("cuda", 0), ConfigError);
    }
    EXPECT_THROW(selectDevice("tpu", 0), ConfigError);
}
