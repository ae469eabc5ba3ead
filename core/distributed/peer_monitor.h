#pragma once

#include <torch/csrc/distributed/c10d/Store.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace falconry {

/**
 * Heartbeats through the rendezvous store, to tell a dead or hung peer from a slow one.
 * A background thread increments `hb/<rank>` every `interval`; while a collective waits,
 * checkPeers() compares the other ranks' counters with what it saw before and names the ranks
 * that have been silent for longer than the peer timeout. Uses its own store connection, so a
 * stuck main-thread operation cannot block the heartbeat. Internal to core/distributed.
 */
class PeerMonitor {
public:
    PeerMonitor(c10::intrusive_ptr<c10d::Store> store, int rank, int worldSize, std::chrono::milliseconds interval);
    ~PeerMonitor();
    PeerMonitor(const PeerMonitor&) = delete;
    PeerMonitor& operator=(const PeerMonitor&) = delete;

    /** A description of the first peer silent for at least `silence` or that reported a failure;
     *  nullopt while all peers look alive. Cheap enough to call about once a second. */
    std::optional<std::string> checkPeers(std::chrono::milliseconds silence);
    /** After a collective failed: waits a few heartbeat intervals and names the peers that stopped
     *  (or reported a failure); an empty string when every peer still beats. */
    std::string diagnose();

    void reportFailure(const std::string& what) noexcept;
    void markFinished() noexcept;
    void stop() noexcept;

private:
    void beatLoop();
    std::optional<int64_t> readCounter(int peer);
    std::optional<std::string> readFailure(int peer);
    bool isFinished(int peer);

    c10::intrusive_ptr<c10d::Store> m_store;
    int m_rank;
    int m_worldSize;
    std::chrono::milliseconds m_interval;
    std::mutex m_storeMutex; // one request at a time on m_store
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_storeLost{false};
    std::thread m_thread;
    using Clock = std::chrono::steady_clock;
    std::vector<int64_t> m_lastCount;          // per peer, -1 = never read
    std::vector<Clock::time_point> m_lastChange; // per peer
};

} // namespace falconry
