#include "ui/train/train_page.h"

#include "ui/app_settings.h"
#include "ui/data/data_settings.h"
#include "ui/engine/engine_controller.h"
#include "ui/model/model_catalogue.h"
#include "ui/train/local_train_run.h"
#include "ui/train/run_history.h"
#include "ui/train/run_history_panel.h"
#include "ui/train/run_clock.h"
#include "ui/train/loss_chart.h"
#include "ui/train/run_target.h"
#include "ui/train/run_target_panel.h"
#include "ui/train/start_check.h"
#include "ui/train/train_job.h"
#include "ui/train/train_settings_form.h"
#include "ui/work_session.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QJsonObject>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>
#include <exception>

namespace falconry::ui {
namespace {

Q_LOGGING_CATEGORY(lcTrainPage, "falconry.ui.train")

/** The name of a run started now: its start time, sortable ("20261126-104512"). */
QString newRunName()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

TrainPage::TrainPage(WorkSession& session, EngineController& engine, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("trainPage"));
    auto* layout = new QVBoxLayout(this);

    // What is trained on what.
    m_modelLine = new QLabel(this);
    layout->addWidget(m_modelLine);
    auto* dataRow = new QHBoxLayout;
    dataRow->addWidget(new QLabel(tr("Dataset:"), this));
    m_dataset = new QLineEdit(this);
    m_dataset->setObjectName(QStringLiteral("datasetPath"));
    m_dataset->setPlaceholderText(tr("A JSONL ({\"prompt\", \"completion\"} or {\"text\"}) or CSV file, or the Data step's dataset"));
    auto* choose = new QPushButton(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("Choose…"), this);
    dataRow->addWidget(m_dataset, 1);
    dataRow->addWidget(choose);
    layout->addLayout(dataRow);
    // Why the last Start did not start (or the run failed), where the user is looking.
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("trainProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 6px; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The settings, then where the run goes.
    auto* left = new QWidget(scroll);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new TrainSettingsForm(left);
    leftLayout->addWidget(m_form);
    m_runTarget = new RunTargetPanel(left);
    leftLayout->addWidget(m_runTarget);
    leftLayout->addStretch(1);
    scroll->setWidget(left);
    m_local = new LocalTrainRun(this);
    m_clock = new RunClock(this);
    scroll->setMinimumWidth(300);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    auto* controls = new QHBoxLayout;
    m_start = new QPushButton(QIcon(QStringLiteral(":/icons/play.svg")), tr("Start"), right);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_start->setToolTip(tr("Start a new run (Ctrl+Enter)"));
    m_pause = new QPushButton(QIcon(QStringLiteral(":/icons/pause.svg")), tr("Pause"), right);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_stop = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("Stop"), right);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Stop after the current step; the last checkpoint stays usable"));
    m_resume = new QPushButton(QIcon(QStringLiteral(":/icons/resume.svg")), tr("Resume selected run"), right);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setToolTip(tr("Continue the run selected under \"Runs\" from its last checkpoint (also after a crash)"));
    controls->addWidget(m_start);
    controls->addWidget(m_pause);
    controls->addWidget(m_stop);
    controls->addStretch(1);
    rightLayout->addLayout(controls);
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(right);
    m_progress->setObjectName(QStringLiteral("trainProgress"));
    m_progress->setFormat(tr("step %v of %m"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false); // no "step 0 of 1" before a run
    m_eta = new QLabel(right);
    m_eta->setObjectName(QStringLiteral("etaLabel"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_eta);
    rightLayout->addLayout(progressRow);

    auto* tabs = new QTabWidget(right);
    auto* chartTab = new QWidget(tabs);
    auto* chartLayout = new QVBoxLayout(chartTab);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto* smoothRow = new QHBoxLayout;
    smoothRow->addWidget(new QLabel(tr("Smoothing:"), chartTab));
    m_smoothing = new QSlider(Qt::Horizontal, chartTab);
    m_smoothing->setObjectName(QStringLiteral("smoothingSlider"));
    m_smoothing->setRange(0, 99);
    m_smoothing->setValue(60);
    m_smoothing->setToolTip(tr("Exponential moving average of the train loss: 0 = raw, 0.99 = very smooth"));
    smoothRow->addWidget(m_smoothing, 1);
    auto* smoothValue = new QLabel(QLocale().toString(0.6, 'f', 2), chartTab);
    smoothValue->setObjectName(QStringLiteral("smoothingValue"));
    smoothRow->addWidget(smoothValue);
    chartLayout->addLayout(smoothRow);
    m_chart = new LossChart(chartTab);
    chartLayout->addWidget(m_chart, 1);
    tabs->addTab(chartTab, QIcon(QStringLiteral(":/icons/train.svg")), tr("Charts"));

    m_log = new QPlainTextEdit(tabs);
    m_log->setObjectName(QStringLiteral("trainLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    tabs->addTab(m_log, tr("Log"));

    m_history = new RunHistoryPanel(tabs);
    m_history->addLeadingButton(m_resume);
    tabs->addTab(m_history, tr("Runs"));
    rightLayout->addWidget(tabs, 1);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 800});

    // Restore the last settings and dataset.
    const QByteArray saved = AppSettings::trainSettings().get().toUtf8();
    if (!saved.isEmpty())
        m_form->setSettings(TrainSettings::fromJson(QJsonDocument::fromJson(saved).object()));
    m_dataset->setText(m_session.datasetPath());

    connect(choose, &QPushButton::clicked, this, &TrainPage::chooseDataset);
    connect(m_dataset, &QLineEdit::editingFinished, this, [this] { m_session.setDatasetPath(m_dataset->text().trimmed()); });
    connect(&m_session, &WorkSession::datasetChanged, this, [this](const QString& path) {
        if (m_dataset->text() != path)
            m_dataset->setText(path);
        updateButtons();
    });
    connect(&m_session, &WorkSession::modelChanged, this, [this] {
        updateModelLine();
        updateButtons();
        m_form->setModelParameters(inspectModelFolder(m_session.modelDir()).parameters);
    });
    if (!m_session.modelDir().isEmpty())
        m_form->setModelParameters(inspectModelFolder(m_session.modelDir()).parameters);
    connect(m_form, &TrainSettingsForm::settingsChanged, this, [this] {
        AppSettings::trainSettings().set(QString::fromUtf8(QJsonDocument(m_form->settings().toJson()).toJson(QJsonDocument::Compact)));
        pushDataShape();
    });
    // Max length and eval split have one home, the session's data settings: the form shows them.
    connect(&m_session, &WorkSession::dataSettingsChanged, this, [this] {
        const DataSettings& d = m_session.dataSettings();
        m_form->setDataShape(static_cast<int>(d.maxLength), d.evalRatio);
    });
    pushDataShape();
    connect(m_start, &QPushButton::clicked, this, &TrainPage::startTraining);
    connect(m_pause, &QPushButton::clicked, this, &TrainPage::togglePause);
    connect(m_stop, &QPushButton::clicked, this, &TrainPage::stop);
    connect(m_resume, &QPushButton::clicked, this, &TrainPage::resumeSelected);
    connect(m_history, &RunHistoryPanel::refreshRequested, this, &TrainPage::refreshRuns);
    connect(m_history, &RunHistoryPanel::overlaysChanged, this, &TrainPage::updateOverlays);
    connect(m_history, &RunHistoryPanel::selectionChanged, this, &TrainPage::updateButtons);
    connect(m_smoothing, &QSlider::valueChanged, this, [this, smoothValue](int v) {
        m_chart->setSmoothing(v / 100.0);
        smoothValue->setText(QLocale().toString(v / 100.0, 'f', 2));
    });
    m_chart->setSmoothing(0.6);

    connect(&m_engine, &EngineController::trainPoints, this, &TrainPage::onPoints);
    connect(&m_engine, &EngineController::logLine, this, [this](quint64 id, const QString& line) {
        if (id == m_jobId)
            appendLog(line);
    });
    connect(&m_engine, &EngineController::jobFinished, this, [this](quint64 id, const JobResult& r) {
        onEnded(id, r.summary.isEmpty() ? tr("Training finished.") : r.summary, true);
    });
    connect(&m_engine, &EngineController::jobCancelled, this, [this](quint64 id, const JobResult&) {
        onEnded(id, tr("Training stopped; the last checkpoint can be resumed."), false);
    });
    connect(&m_engine, &EngineController::jobFailed, this, [this](quint64 id, const EngineError& e) {
        if (id != m_jobId)
            return;
        onEnded(id, tr("%1: %2").arg(e.title, e.message), false);
        m_problem->setText(e.hint.isEmpty() ? tr("%1: %2").arg(e.title, e.message)
                                            : tr("%1: %2 %3").arg(e.title, e.message, e.hint));
        m_problem->show();
        // Non-modal: the window stays usable (and tests never block on it).
        auto* box = new QMessageBox(QMessageBox::Warning, e.title, e.message, QMessageBox::Ok, this);
        box->setInformativeText(e.hint);
        box->setObjectName(QStringLiteral("trainErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(&m_engine, &EngineController::busyChanged, this, &TrainPage::updateButtons);
    connect(m_runTarget, &RunTargetPanel::settingsChanged, this, &TrainPage::updateButtons);
    connect(m_runTarget, &RunTargetPanel::exportRequested, this, &TrainPage::chooseLaunchScriptPath);
    connect(m_local, &LocalTrainRun::points, this, &TrainPage::showPoints);
    connect(m_clock, &RunClock::textChanged, m_eta, &QLabel::setText);
    connect(m_local, &LocalTrainRun::logLine, this, &TrainPage::appendLog);
    connect(m_local, &LocalTrainRun::finished, this, &TrainPage::onLocalFinished);

    updateModelLine();
    refreshRuns();
    updateButtons();
}

void TrainPage::updateModelLine()
{
    m_modelLine->setText(m_session.modelDir().isEmpty()
                             ? tr("Model: none chosen yet — pick one in the Model step.")
                             : tr("Model: %1  (%2)").arg(m_session.modelName(), QDir::toNativeSeparators(m_session.modelDir())));
}

void TrainPage::chooseDataset()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a dataset"), QFileInfo(m_dataset->text()).absolutePath(),
                                                      tr("Datasets (*.jsonl *.json *.csv *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_dataset->setText(path);
    m_session.setDatasetPath(path);
}

bool TrainPage::startTraining()
{
    m_session.setDatasetPath(m_dataset->text().trimmed());
    return launch(WorkSession::runsRoot() + QLatin1Char('/') + newRunName(), QString());
}

void TrainPage::resumeSelected()
{
    const RunRecord* run = m_history->selectedRun();
    if (!run)
        return;
    if (run->hasAdapter) {
        appendLog(tr("%1 has finished; there is nothing to resume.").arg(run->name));
        return;
    }
    const QString dir = run->dir; // launch() refreshes the history, which replaces *run
    launch(dir, dir);
}

bool TrainPage::launch(const QString& runDir, const QString& resumeFrom)
{
    if (isTraining())
        return false;
    // A resume takes the model and the data from the run's run.json, not from the pages.
    QString problem = resumeFrom.isEmpty() ? missingInputs(true) : QString();
    const RunTargetSettings target = m_runTarget->settings();
    if (problem.isEmpty() && target.target == RunTarget::Cluster)
        problem = tr("\"Run on\" is set to a cluster: export a launch script, or choose this computer to train here.");
    // Unsaved edits on the Data page are saved first: a run trains on the rows the user sees.
    QString saveError;
    if (problem.isEmpty() && resumeFrom.isEmpty() && !m_session.saveDataEdits(&saveError))
        problem = tr("Your edits on the Data page could not be saved, so training did not start: %1").arg(saveError);
    if (!problem.isEmpty()) {
        showProblem(problem);
        return false;
    }
    m_problem->hide();
    TrainRequest request = requestFor(runDir);
    request.resumeRunDir = resumeFrom;
    if (!resumeFrom.isEmpty()) {
        // A lower learning rate on the form is what a run that diverged or hit a NaN needs: the resume takes it.
        const QJsonObject settings = readRun(resumeFrom).runJson.value(QStringLiteral("settings")).toObject();
        const double used = settings.value(QStringLiteral("lr")).toDouble(0.0);
        if (request.settings.learningRate > 0.0 && request.settings.learningRate < used) {
            request.resumeChanges.learningRate = request.settings.learningRate;
            appendLog(tr("Resuming with the learning rate %1 (the run used %2).")
                          .arg(QLocale().toString(request.settings.learningRate, 'g', 3), QLocale().toString(used, 'g', 3)));
        }
    }
    if (resumeFrom.isEmpty()) {
        // The plan again, with these settings (the Model page's were only a first look).
        const QString memory = startMemoryProblem(request.modelDir, request.settings);
        if (!memory.isEmpty()) {
            appendLog(memory);
            const bool start = m_confirmStart ? m_confirmStart(memory)
                                              : QMessageBox::warning(this, tr("This run may not fit in memory"), memory,
                                                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                                                    == QMessageBox::Yes;
            if (!start) {
                appendLog(tr("Not started: change the settings and press Start again."));
                return false;
            }
        }
    }
    m_chart->clear();
    m_last = TrainPoint{};
    double earlierSeconds = 0.0;
    if (!resumeFrom.isEmpty()) {
        // Show the curve up to the checkpoint the run continues from (none: it starts again at step 0);
        // the trainer drops the later metrics lines too.
        const RunRecord earlier = readRun(resumeFrom);
        const int fromStep = earlier.lastCheckpoint.isEmpty()
            ? 0
            : QFileInfo(earlier.lastCheckpoint).fileName().mid(int(qstrlen("step-"))).toInt();
        QList<TrainPoint> kept;
        for (const TrainPoint& p : earlier.points)
            if (p.step <= fromStep)
                kept.append(p);
        m_chart->addPoints(kept);
        m_chart->flush();
        if (!kept.isEmpty())
            earlierSeconds = kept.last().elapsedSeconds;
    }
    m_runDir = runDir;
    m_session.setRunDir(runDir);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_clock->start(earlierSeconds);
    appendLog(resumeFrom.isEmpty() ? tr("Starting a run in %1").arg(QDir::toNativeSeparators(runDir))
                                   : tr("Resuming %1 from its last checkpoint (from the start when it has none)").arg(QDir::toNativeSeparators(runDir)));
    if (target.target == RunTarget::LocalProcesses) {
        if (!launchLocal(request, target.processes, target.localDevice)) {
            m_clock->stop();
            m_eta->clear();
            m_progress->setTextVisible(false);
            return false;
        }
        updateButtons();
        refreshRuns();
        return true;
    }
    m_engine.resetStallMonitor();
    m_jobId = m_engine.submit(JobKind::Train, makeTrainJob(request));
    updateButtons();
    return true;
}

QString TrainPage::missingInputs(bool datasetMustExist) const
{
    if (m_session.modelDir().isEmpty())
        return tr("Choose a model in the Model step first.");
    if (m_session.datasetPath().isEmpty() || (datasetMustExist && !QFileInfo::exists(m_session.datasetPath())))
        return tr("Choose a dataset file first.");
    return {};
}

void TrainPage::pushDataShape()
{
    const TrainSettings s = m_form->settings();
    DataSettings d = m_session.dataSettings();
    d.maxLength = static_cast<size_t>(s.maxLength);
    d.evalRatio = s.evalRatio;
    m_session.setDataSettings(d); // no signal when nothing changed
}

TrainRequest TrainPage::requestFor(const QString& runDir) const
{
    TrainRequest request;
    request.modelDir = m_session.modelDir();
    request.datasetPath = m_session.datasetPath();
    request.runDir = runDir;
    request.settings = m_form->settings();
    request.data = m_session.dataSettings();
    // The mapping and template are the Data page project's; another file gets those saved beside it, if any.
    const QString folder = QFileInfo(request.datasetPath).absolutePath();
    const QString project = m_session.dataProjectFolder();
    request.dataMapped = !project.isEmpty() && QDir(project).absolutePath() == folder;
    if (!request.dataMapped) {
        QFile beside(QDir(folder).filePath(DataSettings::fileName()));
        if (beside.open(QIODevice::ReadOnly)) {
            const DataSettings own = DataSettings::fromJson(beside.readAll());
            request.data.mapping = own.mapping;
            request.data.promptTemplate = own.promptTemplate;
            request.dataMapped = true;
        }
    }
    return request;
}

bool TrainPage::launchLocal(const TrainRequest& request, int processes, const QString& device)
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
            appendLog(tr("Cannot start the local processes: %1").arg(problem));
            return false;
        }
        args = {QStringLiteral("--config"), settingsPath};
    }
    appendLog(tr("Starting %n local process(es); progress is read from the run's metrics.jsonl.", nullptr, processes));
    m_localRunning = true; // before start(): a launcher that cannot start reports at once
    const QString problem = m_local->start(processes, args, request.runDir);
    if (!problem.isEmpty()) {
        m_localRunning = false;
        appendLog(problem);
        return false;
    }
    return true;
}

void TrainPage::onLocalFinished(bool ok, const QString& summary)
{
    if (!m_localRunning)
        return;
    m_localRunning = false;
    if (ok && m_local->stopRequested()) {
        appendLog(summary);
        finishRun(tr("Training stopped; the last checkpoint can be resumed."), false);
        return;
    }
    if (ok) {
        finishRun(summary, true);
        return;
    }
    const QString tail = m_local->stderrTail();
    if (!tail.isEmpty())
        appendLog(tail);
    finishRun(summary, false);
    if (m_local->stopRequested())
        return; // stopped the hard way, as asked
    // Non-modal, as for in-process failures.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Training failed"), summary, QMessageBox::Ok, this);
    box->setInformativeText(tr("The last lines falconry-cli wrote are below and in the log."));
    box->setDetailedText(tail);
    box->setObjectName(QStringLiteral("trainErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TrainPage::chooseLaunchScriptPath()
{
    const bool slurm = m_runTarget->settings().launcher == ClusterLauncher::Slurm;
    const QString suggested = QDir::home().filePath(QStringLiteral("falconry-%1.%2").arg(newRunName(), slurm ? QStringLiteral("sbatch")
                                                                                                       : QStringLiteral("sh")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export launch script"), suggested,
                                                      slurm ? tr("Slurm batch scripts (*.sbatch *.sh);;All files (*)")
                                                            : tr("Shell scripts (*.sh);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString message = exportLaunchScriptTo(path, &ok);
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Export launch script"), message,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("launchExportBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString TrainPage::exportLaunchScriptTo(const QString& scriptPath, bool* ok)
{
    if (ok)
        *ok = false;
    m_session.setDatasetPath(m_dataset->text().trimmed());
    // The dataset need not exist here: the script runs where the settings file says it is.
    QString message = missingInputs(false);
    if (!message.isEmpty()) {
        appendLog(message);
        return message;
    }
    const RunTargetSettings target = m_runTarget->settings();
    const QString runName = newRunName();
    const TrainRequest request = requestFor(WorkSession::runsRoot() + QLatin1Char('/') + runName);
    LaunchExport written;
    try {
        written = exportLaunchScript(toTrainConfig(request), target, scriptPath, runName);
    } catch (const std::exception& e) {
        written.error = QString::fromStdString(e.what());
    }
    if (!written.error.isEmpty()) {
        message = tr("The launch script could not be written: %1").arg(written.error);
    } else {
        const bool slurm = target.launcher == ClusterLauncher::Slurm;
        const QString how = slurm ? tr("submit it with: sbatch %1").arg(QFileInfo(written.scriptPath).fileName())
                                  : tr("run it on every node (NODE_RANK=0 on the head node, HEAD_NODE=<its address> "
                                       "NODE_RANK=i on the others)");
        message = tr("Wrote the launch script %1 and the run's settings %2. Copy both to the cluster and, in their "
                     "folder, %3. The run folder will be runs/%4 there.")
                      .arg(QDir::toNativeSeparators(written.scriptPath), QDir::toNativeSeparators(written.settingsPath), how,
                           runName);
        if (ok)
            *ok = true;
    }
    appendLog(message);
    return message;
}

void TrainPage::togglePause()
{
    if (!isTraining())
        return;
    const bool pause = !m_engine.isPaused();
    m_engine.setPaused(pause);
    m_clock->setPaused(pause);
    appendLog(pause ? tr("Paused.") : tr("Resumed."));
    updateButtons();
}

void TrainPage::stop()
{
    if (!isTraining())
        return;
    if (m_localRunning) {
        appendLog(m_local->stopRequested() ? tr("Stopping the local processes now…")
                                           : tr("Stopping after the current step (every process writes its part of the checkpoint)…"));
        m_local->stop();
        return;
    }
    appendLog(tr("Stopping after the current step…"));
    m_engine.cancel();
}

void TrainPage::onPoints(quint64 id, const QList<TrainPoint>& points)
{
    if (id != m_jobId || points.isEmpty())
        return;
    showPoints(points);
}

void TrainPage::showPoints(const QList<TrainPoint>& points)
{
    if (points.isEmpty())
        return;
    m_chart->addPoints(points);
    m_last = points.last();
    if (m_last.totalSteps > 0) {
        m_progress->setRange(0, m_last.totalSteps);
        m_progress->setValue(m_last.step);
    }
    m_clock->addPoint(m_last);
}

void TrainPage::onEnded(quint64 id, const QString& line, bool ok)
{
    if (id != m_jobId || id == 0)
        return;
    m_jobId = 0;
    // A developer's figure (the GUI thread's longest stall), not the user's: the debug log only.
    qCDebug(lcTrainPage, "longest GUI-thread stall while training: %.1f ms", m_engine.longestStallMs());
    finishRun(line, ok);
}

void TrainPage::showProblem(const QString& problem)
{
    appendLog(problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void TrainPage::finishRun(const QString& line, bool ok)
{
    m_chart->flush();
    appendLog(line);
    m_clock->stop();
    const QString took = RunClock::formatDuration(m_clock->elapsedSeconds());
    m_eta->setText(ok ? tr("done in %1").arg(took) : tr("ended after %1").arg(took));
    if (!ok) {
        // Not "step 0 of 1 … starting" forever: the bar says the run ended.
        m_progress->setValue(0);
        m_progress->setTextVisible(false);
    }
    refreshRuns();
    updateButtons();
    if (ok)
        Q_EMIT trainingFinished(m_runDir);
}

void TrainPage::updateButtons()
{
    const bool training = isTraining();
    const bool canStart = !m_engine.isBusy() && !m_session.modelDir().isEmpty();
    const bool cluster = m_runTarget->settings().target == RunTarget::Cluster;
    m_start->setEnabled(!training && canStart && !cluster);
    m_start->setToolTip(cluster ? tr("\"Run on\" is set to a cluster: use \"Export launch script…\" below")
                                : tr("Start a new run (Ctrl+Enter)"));
    // Local processes cannot pause (their peers would time out); Stop checkpoints and Resume continues.
    m_pause->setEnabled(training && !m_localRunning);
    m_pause->setText(training && m_engine.isPaused() ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(QIcon(training && m_engine.isPaused() ? QStringLiteral(":/icons/play.svg") : QStringLiteral(":/icons/pause.svg")));
    m_stop->setEnabled(training);
    const RunRecord* selected = m_history->selectedRun();
    // A run without a checkpoint yet (killed early, or stopped by a NaN) starts again from step 0.
    m_resume->setEnabled(!training && !m_engine.isBusy() && !cluster && selected && !selected->runJson.isEmpty()
                         && !selected->hasAdapter);
    m_form->setEnabled(!training);
    m_runTarget->setEnabled(!training);
}

QString TrainPage::etaText() const
{
    return m_eta->text();
}

void TrainPage::refreshRuns()
{
    m_history->refresh(WorkSession::runsRoot(), isTraining() ? m_runDir : QString());
}

void TrainPage::updateOverlays()
{
    m_chart->clearOverlays();
    for (const RunRecord& run : m_history->overlaidRuns())
        m_chart->addOverlay(run.name, run.points);
}

void TrainPage::appendLog(const QString& line)
{
    m_log->appendPlainText(QStringLiteral("[%1] %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

} // namespace falconry::ui
