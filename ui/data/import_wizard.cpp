#include "ui/data/import_wizard.h"

#include "core/data/dataset_analysis.h"
#include "core/tokenizer/tokenizer.h"
#include "ui/data/data_settings.h"
#include "ui/data/token_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextCursor>
#include <QVBoxLayout>

namespace falconry::ui {

namespace {

/** A wizard page whose "Next" is enabled by a function. */
class CheckedPage final : public QWizardPage {
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
};

constexpr int kPreviewRows = 3;
/** Below this detection confidence an untouched guess needs the user's confirmation. */
constexpr double kSureConfidence = 0.5;


} // namespace

ImportWizard::ImportWizard(std::shared_ptr<const Tokenizer> tokenizer, QWidget* parent)
    : QWizard(parent)
    , m_tokenizer(std::move(tokenizer))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a dataset"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_pool.setMaxThreadCount(1);
    addPage(createSourcePage());
    addPage(createMappingPage());
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    if (m_stop)
        m_stop->store(true);
    m_pool.waitForDone();
}

QWizardPage* ImportWizard::createSourcePage()
{
    auto* page = new CheckedPage;
    page->complete = [this] { return !m_reading && m_choice.dataset != nullptr; };
    page->setTitle(tr("Source file"));
    page->setSubTitle(tr("CSV, TSV, JSON, JSONL or plain text. The file is only read: Falconry works on its own copy."));
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Choose a file, or drop one on the window"));
    auto* browse = new QPushButton(tr("Browse…"), page);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    auto* form = new QFormLayout;
    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("importFormat"));
    for (const char* name : {"auto", "csv", "tsv", "json", "jsonl", "text"})
        m_format->addItem(name == std::string_view("auto") ? tr("Detect") : QString::fromLatin1(name).toUpper(),
                          QString::fromLatin1(name));
    form->addRow(tr("File format:"), m_format);
    m_skipBad = new QCheckBox(tr("Skip bad rows and list them"), page);
    m_skipBad->setObjectName(QStringLiteral("skipBadRows"));
    form->addRow(QString(), m_skipBad);
    layout->addLayout(form);
    m_readProgress = new QProgressBar(page);
    m_readProgress->setRange(0, 1000);
    m_readProgress->setVisible(false);
    layout->addWidget(m_readProgress);
    m_readStatus = new QLabel(page);
    m_readStatus->setObjectName(QStringLiteral("readStatus"));
    m_readStatus->setWordWrap(true);
    m_readStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_readStatus);
    m_issues = new QListWidget(page);
    m_issues->setObjectName(QStringLiteral("readIssues"));
    layout->addWidget(m_issues, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a dataset"), QFileInfo(m_path->text()).absolutePath(),
            tr("Datasets (*.csv *.tsv *.json *.jsonl *.ndjson *.txt);;All files (*)"));
        if (!path.isEmpty())
            setSourcePath(path);
    });
    connect(m_path, &QLineEdit::editingFinished, this, &ImportWizard::startRead);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportWizard::startRead);
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportWizard::startRead);
    connect(this, &ImportWizard::readFinished, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage* ImportWizard::createMappingPage()
{
    auto* page = new CheckedPage;
    // A weak guess is never taken silently: the user changes a role or says the roles are right.
    page->complete = [this] { return !isUncheckedGuess() || m_confirmGuess->isChecked(); };
    page->setTitle(tr("Roles and template"));
    page->setSubTitle(tr("Which column is the question and which the answer, and how the model sees them. "
                         "Green tokens are trained, grey ones are the prompt (masked)."));
    auto* split = new QSplitter(Qt::Horizontal, page);
    auto* left = new QWidget(split);
    auto* form = new QFormLayout(left);
    form->setContentsMargins(0, 0, 0, 0);
    m_detected = new QLabel(left);
    m_detected->setObjectName(QStringLiteral("detectedKind"));
    m_detected->setWordWrap(true);
    form->addRow(m_detected);
    m_evidence = new QListWidget(left);
    m_evidence->setObjectName(QStringLiteral("detectionEvidence"));
    m_evidence->setMaximumHeight(90);
    m_evidence->setWordWrap(true);
    form->addRow(m_evidence);
    m_kind = new QComboBox(left);
    m_kind->setObjectName(QStringLiteral("datasetKind"));
    m_kind->addItem(tr("As detected"), QString());
    for (const char* name :
         {"alpaca", "sharegpt", "messages", "prompt-completion", "prompt-response", "question-answer", "text", "guanaco"})
        m_kind->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    form->addRow(tr("Rows look like:"), m_kind);
    const QString roleLabels[6] = {tr("System:"),    tr("User / instruction:"), tr("Input / context:"),
                                   tr("Assistant / answer:"), tr("Text (trained as is):"), tr("Conversation:")};
    for (int i = 0; i < 6; ++i) {
        m_roles[i] = new QComboBox(left);
        m_roles[i]->setObjectName(QStringLiteral("role-") + QLatin1String(kRoleNames[i]));
        form->addRow(roleLabels[i], m_roles[i]);
        connect(m_roles[i], &QComboBox::currentIndexChanged, this, &ImportWizard::updatePreview);
    }
    m_template = new QComboBox(left);
    m_template->setObjectName(QStringLiteral("promptTemplate"));
    for (const QString& name : builtInTemplateNames())
        m_template->addItem(name, name);
    m_template->addItem(QStringLiteral("custom"), QStringLiteral("custom"));
    form->addRow(tr("Template:"), m_template);
    m_customTemplate = new QLineEdit(left);
    m_customTemplate->setObjectName(QStringLiteral("customTemplate"));
    m_customTemplate->setPlaceholderText(tr("Q: {question}\\nA: {answer}"));
    m_customTemplate->setEnabled(false);
    form->addRow(tr("Custom:"), m_customTemplate);
    m_trainOn = new QComboBox(left);
    m_trainOn->setObjectName(QStringLiteral("trainOn"));
    m_trainOn->addItem(tr("Answers only"));
    m_trainOn->addItem(tr("Everything"));
    form->addRow(tr("Train on:"), m_trainOn);
    m_guessWarning = new QLabel(left);
    m_guessWarning->setObjectName(QStringLiteral("guessWarning"));
    m_guessWarning->setWordWrap(true);
    form->addRow(m_guessWarning);
    m_confirmGuess = new QCheckBox(tr("These roles are right"), left);
    m_confirmGuess->setObjectName(QStringLiteral("confirmGuess"));
    form->addRow(m_confirmGuess);
    connect(m_confirmGuess, &QCheckBox::toggled, page, &QWizardPage::completeChanged);
    m_preview = new TokenView(split);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    split->addWidget(left);
    split->addWidget(m_preview);
    split->setStretchFactor(1, 1);
    split->setSizes({340, 520});
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_choice.dataset)
            return;
        const QString name = m_kind->currentData().toString();
        applyDetection(name.isEmpty() ? m_detection : detectAs(*m_choice.dataset, parseDatasetKind(name.toStdString())));
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        m_customTemplate->setEnabled(m_template->currentData().toString() == QLatin1String("custom"));
        updatePreview();
    });
    connect(m_customTemplate, &QLineEdit::textChanged, this, &ImportWizard::updatePreview);
    connect(m_trainOn, &QComboBox::currentIndexChanged, this, &ImportWizard::updatePreview);
    return page;
}

