#pragma once

#include "ui/engine/engine_types.h"

#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace falconry::ui {

class EngineState;
class EngineWorker;

/** Frees the engine state where it is defined (engine_state.cpp), so that no Qt header needs torch. */
struct EngineStateDeleter {
    void operator()(EngineState* state) const;
};
using EngineStatePtr = std::unique_ptr<EngineState, EngineStateDeleter>;
EngineStatePtr makeEngineState();

/** Flags the GUI thread sets directly and the engine thread polls. */
struct EngineFlags {
    std::atomic<bool> stop{false};
    std::atomic<bool> pause{false};
    /** Jobs with an id up to this one were cancelled before they started. */
    std::atomic<quint64> cancelUpTo{0};
};

/**
 * What a job running on the engine thread sees: the stop and pause flags set
 * by the GUI thread, sinks for results (coalesced to about every 50 ms before
 * they cross to the GUI thread) and the engine state that lives on that thread
 * (the loaded model, tokenizer and adapters).
 */
class JobContext {
public:
    /** Updates of one kind are held back until this many ms have passed since the last. */
    static constexpr qint64 kCoalesceMs = 50;

    JobContext(EngineWorker& worker, quint64 id, EngineState& state, const std::atomic<bool>& stop,
               const std::atomic<bool>& pause);
    ~JobContext();
    JobContext(const JobContext&) = delete;
    JobContext& operator=(const JobContext&) = delete;

    const std::atomic<bool>& stopFlag() const { return m_stop; }
    bool stopRequested() const { return m_stop.load(std::memory_order_relaxed); }
    /** Blocks while the GUI holds pause; returns false when stop was requested meanwhile. */
    bool waitWhilePaused();
    bool paused() const { return m_pause.load(std::memory_order_relaxed); }

    void reportTrain(const TrainPoint& point);
    void reportTokens(int row, const QString& text);
    void reportProgress(double fraction, const QString& message);
    void log(const QString& line);
    /** Sends everything still held back (called when the job ends). */
    void flush();

    void setResult(JobResult result) { m_result = std::move(result); }
    const JobResult& result() const { return m_result; }
    EngineState& state() { return m_state; }

private:
    void flushTrain();
    void flushTokens();

    EngineWorker& m_worker;
    quint64 m_id;
    EngineState& m_state;
    const std::atomic<bool>& m_stop;
    const std::atomic<bool>& m_pause;
    QList<TrainPoint> m_pendingTrain;
    QList<TokenChunk> m_pendingTokens;
    QElapsedTimer m_sinceTrainFlush;
    QElapsedTimer m_sinceTokenFlush;
    QElapsedTimer m_sinceProgress;
    JobResult m_result;
};

/** A unit of engine work; runs on the engine thread, throws on failure. */
using EngineJob = std::function<void(JobContext&)>;

} // namespace falconry::ui
