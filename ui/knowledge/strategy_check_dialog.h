#pragma once

#include "core/knowledge/strategy_check.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace falconry::ui {

class EngineController;
class WorkSession;
struct EngineError;
struct JobProgress;
struct JobResult;

/**
 * The strategy check: questions with the fact each right answer contains (typed into the
 * table or loaded from a CSV), answered by the base model, base + knowledge base, the tuned
 * model and tuned + knowledge base on the engine thread, then a small table of how often
 * each answer contained the fact, with every answer below it. Prompts are written as Compare
 * writes them (the adapter's run's template, else the Data page's).
 */
class StrategyCheckDialog final : public QDialog {
    Q_OBJECT
public:
    StrategyCheckDialog(WorkSession& session, EngineController& engine, QWidget* parent = nullptr);

    void setQuestions(const std::vector<CheckQuestion>& questions);
    /** The table's rows with both a question and a fact. */
    std::vector<CheckQuestion> questions() const;
    /** Loads questions from a CSV with 'question' and 'fact' columns; "" or the problem. */
    QString loadQuestions(const QString& path);
    /** The adapter the tuned answers use; "" = none (only the base rows run). Defaults to the current run's. */
    QString adapterDir() const { return m_adapterDir; }
    void setAdapterDir(const QString& dir);
    void setMaxNewTokens(int tokens);
    /** Starts the check; false with the reason on the dialog when it cannot. */
    bool run();
    void cancel();
    bool isRunning() const { return m_jobId != 0; }

    QTableWidget* questionTable() const { return m_questions; }
    /** One row per strategy: name, answers with the fact, share. */
    QTableWidget* resultTable() const { return m_results; }
    QTableWidget* answerTable() const { return m_answers; }
    QLabel* statusLabel() const { return m_status; }
    /** The last finished check's counts: containing / answered per arm (absent = not run). */
    std::vector<ArmTally> tallies() const { return m_tallies; }

Q_SIGNALS:
    void checkFinished();

private:
    void chooseCsv();
    void chooseAdapter();
    void addRow();
    void removeSelectedRows();
    void onProgress(quint64 id, const JobProgress& progress);
    void onEnded(quint64 id, const JobResult& result, bool cancelled);
    void onFailed(quint64 id, const EngineError& error);
    void showResult(const JobResult& result);
    /** The arms that can run now: base always, knowledge with documents, tuned with an adapter. */
    std::vector<StrategyArm> arms() const;
    void updateState();
    static QString armLabel(StrategyArm arm);

    WorkSession& m_session;
    EngineController& m_engine;
    QString m_adapterDir;
    QTableWidget* m_questions = nullptr;
    QPushButton* m_demoQuestions = nullptr;
    QLabel* m_adapterLabel = nullptr;
    QSpinBox* m_maxTokens = nullptr;
    QCheckBox* m_useKnowledge = nullptr;
    QCheckBox* m_useTuned = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_results = nullptr;
    QTableWidget* m_answers = nullptr;
    std::vector<CheckQuestion> m_asked; // the questions of the running / last check
    std::vector<ArmTally> m_tallies;
    quint64 m_jobId = 0;
};

} // namespace falconry::ui
