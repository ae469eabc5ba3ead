#pragma once

#include "core/data/prompt_template.h"
#include "core/datagen/generation_run.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <thread>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace falconry::ui {

class EngineController;
class GenerationController;
class TokenStore;

/** What the Data page hands the Generate dialog. */
struct GenerateContext {
    QStringList columns;                                              // for topics taken from a column
    std::function<QStringList(const QString& column)> columnValues;   // its distinct non-empty values
    std::vector<SeedExample> selectedExamples;                        // "more like these"
    std::vector<std::string> existingPrompts;                         // near duplicates of these are dropped
    QString modelDir;                                                 // the session's model ("" = none chosen)
    PromptTemplate chatTemplate;                                      // the Data page's template
    QString journal;                                                  // where the bulk run keeps finished rows
};

/** Makes the store the API key of a server's base URL lives in (the system keychain by default). */
using ApiKeyStoreFactory = std::function<TokenStore*(const QString& baseUrl, QObject* parent)>;

/**
 * Generate examples: where the text comes from (the model loaded in Falconry, or an
 * OpenAI-compatible server with its key in the system keychain), a recipe (topics x
 * instruction, more like these, from documents), the answer's persona and how many rows.
 * "Preview" streams the first three results; "Generate" runs them all with progress
 * (done / total, rate, time left) and Cancel, which keeps the finished rows. The bulk run's
 * rows are journaled, so a run cut short by closing the app is offered for resuming the next
 * time. Finished rows leave through rowsReady (the page adds them as one undoable command).
 */
class GenerateDialog final : public QDialog {
    Q_OBJECT
public:
    GenerateDialog(GenerateContext context, EngineController* engine, QWidget* parent = nullptr);
    ~GenerateDialog() override;

    /** Tests: keep API keys elsewhere than in the keychain. */
    void setApiKeyStoreFactory(ApiKeyStoreFactory factory) { m_keyStores = std::move(factory); }

    /** The recipe the form describes; throws ConfigError saying what is missing. */
    Recipe recipeFromForm() const;
    void startPreview();
    void startBulk();
    void resumeJournal();
    void cancelRun();
    bool isRunning() const;

    // For tests and screenshots.
    QRadioButton* localButton() const { return m_local; }
    QRadioButton* endpointButton() const { return m_endpoint; }
    QLineEdit* baseUrlEdit() const { return m_baseUrl; }
    QComboBox* apiModelBox() const { return m_apiModel; }
    QLineEdit* apiKeyEdit() const { return m_apiKey; }
    QTabWidget* recipeTabs() const { return m_recipes; }
    QPlainTextEdit* topicsEdit() const { return m_topics; }
    QLineEdit* instructionEdit() const { return m_instruction; }
    QPlainTextEdit* personaEdit() const { return m_persona; }
    QSpinBox* countBox() const { return m_count; }
    QTableWidget* previewTable() const { return m_preview; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* previewButton() const { return m_previewButton; }
    QPushButton* generateButton() const { return m_generateButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QWidget* resumeBar() const { return m_resumeBar; }
    GenerationController* controller() const { return m_controller; }

Q_SIGNALS:
    /** Rows of a bulk run that ended (all, or those finished before Cancel). */
    void rowsReady(const falconry::Recipe& recipe, const QString& source,
                   const std::vector<falconry::GeneratedExample>& rows);
    void previewFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createSourceBox();
    QWidget* createRecipeTabs();
    QWidget* createResultsBox();
    void start(bool preview, std::optional<Recipe> recipe = std::nullopt);
    void listModels();
    void loadApiKey();
    void storeApiKey();
    void updateSourceWidgets();
    void updateResumeBar();
    void showProgress(const GenerationProgress& progress);
    void appendText(qulonglong task, bool answer, const QString& piece);
    void showRow(const GeneratedExample& row);
    void runFinished(bool cancelled, bool exhausted);
    void runFailed(const QString& title, const QString& message, const QString& hint);
    void setRunning(bool running);

    GenerateContext m_context;
    EngineController* m_engine;
    GenerationController* m_controller;
    ApiKeyStoreFactory m_keyStores;
    bool m_previewRun = false;
    std::vector<std::pair<qulonglong, int>> m_taskRows; // task -> preview table row
    int m_listModelsToken = 0;
    std::thread m_listThread;
    std::atomic<bool> m_listStop{false};

    QWidget* m_resumeBar = nullptr;
    QLabel* m_resumeLabel = nullptr;
    QRadioButton* m_local = nullptr;
    QRadioButton* m_endpoint = nullptr;
    QLabel* m_localModel = nullptr;
    QLineEdit* m_adapter = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QComboBox* m_apiModel = nullptr;
    QPushButton* m_listModels = nullptr;
    QLineEdit* m_apiKey = nullptr;
    QCheckBox* m_stream = nullptr;
    QTabWidget* m_recipes = nullptr;
    QPlainTextEdit* m_topics = nullptr;
    QComboBox* m_topicColumn = nullptr;
    QLineEdit* m_instruction = nullptr;
    QSpinBox* m_variants = nullptr;
    QLabel* m_examplesLabel = nullptr;
    QListWidget* m_documents = nullptr;
    QPlainTextEdit* m_persona = nullptr;
    QSpinBox* m_count = nullptr;
    QDoubleSpinBox* m_temperature = nullptr;
    QSpinBox* m_maxTokens = nullptr;
    QTableWidget* m_preview = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_generateButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace falconry::ui
