#include "ui/train/train_page.h"

#include "core/train/trainer.h"
#include "ui/app_settings.h"
#include "ui/data/data_settings.h"
#include "ui/engine/engine_controller.h"
#include "ui/model/model_catalogue.h"
#include "ui/train/adapter_map.h"
#include "ui/train/adapter_map_dialog.h"
#include "ui/train/probe_panel.h"
#include "ui/train/probe_timeline.h"
#include "ui/train/run_history.h"
#include "ui/train/run_history_panel.h"
#include "ui/train/loss_chart.h"
#include "ui/train/run_target.h"
#include "ui/train/run_target_panel.h"
#include "ui/train/start_check.h"
#include "ui/train/train_job.h"
#include "ui/train/train_launcher.h"
#include "ui/train/train_progress_row.h"
#include "ui/train/train_settings_form.h"
#include "ui/train/triage_panel.h"
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
#include <QJsonObject>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>


namespace falconry::ui {
namespace {

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
    m_triage = new TriagePanel(this);
    layout->addWidget(m_triage);

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
    m_probePanel = new ProbePanel(left);
    leftLayout->addWidget(m_probePanel);
    m_runTarget = new RunTargetPanel(left);
    leftLayout->addWidget(m_runTarget);
    leftLayout->addStretch(1);
    scroll->setWidget(left);
    m_launcher = new TrainLauncher(m_engine, this);
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
    m_progress = new TrainProgressRow(right);
    rightLayout->addWidget(m_progress);

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

    m_probes = new ProbeTimeline(tabs);
    tabs->addTab(m_probes, tr("Probes"));

    m_log = new QPlainTextEdit(tabs);
    m_log->setObjectName(QStringLiteral("trainLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    tabs->addTab(m_log, tr("Log"));

    m_history = new RunHistoryPanel(tabs);
    m_history->addLeadingButton(m_resume);
    m_adapterMap = new QPushButton(tr("Adapter map…"), right);
    m_adapterMap->setObjectName(QStringLiteral("runAdapterMapButton"));
    m_adapterMap->setToolTip(tr("Which layers the selected run's adapter changed, and how much (its final adapter, or "
                                "its newest checkpoint while it trains)"));
    m_history->addLeadingButton(m_adapterMap);
    tabs->addTab(m_history, tr("Runs"));
    rightLayout->addWidget(tabs, 1);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 800});

    // Restore the last settings and dataset.
    const QByteArray saved = AppSettings::trainSettings().get().toUtf8();
    if (!saved.isEmpty()) {
        const TrainSettings restored = TrainSettings::fromJson(QJsonDocument::fromJson(saved).object());
        m_form->setSettings(restored);
        m_probePanel->setFrom(restored);
    }
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
    auto saveSettings = [this] {
        AppSettings::trainSettings().set(QString::fromUtf8(QJsonDocument(settings().toJson()).toJson(QJsonDocument::Compact)));
    };
    connect(m_form, &TrainSettingsForm::settingsChanged, this, [this, saveSettings] {
        saveSettings();
        pushDataShape();
    });
    connect(m_probePanel, &ProbePanel::changed, this, saveSettings);
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
    connect(m_history, &RunHistoryPanel::selectionChanged, this, &TrainPage::showSelectedProbes);
    connect(m_adapterMap, &QPushButton::clicked, this, [this] {
        if (const RunRecord* run = m_history->selectedRun())
            AdapterMapDialog::open(this, runAdapterFolder(run->dir));
    });
    connect(m_smoothing, &QSlider::valueChanged, this, [this, smoothValue](int v) {
        m_chart->setSmoothing(v / 100.0);
        smoothValue->setText(QLocale().toString(v / 100.0, 'f', 2));
    });
    m_chart->setSmoothing(0.6);

