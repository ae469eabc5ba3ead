#pragma once

#include "ui/engine/engine_job.h"
#include "ui/engine/engine_types.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace falconry::ui {

class EngineState;

/**
 * Lives on the engine thread (parent-less, moved there by EngineController).
 * Runs one job at a time; every exception a job throws is caught here and
 * leaves as jobFailed(EngineError), so nothing escapes the event loop.
 */
class EngineWorker final : public QObject {
    Q_OBJECT
public:
    explicit EngineWorker(std::shared_ptr<EngineFlags> flags);
    ~EngineWorker() override;

    /** Runs `job` now (call on the engine thread, e.g. through QMetaObject::invokeMethod). */
    void runJob(quint64 id, JobKind kind, const EngineJob& job);

Q_SIGNALS:
    void jobStarted(quint64 id, falconry::ui::JobKind kind);
    void trainPoints(quint64 id, const QList<falconry::ui::TrainPoint>& points);
    void tokens(quint64 id, const QList<falconry::ui::TokenChunk>& chunks);
    void progress(quint64 id, const falconry::ui::JobProgress& progress);
    void logLine(quint64 id, const QString& line);
    void jobFinished(quint64 id, const falconry::ui::JobResult& result);
    void jobFailed(quint64 id, const falconry::ui::EngineError& error);
    void jobCancelled(quint64 id, const falconry::ui::JobResult& partial);

private:
    std::shared_ptr<EngineFlags> m_flags;
    EngineStatePtr m_state; // lives and dies on the engine thread
};

} // namespace falconry::ui
