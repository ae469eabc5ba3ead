// The local launcher: torchrun's variables, a failed rank stopping the others with a message
// naming it, signals forwarded, and the CLI entry.
#include "core/distributed/process_launcher.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using namespace falconry;

namespace {

std::vector<std::string> shell(const std::string& script)
{
    return {"/bin/sh", "-c", script};
}

LocalLaunchOptions quietOptions(int nproc)
{
    LocalLaunchOptions options;
    options.nproc = nproc;
    options.gracePeriod = std::chrono::seconds(5);
    return options;
}

} // namespace

TEST(ProcessLauncher, EachRankGetsTorchrunsVariables)
{
    const auto dir = test::makeTempDir("launch-env");
    auto options = quietOptions(3);
    options.threadsPerProcess = 2;
    const auto result = launchLocalProcesses(
        shell("echo \"$RANK $WORLD_SIZE $LOCAL_RANK $LOCAL_WORLD_SIZE $MASTER_ADDR $MASTER_PORT $OMP_NUM_THREADS\" > '" +
              dir.string() + "'/rank-$RANK"),
        options);
    ASSERT_EQ(result.exitCode(), 0) << result.failureMessage;
    EXPECT_EQ(result.firstFailedRank, -1);
    ASSERT_GT(result.masterPort, 0);
    for (int rank = 0; rank < 3; ++rank) {
        std::ifstream in(dir / ("rank-" + std::to_string(rank)));
        std::string line;
        std::getline(in, line);
        EXPECT_EQ(line, std::to_string(rank) + " 3 " + std::to_string(rank) + " 3 127.0.0.1 " +
                            std::to_string(result.masterPort) + " 2");
        EXPECT_EQ(result.ranks[static_cast<size_t>(rank)].exitStatus, 0);
    }
}

TEST(ProcessLauncher, AFailedRankStopsTheOthersAndIsNamed)
{
    const auto result = launchLocalProcesses(shell("if [ \"$RANK\" = 1 ]; then exit 3; fi; exec sleep 60"), quietOptions(3));
    EXPECT_EQ(result.firstFailedRank, 1);
    EXPECT_EQ(result.exitCode(), 3);
    EXPECT_NE(result.failureMessage.find("rank 1 (pid"), std::string::npos) << result.failureMessage;
    EXPECT_NE(result.failureMessage.find("exited with status 3"), std::string::npos) << result.failureMessage;
    for (int rank : {0, 2}) {
        const auto& r = result.ranks[static_cast<size_t>(rank)];
        EXPECT_TRUE(r.stoppedByLauncher);
        EXPECT_EQ(r.signal, SIGTERM) << r.describe();
    }
}

