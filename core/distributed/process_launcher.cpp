#include "core/distributed/process_launcher.h"

#include "core/util/errors.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <thread>

extern char** environ;

namespace falconry {
namespace {

// The ranks' pids, read by the signal handler (plain stores and loads of lock-free atomics are
// async-signal-safe; so is kill()).
constexpr int kMaxRanks = 1024;
std::atomic<pid_t> g_childPids[kMaxRanks];
std::atomic<int> g_childCount{0};
std::atomic<int> g_forwardedSignal{0};
std::atomic<int> g_ranksSignalled{0}; // how many ranks the last forwarded signal reached

/**
 * Signals a rank's whole process group (each rank leads its own): a rank that is a shell or a
 * wrapper script takes its children with it instead of leaving them running as orphans.
 * Async-signal-safe.
 */
void signalRank(pid_t pid, int signal)
{
    if (::kill(-pid, signal) != 0)
        ::kill(pid, signal); // the group is not there yet
}

void forwardSignal(int signal)
{
    g_forwardedSignal.store(signal);
    const int count = g_childCount.load();
    for (int i = 0; i < count; ++i) {
        const pid_t pid = g_childPids[i].load();
        if (pid > 0)
            signalRank(pid, signal);
    }
    g_ranksSignalled.store(count);
}

/** Installs the forwarding handlers and puts the previous ones back when it goes. */
class SignalForwarding {
public:
    SignalForwarding()
    {
        struct sigaction action {};
        action.sa_handler = &forwardSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        for (size_t i = 0; i < kSignals.size(); ++i)
            ::sigaction(kSignals[i], &action, &m_previous[i]);
    }
    ~SignalForwarding()
    {
        for (size_t i = 0; i < kSignals.size(); ++i)
            ::sigaction(kSignals[i], &m_previous[i], nullptr);
        g_childCount.store(0);
    }
    SignalForwarding(const SignalForwarding&) = delete;
    SignalForwarding& operator=(const SignalForwarding&) = delete;

    static constexpr std::array<int, 3> kSignals = {SIGINT, SIGTERM, SIGHUP};

private:
    std::array<struct sigaction, 3> m_previous{};
};

/**
 * Blocks the forwarded signals while a rank is forked. Without it a signal sent to a child between
 * fork and exec runs the inherited forwarding handler there and is lost: the rank then ignores the
 * launcher's SIGTERM and is only stopped by the SIGKILL after the grace period.
 */
class ForwardedSignalsBlocked {
public:
    ForwardedSignalsBlocked()
    {
        sigset_t blocked;
        sigemptyset(&blocked);
        for (int signal : SignalForwarding::kSignals)
            sigaddset(&blocked, signal);
        ::pthread_sigmask(SIG_BLOCK, &blocked, &m_previous);
    }
    ~ForwardedSignalsBlocked() { ::pthread_sigmask(SIG_SETMASK, &m_previous, nullptr); }
    ForwardedSignalsBlocked(const ForwardedSignalsBlocked&) = delete;
    ForwardedSignalsBlocked& operator=(const ForwardedSignalsBlocked&) = delete;