void ImportWizard::setSourcePath(const QString& path)
{
    m_path->setText(path);
    startRead();
}

void ImportWizard::startRead()
{
    const QString path = m_path->text().trimmed();
    // editingFinished also fires when focus merely leaves the field: read again only when something changed.
    const QString key = path + QLatin1Char('\n') + m_format->currentData().toString() + QLatin1Char('\n')
                      + (m_skipBad->isChecked() ? QLatin1Char('1') : QLatin1Char('0'));
    if (path.isEmpty() || key == m_readKey)
        return;
    m_readKey = key;
    if (m_stop)
        m_stop->store(true);
    m_stop = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_readGeneration;
    m_reading = true;
    m_choice.dataset.reset();
    m_readError.clear();
    m_issues->clear();
    m_readStatus->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_readProgress->setValue(0);
    m_readProgress->setVisible(true);
    Q_EMIT readFinished(); // the page's Next follows m_reading

    ReadOptions options;
    options.format = parseSourceFormat(m_format->currentData().toString().toStdString());
    options.skipBad = m_skipBad->isChecked();
    m_choice.readOptions = options;
    m_choice.sourcePath = path;
    auto stop = m_stop;
    m_pool.start([this, generation, stop, path, options]() mutable {
        options.progress = [this, generation, stop](uint64_t done, uint64_t total) {
            const int permille = total ? static_cast<int>(done * 1000 / total) : 0;
            QMetaObject::invokeMethod(m_readProgress, [this, generation, permille] {
                if (generation == m_readGeneration)
                    m_readProgress->setValue(permille);
            }, Qt::QueuedConnection);
            return !stop->load();
        };
        std::shared_ptr<ReadResult> result;
        QString error;
        try {
            result = std::make_shared<ReadResult>(readDataset(path.toStdString(), options));
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        if (stop->load())
            return;
        QMetaObject::invokeMethod(this, [this, generation, result, error] {
            if (generation == m_readGeneration)
                readDone(result, error);
        }, Qt::QueuedConnection);
    });
}

void ImportWizard::readDone(std::shared_ptr<ReadResult> result, const QString& error)
{
    m_reading = false;
    m_readProgress->setVisible(false);
    if (!result) {
        m_readError = error;
        m_readStatus->setText(tr("<b>The file could not be read.</b> %1<br>Fix the file, choose another format, or "
                                 "tick “Skip bad rows” to import the rest.")
                                  .arg(error.toHtmlEscaped()));
        Q_EMIT readFinished();
        return;
    }
    m_choice.report = result->report;
    m_choice.dataset = std::make_shared<Dataset>(std::move(result->dataset));
    const ReadReport& report = m_choice.report;
    QStringList columns;
    for (const auto& c : m_choice.dataset->columns)
        columns << QString::fromStdString(c);
    m_readStatus->setText(tr("Read %n row(s) as %1 (%2), columns: %3.", nullptr,
                             static_cast<int>(m_choice.dataset->rows.size()))
                              .arg(QString::fromStdString(sourceFormatName(report.format)).toUpper(),
                                   QString::fromStdString(encodingName(report.encoding)),
                                   columns.join(QStringLiteral(", "))));
    for (const auto& issue : report.skipped)
        m_issues->addItem(tr("Skipped, line %1, column %2: %3")
                              .arg(issue.line)
                              .arg(issue.column)
                              .arg(QString::fromStdString(issue.message)));
    for (const auto& issue : report.ragged)
        m_issues->addItem(tr("Line %1: %2").arg(issue.line).arg(QString::fromStdString(issue.message)));
    for (const auto& issue : report.invalidText)
        m_issues->addItem(tr("Invalid text, line %1, column %2: %3")
                              .arg(issue.line)
                              .arg(issue.column)
                              .arg(QString::fromStdString(issue.message)));

    m_updating = true;
    for (QComboBox* box : m_roles) {
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const QString& c : columns)
            box->addItem(c, c);
    }
    m_kind->setCurrentIndex(0);
    m_updating = false;
    m_detection = detectFormat(*m_choice.dataset);
    applyDetection(m_detection);
    Q_EMIT readFinished();
}

