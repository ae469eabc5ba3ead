#include "ui/train/local_train_run.h"

#include "ui/train/run_history.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

#include <signal.h>

namespace falconry::ui {
namespace {

constexpr int kPollMs = 250;              // metrics.jsonl is read this often (one step takes far longer)
constexpr qsizetype kStderrTailBytes = 8192; // kept for the failure message
constexpr int kShutdownWaitMs = 30000;    // a checkpoint of a large adapter takes a few seconds

} // namespace

LocalTrainRun::LocalTrainRun(QObject* parent)
    : QObject(parent)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &LocalTrainRun::poll);
}

LocalTrainRun::~LocalTrainRun()
{
    if (!isRunning())
        return;
    m_process->disconnect(this);
    ::kill(static_cast<pid_t>(m_process->processId()), SIGINT);
    if (!m_process->waitForFinished(kShutdownWaitMs)) {
        m_process->kill(); // the ranks die with the launcher (PR_SET_PDEATHSIG)
        m_process->waitForFinished(2000);
    }
}

QString LocalTrainRun::findCli()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("falconry-cli"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("falconry-cli"));
}

bool LocalTrainRun::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString LocalTrainRun::start(int processes, const QStringList& trainArguments, const QString& runDir)
{
    if (isRunning())
        return tr("A run is already in progress.");
    const QString cli = findCli();
    if (cli.isEmpty())
        return tr("falconry-cli was not found beside Falconry (%1) nor on the PATH; it runs the local processes.")
            .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath()));
    delete m_process;
    m_process = new QProcess(this);
    m_runDir = runDir;
    m_metricsOffset = 0;
    m_totalSteps = 0;
    m_last = TrainPoint{};
    m_stopRequests = 0;
    m_stdoutPartial.clear();
    m_stderrTail.clear();
    m_stderrPartial.clear();
    m_resultLines.clear();
    // A resumed run's metrics.jsonl holds the earlier steps, which the page shows already; the
    // trainer cuts it back to the checkpoint and appends from there. Points come out only past
    // the last step shown, so the chart never doubles back.
    m_shownStep = trainArguments.contains(QStringLiteral("--resume")) ? readRun(runDir).lastStep : 0;
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalTrainRun::readStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &LocalTrainRun::readStderr);
    connect(m_process, &QProcess::finished, this, &LocalTrainRun::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_poll->stop();
        Q_EMIT finished(false, tr("falconry-cli could not be started: %1").arg(m_process->errorString()));
    });
    QStringList args{QStringLiteral("train"), QStringLiteral("--nproc"), QString::number(processes)};
    args += trainArguments;
    Q_EMIT logLine(tr("Running %1 %2").arg(QDir::toNativeSeparators(cli), args.join(QLatin1Char(' '))));
    m_process->start(cli, args, QIODevice::ReadOnly);
    m_poll->start();
    return {};
}

void LocalTrainRun::stop()
{
    if (!isRunning())
        return;
    ++m_stopRequests;
    const auto pid = static_cast<pid_t>(m_process->processId());
    if (m_stopRequests == 1)
        ::kill(pid, SIGINT); // forwarded to every rank: they agree on a step, checkpoint and exit
    else if (m_stopRequests == 2)
        m_process->terminate();
    else
        m_process->kill();
}

QString LocalTrainRun::stderrTail() const
{
    QString text = QString::fromUtf8(m_stderrTail).trimmed();
    // Start at a whole line.
    if (m_stderrTail.size() >= kStderrTailBytes) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'));
        if (newline >= 0)
            text = text.mid(newline + 1);
    }
    return text;
}

void LocalTrainRun::poll()
{
    const QString path = QDir(m_runDir).filePath(QStringLiteral("metrics.jsonl"));
    if (m_totalSteps == 0) {
        // run.json names the step count once the data is prepared.
        QFile runJson(QDir(m_runDir).filePath(QStringLiteral("run.json")));
        if (runJson.open(QIODevice::ReadOnly))
            m_totalSteps = QJsonDocument::fromJson(runJson.readAll()).object().value(QStringLiteral("total_steps")).toInt(0);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    if (file.size() < m_metricsOffset)
        m_metricsOffset = 0; // cut back by a resume: read again (steps shown are skipped)
    if (!file.seek(m_metricsOffset))
        return;
    const QByteArray chunk = file.readAll();
    const qsizetype end = chunk.lastIndexOf('\n');
    if (end < 0)
        return; // no complete line yet
    m_metricsOffset += end + 1;
    QList<TrainPoint> batch;
    for (const QByteArray& raw : chunk.left(end).split('\n')) {
        const QByteArray line = raw.trimmed();
        TrainPoint p;
        if (line.isEmpty() || !parseMetricsLine(line, p) || p.step <= m_shownStep)
            continue;
        m_shownStep = p.step;
        if (p.totalSteps == 0)
            p.totalSteps = m_totalSteps;
        batch.append(p);
    }
    if (batch.isEmpty())
        return;
    m_last = batch.last();
    Q_EMIT points(batch);
}

void LocalTrainRun::readStdout()
{
    m_stdoutPartial += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_stdoutPartial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdoutPartial.left(newline)).trimmed();
        m_stdoutPartial.remove(0, newline + 1);
        // Step lines are on the chart already; the rest (status, run, output) goes to the log.
        if (line.isEmpty() || line.startsWith(QLatin1String("step ")))
            continue;
        if (line.startsWith(QLatin1String("status:")) || line.startsWith(QLatin1String("steps:")))
            m_resultLines << line;
        Q_EMIT logLine(line);
    }
}

void LocalTrainRun::readStderr()
{
    const QByteArray data = m_process->readAllStandardError();
    m_stderrTail += data;
    // The launcher's own lines (ranks started, a rank failed, a signal forwarded) go to the log.
    m_stderrPartial += data;
    qsizetype newline;
    while ((newline = m_stderrPartial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stderrPartial.left(newline)).trimmed();
        m_stderrPartial.remove(0, newline + 1);
        if (line.startsWith(QLatin1String("falconry launcher: ")))
            Q_EMIT logLine(line);
    }
    if (m_stderrTail.size() > kStderrTailBytes)
        m_stderrTail = m_stderrTail.right(kStderrTailBytes);
}

void LocalTrainRun::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readStdout();
    readStderr();
    poll(); // the last lines
    m_poll->stop();
    const bool ok = status == QProcess::NormalExit && exitCode == 0;
    QString summary;
    if (ok) {
        QString runStatus = tr("finished");
        int steps = m_last.step;
        for (const QString& line : std::as_const(m_resultLines)) {
            if (line.startsWith(QLatin1String("status:")))
                runStatus = line.mid(7).trimmed();
            else if (line.startsWith(QLatin1String("steps:")))
                steps = line.mid(6).trimmed().toInt();
        }
        summary = tr("Run %1 after %2 steps, final loss %3.").arg(runStatus, QLocale().toString(steps), QLocale().toString(m_last.lossTrain, 'f', 4));
    } else if (status == QProcess::CrashExit) {
        summary = tr("falconry-cli was ended by a signal.");
    } else {
        summary = tr("falconry-cli exited with status %1.").arg(exitCode);
    }
    Q_EMIT finished(ok, summary);
}

} // namespace falconry::ui