    /** In the child: default dispositions first, then the old mask, so a pending signal kills it. */
    void restoreInChild() const
    {
        struct sigaction defaults {};
        defaults.sa_handler = SIG_DFL;
        sigemptyset(&defaults.sa_mask);
        for (int signal : SignalForwarding::kSignals)
            ::sigaction(signal, &defaults, nullptr);
        ::pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }

private:
    sigset_t m_previous{};
};

std::string signalName(int signal)
{
    const char* description = ::strsignal(signal);
    return std::to_string(signal) + (description ? " (" + std::string(description) + ")" : std::string());
}

int defaultThreads(int nproc)
{
    const int cores = static_cast<int>(std::thread::hardware_concurrency());
    return std::max(1, (cores > 0 ? cores : 1) / std::max(nproc, 1));
}

} // namespace

std::string RankExit::describe() const
{
    std::string text = "rank " + std::to_string(rank) + " (pid " + std::to_string(pid) + ")";
    if (signal != 0)
        text += " was killed by signal " + signalName(signal);
    else
        text += " exited with status " + std::to_string(exitStatus);
    if (stoppedByLauncher)
        text += ", stopped by the launcher";
    return text;
}

int LocalLaunchResult::exitCode() const
{
    if (firstFailedRank < 0)
        return 0;
    const auto& failed = ranks[static_cast<size_t>(firstFailedRank)];
    return failed.signal != 0 ? 128 + failed.signal : failed.exitStatus;
}

int pickFreeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        throw TrainError(std::string("cannot open a socket to find a free port: ") + std::strerror(errno));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        const std::string error = std::strerror(errno);
        ::close(fd);
        throw TrainError("cannot find a free port on 127.0.0.1: " + error);
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

LocalLaunchResult launchLocalProcesses(const std::vector<std::string>& argv, const LocalLaunchOptions& options)
{
    if (argv.empty())
        throw TrainError("launchLocalProcesses: no command to run");
    if (options.nproc < 1 || options.nproc > kMaxRanks)
        throw TrainError("launchLocalProcesses: nproc must be in [1, " + std::to_string(kMaxRanks) + "], found " +
                         std::to_string(options.nproc));
    const auto log = [&](const std::string& line) {
        if (options.log)
            options.log(line);
    };
    LocalLaunchResult result;
    result.masterPort = options.masterPort > 0 ? options.masterPort : pickFreeLoopbackPort();

    // Everything the children need is built before fork: after it only async-signal-safe calls.
    std::map<std::string, std::string> baseEnvironment;
    for (char** entry = environ; entry && *entry; ++entry) {
        const std::string text = *entry;
        const auto equals = text.find('=');
        if (equals != std::string::npos)
            baseEnvironment[text.substr(0, equals)] = text.substr(equals + 1);
    }
    for (const auto& [key, value] : options.extraEnvironment)
        baseEnvironment[key] = value;
    baseEnvironment["MASTER_ADDR"] = options.masterAddr;
    baseEnvironment["MASTER_PORT"] = std::to_string(result.masterPort);
    baseEnvironment["WORLD_SIZE"] = std::to_string(options.nproc);
    baseEnvironment["LOCAL_WORLD_SIZE"] = std::to_string(options.nproc);
    baseEnvironment["GROUP_RANK"] = "0";
    if (options.threadsPerProcess > 0)
        baseEnvironment["OMP_NUM_THREADS"] = std::to_string(options.threadsPerProcess);
    else if (!baseEnvironment.count("OMP_NUM_THREADS"))
        baseEnvironment["OMP_NUM_THREADS"] = std::to_string(defaultThreads(options.nproc));
    baseEnvironment.erase("TORCHELASTIC_USE_AGENT_STORE"); // rank 0 serves the store here

    std::vector<std::vector<std::string>> environments(static_cast<size_t>(options.nproc));
    std::vector<std::vector<char*>> environmentPointers(static_cast<size_t>(options.nproc));
    for (int rank = 0; rank < options.nproc; ++rank) {
        auto env = baseEnvironment;
        env["RANK"] = std::to_string(rank);
        env["LOCAL_RANK"] = std::to_string(rank);
        auto& strings = environments[static_cast<size_t>(rank)];
        for (const auto& [key, value] : env)
            strings.push_back(key + "=" + value);
        auto& pointers = environmentPointers[static_cast<size_t>(rank)];
        for (auto& s : strings)
            pointers.push_back(s.data());
        pointers.push_back(nullptr);
    }
    std::vector<std::string> arguments = argv;
    std::vector<char*> argumentPointers;
    for (auto& a : arguments)
        argumentPointers.push_back(a.data());
    argumentPointers.push_back(nullptr);

    SignalForwarding forwarding;
    g_forwardedSignal.store(0);
    g_ranksSignalled.store(0);
    const pid_t parent = ::getpid();
    result.ranks.resize(static_cast<size_t>(options.nproc));
    std::vector<bool> running(static_cast<size_t>(options.nproc), false);
    for (int rank = 0; rank < options.nproc; ++rank) {
        ForwardedSignalsBlocked blocked;
        const pid_t pid = ::fork();
        if (pid < 0) {
            const std::string error = std::strerror(errno);
            forwardSignal(SIGKILL);
            for (int r = 0; r < rank; ++r)
                ::waitpid(result.ranks[static_cast<size_t>(r)].pid, nullptr, 0);
            throw TrainError("cannot start rank " + std::to_string(rank) + ": fork failed: " + error);
        }
        if (pid == 0) {
            // Own process group: a Ctrl-C in the terminal reaches the launcher, which forwards it
            // once (not twice). Die with the launcher.
            ::setpgid(0, 0);
            blocked.restoreInChild();
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent)
                ::_exit(127);
            ::execvpe(argumentPointers[0], argumentPointers.data(), environmentPointers[static_cast<size_t>(rank)].data());
            const char* prefix = "falconry launcher: cannot run ";
            (void)!::write(2, prefix, std::strlen(prefix));
            (void)!::write(2, argumentPointers[0], std::strlen(argumentPointers[0]));
            (void)!::write(2, "\n", 1);
            ::_exit(127);
        }
        ::setpgid(pid, pid); // as the child does: whichever runs first, the group exists before a signal
        result.ranks[static_cast<size_t>(rank)].rank = rank;
        result.ranks[static_cast<size_t>(rank)].pid = pid;
        running[static_cast<size_t>(rank)] = true;
        g_childPids[rank].store(pid);
        g_childCount.store(rank + 1);
    }
    // A signal handled on another thread while ranks were being forked missed the later ones.
    if (const int forwarded = g_forwardedSignal.load(); forwarded != 0) {
        for (int rank = g_ranksSignalled.load(); rank < options.nproc; ++rank)
            signalRank(result.ranks[static_cast<size_t>(rank)].pid, forwarded);
    }
    log("started " + std::to_string(options.nproc) + " ranks of '" + argv[0] + "' on " + options.masterAddr + ":" +
        std::to_string(result.masterPort));

