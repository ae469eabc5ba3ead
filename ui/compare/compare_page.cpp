#include "ui/compare/compare_page.h"

#include "core/data/chat_prompt.h"
#include "core/knowledge/knowledge_store.h"
#include "ui/app_settings.h"
#include "ui/compare/adapter_choices.h"
#include "ui/compare/blind_vote.h"
#include "ui/compare/chat_format.h"
#include "ui/compare/chat_pane.h"
#include "ui/compare/chat_weights.h"
#include "ui/compare/compare_side_chooser.h"
#include "ui/compare/preference_store.h"
#include "ui/data/data_settings.h"
#include "ui/engine/engine_controller.h"
#include "ui/work_session.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace falconry::ui {

ComparePage::ComparePage(WorkSession& session, EngineController& engine, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("comparePage"));
    auto* layout = new QVBoxLayout(this);

    auto* settings = new QGroupBox(tr("What to compare"), this);
    auto* grid = new QGridLayout(settings);
    m_adapter = new QComboBox(settings);
    m_adapter->setObjectName(QStringLiteral("adapterBox"));
    m_adapter->setMinimumContentsLength(20);
    m_adapter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* browse = new QPushButton(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("PEFT folder…"), settings);
    browse->setToolTip(tr("Any PEFT LoRA adapter folder (adapter_config.json + adapter_model.safetensors)"));
    m_template = new QComboBox(settings);
    m_template->setObjectName(QStringLiteral("templateBox"));
    // First choice: the template the adapter's run was trained with (core/data renders both).
    m_template->addItem(tr("As trained"), QString());
    for (const QString& name : builtInTemplateNames())
        m_template->addItem(name, name);
    m_template->setToolTip(tr("How a conversation is written for the model. \"As trained\" uses the template and "
                              "mapping of the run the adapter comes from (or the Data page's), exactly as training did."));
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_template->setMinimumContentsLength(16);
    m_template->setCurrentIndex(std::max(0, m_template->findData(AppSettings::chatTemplate().get())));
    grid->addWidget(new QLabel(tr("Adapter:"), settings), 0, 0);
    grid->addWidget(m_adapter, 0, 1, 1, 5);
    grid->addWidget(browse, 0, 6);
    grid->addWidget(new QLabel(tr("Template:"), settings), 1, 0);
    grid->addWidget(m_template, 1, 1, 1, 2);
    m_blind = new QCheckBox(tr("Blind mode (shuffle sides, vote)"), settings);
    m_blind->setObjectName(QStringLiteral("blindBox"));
    m_blind->setToolTip(tr("Hide which side is tuned; vote for the better answer. Votes are saved as preference data."));
    grid->addWidget(m_blind, 1, 3, 1, 4);

    m_temperature = new QDoubleSpinBox(settings);
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(AppSettings::sampleTemperature().get());
    m_temperature->setToolTip(tr("0 = always the most likely token (greedy); 0.7 is a common choice; above 1 rambles"));
    m_topP = new QDoubleSpinBox(settings);
    m_topP->setRange(0.05, 1);
    m_topP->setSingleStep(0.05);
    m_topP->setValue(AppSettings::sampleTopP().get());
    m_topP->setToolTip(tr("Sample from the smallest set of tokens whose probabilities add up to this. 0.9–0.95"));
    m_topK = new QSpinBox(settings);
    m_topK->setRange(0, 1000);
    m_topK->setSpecialValueText(tr("off"));
    m_topK->setValue(AppSettings::sampleTopK().get());
    m_topK->setToolTip(tr("Sample from this many most likely tokens. 20–100; off = no limit"));
    m_maxTokens = new QSpinBox(settings);
    m_maxTokens->setRange(1, 4096);
    m_maxTokens->setValue(AppSettings::sampleMaxNewTokens().get());
    m_repetition = new QDoubleSpinBox(settings);
    m_repetition->setRange(1, 2);
    m_repetition->setSingleStep(0.05);
    m_repetition->setValue(AppSettings::sampleRepetitionPenalty().get());
    m_repetition->setToolTip(tr("Above 1 discourages repeating tokens. 1.0–1.2"));
    grid->addWidget(new QLabel(tr("Temperature:"), settings), 2, 0);
    grid->addWidget(m_temperature, 2, 1);
    grid->addWidget(new QLabel(tr("Top-p:"), settings), 2, 2);
    grid->addWidget(m_topP, 2, 3);
    grid->addWidget(new QLabel(tr("Top-k:"), settings), 2, 4);
    grid->addWidget(m_topK, 2, 5);
    grid->addWidget(new QLabel(tr("Max new tokens:"), settings), 3, 0);
    grid->addWidget(m_maxTokens, 3, 1);
    grid->addWidget(new QLabel(tr("Repetition penalty:"), settings), 3, 2);
    grid->addWidget(m_repetition, 3, 3);
    m_fourBit = new QCheckBox(tr("4-bit weights for chat"), settings);
    m_fourBit->setObjectName(QStringLiteral("fourBitBox"));
    m_fourBit->setToolTip(tr("Answer from the model's weights quantized to 4 bits (NF4, as QLoRA holds them): about a "
                             "quarter of the memory and faster answers on a CPU; the text can differ a little from the "
                             "full weights'. Both sides share the one 4-bit copy. On by default for models of a "
                             "billion parameters or more."));
    grid->addWidget(m_fourBit, 3, 4, 1, 3);
    // The four combinations of the strategy question: each side base or tuned, with or without the knowledge base.
    m_sides[0] = new CompareSideChooser(tr("Left:"), false, settings);
    m_sides[0]->setObjectName(QStringLiteral("leftSide"));
    m_sides[1] = new CompareSideChooser(tr("Right:"), true, settings);
    m_sides[1]->setObjectName(QStringLiteral("rightSide"));
    grid->addWidget(m_sides[0], 4, 0, 1, 3);
    grid->addWidget(m_sides[1], 4, 3, 1, 4);
    layout->addWidget(settings);

    m_engineNote = new QLabel(this);
    m_engineNote->setObjectName(QStringLiteral("engineNote"));
    m_engineNote->setWordWrap(true);
    layout->addWidget(m_engineNote);

    auto* panes = new QSplitter(Qt::Horizontal, this);
    m_left = new ChatPane(panes);
    m_left->setObjectName(QStringLiteral("leftPane"));
    m_right = new ChatPane(panes);
    m_right->setObjectName(QStringLiteral("rightPane"));
    layout->addWidget(panes, 1);

    m_voteRow = new QWidget(this);
    auto* voteLayout = new QHBoxLayout(m_voteRow);
    voteLayout->setContentsMargins(0, 0, 0, 0);
    auto* voteA = new QPushButton(QIcon(QStringLiteral(":/icons/vote.svg")), tr("A is better"), m_voteRow);
    voteA->setObjectName(QStringLiteral("voteA"));
    auto* voteTie = new QPushButton(tr("Tie"), m_voteRow);
    voteTie->setObjectName(QStringLiteral("voteTie"));
    auto* voteB = new QPushButton(QIcon(QStringLiteral(":/icons/vote.svg")), tr("B is better"), m_voteRow);
    voteB->setObjectName(QStringLiteral("voteB"));
    m_voteStatus = new QLabel(m_voteRow);
    m_voteStatus->setObjectName(QStringLiteral("voteStatus"));
    voteLayout->addWidget(voteA);
    voteLayout->addWidget(voteTie);
    voteLayout->addWidget(voteB);
    voteLayout->addWidget(m_voteStatus, 1);
    layout->addWidget(m_voteRow);

    auto* inputRow = new QHBoxLayout;
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("messageInput"));
    m_input->setPlaceholderText(tr("Type a message for both models (Ctrl+Enter sends)"));
    m_input->setMaximumHeight(90);
    auto* buttons = new QVBoxLayout;
    m_send = new QPushButton(QIcon(QStringLiteral(":/icons/send.svg")), tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_stop = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"), this);
    m_copy->setToolTip(tr("Copy both conversations"));
    m_clear = new QPushButton(QIcon(QStringLiteral(":/icons/clear.svg")), tr("Clear"), this);
    m_clear->setToolTip(tr("Start a new conversation"));
    auto* row1 = new QHBoxLayout;
    row1->addWidget(m_send);
    row1->addWidget(m_stop);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(m_copy);
    row2->addWidget(m_clear);
    buttons->addLayout(row1);
    buttons->addLayout(row2);
    inputRow->addWidget(m_input, 1);
    inputRow->addLayout(buttons);
    layout->addLayout(inputRow);

    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_input);
    sendShortcut->setContext(Qt::WidgetShortcut);
    connect(sendShortcut, &QShortcut::activated, this, [this] { send(m_input->toPlainText()); });
    connect(m_send, &QPushButton::clicked, this, [this] { send(m_input->toPlainText()); });
    connect(m_stop, &QPushButton::clicked, this, &ComparePage::stop);
    connect(m_clear, &QPushButton::clicked, this, &ComparePage::clear);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(QStringLiteral("%1\n\n%2\n\n%3\n\n%4")
                                               .arg(m_left->property("label").toString(), m_left->transcript(),
                                                    m_right->property("label").toString(), m_right->transcript()));
    });
    connect(browse, &QPushButton::clicked, this, &ComparePage::chooseAdapterFolder);
    // clicked, not toggled: only what the user ticks is remembered, not the default for the model's size.
    connect(m_fourBit, &QCheckBox::clicked, this, [](bool on) { rememberChatFourBitWeights(on); });
    connect(m_fourBit, &QCheckBox::toggled, this, &ComparePage::updateButtons);
    connect(m_blind, &QCheckBox::toggled, this, [this](bool) {
        clear();
        updateTitles();
    });
    connect(m_template, &QComboBox::currentIndexChanged, this,
            [this] { AppSettings::chatTemplate().set(m_template->currentData().toString()); });
    connect(voteA, &QPushButton::clicked, this, [this] { vote(-1); });
    connect(voteTie, &QPushButton::clicked, this, [this] { vote(0); });
    connect(voteB, &QPushButton::clicked, this, [this] { vote(+1); });
    connect(&m_session, &WorkSession::runChanged, this, &ComparePage::refreshAdapters);
    connect(&m_session, &WorkSession::modelChanged, this, [this] {
        clear();
        updateFourBitWeights();
        updateTitles();
        updateButtons();
    });
    connect(&m_engine, &EngineController::tokens, this, &ComparePage::onTokens);
    connect(&m_engine, &EngineController::jobFinished, this, [this](quint64 id, const JobResult& r) {
        if (id == m_jobId)
            for (int row = 0; row < 2; ++row)
                m_pendingPassages[row] = passagesFromVariant(r.values.value(QStringLiteral("passages%1").arg(row)),
                                                             r.values.value(QStringLiteral("text%1").arg(row)).toString());
        onEnded(id, answerNote(r, 0), answerNote(r, 1), true);
    });
    connect(&m_engine, &EngineController::jobCancelled, this, [this](quint64 id, const JobResult&) {
        onEnded(id, tr("stopped (not part of the conversation)"), tr("stopped (not part of the conversation)"), false);
    });
    connect(&m_engine, &EngineController::jobFailed, this, [this](quint64 id, const EngineError& e) {
        if (id != m_jobId)
            return;
        onEnded(id, e.title, e.title, false);
        auto* box = new QMessageBox(QMessageBox::Warning, e.title, e.message, QMessageBox::Ok, this);
        box->setInformativeText(e.hint);
        box->setObjectName(QStringLiteral("compareErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(&m_engine, &EngineController::busyChanged, this, &ComparePage::updateButtons);
    connect(m_adapter, &QComboBox::currentIndexChanged, this, [this] {
        updateTitles();
        updateButtons();
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, &ComparePage::updateButtons);
    connect(&m_session, &WorkSession::dataSettingsChanged, this, &ComparePage::updateButtons);

    for (CompareSideChooser* side : m_sides)
        connect(side, &CompareSideChooser::changed, this, [this] {
            clear();
            updateTitles();
            updateButtons();
        });
    connect(&m_session, &WorkSession::knowledgeBaseChanged, this, &ComparePage::updateKnowledgeAvailability);
    updateKnowledgeAvailability();
    updateFourBitWeights();
    refreshAdapters();
    updateTitles();
    updateButtons();
}

void ComparePage::refreshAdapters()
{
    const QString previous = adapterDir();
    QSignalBlocker block(m_adapter);
    m_adapter->clear();
    const QString run = m_session.runDir();
    for (const AdapterChoice& choice : adaptersOfRun(run))
        m_adapter->addItem(choice.label, choice.dir);
    if (!previous.isEmpty() && m_adapter->findData(previous) < 0)
        m_adapter->addItem(QDir::toNativeSeparators(previous), previous);
    if (m_adapter->count() == 0)
        m_adapter->addItem(tr("None: the base model answers alone"), QString());
    const int keep = m_adapter->findData(previous);
    m_adapter->setCurrentIndex(keep >= 0 && run.isEmpty() ? keep : 0);
    updateTitles();
    updateButtons();
}

void ComparePage::chooseAdapterFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a PEFT adapter folder"), QDir::homePath());
    if (dir.isEmpty())
        return;
    if (!isAdapterFolder(dir)) {
        QMessageBox::warning(this, tr("Not an adapter folder"),
                             tr("%1 has no adapter_config.json. A PEFT LoRA adapter folder holds adapter_config.json "
                                "and adapter_model.safetensors.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    setAdapterDir(dir);
}

void ComparePage::setAdapterDir(const QString& dir)
{
    int index = m_adapter->findData(dir);
    if (index < 0) {
        if (m_adapter->count() == 1 && m_adapter->itemData(0).toString().isEmpty())
            m_adapter->clear();
        m_adapter->addItem(QDir::toNativeSeparators(dir), dir);
        index = m_adapter->count() - 1;
    }
    m_adapter->setCurrentIndex(index);
    updateButtons();
}

QString ComparePage::adapterDir() const
{
    return m_adapter->currentData().toString();
}

bool ComparePage::fourBitWeights() const
{
    return m_fourBit->isChecked();
}

void ComparePage::updateFourBitWeights()
{
    m_fourBit->setChecked(chatUsesFourBitWeights(m_session.modelDir()));
}

bool ComparePage::blindMode() const
{
    return m_blind->isChecked();
}

void ComparePage::setBlindMode(bool blind)
{
    m_blind->setChecked(blind);
}

QString ComparePage::preferencesPath() const
{
    return PreferenceStore::defaultPath(m_session.runDir());
}

ChatPane* ComparePage::paneForRow(int row) const
{
    const bool tuned = row == 1;
    return tuned != m_swapped ? m_right : m_left;
}

bool ComparePage::secondRowRuns() const
{
    return !m_sides[1]->tuned() || !adapterDir().isEmpty();
}

void ComparePage::updateKnowledgeAvailability()
{
    const QString path = m_session.knowledgeBasePath();
    int64_t passages = 0;
    if (!path.isEmpty()) {
        try {
            passages = KnowledgeStore(path.toStdString(), false).passageCount();
        } catch (const std::exception&) {
            passages = 0;
        }
    }
    const QString why = tr("The knowledge base is empty: add documents on the Knowledge page first.");
    for (CompareSideChooser* side : m_sides)
        side->setKnowledgeAvailable(passages > 0, why);
    updateTitles();
}

void ComparePage::updateTitles()
{
    if (blindMode()) {
        m_left->setTitle(tr("A"), tr("one of the two models"));
        m_right->setTitle(tr("B"), tr("the other model"));
        m_left->setProperty("label", tr("A"));
        m_right->setProperty("label", tr("B"));
    } else {
        const QString model = m_session.modelName().isEmpty() ? tr("no model chosen") : m_session.modelName();
        const QString adapter = adapterDir();
        ChatPane* panes[2] = {m_left, m_right};
        for (int side = 0; side < 2; ++side) {
            const QString name = m_sides[side]->sideName();
            const QString subtitle = !m_sides[side]->tuned() ? model
                : adapter.isEmpty() ? tr("no adapter yet: train one on the Train page, or choose a PEFT folder")
                                    : tr("%1 + %2").arg(model, QDir(adapter).dirName());
            panes[side]->setTitle(name, subtitle);
            panes[side]->setProperty("label", name);
        }
    }
    m_voteRow->setVisible(blindMode());
}

QString ComparePage::whyNotReady() const
{
    if (m_session.modelDir().isEmpty())
        return tr("Choose a model in the Model step first.");
    if (m_engine.isBusy() && !isGenerating())
        return tr("The engine is busy (training?). Wait or stop it first.");
    return {};
}

ChatFormat ComparePage::chatFormat() const
{
    return chatFormatFor(m_template->currentData().toString(), adapterDir(), m_session.dataSettings());
}

QString ComparePage::formatNote() const
{
    const ChatFormat format = chatFormat();
    const QString name = QString::fromStdString(format.promptTemplate.name());
    QString note = format.runDir.isEmpty()
        ? tr("Prompts are written with the template %1.").arg(name)
        : tr("Prompts are written as run %1 was trained: template %2.").arg(QDir(format.runDir).dirName(), name);
    if (adapterDir().isEmpty() && (m_sides[0]->tuned() || m_sides[1]->tuned()))
        note += QLatin1Char(' ') + tr("No adapter is chosen: only the base model answers.");
    if (fourBitWeights())
        note += QLatin1Char(' ') + tr("The answers come from one 4-bit (NF4) copy of the weights.");
    return note;
}

void ComparePage::updateButtons()
{
    const QString problem = whyNotReady();
    m_send->setEnabled(!isGenerating() && problem.isEmpty());
    m_send->setToolTip(problem.isEmpty() ? tr("Send to both models (Ctrl+Enter)") : problem);
    m_engineNote->setText(problem.isEmpty() ? formatNote() : problem);
    m_stop->setEnabled(isGenerating());
    for (QPushButton* b : m_voteRow->findChildren<QPushButton*>())
        b->setEnabled(m_canVote && !isGenerating());
}

SamplingSettings ComparePage::sampling() const
{
    SamplingSettings s;
    s.temperature = m_temperature->value();
    s.topP = m_topP->value();
    s.topK = m_topK->value();
    s.maxNewTokens = m_maxTokens->value();
    s.repetitionPenalty = m_repetition->value();
    s.seed = m_rng();
    AppSettings::sampleTemperature().set(s.temperature);
    AppSettings::sampleTopP().set(s.topP);
    AppSettings::sampleTopK().set(s.topK);
    AppSettings::sampleMaxNewTokens().set(s.maxNewTokens);
    AppSettings::sampleRepetitionPenalty().set(s.repetitionPenalty);
    return s;
}

void ComparePage::setSampling(const SamplingSettings& s)
{
    m_temperature->setValue(s.temperature);
    m_topP->setValue(s.topP);
    m_topK->setValue(s.topK);
    m_maxTokens->setValue(s.maxNewTokens);
    m_repetition->setValue(s.repetitionPenalty);
}

bool ComparePage::send(const QString& message)
{
    const QString text = message.trimmed();
    if (text.isEmpty() || isGenerating())
        return false;
    const QString problem = whyNotReady();
    if (!problem.isEmpty()) {
        m_engineNote->setText(problem);
        return false;
    }
    const bool baseOnly = !secondRowRuns();
    if (blindMode() && baseOnly) {
        m_engineNote->setText(tr("Blind mode needs two models: choose an adapter first."));
        return false;
    }
    if (m_sides[0]->tuned() && adapterDir().isEmpty()) {
        m_engineNote->setText(tr("The left side is set to the tuned model: choose an adapter first."));
        return false;
    }
    if (blindMode())
        m_swapped = drawTunedOnLeft(m_rng);
    CompareRequest request;
    request.modelDir = m_session.modelDir();
    request.adapterDir = adapterDir();
    request.fourBitWeights = fourBitWeights();
    try {
        // Each side continues its own conversation, written by core/data as training wrote examples.
        const ChatFormat format = chatFormat();
        request.baseChat = renderConversation(format, paneForRow(0)->history(), text);
        if (!baseOnly)
            request.tunedChat = renderConversation(format, paneForRow(1)->history(), text);
        for (const std::string& stop : request.baseChat.stopStrings)
            request.stopStrings << QString::fromStdString(stop);
    } catch (const std::exception& e) {
        m_engineNote->setText(tr("The template cannot write this conversation: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    request.sampling = sampling();
    request.rowCount = baseOnly ? 1 : 2;
    for (int row = 0; row < 2; ++row) {
        request.rowTuned[row] = m_sides[row]->tuned();
        request.rowUsesKnowledge[row] = m_sides[row]->usesKnowledge();
    }
    if (request.rowUsesKnowledge[0] || request.rowUsesKnowledge[1]) {
        // The passages are retrieved in the job (it has the model's tokenizer and context length);
        // it writes each such row's prompt again with them, over the same conversation.
        request.knowledgeBase = m_session.knowledgeBasePath();
        request.question = text;
        const ChatFormat format = chatFormat();
        const QList<ChatTurn> histories[2] = {paneForRow(0)->history(), paneForRow(1)->history()};
        request.renderRow = [format, h0 = histories[0], h1 = histories[1]](int row, const std::string& message) {
            return renderConversation(format, row == 0 ? h0 : h1, QString::fromStdString(message));
        };
    }
    m_pendingPassages[0].clear();
    m_pendingPassages[1].clear();
    m_lastMessage = text;
    m_lastBasePrompt = QString::fromStdString(request.baseChat.text);
    m_canVote = false;
    m_voteStatus->clear();
    paneForRow(0)->beginTurn(text);
    if (!baseOnly)
        paneForRow(1)->beginTurn(text);
    m_input->clear();
    m_engine.resetStallMonitor();
    m_jobId = m_engine.submit(JobKind::Generate, makeCompareJob(request));
    updateButtons();
    return true;
}

void ComparePage::stop()
{
    if (isGenerating())
        m_engine.cancel();
}

void ComparePage::clear()
{
    if (isGenerating())
        stop();
    m_left->clear();
    m_right->clear();
    m_canVote = false;
    m_voteStatus->clear();
    updateButtons();
}

void ComparePage::onTokens(quint64 id, const QList<TokenChunk>& chunks)
{
    if (id != m_jobId)
        return;
    for (const TokenChunk& c : chunks)
        paneForRow(c.row)->appendAnswer(c.text);
}

QString ComparePage::answerNote(const JobResult& result, int row) const
{
    const QString finish = result.values.value(QStringLiteral("finish%1").arg(row)).toString();
    if (finish.isEmpty())
        return row == 1 ? tr("no adapter chosen: only the base model answered") : result.summary;
    QString why;
    if (finish == QLatin1String("eos") || finish == QLatin1String("stop_string"))
        why = tr("answer complete");
    else if (finish == QLatin1String("length"))
        why = tr("cut at the token limit (raise \"Max new tokens\")");
    else
        why = tr("stopped");
    const qlonglong tokens = result.values.value(QStringLiteral("tokens%1").arg(row)).toLongLong();
    const double speed = result.values.value(QStringLiteral("tokensPerSecond")).toDouble();
    // The speed is the job's: both rows' tokens when both sides answered, else this side's alone.
    const bool oneSide = result.values.value(QStringLiteral("finish%1").arg(1 - row)).toString().isEmpty();
    if (oneSide)
        return tr("%n token(s), %1; at %2 tokens/s", nullptr, static_cast<int>(tokens)).arg(why, QLocale().toString(speed, 'f', 1));
    return tr("%n token(s), %1; both sides at %2 tokens/s", nullptr, static_cast<int>(tokens))
        .arg(why, QLocale().toString(speed, 'f', 1));
}

void ComparePage::onEnded(quint64 id, const QString& baseNote, const QString& tunedNote, bool keep)
{
    if (id != m_jobId)
        return;
    m_jobId = 0;
    // A stopped or failed turn is shown but not continued: the next prompt holds only whole answers.
    paneForRow(0)->endTurn(baseNote, keep, m_pendingPassages[0]);
    paneForRow(1)->endTurn(tunedNote, keep, m_pendingPassages[1]);
    m_pendingPassages[0].clear();
    m_pendingPassages[1].clear();
    m_canVote = blindMode();
    if (blindMode())
        m_voteStatus->setText(tr("Which answer is better?"));
    updateButtons();
    Q_EMIT answersFinished();
}

QString ComparePage::vote(int side)
{
    if (!m_canVote || m_left->history().isEmpty() || m_right->history().isEmpty())
        return tr("Nothing to vote on yet.");
    m_canVote = false;
    const VoteOutcome outcome = recordVote(PreferenceStore(preferencesPath()), side, m_swapped, m_lastBasePrompt,
                                           m_left->history().last().assistant, m_right->history().last().assistant);
    m_voteStatus->setText(outcome.error.isEmpty() ? outcome.status : outcome.error);
    updateButtons();
    return outcome.error;
}

} // namespace falconry::ui