void ImportWizard::applyDetection(const FormatDetection& detection)
{
    m_choice.kind = detection.kind;
    m_detected->setText(tr("<b>Detected: %1</b> (confidence %2%)%3")
                            .arg(QString::fromStdString(datasetKindName(detection.kind)))
                            .arg(qRound(detection.confidence * 100))
                            .arg(detection.multiTurn ? tr(", multi-turn") : QString()));
    m_evidence->clear();
    for (const auto& line : detection.evidence)
        m_evidence->addItem(QString::fromStdString(line));
    m_updating = true;
    const std::string* fields[6] = {&detection.mapping.system,    &detection.mapping.user,
                                    &detection.mapping.input,     &detection.mapping.assistant,
                                    &detection.mapping.text,      &detection.mapping.conversation};
    for (int i = 0; i < 6; ++i)
        m_roles[i]->setCurrentIndex(std::max(0, m_roles[i]->findData(QString::fromStdString(*fields[i]))));
    const QString tpl = QString::fromStdString(suggestedTemplate(detection.kind).name());
    m_template->setCurrentIndex(std::max(0, m_template->findData(tpl)));
    m_updating = false;
    updatePreview();
}

RoleMapping ImportWizard::currentMapping() const
{
    RoleMapping mapping;
    std::string* fields[6] = {&mapping.system, &mapping.user, &mapping.input,
                              &mapping.assistant, &mapping.text, &mapping.conversation};
    for (int i = 0; i < 6; ++i)
        *fields[i] = m_roles[i]->currentData().toString().toStdString();
    mapping.splitGuanaco = m_choice.kind == DatasetKind::Guanaco && !mapping.text.empty();
    return mapping;
}

