#include "core/distributed/peer_monitor.h"

#include <sstream>

namespace falconry {
namespace {

std::string heartbeatKey(int rank)
{
    return "hb/" + std::to_string(rank);
}
std::string failureKey(int rank)
{
    return "failed/" + std::to_string(rank);
}
std::string finishedKey(int rank)
{
    return "finished/" + std::to_string(rank);
}

std::string formatSeconds(std::chrono::milliseconds duration)
{
    std::ostringstream out;
    const double seconds = static_cast<double>(duration.count()) / 1000.0;
    if (seconds >= 10.0)
        out << static_cast<long long>(seconds + 0.5);
    else
        out << seconds;
    out << " s";
    return out.str();
}

} // namespace

PeerMonitor::PeerMonitor(c10::intrusive_ptr<c10d::Store> store, int rank, int worldSize,
                         std::chrono::milliseconds interval)
    : m_store(std::move(store)), m_rank(rank), m_worldSize(worldSize), m_interval(interval),
      m_lastCount(static_cast<size_t>(worldSize), -1), m_lastChange(static_cast<size_t>(worldSize), Clock::now())
{
    m_thread = std::thread([this] { beatLoop(); });
}

PeerMonitor::~PeerMonitor()
{
    stop();
}

void PeerMonitor::stop() noexcept
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void PeerMonitor::beatLoop()
{
    while (!m_stop) {
        try {
            std::lock_guard lock(m_storeMutex);
            m_store->add(heartbeatKey(m_rank), 1);
        } catch (const std::exception&) {
            // The store's host (rank 0, or torchrun's agent) is gone; checkPeers() says so.
            m_storeLost = true;
        }
        // Sleep in small slices so that stop() returns quickly.
        const auto until = Clock::now() + m_interval;
        while (!m_stop && Clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

std::optional<int64_t> PeerMonitor::readCounter(int peer)
{
    try {
        std::lock_guard lock(m_storeMutex);
        return m_store->add(heartbeatKey(peer), 0); // add(…, 0) reads without blocking
    } catch (const std::exception&) {
        m_storeLost = true;
        return std::nullopt;
    }
}

std::optional<std::string> PeerMonitor::readFailure(int peer)
{
    try {
        std::lock_guard lock(m_storeMutex);
        if (!m_store->check({failureKey(peer)}))
            return std::nullopt;
        const auto bytes = m_store->get(failureKey(peer));
        return std::string(bytes.begin(), bytes.end());
    } catch (const std::exception&) {
        m_storeLost = true;
        return std::nullopt;
    }
}

bool PeerMonitor::isFinished(int peer)
{
    try {
        std::lock_guard lock(m_storeMutex);
        return m_store->check({finishedKey(peer)});
    } catch (const std::exception&) {
        m_storeLost = true;
        return false;
    }
}

std::optional<std::string> PeerMonitor::checkPeers(std::chrono::milliseconds silence)
{
    const auto now = Clock::now();
    for (int peer = 0; peer < m_worldSize; ++peer) {
        if (peer == m_rank)
            continue;
        if (auto failure = readFailure(peer))
            return "rank " + std::to_string(peer) + " failed: " + *failure;
        const auto count = readCounter(peer);
        if (m_storeLost)
            return "rank 0 stopped responding (the rendezvous store it serves is unreachable)";
        auto& last = m_lastCount[static_cast<size_t>(peer)];
        auto& changed = m_lastChange[static_cast<size_t>(peer)];
        if (count && *count != last) {
            last = *count;
            changed = now;
            continue;
        }
        const auto quiet = std::chrono::duration_cast<std::chrono::milliseconds>(now - changed);
        if (quiet >= silence && !isFinished(peer))
            return "rank " + std::to_string(peer) + " stopped responding after " + formatSeconds(quiet);
    }
    return std::nullopt;
}

std::string PeerMonitor::diagnose()
{
    std::vector<int64_t> before(static_cast<size_t>(m_worldSize), -1);
    for (int peer = 0; peer < m_worldSize; ++peer)
        if (peer != m_rank)
            before[static_cast<size_t>(peer)] = readCounter(peer).value_or(-1);
    // Three intervals: a live peer beats at least twice in that time.
    const auto waitUntil = Clock::now() + 3 * m_interval;
    std::string found;
    while (Clock::now() < waitUntil) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        for (int peer = 0; peer < m_worldSize; ++peer)
            if (peer != m_rank)
                if (auto failure = readFailure(peer))
                    return "rank " + std::to_string(peer) + " failed: " + *failure;
        if (m_storeLost)
            return "rank 0 stopped responding (the rendezvous store it serves is unreachable)";
    }
    for (int peer = 0; peer < m_worldSize; ++peer) {
        if (peer == m_rank)
            continue;
        const auto after = readCounter(peer);
        if (m_storeLost)
            return "rank 0 stopped responding (the rendezvous store it serves is unreachable)";
        if (after && *after == before[static_cast<size_t>(peer)] && !isFinished(peer)) {
            const auto silent = std::chrono::duration_cast<std::chrono::milliseconds>(3 * m_interval);
            found += (found.empty() ? "" : "; ") + ("rank " + std::to_string(peer) +
                                                     " stopped responding (no heartbeat for " + formatSeconds(silent) + ")");
        }
    }
    return found;
}

void PeerMonitor::reportFailure(const std::string& what) noexcept
{
    try {
        std::lock_guard lock(m_storeMutex);
        m_store->set(failureKey(m_rank), std::vector<uint8_t>(what.begin(), what.end()));
    } catch (...) {
        // Best effort: the others still see the heartbeat stop.
    }
}

void PeerMonitor::markFinished() noexcept
{
    try {
        std::lock_guard lock(m_storeMutex);
        m_store->set(finishedKey(m_rank), std::vector<uint8_t>{1});
    } catch (...) {
    }
}

} // namespace falconry
