#include "ui/train/train_launcher.h"

#include "ui/engine/engine_controller.h"
#include "ui/train/local_train_run.h"
#include "ui/train/run_target.h"
#include "ui/train/train_job.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <exception>

namespace falconry::ui {
namespace {

Q_LOGGING_CATEGORY(lcTrainLauncher, "falconry.ui.train")

} // namespace

TrainLauncher::TrainLauncher(EngineController& engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_local(new LocalTrainRun(this))
{
    connect(&m_engine, &EngineController::trainPoints, this, [this](quint64 id, const QList<TrainPoint>& p) {
        if (id == m_jobId && id != 0 && !p.isEmpty())
            Q_EMIT points(p);
    });
    connect(&m_engine, &EngineController::logLine, this, [this](quint64 id, const QString& line) {
        if (id == m_jobId && id != 0)
            Q_EMIT logLine(line);
    });
    connect(&m_engine, &EngineController::jobFinished, this, [this](quint64 id, const JobResult& r) {
        onEngineEnded(id, r.summary.isEmpty() ? tr("Training finished.") : r.summary, true);
    });
    connect(&m_engine, &EngineController::jobCancelled, this, [this](quint64 id, const JobResult&) {
        onEngineEnded(id, tr("Training stopped; the last checkpoint can be resumed."), false);
    });
    connect(&m_engine, &EngineController::jobFailed, this, [this](quint64 id, const EngineError& e) {
        if (id != m_jobId || id == 0)
            return;
        onEngineEnded(id, tr("%1: %2").arg(e.title, e.message), false);
        Q_EMIT engineFailed(e);
    });
    connect(m_local, &LocalTrainRun::points, this, &TrainLauncher::points);
    connect(m_local, &LocalTrainRun::logLine, this, &TrainLauncher::logLine);
    connect(m_local, &LocalTrainRun::finished, this, &TrainLauncher::onLocalFinished);
}

void TrainLauncher::startInProcess(const TrainRequest& request)
{
    m_engine.resetStallMonitor();
    m_jobId = m_engine.submit(JobKind::Train, makeTrainJob(request));
}

void TrainLauncher::onEngineEnded(quint64 id, const QString& line, bool ok)
{
    if (id != m_jobId || id == 0)
        return;
    m_jobId = 0;
    // A developer's figure (the GUI thread's longest stall), not the user's: the debug log only.
    qCDebug(lcTrainLauncher, "longest GUI-thread stall while training: %.1f ms", m_engine.longestStallMs());
    Q_EMIT ended(line, ok);
}

bool TrainLauncher::startLocal(const TrainRequest& request, int processes, const QString& device)
{
    QStringList args;
    if (!request.resumeRunDir.isEmpty()) {
        args = {QStringLiteral("--resume"), request.resumeRunDir}; // the settings are in its run.json
        if (request.resumeChanges.learningRate)
            args << QStringLiteral("--lr") << QString::number(*request.resumeChanges.learningRate, 'g', 17);
    } else {
        // The settings as `train --config` reads them, kept in the run folder beside run.json.
        const QString settingsPath = QDir(request.runDir).filePath(QStringLiteral("launch_settings.json"));
        QString problem;
        try {
            TrainConfig config = toTrainConfig(request);
            config.device = device.toStdString();
            config.validate();
            if (!QDir().mkpath(request.runDir))
                problem = tr("Cannot create the run folder %1.").arg(QDir::toNativeSeparators(request.runDir));
            else
                problem = writeTrainSettingsFile(config, settingsPath);
        } catch (const std::exception& e) {
            problem = QString::fromStdString(e.what());
        }
        if (!problem.isEmpty()) {
            Q_EMIT logLine(tr("Cannot start the local processes: %1").arg(problem));
            return false;
        }
        args = {QStringLiteral("--config"), settingsPath};
    }
    Q_EMIT logLine(tr("Starting %n local process(es); progress is read from the run's metrics.jsonl.", nullptr, processes));
    m_localRunning = true; // before start(): a launcher that cannot start reports at once
    const QString problem = m_local->start(processes, args, request.runDir);
    if (!problem.isEmpty()) {
        m_localRunning = false;
        Q_EMIT logLine(problem);
        return false;
    }
    return true;
}

void TrainLauncher::onLocalFinished(bool ok, const QString& summary)
{
    if (!m_localRunning)
        return;
    m_localRunning = false;
    if (ok && m_local->stopRequested()) {
        Q_EMIT logLine(summary);
        Q_EMIT ended(tr("Training stopped; the last checkpoint can be resumed."), false);
        return;
    }
    if (ok) {
        Q_EMIT ended(summary, true);
        return;
    }
    const QString tail = m_local->stderrTail();
    if (!tail.isEmpty())
        Q_EMIT logLine(tail);
    Q_EMIT ended(summary, false);
    if (m_local->stopRequested())
        return; // stopped the hard way, as asked
    Q_EMIT localFailed(summary, tail);
}

void TrainLauncher::stop()
{
    if (!isRunning())
        return;
    if (m_localRunning) {
        Q_EMIT logLine(m_local->stopRequested()
                           ? tr("Stopping the local processes now…")
                           : tr("Stopping after the current step (every process writes its part of the checkpoint)…"));
        m_local->stop();
        return;
    }
    Q_EMIT logLine(tr("Stopping after the current step…"));
    m_engine.cancel();
}

QString TrainLauncher::exportScript(const TrainRequest& request, const RunTargetSettings& target, const QString& scriptPath,
                                    const QString& runName, bool* ok)
{
    if (ok)
        *ok = false;
    LaunchExport written;
    try {
        written = exportLaunchScript(toTrainConfig(request), target, scriptPath, runName);
    } catch (const std::exception& e) {
        written.error = QString::fromStdString(e.what());
    }
    if (!written.error.isEmpty())
        return tr("The launch script could not be written: %1").arg(written.error);
    const bool slurm = target.launcher == ClusterLauncher::Slurm;
    const QString how = slurm ? tr("submit it with: sbatch %1").arg(QFileInfo(written.scriptPath).fileName())
                              : tr("run it on every node (NODE_RANK=0 on the head node, HEAD_NODE=<its address> "
                                   "NODE_RANK=i on the others)");
    if (ok)
        *ok = true;
    return tr("Wrote the launch script %1 and the run's settings %2. Copy both to the cluster and, in their "
              "folder, %3. The run folder will be runs/%4 there.")
        .arg(QDir::toNativeSeparators(written.scriptPath), QDir::toNativeSeparators(written.settingsPath), how, runName);
}

} // namespace falconry::ui
