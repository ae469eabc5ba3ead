#pragma once

#include "core/data/dataset_reader.h"
#include "core/data/example_renderer.h"
#include "core/data/format_detector.h"

#include <QThreadPool>
#include <QWizard>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;

namespace falconry {
class Tokenizer;
}

namespace falconry::ui {

class TokenView;

/** What the wizard ends with: the rows read and how to show them to the model. */
struct ImportChoice {
    QString sourcePath;
    ReadOptions readOptions;
    ReadReport report;
    std::shared_ptr<Dataset> dataset;
    DatasetKind kind = DatasetKind::Unknown;
    RoleMapping mapping;
    PromptTemplate promptTemplate;
    TrainOn trainOn = TrainOn::Answers;
};

/**
 * Import in two pages. Source: the file, its container format and "skip bad
 * rows"; the file is read on a worker thread and the page shows what was read
 * (format, encoding, rows) or the error with its line and column. Mapping:
 * the detected kind with its evidence, one dropdown per role, the template,
 * and a live preview of the first rows as the model sees them (trained tokens
 * highlighted) that follows every change.
 */
class ImportWizard final : public QWizard {
    Q_OBJECT
public:
    ImportWizard(std::shared_ptr<const Tokenizer> tokenizer, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /** Starts reading `path` (as if picked with Browse). */
    void setSourcePath(const QString& path);
    /** True once the current file has been read (successfully or not). */
    bool isReadDone() const { return !m_reading; }
    bool hasRows() const { return m_choice.dataset != nullptr; }
    QString readError() const { return m_readError; }
    const FormatDetection& detection() const { return m_detection; }
    /** The choice as the pages show it now. */
    ImportChoice choice() const;
    int previewRows() const { return m_previewCount; }

    /** Selects `column` (empty = none) for `role`: system, user, input, assistant, text, conversation. */
    void setRoleColumn(const QString& role, const QString& column);
    void setTemplateName(const QString& name);

Q_SIGNALS:
    void readFinished();
    void previewUpdated();

private:
    QWizardPage* createSourcePage();
    QWizardPage* createMappingPage();
    void startRead();
    void readDone(std::shared_ptr<ReadResult> result, const QString& error);
    void applyDetection(const FormatDetection& detection);
    RoleMapping currentMapping() const;
    void updatePreview();
    /** The roles are still the detector's guess, and it was not sure (or found no known layout). */
    bool isUncheckedGuess() const;
    void updateGuessWarning();

    std::shared_ptr<const Tokenizer> m_tokenizer;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_stop;
    quint64 m_readGeneration = 0;
    bool m_reading = false;
    bool m_updating = false;
    QString m_readError;
    QString m_readKey; // path, format and skip-bad of the last read started
    ImportChoice m_choice;
    FormatDetection m_detection;
    int m_previewCount = 0;

    QLineEdit* m_path = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_skipBad = nullptr;
    QLabel* m_readStatus = nullptr;
    QListWidget* m_issues = nullptr;
    QProgressBar* m_readProgress = nullptr;

    QLabel* m_detected = nullptr;
    QLabel* m_guessWarning = nullptr;
    QCheckBox* m_confirmGuess = nullptr;
    QListWidget* m_evidence = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_roles[6] = {};
    QComboBox* m_template = nullptr;
    QLineEdit* m_customTemplate = nullptr;
    QComboBox* m_trainOn = nullptr;
    TokenView* m_preview = nullptr;
};

/** Role names in the order of the wizard's dropdowns. */
inline constexpr const char* kRoleNames[6] = {"system", "user", "input", "assistant", "text", "conversation"};

} // namespace falconry::ui
