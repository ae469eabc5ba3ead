#include "core/distributed/distributed_context.h"

#include "core/distributed/distributed_config.h"
#include "core/distributed/peer_monitor.h"
#include "core/util/errors.h"

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/version.h>
#if FALCONRY_HAVE_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#endif
#if FALCONRY_HAVE_NCCL
#ifndef USE_C10D_NCCL
#define USE_C10D_NCCL
#endif
#include <c10/cuda/CUDAFunctions.h>
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <cstdlib>
#include <map>
#include <sstream>
#include <thread>

namespace falconry {

// libtorch 2.x split ProcessGroup into a dispatcher and per-device Backends; ProcessGroupGloo and
// ProcessGroupNCCL derive from Backend there and from ProcessGroup in 1.13. Both expose the same
// allreduce/broadcast/barrier calls.
#if TORCH_VERSION_MAJOR >= 2
using CollectiveGroup = c10d::Backend;
#else
using CollectiveGroup = c10d::ProcessGroup;
#endif

struct PendingCollective {
    c10::intrusive_ptr<c10d::Work> work;
    std::vector<at::Tensor> tensors; // kept alive until the work completes
    std::string what;
};

namespace {

using Clock = std::chrono::steady_clock;

std::optional<std::string> environmentValue(const char* name)
{
    const char* value = std::getenv(name);
    if (!value || !*value)
        return std::nullopt;
    return std::string(value);
}

long long parseInteger(const std::string& text, const char* name, long long low, long long high)
{
    size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || used == 0 || value < low || value > high)
        throw ConfigError("environment variable " + std::string(name) + "='" + text + "': expected an integer in [" +
                          std::to_string(low) + ", " + std::to_string(high) + "]");
    return value;
}

long long requiredInteger(const char* name, long long low, long long high)
{
    auto text = environmentValue(name);
    if (!text)
        throw ConfigError("environment variable " + std::string(name) +
                          " is not set: WORLD_SIZE is set, so a distributed launcher (torchrun, srun, "
                          "falconry-cli train --nproc N) must also set RANK, MASTER_ADDR and MASTER_PORT");
    return parseInteger(*text, name, low, high);
}

bool isLoopback(const std::string& address)
{
    return address == "localhost" || address.rfind("127.", 0) == 0 || address == "::1";
}

std::string formatSeconds(std::chrono::milliseconds duration)
{
    std::ostringstream out;
    out << static_cast<double>(duration.count()) / 1000.0 << " s";
    return out.str();
}

} // namespace

std::optional<DistributedSettings> DistributedSettings::fromEnvironment()
{
    const auto world = environmentValue("WORLD_SIZE");
    if (!world)
        return std::nullopt;
    DistributedSettings settings;
    settings.worldSize = static_cast<int>(parseInteger(*world, "WORLD_SIZE", 1, 1 << 20));
    settings.rank = static_cast<int>(requiredInteger("RANK", 0, settings.worldSize - 1));
    if (auto local = environmentValue("LOCAL_RANK"))
        settings.localRank = static_cast<int>(parseInteger(*local, "LOCAL_RANK", 0, settings.worldSize - 1));
    else
        settings.localRank = settings.rank;
    if (settings.worldSize > 1) {
        auto addr = environmentValue("MASTER_ADDR");
        if (!addr)
            throw ConfigError("environment variable MASTER_ADDR is not set: the host of rank 0 (or of torchrun's "
                              "rendezvous) is needed to join a group of " +
                              std::to_string(settings.worldSize) + " processes");
        settings.masterAddr = *addr;
        settings.masterPort = static_cast<uint16_t>(requiredInteger("MASTER_PORT", 1, 65535));
    }
    if (auto t = environmentValue("FALCONRY_DIST_TIMEOUT_S"))
        settings.timeout = std::chrono::seconds(parseInteger(*t, "FALCONRY_DIST_TIMEOUT_S", 1, 7 * 24 * 3600));
    if (auto t = environmentValue("FALCONRY_DIST_PEER_TIMEOUT_S"))
        settings.peerTimeout = std::chrono::seconds(parseInteger(*t, "FALCONRY_DIST_PEER_TIMEOUT_S", 1, 24 * 3600));
    if (auto agent = environmentValue("TORCHELASTIC_USE_AGENT_STORE"))
        settings.agentHostsStore = (*agent == "True" || *agent == "true" || *agent == "1");
    if (auto iface = environmentValue("GLOO_SOCKET_IFNAME"))
        settings.glooInterface = *iface;
    return settings;
}

struct DistributedContext::Impl {
    DistributedSettings settings;
    torch::Device device{torch::kCPU};
    std::string backendName;
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<CollectiveGroup> group;
    std::unique_ptr<PeerMonitor> monitor;
    bool failed = false;

    [[noreturn]] void fail(const std::string& what)
    {
        failed = true;
        throw TrainError("rank " + std::to_string(settings.rank) + " of " + std::to_string(settings.worldSize) + ": " +
                         what + ". Every rank stops; resume the run from its last checkpoint.");
    }

