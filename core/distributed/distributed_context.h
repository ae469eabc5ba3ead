#pragma once

#include "core/model/device.h" // selectDevice: the device of each rank

#include <torch/torch.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace falconry {

/** Which c10d process group carries the collectives. */
enum class DistributedBackend {
    Auto, // NCCL when the device is CUDA and the build has it, else Gloo
    Gloo,
    Nccl,
};

/**
 * Where this process sits in the group and how to reach the others: torchrun's variables
 * (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT) or explicit values.
 */
struct DistributedSettings {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    std::string masterAddr = "127.0.0.1";
    uint16_t masterPort = 29500;
    /** Longest wait for the rendezvous and for one collective (a slow step on one rank, rank 0 writing a
     *  checkpoint while the others wait at the next all-reduce). */
    std::chrono::milliseconds timeout = std::chrono::minutes(30);
    /** A peer whose heartbeat stays silent this long is declared dead (hung, stopped, unreachable). */
    std::chrono::milliseconds peerTimeout = std::chrono::seconds(60);
    /** How often each rank beats its heartbeat in the store. */
    std::chrono::milliseconds heartbeatInterval = std::chrono::seconds(1);
    DistributedBackend backend = DistributedBackend::Auto;
    /** torchrun's agent already hosts the TCPStore (TORCHELASTIC_USE_AGENT_STORE=True): no rank serves it. */
    bool agentHostsStore = false;
    /** GLOO_SOCKET_IFNAME: the network interface Gloo binds to; empty = from the host name (loopback for
     *  a loopback master). */
    std::string glooInterface;

    /**
     * Reads torchrun's variables. nullopt when WORLD_SIZE is not set (a plain single-process run).
     * FALCONRY_DIST_TIMEOUT_S and FALCONRY_DIST_PEER_TIMEOUT_S override the timeouts.
     * Throws ConfigError naming the variable when one is set but malformed or missing.
     */
    static std::optional<DistributedSettings> fromEnvironment();
};

struct PendingCollective;
/** An all-reduce in flight; DistributedContext::wait completes it. */
using CollectiveHandle = std::shared_ptr<PendingCollective>;

/**
 * One process's membership of a data-parallel group on PyTorch's c10d: rendezvous through a
 * TCPStore (rank 0 serves it unless torchrun's agent does), a Gloo process group on CPU or NCCL
 * on CUDA, and the few collectives that LoRA data parallelism needs.
 *
 * Failure handling: every rank beats a heartbeat counter in the store from a background thread.
 * While a collective waits, a peer whose heartbeat stays silent for `peerTimeout` (or whose
 * connection closes) stops this rank with TrainError("rank 1 stopped responding after 60 s ..."),
 * rather than hanging until the collective's own timeout. A rank that fails on its own calls
 * reportFailure() so that the others name the cause.
 */
class DistributedContext {
public:
    /** Joins the group (blocks until every rank has arrived, at most settings.timeout). */
    DistributedContext(const DistributedSettings& settings, torch::Device device);
    ~DistributedContext();
    DistributedContext(const DistributedContext&) = delete;
    DistributedContext& operator=(const DistributedContext&) = delete;

    /** From torchrun's variables; nullptr when they are absent (single-process run). */
    static std::shared_ptr<DistributedContext> fromEnvironment(torch::Device device);

    int rank() const;
    int worldSize() const;
    int localRank() const;
    bool isMain() const { return rank() == 0; }
    torch::Device device() const;
    std::string backendName() const; // "gloo" or "nccl"
    const DistributedSettings& settings() const;

    void barrier();
    /** Broadcasts `tensors` (any shapes and dtypes, on this context's device) from `root` in place:
     *  e.g. the initial LoRA weights, so that every rank starts identical. */
    void broadcast(const std::vector<torch::Tensor>& tensors, int root = 0);
    /** Sums `tensors` over the ranks in place (each contiguous, on the context's device). */
    void allReduceSum(const std::vector<torch::Tensor>& tensors);
    /** Sums over the ranks and divides by the world size, in place. */
    void allReduceAverage(const std::vector<torch::Tensor>& tensors);
    /** Sum of a scalar over the ranks (token counts, losses for the metrics). */
    double allReduceSum(double value);

    /** Starts summing `flat` (one contiguous tensor) over the ranks; wait() completes it. */
    CollectiveHandle allReduceSumAsync(torch::Tensor flat);
    /** Blocks until `handle` is done; throws TrainError naming the failed peer. */
    void wait(const CollectiveHandle& handle);

    /** Tells the other ranks why this one is about to stop (they put it in their error). */
    void reportFailure(const std::string& what) noexcept;
    /** Leaves the group cleanly: a barrier, so rank 0 (the store) outlives the others' last use. */
    void finish();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace falconry
