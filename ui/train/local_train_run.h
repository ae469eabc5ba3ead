#pragma once

#include "ui/engine/engine_types.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

class QTimer;

namespace falconry::ui {

/**
 * A training run as N local processes: `falconry-cli train --nproc N ...` started with
 * QProcess (non-blocking). Progress is read from the run folder's metrics.jsonl, which rank
 * 0 appends one line per logged step, on a 250 ms timer; points come out as the TrainPoints
 * the in-process path reports. stop() sends SIGINT to the launcher, which forwards it to the
 * ranks; they agree to stop, write a checkpoint and exit.
 */
class LocalTrainRun final : public QObject {
    Q_OBJECT
public:
    explicit LocalTrainRun(QObject* parent = nullptr);
    /** A run still going is stopped as by stop() and given 30 s to checkpoint, then killed. */
    ~LocalTrainRun() override;

    /** falconry-cli beside this executable, else on PATH; "" when there is none. */
    static QString findCli();

    /**
     * Starts `falconry-cli train --nproc <processes> <trainArguments...>`, following `runDir`.
     * Returns "" when the process is starting, else why it cannot (no falconry-cli, running).
     */
    QString start(int processes, const QStringList& trainArguments, const QString& runDir);
    bool isRunning() const;
    /** First call: SIGINT (checkpoint and stop); second: SIGTERM; later: kill. */
    void stop();
    bool stopRequested() const { return m_stopRequests > 0; }
    QString runDir() const { return m_runDir; }
    /** The last lines the launcher and its ranks wrote to stderr. */
    QString stderrTail() const;

Q_SIGNALS:
    void points(const QList<falconry::ui::TrainPoint>& points);
    void logLine(const QString& line);
    /** The launcher exited; ok when it exited with status 0. `summary` is a sentence for the log. */
    void finished(bool ok, const QString& summary);

private:
    void poll();
    void readStdout();
    void readStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess* m_process = nullptr;
    QTimer* m_poll = nullptr;
    QString m_runDir;
    qint64 m_metricsOffset = 0;
    int m_totalSteps = 0;
    int m_shownStep = 0;      // points up to this step have been reported (or shown from disk)
    TrainPoint m_last;
    int m_stopRequests = 0;
    QByteArray m_stdoutPartial;
    QByteArray m_stderrTail;
    QByteArray m_stderrPartial; // an unfinished stderr line
    QStringList m_resultLines; // "status: ...", "steps: ..." printed by rank 0 at the end
};

} // namespace falconry::ui