    void waitFor(PendingCollective& pending)
    {
        if (backendName == "gloo") {
            // Poll, so that a dead or hung peer is named after peerTimeout instead of waiting for the
            // collective's own (long) timeout.
            const auto start = Clock::now();
            auto nextCheck = start + settings.heartbeatInterval;
            auto pause = std::chrono::microseconds(20);
            while (!pending.work->isCompleted()) {
                std::this_thread::sleep_for(pause);
                pause = std::min(pause * 2, std::chrono::microseconds(2000));
                const auto now = Clock::now();
                if (now < nextCheck)
                    continue;
                nextCheck = now + settings.heartbeatInterval;
                if (auto dead = monitor->checkPeers(settings.peerTimeout))
                    fail("the " + pending.what + " could not complete: " + *dead);
                if (now - start > settings.timeout)
                    fail("the " + pending.what + " did not complete within " + formatSeconds(settings.timeout) +
                         " although every peer still beats (a rank is stuck outside the collectives)");
            }
        }
        try {
            pending.work->wait();
        } catch (const std::exception& e) {
            const std::string cause = monitor->diagnose();
            std::string first = e.what();
            first = first.substr(0, first.find('\n'));
            fail("the " + pending.what + " failed" + (cause.empty() ? std::string() : ": " + cause) + " (" +
                 backendName + ": " + first + ")");
        }
    }
};

DistributedContext::DistributedContext(const DistributedSettings& settings, torch::Device device)
    : m_impl(std::make_unique<Impl>())
{
    auto& d = *m_impl;
    d.settings = settings;
    d.device = device;
    if (settings.worldSize < 1 || settings.rank < 0 || settings.rank >= settings.worldSize)
        throw ConfigError("distributed settings: rank " + std::to_string(settings.rank) + " is outside a world of " +
                          std::to_string(settings.worldSize) + " processes");
    DistributedBackend backend = settings.backend;
    if (backend == DistributedBackend::Auto)
        backend = (device.is_cuda() && FALCONRY_HAVE_NCCL) ? DistributedBackend::Nccl : DistributedBackend::Gloo;
    d.backendName = backend == DistributedBackend::Nccl ? "nccl" : "gloo";
    const std::string where = settings.masterAddr + ":" + std::to_string(settings.masterPort);

    c10d::TCPStoreOptions storeOptions;
    storeOptions.port = settings.masterPort;
    storeOptions.isServer = settings.rank == 0 && !settings.agentHostsStore;
    storeOptions.numWorkers = static_cast<size_t>(settings.worldSize);
    storeOptions.waitWorkers = true;
    storeOptions.timeout = settings.timeout;
    c10::intrusive_ptr<c10d::Store> monitorStore;
    try {
        auto tcp = c10::make_intrusive<c10d::TCPStore>(settings.masterAddr, storeOptions);
        d.store = c10::make_intrusive<c10d::PrefixStore>("falconry", tcp);
        // The monitor's own connection: the heartbeat must not queue behind a blocking request.
        c10d::TCPStoreOptions clientOptions = storeOptions;
        clientOptions.isServer = false;
        clientOptions.waitWorkers = false;
        clientOptions.timeout = std::max(settings.heartbeatInterval * 5, std::chrono::milliseconds(2000));
        monitorStore = c10::make_intrusive<c10d::PrefixStore>(
            "falconry/monitor", c10::make_intrusive<c10d::TCPStore>(settings.masterAddr, clientOptions));
    } catch (const std::exception& e) {
        std::string message = e.what();
        throw TrainError("rank " + std::to_string(settings.rank) + " could not join the group of " +
                         std::to_string(settings.worldSize) + " through the TCPStore at " + where + " within " +
                         formatSeconds(settings.timeout) + ": " + message.substr(0, message.find('\n')) +
                         (storeOptions.isServer ? " (is the port free?)" : " (did rank 0 start?)"));
    }

    try {
        if (backend == DistributedBackend::Nccl) {
#if FALCONRY_HAVE_NCCL
            c10::cuda::set_device(device.index());
            auto options = c10d::ProcessGroupNCCL::Options::create();
            options->timeout = settings.timeout;
            d.group = c10::make_intrusive<c10d::ProcessGroupNCCL>(d.store, settings.rank, settings.worldSize, options);
#else
            throw ConfigError("the NCCL backend was asked for, but this build has no ProcessGroupNCCL (build against a "
                              "CUDA libtorch with nccl.h; see core/distributed/CMakeLists.txt)");
#endif
        } else {
#if FALCONRY_HAVE_GLOO
            auto options = c10d::ProcessGroupGloo::Options::create(settings.timeout);
            if (!settings.glooInterface.empty())
                options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(settings.glooInterface));
            else if (isLoopback(settings.masterAddr))
                options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
            else
                options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
            options->threads = 2; // as torch.distributed: two buckets can be in flight at once
            d.group = c10::make_intrusive<c10d::ProcessGroupGloo>(d.store, settings.rank, settings.worldSize, options);
#else
            throw ConfigError("the Gloo backend was asked for, but this build has no ProcessGroupGloo (install "
                              "libgloo-dev and reconfigure)");
#endif
        }
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        std::string message = e.what();
        throw TrainError("rank " + std::to_string(settings.rank) + " could not create the " + d.backendName +
                         " process group of " + std::to_string(settings.worldSize) + " processes (store " + where +
                         "): " + message.substr(0, message.find('\n')));
    }
    d.monitor = std::make_unique<PeerMonitor>(monitorStore, settings.rank, settings.worldSize, settings.heartbeatInterval);
}

