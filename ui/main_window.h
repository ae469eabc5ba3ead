#pragma once

#include <QMainWindow>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace falconry::ui {
class ComparePage;
class DataPage;
class DownloadManager;
class DownloadPanel;
class EngineController;
class ExportPage;
class KnowledgePage;
class ModelPage;
class TrainPage;
class WorkSession;
} // namespace falconry::ui

/**
 * The Falconry window: the six steps of the user's path (Model, Data, Knowledge,
 * Train, Compare, Export) as navigation on the left, the step's page on the right.
 */
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    /** The steps in order; do not reorder (the index is stored in settings). */
    enum class Step {
        Model = 0,
        Data,
        Knowledge,
        Train,
        Compare,
        Export,
    };
    static constexpr int kStepCount = 6;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Step currentStep() const;
    void showStep(Step step);
    /** Replaces a step's page (the window takes ownership). */
    void setStepPage(Step step, QWidget* page);
    QWidget* stepPage(Step step) const;
    QListWidget* navigation() const { return m_navigation; }

    static QString stepTitle(Step step);

    falconry::ui::WorkSession& session() const { return *m_session; }
    falconry::ui::EngineController& engine() const { return *m_engine; }
    falconry::ui::ModelPage* modelPage() const { return m_modelPage; }
    falconry::ui::TrainPage* trainPage() const { return m_trainPage; }
    falconry::ui::ComparePage* comparePage() const { return m_comparePage; }
    falconry::ui::ExportPage* exportPage() const { return m_exportPage; }

    falconry::ui::DataPage* dataPage() const { return m_dataPage; }
    falconry::ui::KnowledgePage* knowledgePage() const { return m_knowledgePage; }
    /** Hub downloads of the whole window; their panel shows under every page. */
    falconry::ui::DownloadManager& downloads() const { return *m_downloads; }
    falconry::ui::DownloadPanel* downloadPanel() const { return m_downloadPanel; }

    /**
     * The guided demo: the bundled demo model becomes the model and the Data step opens the import
     * wizard on the bundled support-agent CSV (its columns need mapping); the Train page's default
     * preset is "Quick test". Returns "" or why the demo cannot start.
     */
    QString startDemo();
    /** Makes `dir` the model (as --model DIR does); returns "" or why it cannot be used. */
    QString selectModel(const QString& dir);
    /** Saves a PNG of each step's page into `dir` (model.png, data.png, ...); returns the files written. */
    QStringList saveScreenshots(const QString& dir);
    /** Asked before closing while the engine works; tests set it to answer without a dialog. */
    void setCloseConfirmation(std::function<bool()> confirm) { m_confirmClose = std::move(confirm); }

Q_SIGNALS:
    void stepChanged(MainWindow::Step step);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createPages();
    void showAbout();
    /** startDemo(), or a message box saying why it cannot start. */
    void startDemoOrExplain();
    void updateMemoryStatus();
    void setTheme(const QString& theme);

    falconry::ui::WorkSession* m_session = nullptr;
    falconry::ui::EngineController* m_engine = nullptr;
    falconry::ui::DownloadManager* m_downloads = nullptr;
    falconry::ui::DownloadPanel* m_downloadPanel = nullptr;
    falconry::ui::ModelPage* m_modelPage = nullptr;
    falconry::ui::DataPage* m_dataPage = nullptr;
    falconry::ui::KnowledgePage* m_knowledgePage = nullptr;
    falconry::ui::TrainPage* m_trainPage = nullptr;
    falconry::ui::ComparePage* m_comparePage = nullptr;
    falconry::ui::ExportPage* m_exportPage = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_memoryLabel = nullptr;
    QLabel* m_engineLabel = nullptr;
    QTimer* m_memoryTimer = nullptr;
    std::function<bool()> m_confirmClose;
};
