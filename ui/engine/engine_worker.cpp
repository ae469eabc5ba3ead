#include "ui/engine/engine_worker.h"

#include "ui/engine/engine_errors.h"

#include <QThread>

#include <chrono>
#include <thread>

namespace falconry::ui {

// ---- JobContext ----------------------------------------------------------

JobContext::JobContext(EngineWorker& worker, quint64 id, EngineState& state, const std::atomic<bool>& stop,
                       const std::atomic<bool>& pause)
    : m_worker(worker)
    , m_id(id)
    , m_state(state)
    , m_stop(stop)
    , m_pause(pause)
{
    m_sinceTrainFlush.start();
    m_sinceTokenFlush.start();
    m_sinceProgress.start();
}

JobContext::~JobContext() = default;

bool JobContext::waitWhilePaused()
{
    // Polling at 20 ms: pause is rare and this keeps the engine thread free of
    // Qt wait conditions that the GUI would have to signal.
    while (m_pause.load() && !m_stop.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return !m_stop.load();
}

void JobContext::reportTrain(const TrainPoint& point)
{
    m_pendingTrain.append(point);
    if (m_sinceTrainFlush.elapsed() >= kCoalesceMs)
        flushTrain();
}

void JobContext::reportTokens(int row, const QString& text)
{
    // Consecutive text of one row merges into one chunk.
    if (!m_pendingTokens.isEmpty() && m_pendingTokens.last().row == row)
        m_pendingTokens.last().text += text;
    else
        m_pendingTokens.append(TokenChunk{row, text});
    if (m_sinceTokenFlush.elapsed() >= kCoalesceMs)
        flushTokens();
}

void JobContext::reportProgress(double fraction, const QString& message)
{
    // Progress is a state, not a stream: only the latest matters, so drop
    // updates that come faster than the coalescing interval (but never the end).
    if (fraction < 1.0 && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < kCoalesceMs && fraction >= 0.0)
        return;
    m_sinceProgress.restart();
    Q_EMIT m_worker.progress(m_id, JobProgress{fraction, message});
}

void JobContext::log(const QString& line)
{
    flush(); // keep the log in order with the data it talks about
    Q_EMIT m_worker.logLine(m_id, line);
}

void JobContext::flush()
{
    flushTrain();
    flushTokens();
}

void JobContext::flushTrain()
{
    m_sinceTrainFlush.restart();
    if (m_pendingTrain.isEmpty())
        return;
    Q_EMIT m_worker.trainPoints(m_id, m_pendingTrain);
    m_pendingTrain.clear();
}

void JobContext::flushTokens()
{
    m_sinceTokenFlush.restart();
    if (m_pendingTokens.isEmpty())
        return;
    Q_EMIT m_worker.tokens(m_id, m_pendingTokens);
    m_pendingTokens.clear();
}

// ---- EngineWorker --------------------------------------------------------

EngineWorker::EngineWorker(std::shared_ptr<EngineFlags> flags)
    : m_flags(std::move(flags))
    , m_state(makeEngineState())
{
}

// Runs on the engine thread (finished → deleteLater), so the engine state
// (model tensors) is freed where it was made.
EngineWorker::~EngineWorker() = default;

void EngineWorker::runJob(quint64 id, JobKind kind, const EngineJob& job)
{
    Q_ASSERT(QThread::currentThread() == thread());
    // Reset stop first, then look at cancelUpTo: cancel() writes cancelUpTo
    // before stop, so a cancel racing with this start is never lost.
    m_flags->stop.store(false);
    if (id <= m_flags->cancelUpTo.load()) {
        Q_EMIT jobCancelled(id, JobResult{});
        return;
    }
    Q_EMIT jobStarted(id, kind);
    JobContext context(*this, id, *m_state, m_flags->stop, m_flags->pause);
    try {
        job(context);
        context.flush();
        if (m_flags->stop.load())
            Q_EMIT jobCancelled(id, context.result());
        else
            Q_EMIT jobFinished(id, context.result());
    } catch (...) {
        context.flush();
        // A job that threw because it was asked to stop (a loader's "cancelled") was cancelled, not failed.
        if (m_flags->stop.load())
            Q_EMIT jobCancelled(id, context.result());
        else
            Q_EMIT jobFailed(id, toEngineError(std::current_exception()));
    }
}

} // namespace falconry::ui
