#pragma once

#include "ui/knowledge/knowledge_import_job.h"

#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace falconry::ui {

class EngineController;
class StrategyCheckDialog;
class WorkSession;

/**
 * The Knowledge step: documents (text, Markdown, HTML, PDF, CSV/JSONL, whole folders) go
 * into one knowledge base, an SQLite FTS5 file. Drop files or folders, see each document
 * with its passage count, search the passages (matches highlighted, with source, heading
 * and page), remove a document. Imports run on their own thread with progress and Cancel;
 * a cancelled file is rolled back. Compare answers from this knowledge base when asked to.
 */
class KnowledgePage final : public QWidget {
    Q_OBJECT
public:
    explicit KnowledgePage(WorkSession& session, QWidget* parent = nullptr);
    ~KnowledgePage() override;

    /** Opens (or creates) the knowledge-base file; returns "" or why it cannot be used. */
    QString openDatabase(const QString& path);
    QString databasePath() const;
    /** Imports files and folders (as dropping them); false when an import runs already or no knowledge base is open. */
    bool importPaths(const QStringList& paths);
    void cancelImport();
    bool isImporting() const { return m_import->isRunning(); }
    KnowledgeImportJob* importJob() const { return m_import; }
    /** Removes a document (its source as imported) with its passages; "" or the problem. */
    QString removeDocument(const QString& source);
    /** Runs a search and shows the results; returns how many passages were found. */
    int search(const QString& query);

    QTableWidget* documentsTable() const { return m_documents; }
    QTextBrowser* resultsView() const { return m_results; }
    QLabel* statusLabel() const { return m_status; }

    /** The engine the strategy check runs on (the main window's); the check is offered once it is set. */
    void setEngine(EngineController* engine);
    /** Opens the strategy check (created on first use); null without an engine. */
    StrategyCheckDialog* openStrategyCheck();
    QPushButton* strategyCheckButton() const { return m_strategyCheck; }
    /**
     * The demo's knowledge step: imports the bundled Aerie manual into the open knowledge base
     * (the banner's button); false when there is no bundled manual or an import runs.
     */
    bool buildDemoKnowledgeBase();
    QFrame* demoBanner() const { return m_demoBanner; }

    /** The default knowledge base: <app data>/knowledge/knowledge.sqlite. */
    static QString defaultDatabasePath();

Q_SIGNALS:
    void importFinished(const falconry::ui::KnowledgeImportSummary& summary);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void refreshDocuments();
    void onImportFinished(const KnowledgeImportSummary& summary);
    void chooseFiles();
    void chooseFolder();
    void chooseDatabase();
    void removeSelected();
    void updateButtons();
    /** Shows the demo banner while the bundled manual is not in the open knowledge base. */
    void updateDemoBanner();
    qint64 totalPassages() const;

    WorkSession& m_session;
    EngineController* m_engine = nullptr;
    StrategyCheckDialog* m_checkDialog = nullptr;
    QPushButton* m_strategyCheck = nullptr;
    QFrame* m_demoBanner = nullptr;
    KnowledgeImportJob* m_import = nullptr;
    QLabel* m_database = nullptr;
    QTableWidget* m_documents = nullptr;
    QPushButton* m_addFiles = nullptr;
    QPushButton* m_addFolder = nullptr;
    QPushButton* m_remove = nullptr;
    QWidget* m_progressRow = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_query = nullptr;
    QTextBrowser* m_results = nullptr;
};

} // namespace falconry::ui