    int alive = options.nproc;
    bool killPending = false; // SIGKILL the rest at killDeadline
    auto killDeadline = std::chrono::steady_clock::now();
    while (alive > 0) {
        bool reaped = false;
        for (int rank = 0; rank < options.nproc; ++rank) {
            if (!running[static_cast<size_t>(rank)])
                continue;
            auto& exit = result.ranks[static_cast<size_t>(rank)];
            int status = 0;
            const pid_t done = ::waitpid(exit.pid, &status, WNOHANG);
            if (done == 0 || (done < 0 && errno == EINTR))
                continue;
            reaped = true;
            running[static_cast<size_t>(rank)] = false;
            g_childPids[rank].store(0);
            --alive;
            if (done > 0 && WIFSIGNALED(status))
                exit.signal = WTERMSIG(status);
            else if (done > 0 && WIFEXITED(status))
                exit.exitStatus = WEXITSTATUS(status);
            else
                exit.exitStatus = 127;
            if (exit.failed() && result.firstFailedRank < 0 && !exit.stoppedByLauncher) {
                result.firstFailedRank = rank;
                result.failureMessage = exit.describe();
                if (options.stopOthersOnFailure && alive > 0) {
                    log(result.failureMessage + "; stopping the other " + std::to_string(alive) + " rank(s)");
                    for (int other = 0; other < options.nproc; ++other) {
                        if (!running[static_cast<size_t>(other)])
                            continue;
                        result.ranks[static_cast<size_t>(other)].stoppedByLauncher = true;
                        signalRank(result.ranks[static_cast<size_t>(other)].pid, SIGTERM);
                    }
                    killPending = true;
                    killDeadline = std::chrono::steady_clock::now() + options.gracePeriod;
                } else {
                    log(result.failureMessage);
                }
            }
        }
        if (killPending && std::chrono::steady_clock::now() >= killDeadline) {
            for (int other = 0; other < options.nproc; ++other)
                if (running[static_cast<size_t>(other)])
                    signalRank(result.ranks[static_cast<size_t>(other)].pid, SIGKILL);
            killPending = false;
        }
        if (!reaped && alive > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (const int forwarded = g_forwardedSignal.load(); forwarded != 0)
        log("signal " + signalName(forwarded) + " was forwarded to every rank");
    return result;
}

std::optional<int> launchLocalIfRequested(const std::string& subcommand, std::vector<std::string>& args)
{
    std::optional<std::string> value;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--nproc") {
            if (i + 1 >= args.size())
                throw ConfigError("--nproc needs a value: the number of local processes");
            value = args[i + 1];
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
            break;
        }
        if (args[i].rfind("--nproc=", 0) == 0) {
            value = args[i].substr(8);
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
    }
    if (!value)
        return std::nullopt;
    int nproc = 0;
    try {
        size_t used = 0;
        nproc = std::stoi(*value, &used);
        if (used != value->size())
            nproc = 0;
    } catch (const std::exception&) {
        nproc = 0;
    }
    if (nproc < 1 || nproc > kMaxRanks)
        throw ConfigError("--nproc '" + *value + "': expected a number of processes in [1, " +
                          std::to_string(kMaxRanks) + "]");
    if (nproc == 1 || std::getenv("WORLD_SIZE"))
        return std::nullopt;
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error)
        throw TrainError("cannot find this executable (/proc/self/exe) to start the ranks: " + error.message());
    std::vector<std::string> argv{self.string(), subcommand};
    argv.insert(argv.end(), args.begin(), args.end());
    LocalLaunchOptions options;
    options.nproc = nproc;
    options.log = [](const std::string& line) { std::cerr << "falconry launcher: " << line << "\n"; };
    const auto result = launchLocalProcesses(argv, options);
    if (result.firstFailedRank >= 0)
        std::cerr << "falconry launcher: " << subcommand << " failed: " << result.failureMessage << "\n";
    return result.exitCode();
}

} // namespace falconry