TEST(ProcessLauncher, StoppingARankStopsWhatItStarted)
{
    // Rank 0 is a shell that starts a child and waits for it (as a wrapper script would): the
    // launcher signals the rank's process group, so the child does not outlive the run.
    const auto dir = test::makeTempDir("launch-group");
    const auto childPidFile = dir / "child-pid";
    const auto result = launchLocalProcesses(
        shell("if [ \"$RANK\" = 1 ]; then while [ ! -s '" + childPidFile.string() + "' ]; do sleep 0.01; done; exit 3; fi; "
              "sleep 60 & echo $! > '" + childPidFile.string() + "'; wait"),
        quietOptions(2));
    EXPECT_EQ(result.firstFailedRank, 1);
    std::ifstream in(childPidFile);
    pid_t child = 0;
    ASSERT_TRUE(in >> child);
    auto gone = [child] {
        std::ifstream stat("/proc/" + std::to_string(child) + "/stat");
        std::string pid, name, state;
        return !(stat >> pid >> name >> state) || state == "Z";
    };
    for (int i = 0; i < 200 && !gone(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    EXPECT_TRUE(gone()) << "the rank's child " << child << " outlived the launcher";
    if (!gone())
        ::kill(child, SIGKILL);
}

TEST(ProcessLauncher, ARankKilledBySignalIsReportedWithTheSignal)
{
    auto options = quietOptions(2);
    options.gracePeriod = std::chrono::milliseconds(300);
    // Rank 1 ignores SIGTERM (then says so): the launcher must escalate to SIGKILL after the grace period.
    const auto dir = test::makeTempDir("launch-kill");
    const std::string ready = "'" + dir.string() + "'/ready";
    const auto result = launchLocalProcesses(
        shell("if [ \"$RANK\" = 0 ]; then while [ ! -f " + ready + " ]; do sleep 0.01; done; kill -9 $$; fi; "
              "trap '' TERM; touch " + ready + "; while :; do sleep 0.05; done"),
        options);
    EXPECT_EQ(result.firstFailedRank, 0);
    EXPECT_EQ(result.exitCode(), 128 + SIGKILL);
    EXPECT_NE(result.failureMessage.find("rank 0 (pid"), std::string::npos);
    EXPECT_NE(result.failureMessage.find("killed by signal 9"), std::string::npos) << result.failureMessage;
    EXPECT_EQ(result.ranks[1].signal, SIGKILL) << result.ranks[1].describe();
    EXPECT_TRUE(result.ranks[1].stoppedByLauncher);
}

TEST(ProcessLauncher, ForwardsSigtermToEveryRank)
{
    const auto dir = test::makeTempDir("launch-signal");
    LocalLaunchResult result;
    std::thread launcher([&] {
        result = launchLocalProcesses(shell("touch '" + dir.string() + "'/up-$RANK; exec sleep 60"), quietOptions(2));
    });
    // Once both ranks are up the handlers are installed (they go in before the first fork).
    for (int i = 0; i < 1000 && !(std::filesystem::exists(dir / "up-0") && std::filesystem::exists(dir / "up-1")); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const bool up = std::filesystem::exists(dir / "up-0") && std::filesystem::exists(dir / "up-1");
    ::kill(::getpid(), SIGTERM);
    launcher.join();
    ASSERT_TRUE(up);
    ASSERT_EQ(result.ranks.size(), 2u);
    for (const auto& r : result.ranks)
        EXPECT_EQ(r.signal, SIGTERM) << r.describe();
}

TEST(ProcessLauncher, AProgramThatCannotStartIsAFailedRank)
{
    const auto result = launchLocalProcesses({"/nonexistent/falconry-no-such-program"}, quietOptions(2));
    EXPECT_GE(result.firstFailedRank, 0);
    EXPECT_EQ(result.exitCode(), 127);
}

TEST(ProcessLauncher, NprocOptionIsTakenOutOfTheArguments)
{
    std::vector<std::string> args{"--model", "m", "--nproc", "1", "--lr", "1e-4"};
    EXPECT_EQ(launchLocalIfRequested("train", args), std::nullopt); // one process: run in place
    EXPECT_EQ(args, (std::vector<std::string>{"--model", "m", "--lr", "1e-4"}));
    std::vector<std::string> bad{"--nproc=zero"};
    EXPECT_THROW(launchLocalIfRequested("train", bad), ConfigError);
    std::vector<std::string> none{"--model", "m"};
    EXPECT_EQ(launchLocalIfRequested("train", none), std::nullopt);
}

TEST(ProcessLauncher, CliLaunchReportsTheFailedRank)
{
    const auto dir = test::makeTempDir("launch-cli");
    const std::string command = "'" + test::cliPath().string() +
                                "' launch --nproc 2 -- /bin/sh -c 'if [ \"$RANK\" = 1 ]; then exit 5; fi; sleep 60' 2>'" +
                                (dir / "err").string() + "'";
    const int status = std::system(command.c_str());
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 5);
    std::ifstream in(dir / "err");
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_NE(text.str().find("rank 1 (pid"), std::string::npos) << text.str();
    EXPECT_NE(text.str().find("exited with status 5"), std::string::npos) << text.str();
}