DistributedContext::~DistributedContext()
{
    if (!m_impl)
        return;
    if (m_impl->monitor)
        m_impl->monitor->stop();
    if (m_impl->failed || std::uncaught_exceptions() > 0) {
        // A collective may still be blocked on a dead peer; destroying the group would join its
        // threads and hang until the collective's timeout. The process is about to exit: let it.
        (void)m_impl->group.release();
        (void)m_impl->store.release();
        (void)m_impl.release();
    }
}

std::shared_ptr<DistributedContext> DistributedContext::fromEnvironment(torch::Device device)
{
    auto settings = DistributedSettings::fromEnvironment();
    if (!settings || settings->worldSize == 1)
        return nullptr;
    return std::make_shared<DistributedContext>(*settings, device);
}

int DistributedContext::rank() const
{
    return m_impl->settings.rank;
}
int DistributedContext::worldSize() const
{
    return m_impl->settings.worldSize;
}
int DistributedContext::localRank() const
{
    return m_impl->settings.localRank;
}
torch::Device DistributedContext::device() const
{
    return m_impl->device;
}
std::string DistributedContext::backendName() const
{
    return m_impl->backendName;
}
const DistributedSettings& DistributedContext::settings() const
{
    return m_impl->settings;
}

void DistributedContext::barrier()
{
    PendingCollective pending{m_impl->group->barrier(c10d::BarrierOptions()), {}, "barrier"};
    m_impl->waitFor(pending);
}

void DistributedContext::broadcast(const std::vector<torch::Tensor>& tensors, int root)
{
    torch::NoGradGuard noGrad;
    // One flat buffer per dtype: c10d reads a tensor list as one tensor per local device.
    std::map<int, std::vector<torch::Tensor>> byType;
    for (const auto& t : tensors)
        byType[static_cast<int>(t.scalar_type())].push_back(t);
    for (auto& [type, group] : byType) {
        std::vector<torch::Tensor> pieces;
        for (const auto& t : group)
            pieces.push_back(t.detach().reshape({-1}).to(m_impl->device));
        torch::Tensor flat = torch::cat(pieces).contiguous();
        c10d::BroadcastOptions options;
        options.rootRank = root;
        std::vector<at::Tensor> list{flat};
        PendingCollective pending{m_impl->group->broadcast(list, options), list, "broadcast"};
        m_impl->waitFor(pending);
        int64_t offset = 0;
        for (auto& t : group) {
            t.detach().copy_(flat.narrow(0, offset, t.numel()).view(t.sizes()));
            offset += t.numel();
        }
    }
}

CollectiveHandle DistributedContext::allReduceSumAsync(torch::Tensor flat)
{
    if (!flat.is_contiguous())
        throw TrainError("allReduceSumAsync: expected a contiguous tensor, found strides " +
                         c10::str(flat.strides()));
    auto pending = std::make_shared<PendingCollective>();
    pending->tensors = {std::move(flat)};
    pending->what = "all-reduce";
    c10d::AllreduceOptions options;
    options.reduceOp = c10d::ReduceOp::SUM;
    pending->work = m_impl->group->allreduce(pending->tensors, options);
    return pending;
}

void DistributedContext::wait(const CollectiveHandle& handle)
{
    if (handle && handle->work) {
        m_impl->waitFor(*handle);
        handle->work.reset();
    }
}

void DistributedContext::allReduceSum(const std::vector<torch::Tensor>& tensors)
{
    std::vector<CollectiveHandle> handles;
    for (const auto& t : tensors)
        handles.push_back(allReduceSumAsync(t));
    for (const auto& h : handles)
        wait(h);
}

void DistributedContext::allReduceAverage(const std::vector<torch::Tensor>& tensors)
{
    allReduceSum(tensors);
    torch::NoGradGuard noGrad;
    for (const auto& t : tensors)
        t.div_(static_cast<double>(worldSize()));
}

double DistributedContext::allReduceSum(double value)
{
    auto t = torch::full({1}, value, torch::TensorOptions().dtype(torch::kFloat64).device(m_impl->device));
    allReduceSum(std::vector<torch::Tensor>{t});
    return t.item<double>();
}

void DistributedContext::reportFailure(const std::string& what) noexcept
{
    if (m_impl && m_impl->monitor)
        m_impl->monitor->reportFailure(what);
}

void DistributedContext::finish()
{
    barrier();
    m_impl->monitor->markFinished();
}

} // namespace falconry
