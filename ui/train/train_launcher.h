#pragma once

#include "ui/engine/engine_types.h"

#include <QObject>
#include <QString>

namespace falconry::ui {

class EngineController;
class LocalTrainRun;
struct RunTargetSettings;
struct TrainRequest;

/**
 * The three ways the Train page launches a run, behind one object: in this process on the
 * engine thread (an EngineController job), as N local falconry-cli processes (LocalTrainRun),
 * or as a launch script for a cluster (written, not run). Both running kinds report the same
 * signals, so the page shows them alike; the script export returns a sentence for the user.
 */
class TrainLauncher final : public QObject {
    Q_OBJECT
public:
    TrainLauncher(EngineController& engine, QObject* parent = nullptr);

    /** A run is going, in either kind. */
    bool isRunning() const { return m_jobId != 0 || m_localRunning; }
    /** The run going is local processes (they cannot pause: their peers would time out). */
    bool isLocal() const { return m_localRunning; }

    /** Submits the in-process training job. */
    void startInProcess(const TrainRequest& request);
    /**
     * Starts `processes` local falconry-cli processes on `device` for `request` (its settings
     * written to the run folder as `train --config` reads them); false with the reason logged.
     */
    bool startLocal(const TrainRequest& request, int processes, const QString& device);
    /** Stop after the current step (a second Stop of local processes stops them the hard way). */
    void stop();

    /**
     * Writes the cluster launch script for `request` to `scriptPath` and its settings beside it;
     * returns what was written where and how to start it, or the problem. `ok` says which.
     */
    static QString exportScript(const TrainRequest& request, const RunTargetSettings& target, const QString& scriptPath,
                                const QString& runName, bool* ok);

Q_SIGNALS:
    void points(const QList<falconry::ui::TrainPoint>& points);
    void logLine(const QString& line);
    /** The run ended: `line` for the log, `ok` when it finished (not stopped, not failed). */
    void ended(const QString& line, bool ok);
    /** After ended(): the in-process job failed with this error. */
    void engineFailed(const falconry::ui::EngineError& error);
    /** After ended(): the local processes failed (not stopped); `tail` is the last stderr lines. */
    void localFailed(const QString& summary, const QString& tail);

private:
    void onEngineEnded(quint64 id, const QString& line, bool ok);
    void onLocalFinished(bool ok, const QString& summary);

    EngineController& m_engine;
    LocalTrainRun* m_local = nullptr;
    bool m_localRunning = false; // a LocalTrainRun is going (the engine is not involved)
    quint64 m_jobId = 0;
};

} // namespace falconry::ui