    connect(m_triage, &TriagePanel::fixRequested, this, &TrainPage::applyTriageFix);
    connect(m_launcher, &TrainLauncher::points, this, &TrainPage::showPoints);
    connect(m_launcher, &TrainLauncher::logLine, this, &TrainPage::appendLog);
    connect(m_launcher, &TrainLauncher::ended, this, &TrainPage::finishRun);
    connect(m_launcher, &TrainLauncher::engineFailed, this, &TrainPage::showEngineError);
    connect(m_launcher, &TrainLauncher::localFailed, this, &TrainPage::showLocalFailure);
    connect(&m_engine, &EngineController::busyChanged, this, &TrainPage::updateButtons);
    connect(m_runTarget, &RunTargetPanel::settingsChanged, this, &TrainPage::updateButtons);
    connect(m_runTarget, &RunTargetPanel::exportRequested, this, &TrainPage::chooseLaunchScriptPath);

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
    // Two starts within one second (a refused start, a fix, Start again) get two folders.
    const QString base = WorkSession::runsRoot() + QLatin1Char('/') + newRunName();
    QString runDir = base;
    for (int n = 2; QFileInfo::exists(runDir); ++n)
        runDir = base + QStringLiteral("-%1").arg(n);
    return launch(runDir, QString());
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
    if (resumeFrom.isEmpty() && !triageBeforeStart(request))
        return false;
    if (!resumeFrom.isEmpty()) {
        m_facts = RunFacts{};
        try {
            m_facts.settings = loadRunConfig(resumeFrom.toStdString());
        } catch (const std::exception&) {
            // The resume itself reports an unreadable run.json.
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
    m_progress->start(earlierSeconds);
    m_probes->showRun(runDir, earlierSeconds);
    appendLog(resumeFrom.isEmpty() ? tr("Starting a run in %1").arg(QDir::toNativeSeparators(runDir))
                                   : tr("Resuming %1 from its last checkpoint (from the start when it has none)").arg(QDir::toNativeSeparators(runDir)));
    if (target.target == RunTarget::LocalProcesses) {
        if (!m_launcher->startLocal(request, target.processes, target.localDevice)) {
            m_progress->abort();
            return false;
        }
        updateButtons();
        refreshRuns();
        return true;
    }
    m_launcher->startInProcess(request);
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
    request.settings = settings();
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

void TrainPage::showEngineError(const EngineError& e)
{
    triageAfterRun(e.kind, e.fields);
    m_problem->setText(e.hint.isEmpty() ? tr("%1: %2").arg(e.title, e.message) : tr("%1: %2 %3").arg(e.title, e.message, e.hint));
    m_problem->show();
    // Non-modal: the window stays usable (and tests never block on it).
    auto* box = new QMessageBox(QMessageBox::Warning, e.title, e.message, QMessageBox::Ok, this);
    box->setInformativeText(e.hint);
    box->setObjectName(QStringLiteral("trainErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void TrainPage::showLocalFailure(const QString& summary, const QString& tail)
{
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
    message = TrainLauncher::exportScript(request, target, scriptPath, runName, ok);
    appendLog(message);
    return message;
}

void TrainPage::togglePause()
{
    if (!isTraining())
        return;
    const bool pause = !m_engine.isPaused();
    m_engine.setPaused(pause);
    m_progress->setPaused(pause);
    appendLog(pause ? tr("Paused.") : tr("Resumed."));
    updateButtons();
}

void TrainPage::stop()
{
    if (!isTraining())
        return;
    m_launcher->stop();
}

void TrainPage::showPoints(const QList<TrainPoint>& points)
{
    if (points.isEmpty())
        return;
    m_chart->addPoints(points);
    m_last = points.last();
    m_progress->addPoint(m_last);
    if (m_probes->runDir() == m_runDir)
        m_probes->reload(m_last.elapsedSeconds);
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
    m_progress->finish(ok);
    triageAfterRun({}, {}); // a failure calls it again with the error's kind (showEngineError)
    if (m_probes->runDir() == m_runDir)
        m_probes->reload(m_last.elapsedSeconds);
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
    m_pause->setEnabled(training && !m_launcher->isLocal());
    m_pause->setText(training && m_engine.isPaused() ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(QIcon(training && m_engine.isPaused() ? QStringLiteral(":/icons/play.svg") : QStringLiteral(":/icons/pause.svg")));
    m_stop->setEnabled(training);
    const RunRecord* selected = m_history->selectedRun();
    // A run without a checkpoint yet (killed early, or stopped by a NaN) starts again from step 0.
    m_resume->setEnabled(!training && !m_engine.isBusy() && !cluster && selected && !selected->runJson.isEmpty()
                         && !selected->hasAdapter && !selected->imported); // an opened bundle is read-only
    m_form->setEnabled(!training);
    m_probePanel->setEnabled(!training);
    m_adapterMap->setEnabled(selected && !runAdapterFolder(selected->dir).isEmpty());
    m_runTarget->setEnabled(!training);
}

TrainSettings TrainPage::settings() const
{
    TrainSettings s = m_form->settings();
    m_probePanel->applyTo(s);
    return s;
}

void TrainPage::showSelectedProbes()
{
    if (isTraining())
        return; // the probes of the run going stay in view
    const RunRecord* run = m_history->selectedRun();
    if (!run)
        return;
    m_probes->showRun(run->dir, run->points.isEmpty() ? 0.0 : run->points.last().elapsedSeconds);
}

bool TrainPage::isTraining() const
{
    return m_launcher->isRunning();
}

QString TrainPage::etaText() const
{
    return m_progress->etaText();
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
