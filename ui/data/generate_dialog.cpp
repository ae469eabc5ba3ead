#include "ui/data/generate_dialog.h"

#include "core/datagen/document_passages.h"
#include "core/util/errors.h"
#include "ui/app_settings.h"
#include "ui/data/generation_controller.h"
#include "ui/hub/token_store.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <thread>

namespace falconry::ui {
namespace {

constexpr int kPreviewRows = 3;

std::string text(const QString& s)
{
    return s.trimmed().toStdString();
}

QString durationText(double seconds)
{
    if (seconds < 90)
        return GenerateDialog::tr("%n s", nullptr, static_cast<int>(seconds + 0.5));
    if (seconds < 90 * 60)
        return GenerateDialog::tr("%n min", nullptr, static_cast<int>(seconds / 60 + 0.5));
    return GenerateDialog::tr("%1 h").arg(seconds / 3600, 0, 'f', 1);
}

} // namespace

GenerateDialog::GenerateDialog(GenerateContext context, EngineController* engine, QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_engine(engine),
      m_controller(new GenerationController(engine, this)),
      m_keyStores([](const QString& baseUrl, QObject* owner) -> TokenStore* {
          return new KeychainTokenStore(QStringLiteral("openai-api-key ") + baseUrl, owner);
      })
{
    setObjectName(QStringLiteral("generateDialog"));
    setWindowTitle(tr("Generate examples"));
    auto* layout = new QVBoxLayout(this);

    m_resumeBar = new QWidget(this);
    auto* resumeLayout = new QHBoxLayout(m_resumeBar);
    resumeLayout->setContentsMargins(8, 4, 8, 4);
    m_resumeBar->setAutoFillBackground(true);
    m_resumeBar->setStyleSheet(QStringLiteral("background: palette(alternate-base);"));
    m_resumeLabel = new QLabel(m_resumeBar);
    m_resumeLabel->setWordWrap(true);
    auto* resume = new QPushButton(tr("Resume"), m_resumeBar);
    resume->setObjectName(QStringLiteral("generateResume"));
    auto* discard = new QPushButton(tr("Discard"), m_resumeBar);
    resumeLayout->addWidget(m_resumeLabel, 1);
    resumeLayout->addWidget(resume);
    resumeLayout->addWidget(discard);
    connect(resume, &QPushButton::clicked, this, &GenerateDialog::resumeJournal);
    connect(discard, &QPushButton::clicked, this, [this] {
        QFile::remove(m_context.journal);
        updateResumeBar();
    });
    layout->addWidget(m_resumeBar);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(createSourceBox());
    left->addWidget(createRecipeTabs(), 1);
    auto* answerBox = new QGroupBox(tr("Answers"), this);
    auto* answerForm = new QFormLayout(answerBox);
    m_persona = new QPlainTextEdit(answerBox);
    m_persona->setObjectName(QStringLiteral("generatePersona"));
    m_persona->setPlaceholderText(tr("Who answers, and how: e.g. “You are a friendly support agent for a bicycle "
                                     "shop. Answer in two or three sentences.”"));
    m_persona->setPlainText(QString::fromStdString(Recipe{}.persona));
    m_persona->setFixedHeight(m_persona->fontMetrics().lineSpacing() * 4 + 12);
    answerForm->addRow(tr("Persona:"), m_persona);
    m_count = new QSpinBox(answerBox);
    m_count->setObjectName(QStringLiteral("generateCount"));
    m_count->setRange(1, 100000);
    m_count->setValue(20);
    m_temperature = new QDoubleSpinBox(answerBox);
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(0.8);
    m_temperature->setToolTip(tr("0 always picks the likeliest word; higher values give more varied text."));
    m_maxTokens = new QSpinBox(answerBox);
    m_maxTokens->setRange(16, 8192);
    m_maxTokens->setValue(256);
    auto* numbers = new QHBoxLayout;
    numbers->addWidget(m_count);
    numbers->addWidget(new QLabel(tr("Temperature:"), answerBox));
    numbers->addWidget(m_temperature);
    numbers->addWidget(new QLabel(tr("Max tokens:"), answerBox));
    numbers->addWidget(m_maxTokens);
    numbers->addStretch();
    answerForm->addRow(tr("Rows:"), numbers);
    left->addWidget(answerBox);
    columns->addLayout(left, 5);
    columns->addWidget(createResultsBox(), 6);
    layout->addLayout(columns, 1);

    connect(m_controller, &GenerationController::progressed, this, &GenerateDialog::showProgress);
    connect(m_controller, &GenerationController::textArrived, this, &GenerateDialog::appendText);
    connect(m_controller, &GenerationController::rowGenerated, this, &GenerateDialog::showRow);
    connect(m_controller, &GenerationController::finished, this, &GenerateDialog::runFinished);
    connect(m_controller, &GenerationController::failed, this, &GenerateDialog::runFailed);

    const bool endpoint = AppSettings::generateSource().get() == QStringLiteral("endpoint") || m_context.modelDir.isEmpty();
    (endpoint ? m_endpoint : m_local)->setChecked(true);
    updateSourceWidgets();
    updateResumeBar();
    setRunning(false);
    resize(1180, 720);
}

GenerateDialog::~GenerateDialog()
{
    m_controller->cancel();
    m_listStop = true;
    if (m_listThread.joinable())
        m_listThread.join();
}

QWidget* GenerateDialog::createSourceBox()
{
    auto* box = new QGroupBox(tr("Where the text comes from"), this);
    auto* form = new QFormLayout(box);
    m_local = new QRadioButton(tr("The model in Falconry"), box);
    m_local->setObjectName(QStringLiteral("generateLocal"));
    m_localModel = new QLabel(m_context.modelDir.isEmpty()
                                  ? tr("(choose a model in the Model step first)")
                                  : QFileInfo(m_context.modelDir).fileName(),
                              box);
    m_localModel->setToolTip(m_context.modelDir);
    auto* localRow = new QHBoxLayout;
    localRow->addWidget(m_local);
    localRow->addWidget(m_localModel, 1);
    form->addRow(localRow);
    m_adapter = new QLineEdit(box);
    m_adapter->setPlaceholderText(tr("optional: a tuned adapter folder (runs/…/adapter)"));
    auto* browse = new QPushButton(tr("Browse…"), box);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose an adapter folder"));
        if (!dir.isEmpty())
            m_adapter->setText(dir);
    });
    auto* adapterRow = new QHBoxLayout;
    adapterRow->addWidget(m_adapter, 1);
    adapterRow->addWidget(browse);
    form->addRow(tr("Adapter:"), adapterRow);

