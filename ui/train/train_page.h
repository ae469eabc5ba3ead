#pragma once

#include "core/train/run_triage.h"
#include "ui/engine/engine_types.h"
#include "ui/train/train_settings.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSlider;

namespace falconry::ui {

class EngineController;
class LossChart;
class ProbePanel;
class ProbeTimeline;
class RunHistoryPanel;
class RunTargetPanel;
class TrainLauncher;
class TrainProgressRow;
class TrainSettingsForm;
class TriagePanel;
class WorkSession;
struct TrainRequest;

/**
 * Step 3: train a LoRA/QLoRA adapter. Presets and every hyperparameter with
 * help; start, pause, resume, stop; resume a crashed run; live charts, a
 * progress bar with ETA, a log, and the runs found on disk with their curves
 * and settings side by side.
 */
class TrainPage final : public QWidget {
    Q_OBJECT
public:
    TrainPage(WorkSession& session, EngineController& engine, QWidget* parent = nullptr);

    TrainSettingsForm* settingsForm() const { return m_form; }
    ProbePanel* probePanel() const { return m_probePanel; }
    ProbeTimeline* probeTimeline() const { return m_probes; }
    /** The form's settings with the probe panel's. */
    TrainSettings settings() const;
    LossChart* chart() const { return m_chart; }
    RunTargetPanel* runTargetPanel() const { return m_runTarget; }
    /** What went (or would go) wrong, in plain words, with one-click fixes (before a start and after a run). */
    TriagePanel* triagePanel() const { return m_triage; }
    /** The request Start would send now (its TrainConfig is toTrainConfig of it): the settings the engine gets. */
    TrainRequest newRunRequest() const;
    bool isTraining() const;
    /** Starts a run (as the Start button does) where "Run on" says; returns false with the reason in the log. */
    bool startTraining();
    /**
     * Writes the cluster launch script (torchrun or Slurm, as "Run on" says) to `scriptPath` and
     * the run's settings beside it; returns what was written where, or the problem (also logged).
     */
    QString exportLaunchScriptTo(const QString& scriptPath, bool* ok = nullptr);
    void refreshRuns();
    /** The "elapsed, left" line beside the progress bar. */
    QString etaText() const;
    /**
     * Asked at Start when the memory plan with these settings says the run does not fit; returns
     * whether to start anyway. Tests set it to answer without a dialog.
     */
    void setStartConfirmation(std::function<bool(const QString& problem)> confirm) { m_confirmStart = std::move(confirm); }

Q_SIGNALS:
    void trainingFinished(const QString& runDir);
    /** Show these rows of the dataset on the Data page (empty: just open the Data page, e.g. its mapping). */
    void dataRowsRequested(const QList<qulonglong>& rowIds);

private:
    void chooseDataset();
    void togglePause();
    void stop();
    void resumeSelected();
    void showPoints(const QList<TrainPoint>& points);
    void finishRun(const QString& line, bool ok);
    /** Why no run can start with the session's model and dataset, or "". */
    QString missingInputs(bool datasetMustExist) const;
    /** A request for a new run in `runDir` with the session's model, dataset and the form's settings. */
    TrainRequest requestFor(const QString& runDir) const;
    /** The in-process job failed: the problem above the chart and a non-modal box. */
    void showEngineError(const EngineError& error);
    /** The local processes failed: a non-modal box with their last stderr lines. */
    void showLocalFailure(const QString& summary, const QString& tail);
    void chooseLaunchScriptPath();
    void updateButtons();
    /** The Probes tab follows the run selected under "Runs" (while none is training). */
    void showSelectedProbes();
    void updateModelLine();
    void updateOverlays();
    void appendLog(const QString& line);
    /** The reason a run did not start, in the log and on the page above the chart. */
    void showProblem(const QString& problem);
    /** Max length and eval split of the form into the session's data settings (their one home). */
    void pushDataShape();
    bool launch(const QString& runDir, const QString& resumeFrom);
    /** Triage before a new run (memory plan, the rendered data); false when the run cannot train at all. */
    bool triageBeforeStart(const TrainRequest& request);
    /** Triage of the run just ended: its metrics, the error it stopped with (kind, fields), the facts from its start. */
    void triageAfterRun(const QString& errorKind, const QVariantMap& errorFields);
    /** A fix of the triage panel: the settings change on the form (and the data settings), or the rows shown. */
    void applyTriageFix(int finding, int fix);

    WorkSession& m_session;
    EngineController& m_engine;
    TrainSettingsForm* m_form = nullptr;
    LossChart* m_chart = nullptr;
    QLabel* m_modelLine = nullptr;
    QLineEdit* m_dataset = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_adapterMap = nullptr;
    TrainProgressRow* m_progress = nullptr;
    QSlider* m_smoothing = nullptr;
    QPlainTextEdit* m_log = nullptr;
    RunHistoryPanel* m_history = nullptr;
    RunTargetPanel* m_runTarget = nullptr;
    ProbePanel* m_probePanel = nullptr;
    ProbeTimeline* m_probes = nullptr;
    TrainLauncher* m_launcher = nullptr;
    TriagePanel* m_triage = nullptr;
    RunFacts m_facts; // of the run started last (settings, data, memory plan)
    std::function<bool(const QString&)> m_confirmStart;
    QString m_runDir;
    TrainPoint m_last;
};

} // namespace falconry::ui