void ImportWizard::setRoleColumn(const QString& role, const QString& column)
{
    for (int i = 0; i < 6; ++i)
        if (role == QLatin1String(kRoleNames[i]))
            m_roles[i]->setCurrentIndex(std::max(0, m_roles[i]->findData(column)));
}

void ImportWizard::setTemplateName(const QString& name)
{
    if (name.startsWith(QLatin1String("custom:"))) {
        m_template->setCurrentIndex(m_template->findData(QStringLiteral("custom")));
        m_customTemplate->setText(name.mid(7));
    } else {
        m_template->setCurrentIndex(std::max(0, m_template->findData(name)));
    }
}

ImportChoice ImportWizard::choice() const
{
    ImportChoice c = m_choice;
    c.mapping = currentMapping();
    const QString tpl = m_template->currentData().toString();
    try {
        c.promptTemplate = PromptTemplate::fromName(
            (tpl == QLatin1String("custom") ? QStringLiteral("custom:") + m_customTemplate->text() : tpl).toStdString());
    } catch (const std::exception&) {
        c.promptTemplate = PromptTemplate{};
    }
    c.trainOn = m_trainOn->currentIndex() == 1 ? TrainOn::Everything : TrainOn::Answers;
    return c;
}

bool ImportWizard::isUncheckedGuess() const
{
    if (!m_choice.dataset)
        return false;
    const RoleMapping mapping = currentMapping();
    const bool asGuessed = mapping.toString() == m_detection.mapping.toString();
    return asGuessed && (m_detection.kind == DatasetKind::Unknown || m_detection.confidence < kSureConfidence);
}

void ImportWizard::updateGuessWarning()
{
    const bool guess = isUncheckedGuess();
    if (guess) {
        m_guessWarning->setText(
            tr("<b>Check the roles:</b> Falconry guessed them from the columns' names and text with only %1 % confidence "
               "(%2). Choose the columns that hold the question and the answer, or tick the box if the guess is right.")
                .arg(qRound(m_detection.confidence * 100))
                .arg(QString::fromStdString(m_detection.mapping.toString()).toHtmlEscaped()));
    }
    m_guessWarning->setVisible(guess);
    m_confirmGuess->setVisible(guess);
    if (!guess)
        m_confirmGuess->setChecked(false);
    if (QWizardPage* p = page(1))
        Q_EMIT p->completeChanged();
}

void ImportWizard::updatePreview()
{
    if (!m_updating)
        updateGuessWarning();
    if (m_updating || !m_choice.dataset)
        return;
    const ImportChoice c = choice();
    m_preview->clearExamples();
    m_previewCount = 0;
    TokenizeOptions options;
    options.trainOn = c.trainOn;
    if (!m_tokenizer)
        m_preview->appendMessage(tr("No model chosen: showing prompt and answer parts without token boundaries."));
    const Dataset& dataset = *c.dataset;
    for (size_t i = 0; i < dataset.rows.size() && i < static_cast<size_t>(kPreviewRows); ++i) {
        const QString heading = tr("Row %1").arg(dataset.rows[i].id);
        try {
            const RenderedExample example =
                renderExample(c.promptTemplate, dataset, dataset.rows[i], c.mapping, m_tokenizer.get(), options);
            m_preview->appendExample(example, m_tokenizer ? tr("%1 — %2 tokens, %3 trained")
                                                                .arg(heading)
                                                                .arg(example.tokenCount())
                                                                .arg(example.trainedCount())
                                                          : heading);
            ++m_previewCount;
        } catch (const std::exception& e) {
            m_preview->appendMessage(heading + QStringLiteral(": ") + QString::fromUtf8(e.what()));
        }
    }
    m_preview->moveCursor(QTextCursor::Start); // from row 1 on, not scrolled to where appending left it
    m_preview->ensureCursorVisible();
    Q_EMIT previewUpdated();
}

} // namespace falconry::ui
