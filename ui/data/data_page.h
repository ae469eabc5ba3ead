#pragma once

#include "core/data/dataset_analysis.h"
#include "ui/data/data_settings.h"
#include "ui/data/import_wizard.h"

#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace falconry {
class DatasetStore;
class Tokenizer;
struct GeneratedExample;
struct Recipe;
}

namespace falconry::ui {

class DataAnalyzer;
class EngineController;
class ExampleInspector;
class GenerateDialog;
class ExamplesFilter;
class ExamplesModel;
class QualityPanel;
class WorkSession;

/**
 * The Data step: import (wizard), the examples table with undoable edits over
 * the project's DatasetStore, the inspector of the selected row, quality
 * (stats, histogram, findings, fixes, split) and save/export. Saving writes
 * the project copy, `dataset.jsonl` (the rows) and `data_settings.json` (roles,
 * template, masking, max length, split) into the project folder and sets the
 * session's dataset path to that `dataset.jsonl`.
 */
class DataPage final : public QWidget {
    Q_OBJECT
public:
    explicit DataPage(WorkSession& session, QWidget* parent = nullptr);
    ~DataPage() override;

    /** The page's undo history; its actions belong in the Edit menu. */
    QUndoStack* undoStack() const;
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }

    /** The tokenizer rows are counted with (the chosen model's; null = none). */
    void setTokenizer(std::shared_ptr<const Tokenizer> tokenizer);
    /** Where new projects are created (default: the app data folder's "datasets"). */
    void setProjectsRoot(const QString& folder) { m_projectsRoot = folder; }

    /** Opens the import wizard (on `path` when given); returns it (window-modal, not blocking). */
    ImportWizard* startImport(const QString& path = {});
    ImportWizard* currentWizard() const { return m_wizard; }
    /** Writes a new project from `choice` on a worker thread; projectOpened or projectFailed follows. */
    void createProject(const ImportChoice& choice, const QString& folder = {});
    /** Opens an existing project folder (replays its journal). */
    bool openProject(const QString& folder, QString* error = nullptr);
    bool save(QString* error = nullptr);
    bool exportTo(const QString& path, QString* error = nullptr);

    QString projectFolder() const;
    DataSettings settings() const { return m_settings; }
    void setSettings(const DataSettings& settings);
    bool isAnalyzing() const;
    std::shared_ptr<const DatasetAnalysis> analysis() const { return m_analysis; }

    ExamplesModel* model() const { return m_model; }
    ExamplesFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    ExampleInspector* inspector() const { return m_inspector; }
    QualityPanel* quality() const { return m_quality; }

    /** Drops rows whose mapped text equals an earlier row's (normalized); one undoable command. */
    int dropExactDuplicates();
    /** Drops rows with an empty prompt or answer; one undoable command. */
    int dropEmptyRows();
    /** Selects these rows in the table (clearing a filter that hides them). */
    void selectRowIds(const QList<qulonglong>& ids);

    // Generated examples (data_page_generate.cpp).
    /** Where a local model's generation runs (the Generate dialog offers only servers without it). */
    void setEngine(EngineController* engine) { m_engine = engine; }
    /** Opens the Generate dialog (the running one, if any); returns it. */
    GenerateDialog* openGenerateDialog();
    /** Appends generated rows marked "generated" with their recipe and source: ONE undoable command. */
    int addGeneratedRows(const Recipe& recipe, const QString& source, const std::vector<GeneratedExample>& rows);
    /** Rows marked "generated"; `toReviewOnly`: not accepted yet. */
    std::vector<uint64_t> generatedRowIds(bool toReviewOnly) const;
    /** Accepts (marks "accepted") or rejects (deletes) the selected generated rows, or all to review; one command. */
    int reviewGenerated(bool accept, bool all);
    /** The bulk run's journal in the project folder (finished rows of an unfinished run). */
    QString generationJournal() const;

Q_SIGNALS:
    void projectOpened(const QString& folder);
    void projectFailed(const QString& message);
    void analysisFinished();
    /** After save: the rows for training and the settings that say how to render them. */
    void datasetSaved(const QString& jsonlPath, const QString& settingsPath);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    QWidget* createEditor();
    void attachStore(std::unique_ptr<DatasetStore> store, const DataSettings& settings);
    void scheduleAnalysis();
    void startAnalysis();
    void analysisDone(std::shared_ptr<const DatasetAnalysis> analysis);
    void updateInspector();
    void updateFindingFilter();
    void updateActions();
    void loadTokenizer(const QString& modelDir);
    void findReplace();
    void installInWindow();
    QList<int> selectedSourceRows() const;
    QWidget* createReviewBar(QWidget* parent);
    void updateReviewBar();
    void addGeneratedFilters();

    WorkSession& m_session;
    std::unique_ptr<DatasetStore> m_store;
    std::shared_ptr<const Tokenizer> m_tokenizer;
    std::shared_ptr<const DatasetAnalysis> m_analysis;
    std::shared_ptr<const Dataset> m_analysisRows; // the snapshot m_analysis was computed on
    DataSettings m_settings;
    QString m_projectsRoot;
    QThreadPool m_pool;
    quint64 m_tokenizerGeneration = 0;
    bool m_installed = false;

    ExamplesModel* m_model;
    ExamplesFilter* m_filter;
    DataAnalyzer* m_analyzer;
    QTimer* m_analysisTimer;
    QPointer<ImportWizard> m_wizard;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_searchRegex = nullptr;
    QComboBox* m_findingFilter = nullptr;
    ExampleInspector* m_inspector = nullptr;
    QualityPanel* m_quality = nullptr;

    QAction* m_importAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_generateAction = nullptr;
    EngineController* m_engine = nullptr;
    QPointer<GenerateDialog> m_generateDialog;
    QWidget* m_reviewBar = nullptr;
    QLabel* m_reviewLabel = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

} // namespace falconry::ui
