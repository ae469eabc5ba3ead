#pragma once

#include "ui/engine/engine_job.h"
#include "ui/engine/engine_types.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace falconry::ui {

class EngineWorker;

/**
 * The GUI thread's handle on the engine. Owns the engine QThread and the
 * worker on it; jobs go in with QMetaObject::invokeMethod and run one after
 * another; results come back as signals carrying values, delivered on the GUI
 * thread. cancel() and setPaused() act at once through atomics (the worker's
 * event loop is busy while a job runs, so a queued call would wait).
 *
 * A stall monitor (a precise 10 ms timer on the GUI thread) records the
 * longest gap between its ticks while a job runs: the GUI thread's longest
 * stall during training or generation.
 */
class EngineController final : public QObject {
    Q_OBJECT
public:
    explicit EngineController(QObject* parent = nullptr);
    ~EngineController() override;

    /** Queues `job`; returns its id. Signals for it carry that id. */
    quint64 submit(JobKind kind, EngineJob job);
    /** Stops the running job and drops every queued one (their jobCancelled is emitted). */
    void cancel();
    void setPaused(bool paused);
    bool isPaused() const { return m_flags->pause.load(); }
    bool isBusy() const { return m_pending > 0; }
    /** Kind of the running job (meaningful while busy). */
    JobKind currentKind() const { return m_currentKind; }

    /** Longest GUI-thread stall (ms) measured while jobs ran since the last reset. */
    double longestStallMs() const { return m_longestStallMs; }
    void resetStallMonitor() { m_longestStallMs = 0.0; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void jobStarted(quint64 id, falconry::ui::JobKind kind);
    void trainPoints(quint64 id, const QList<falconry::ui::TrainPoint>& points);
    void tokens(quint64 id, const QList<falconry::ui::TokenChunk>& chunks);
    void progress(quint64 id, const falconry::ui::JobProgress& progress);
    void logLine(quint64 id, const QString& line);
    void jobFinished(quint64 id, const falconry::ui::JobResult& result);
    void jobFailed(quint64 id, const falconry::ui::EngineError& error);
    void jobCancelled(quint64 id, const falconry::ui::JobResult& partial);

private:
    struct ThreadDeleter {
        void operator()(QThread* thread) const;
    };
    void jobEnded();
    void stallTick();

    std::shared_ptr<EngineFlags> m_flags;
    std::unique_ptr<QThread, ThreadDeleter> m_thread;
    EngineWorker* m_worker = nullptr; // parent-less, lives on m_thread, deleted by finished→deleteLater
    quint64 m_nextId = 1;
    int m_pending = 0;
    JobKind m_currentKind = JobKind::Other;

    QTimer* m_stallTimer = nullptr;
    QElapsedTimer m_sinceTick;
    double m_longestStallMs = 0.0;
};

} // namespace falconry::ui