    m_endpoint = new QRadioButton(tr("An OpenAI-compatible server (Ollama, llama.cpp, LM Studio, vLLM, a hosted service)"), box);
    m_endpoint->setObjectName(QStringLiteral("generateEndpoint"));
    form->addRow(m_endpoint);
    m_baseUrl = new QLineEdit(AppSettings::generateBaseUrl().get(), box);
    m_baseUrl->setObjectName(QStringLiteral("generateBaseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("http://localhost:11434/v1"));
    m_baseUrl->setToolTip(tr("The base URL ends in /v1, as OpenAI's own clients take it."));
    form->addRow(tr("Base URL:"), m_baseUrl);
    m_apiModel = new QComboBox(box);
    m_apiModel->setObjectName(QStringLiteral("generateApiModel"));
    m_apiModel->setEditable(true);
    m_apiModel->setCurrentText(AppSettings::generateApiModel().get());
    m_listModels = new QPushButton(tr("List models"), box);
    m_listModels->setObjectName(QStringLiteral("generateListModels"));
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_apiModel, 1);
    modelRow->addWidget(m_listModels);
    form->addRow(tr("Model:"), modelRow);
    m_apiKey = new QLineEdit(box);
    m_apiKey->setObjectName(QStringLiteral("generateApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("kept in the system keychain; local servers need none"));
    form->addRow(tr("API key:"), m_apiKey);
    m_stream = new QCheckBox(tr("Stream the text as it is written"), box);
    m_stream->setChecked(AppSettings::generateStream().get());
    form->addRow(QString(), m_stream);

    connect(m_local, &QRadioButton::toggled, this, &GenerateDialog::updateSourceWidgets);
    connect(m_listModels, &QPushButton::clicked, this, &GenerateDialog::listModels);
    connect(m_baseUrl, &QLineEdit::editingFinished, this, &GenerateDialog::loadApiKey);
    return box;
}

QWidget* GenerateDialog::createRecipeTabs()
{
    m_recipes = new QTabWidget(this);
    m_recipes->setObjectName(QStringLiteral("generateRecipes"));

    auto* topics = new QWidget(m_recipes);
    auto* topicsForm = new QFormLayout(topics);
    m_topics = new QPlainTextEdit(topics);
    m_topics->setObjectName(QStringLiteral("generateTopics"));
    m_topics->setPlaceholderText(tr("One topic per line, e.g.\nreturns and refunds\nshipping times\nsizing"));
    topicsForm->addRow(tr("Topics:"), m_topics);
    m_topicColumn = new QComboBox(topics);
    m_topicColumn->addItem(tr("Take topics from a column…"));
    for (const QString& c : m_context.columns)
        m_topicColumn->addItem(c);
    connect(m_topicColumn, &QComboBox::activated, this, [this](int index) {
        if (index <= 0 || !m_context.columnValues)
            return;
        m_topics->setPlainText(m_context.columnValues(m_topicColumn->itemText(index)).join(QLatin1Char('\n')));
        m_topicColumn->setCurrentIndex(0);
    });
    topicsForm->addRow(QString(), m_topicColumn);
    m_instruction = new QLineEdit(QString::fromStdString(Recipe{}.instruction), topics);
    m_instruction->setObjectName(QStringLiteral("generateInstruction"));
    m_instruction->setToolTip(tr("{topic} is replaced by each topic; {variant} by the question's number for that "
                                 "topic."));
    topicsForm->addRow(tr("Instruction:"), m_instruction);
    m_variants = new QSpinBox(topics);
    m_variants->setRange(1, 100);
    m_variants->setToolTip(tr("Questions per topic before the topics come round again."));
    topicsForm->addRow(tr("Questions per topic:"), m_variants);
    m_recipes->addTab(topics, tr("Topics × instruction"));

    auto* like = new QWidget(m_recipes);
    auto* likeLayout = new QVBoxLayout(like);
    m_examplesLabel = new QLabel(like);
    m_examplesLabel->setWordWrap(true);
    m_examplesLabel->setText(
        m_context.selectedExamples.empty()
            ? tr("Select the rows to imitate in the table first. New questions of the same kind are written; "
                 "any too close to a row of the dataset is dropped.")
            : tr("%n selected row(s) are the examples. New questions of the same kind are written; any too close "
                 "to a row of the dataset is dropped.",
                 nullptr, static_cast<int>(m_context.selectedExamples.size())));
    likeLayout->addWidget(m_examplesLabel);
    likeLayout->addStretch();
    m_recipes->addTab(like, tr("More like these"));

    auto* docs = new QWidget(m_recipes);
    auto* docsLayout = new QVBoxLayout(docs);
    docsLayout->addWidget(new QLabel(tr("Questions that a passage of these documents answers; the passage is kept "
                                        "with each row."),
                                     docs));
    m_documents = new QListWidget(docs);
    docsLayout->addWidget(m_documents, 1);
    auto* addDocs = new QPushButton(tr("Add documents…"), docs);
    auto* removeDocs = new QPushButton(tr("Remove"), docs);
    auto* docButtons = new QHBoxLayout;
    docButtons->addWidget(addDocs);
    docButtons->addWidget(removeDocs);
    docButtons->addStretch();
    docsLayout->addLayout(docButtons);
    connect(addDocs, &QPushButton::clicked, this, [this] {
        for (const QString& f : QFileDialog::getOpenFileNames(this, tr("Add documents"), QString(),
                                                              tr("Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.rst);;All files (*)")))
            m_documents->addItem(f);
    });
    connect(removeDocs, &QPushButton::clicked, this, [this] { qDeleteAll(m_documents->selectedItems()); });
    m_recipes->addTab(docs, tr("From documents"));
    if (!m_context.selectedExamples.empty() && m_context.selectedExamples.size() > 1)
        m_recipes->setCurrentIndex(1);
    return m_recipes;
}

QWidget* GenerateDialog::createResultsBox()
{
    auto* box = new QGroupBox(tr("Results"), this);
    auto* layout = new QVBoxLayout(box);
    m_preview = new QTableWidget(0, 2, box);
    m_preview->setObjectName(QStringLiteral("generatePreview"));
    m_preview->setHorizontalHeaderLabels({tr("Question"), tr("Answer")});
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->setWordWrap(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_preview, 1);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("generateProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("generateStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("“Preview” writes the first %n result(s) so you can adjust the recipe; “Generate” writes them "
                         "all. Rows land in the table marked “generated”, as one step you can undo.",
                         nullptr, kPreviewRows));
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    m_previewButton = new QPushButton(tr("Preview"), box);
    m_previewButton->setObjectName(QStringLiteral("generatePreviewButton"));
    m_generateButton = new QPushButton(tr("Generate"), box);
    m_generateButton->setObjectName(QStringLiteral("generateStart"));
    m_generateButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    m_cancelButton->setObjectName(QStringLiteral("generateCancel"));
    m_cancelButton->setToolTip(tr("Stops after the rows finished so far; they are kept."));
    auto* close = new QPushButton(tr("Close"), box);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_generateButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_previewButton, &QPushButton::clicked, this, &GenerateDialog::startPreview);
    connect(m_generateButton, &QPushButton::clicked, this, &GenerateDialog::startBulk);
    connect(m_cancelButton, &QPushButton::clicked, this, &GenerateDialog::cancelRun);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    return box;
}

void GenerateDialog::updateSourceWidgets()
{
    const bool endpoint = m_endpoint->isChecked();
    m_adapter->setEnabled(!endpoint);
    for (QWidget* w : std::initializer_list<QWidget*>{m_baseUrl, m_apiModel, m_listModels, m_apiKey, m_stream})
        w->setEnabled(endpoint);
    m_local->setEnabled(!m_context.modelDir.isEmpty());
    if (endpoint && m_apiKey->text().isEmpty())
        loadApiKey();
}

void GenerateDialog::updateResumeBar()
{
    const auto state = m_context.journal.isEmpty() ? std::nullopt
                                                   : readGenerationJournal(m_context.journal.toStdString());
    m_resumeBar->setVisible(state.has_value() && !isRunning());
    if (state)
        m_resumeLabel->setText(tr("An unfinished generation (%1 recipe) has %2 of %3 rows. Resume it, or discard it.")
                                   .arg(QString::fromStdString(recipeKindName(state->recipe.kind)))
                                   .arg(state->rows)
                                   .arg(state->target));
}

void GenerateDialog::loadApiKey()
{
    const QString url = m_baseUrl->text().trimmed();
    if (url.isEmpty() || !m_keyStores)
        return;
    TokenStore* store = m_keyStores(url, this);
    store->read([this, store, url](const QString& key, const QString&) {
        if (m_baseUrl->text().trimmed() == url && m_apiKey->text().isEmpty() && !key.isEmpty())
            m_apiKey->setText(key);
        store->deleteLater();
    });
}

void GenerateDialog::storeApiKey()
{
    const QString url = m_baseUrl->text().trimmed();
    if (url.isEmpty() || !m_keyStores)
        return;
    TokenStore* store = m_keyStores(url, this);
    auto done = [store](const QString&) { store->deleteLater(); };
    if (m_apiKey->text().isEmpty())
        store->remove(done);
    else
        store->write(m_apiKey->text(), done);
}

void GenerateDialog::listModels()
{
    EndpointSettings s;
    s.baseUrl = text(m_baseUrl->text());
    s.apiKey = text(m_apiKey->text());
    m_listModels->setEnabled(false);
    m_status->setText(tr("Asking %1 for its models…").arg(m_baseUrl->text()));
    const int token = ++m_listModelsToken;
    if (m_listThread.joinable())
        m_listThread.join();
    QPointer<GenerateDialog> self(this);
    // A short request on a thread of its own; the answer is queued back to the GUI thread,
    // where `self` is checked (the destructor joins this thread first).
    m_listThread = std::thread([s, token, self, stop = &m_listStop] {
        QStringList models;
        QString error;
        try {
            OpenAiClient client(s);
            for (const std::string& m : client.listModels(*stop))
                models << QString::fromStdString(m);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, token, models, error] {
                if (!self || token != self->m_listModelsToken)
                    return;
                self->m_listModels->setEnabled(true);
                if (!error.isEmpty()) {
                    self->m_status->setText(tr("Could not list the models: %1").arg(error));
                    return;
                }
                const QString current = self->m_apiModel->currentText();
                self->m_apiModel->clear();
                self->m_apiModel->addItems(models);
                self->m_apiModel->setCurrentText(current.isEmpty() && !models.isEmpty() ? models.front() : current);
                self->m_status->setText(tr("%n model(s) on the server.", nullptr, static_cast<int>(models.size())));
            },
            Qt::QueuedConnection);
    });
}

Recipe GenerateDialog::recipeFromForm() const
{
    Recipe r;
    switch (m_recipes->currentIndex()) {
    case 0:
        r.kind = RecipeKind::Topics;
        for (const QString& line : m_topics->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                r.topics.push_back(text(line));
        r.instruction = text(m_instruction->text());
        r.variants = static_cast<size_t>(m_variants->value());
        break;
    case 1:
        r.kind = RecipeKind::MoreLike;
        r.examples = m_context.selectedExamples;
        break;
    default:
        r.kind = RecipeKind::Documents;
        for (int i = 0; i < m_documents->count(); ++i)
            r.documents.push_back(m_documents->item(i)->text().toStdString());
        if (r.documents.empty())
            throw ConfigError(tr("Add at least one document.").toStdString());
        r.passages = readDocumentPassages(r.documents, r.passageChars);
        break;
    }
    r.persona = text(m_persona->toPlainText());
    if (r.persona.empty())
        r.persona = Recipe{}.persona;
    r.count = static_cast<size_t>(m_count->value());
    r.temperature = m_temperature->value();
    r.maxTokens = m_maxTokens->value();
    r.validate();
    return r;
}

bool GenerateDialog::isRunning() const
{
    return m_controller->isRunning();
}

void GenerateDialog::startPreview()
{
    start(true);
}

void GenerateDialog::startBulk()
{
    if (!m_context.journal.isEmpty() && QFileInfo::exists(m_context.journal)) {
        // A new recipe replaces the unfinished one only when the user discards it.
        m_status->setText(tr("An unfinished generation is waiting: resume or discard it first."));
        updateResumeBar();
        return;
    }
    start(false);
}

void GenerateDialog::resumeJournal()
{
    const auto state = readGenerationJournal(m_context.journal.toStdString());
    if (!state) {
        updateResumeBar();
        return;
    }
    start(false, state->recipe);
}

void GenerateDialog::start(bool preview, std::optional<Recipe> recipe)
{
    if (isRunning())
        return;
    GenerateRequest request;
    try {
        request.recipe = recipe ? *recipe : recipeFromForm();
    } catch (const std::exception& e) {
        m_status->setText(QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(QString::fromUtf8(e.what()).toHtmlEscaped()));
        return;
    }
    request.useEndpoint = m_endpoint->isChecked();
    if (request.useEndpoint) {
        request.endpoint.baseUrl = text(m_baseUrl->text());
        request.endpoint.model = text(m_apiModel->currentText());
        request.endpoint.apiKey = text(m_apiKey->text());
        request.endpoint.stream = m_stream->isChecked();
        if (request.endpoint.model.empty()) {
            m_status->setText(tr("Enter the server's model name, or press “List models”."));
            return;
        }
        AppSettings::generateSource().set(QStringLiteral("endpoint"));
        AppSettings::generateBaseUrl().set(m_baseUrl->text().trimmed());
        AppSettings::generateApiModel().set(m_apiModel->currentText().trimmed());
        AppSettings::generateStream().set(m_stream->isChecked());
        storeApiKey();
    } else {
        if (m_context.modelDir.isEmpty()) {
            m_status->setText(tr("Choose a model in the Model step first, or use a server."));
            return;
        }
        request.modelDir = m_context.modelDir;
        request.adapterDir = m_adapter->text().trimmed();
        request.chatTemplate = m_context.chatTemplate;
        AppSettings::generateSource().set(QStringLiteral("local"));
    }
    request.existingPrompts = m_context.existingPrompts;
    if (preview)
        request.limit = kPreviewRows;
    else
        request.journal = m_context.journal;
    m_previewRun = preview;
    m_taskRows.clear();
    m_preview->setRowCount(0);
    m_progress->setRange(0, static_cast<int>(preview ? std::min<size_t>(kPreviewRows, request.recipe.targetCount())
                                                     : request.recipe.targetCount()));
    m_progress->setValue(0);
    m_status->setText(preview ? tr("Writing a preview…") : tr("Generating…"));
    setRunning(true);
    m_controller->start(std::move(request));
}

void GenerateDialog::cancelRun()
{
    m_controller->cancel();
    m_status->setText(tr("Stopping after the rows finished so far…"));
}

void GenerateDialog::setRunning(bool running)
{
    m_previewButton->setEnabled(!running);
    m_generateButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    if (running)
        m_resumeBar->hide();
}

void GenerateDialog::showProgress(const GenerationProgress& p)
{
    m_progress->setMaximum(static_cast<int>(std::max<size_t>(1, p.total)));
    m_progress->setValue(static_cast<int>(std::min(p.done, p.total)));
    QStringList parts;
    parts << tr("%1 / %2 rows").arg(p.done).arg(p.total);
    if (p.rowsPerSecond > 0)
        parts << (p.rowsPerSecond >= 1.0 ? tr("%1 rows/s").arg(p.rowsPerSecond, 0, 'f', 1)
                                         : tr("%1 rows/min").arg(p.rowsPerSecond * 60.0, 0, 'f', 1));
    if (p.secondsLeft >= 0)
        parts << tr("about %1 left").arg(durationText(p.secondsLeft));
    if (p.resumed > 0)
        parts << tr("%n resumed", nullptr, static_cast<int>(p.resumed));
    if (p.dropped > 0)
        parts << tr("%n dropped as near duplicates", nullptr, static_cast<int>(p.dropped));
    QString line = parts.join(QStringLiteral(" · "));
    if (!p.notice.empty())
        line += QStringLiteral("\n") + QString::fromStdString(p.notice);
    m_status->setText(line);
}

void GenerateDialog::appendText(qulonglong task, bool answer, const QString& piece)
{
    int row = -1;
    for (const auto& [t, r] : m_taskRows)
        if (t == task)
            row = r;
    if (row < 0) {
        // Every task streaming gets a row (a preview's dropped near duplicates go when it ends).
        row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, new QTableWidgetItem);
        m_preview->setItem(row, 1, new QTableWidgetItem);
        m_taskRows.emplace_back(task, row);
    }
    QTableWidgetItem* item = m_preview->item(row, answer ? 1 : 0);
    item->setText(item->text() + piece);
}

void GenerateDialog::showRow(const GeneratedExample& e)
{
    // The finished row replaces what streamed (the question cleaned, a dropped task's text gone).
    appendText(e.task, false, QString());
    for (const auto& [t, r] : m_taskRows) {
        if (t != e.task)
            continue;
        m_preview->item(r, 0)->setText(QString::fromStdString(e.prompt));
        m_preview->item(r, 1)->setText(QString::fromStdString(e.completion));
        m_preview->scrollToItem(m_preview->item(r, 0));
    }
}

void GenerateDialog::runFinished(bool cancelled, bool exhausted)
{
    setRunning(false);
    // Streamed text of tasks that were dropped (near duplicates) or cut off by Cancel goes.
    for (int r = m_preview->rowCount() - 1; r >= 0; --r) {
        bool kept = false;
        for (const auto& [t, row] : m_taskRows)
            if (row == r)
                for (const GeneratedExample& e : m_controller->rows())
                    kept = kept || e.task == t;
        if (!kept)
            m_preview->removeRow(r);
    }
    m_taskRows.clear();
    const size_t rows = m_controller->rows().size();
    if (m_previewRun) {
        m_status->setText(tr("Preview: %n row(s). Adjust the recipe, or press “Generate” for all of them.", nullptr,
                             static_cast<int>(rows)));
        Q_EMIT previewFinished();
        return;
    }
    QString line = cancelled ? tr("Stopped: %n finished row(s) were added to the table.", nullptr, static_cast<int>(rows))
                             : tr("Done: %n row(s) were added to the table, marked “generated”.", nullptr,
                                  static_cast<int>(rows));
    if (exhausted)
        line += QLatin1Char(' ') + tr("Fewer than asked: too many questions were near duplicates — add topics or raise "
                                      "the temperature.");
    m_status->setText(line);
    if (rows > 0)
        Q_EMIT rowsReady(m_controller->request().recipe, m_controller->sourceDescription(), m_controller->rows());
    // The rows are in the dataset now (one undoable command): the journal has done its job.
    QFile::remove(m_context.journal);
    updateResumeBar();
}

void GenerateDialog::runFailed(const QString& title, const QString& message, const QString& hint)
{
    setRunning(false);
    QString html = QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), message.toHtmlEscaped());
    if (!hint.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(hint.toHtmlEscaped());
    if (!m_previewRun && !m_controller->rows().empty())
        html += QStringLiteral("<br>") + tr("The %n finished row(s) are kept: resume when the problem is solved.", nullptr,
                                            static_cast<int>(m_controller->rows().size()));
    m_status->setText(html);
    updateResumeBar();
}

void GenerateDialog::closeEvent(QCloseEvent* event)
{
    // Closing only hides the dialog: a bulk run goes on (the page keeps the dialog) and its rows
    // land when it ends. Quitting the app mid-run leaves the journal, offered for resuming.
    QDialog::closeEvent(event);
}

} // namespace falconry::ui
