#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace falconry {

/** How launchLocalProcesses starts and watches its ranks. */
struct LocalLaunchOptions {
    int nproc = 2;
    std::string masterAddr = "127.0.0.1"; // loopback: one machine
    int masterPort = 0;                   // 0 = a free port, picked now
    /** OMP_NUM_THREADS per rank; 0 = the machine's cores divided by nproc (at least 1), unless
     *  OMP_NUM_THREADS is already set, which then holds for every rank. */
    int threadsPerProcess = 0;
    /** When one rank fails, stop the others (SIGTERM, then SIGKILL after gracePeriod). */
    bool stopOthersOnFailure = true;
    std::chrono::milliseconds gracePeriod = std::chrono::seconds(10);
    std::map<std::string, std::string> extraEnvironment;
    /** Progress lines ("rank 1 (pid 1234) exited with status 3; stopping the other ranks"). */
    std::function<void(const std::string&)> log;
};

/** How one rank ended. */
struct RankExit {
    int rank = 0;
    int pid = 0;
    int exitStatus = 0;          // valid when signal == 0
    int signal = 0;              // the signal that ended it, 0 = it exited
    bool stoppedByLauncher = false;
    bool failed() const { return signal != 0 || exitStatus != 0; }
    /** "rank 1 (pid 1234) was killed by signal 9 (Killed)" / "... exited with status 3". */
    std::string describe() const;
};

struct LocalLaunchResult {
    std::vector<RankExit> ranks;    // indexed by rank
    int firstFailedRank = -1;       // the rank whose failure stopped the group; -1 = all succeeded
    std::string failureMessage;     // describe() of that rank, empty on success
    int masterPort = 0;
    /** 0 when every rank succeeded; else the first failed rank's status (128 + signal if signalled). */
    int exitCode() const;
};

/**
 * Runs `argv` (argv[0] is looked up on PATH when it has no '/') as `nproc` processes on this
 * machine with torchrun's variables set (MASTER_ADDR, MASTER_PORT, RANK, WORLD_SIZE, LOCAL_RANK,
 * LOCAL_WORLD_SIZE, GROUP_RANK=0, OMP_NUM_THREADS), and waits for them. SIGINT, SIGTERM and SIGHUP
 * received meanwhile are forwarded to every rank; if one rank fails the others are stopped and
 * the result names it. The children die with the launcher (PR_SET_PDEATHSIG).
 * Throws TrainError when a process cannot be started.
 */
LocalLaunchResult launchLocalProcesses(const std::vector<std::string>& argv, const LocalLaunchOptions& options);

/** A TCP port on 127.0.0.1 that was free a moment ago (bound to port 0 and released). */
int pickFreeLoopbackPort();

/**
 * The CLI's entry for `falconry-cli <subcommand> --nproc N ...`: removes `--nproc N` /
 * `--nproc=N` from `args` (in place); when N > 1 and this process is not already a rank
 * (WORLD_SIZE unset), reruns this executable as `<self> <subcommand> <args...>` N times on
 * loopback, prints the outcome to stderr and returns the exit code. Otherwise returns nullopt
 * and the command runs as usual (as one rank, or alone). Throws ConfigError on a malformed N.
 */
std::optional<int> launchLocalIfRequested(const std::string& subcommand, std::vector<std::string>& args);

} // namespace falconry
