#include "ui/knowledge/strategy_check_dialog.h"

#include "core/knowledge/knowledge_store.h"
#include "ui/compare/chat_format.h"
#include "ui/data/data_settings.h"
#include "ui/engine/engine_controller.h"
#include "ui/knowledge/strategy_check_job.h"
#include "ui/model/model_catalogue.h"
#include "ui/work_session.h"

#include <QCheckBox>
#include <QColor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace falconry::ui {
namespace {

QTableWidget* makeTable(int columns, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    return table;
}

QString trimmedCell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().simplified() : QString();
}

} // namespace

QString StrategyCheckDialog::armLabel(StrategyArm arm)
{
    switch (arm) {
    case StrategyArm::Base: return tr("Base model");
    case StrategyArm::BaseKnowledge: return tr("Base + knowledge base");
    case StrategyArm::Tuned: return tr("Tuned model");
    case StrategyArm::TunedKnowledge: return tr("Tuned + knowledge base");
    }
    return {};
}

StrategyCheckDialog::StrategyCheckDialog(WorkSession& session, EngineController& engine, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("strategyCheckDialog"));
    setWindowTitle(tr("Strategy check"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Which strategy knows your facts? Write questions and the fact a right answer must contain "
                                "(a number, a name, a short phrase). Falconry asks the base model and the tuned model, "
                                "each with and without the knowledge base, and counts the answers that contain the fact."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* questionsBox = new QGroupBox(tr("Questions"), splitter);
    auto* questionsLayout = new QVBoxLayout(questionsBox);
    m_questions = makeTable(2, {tr("Question"), tr("Fact the answer must contain")}, questionsBox);
    m_questions->setObjectName(QStringLiteral("checkQuestions"));
    m_questions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_questions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_questions->setColumnWidth(1, 200);
    questionsLayout->addWidget(m_questions, 1);
    auto* questionButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add question"), questionsBox);
    auto* remove = new QPushButton(tr("Remove"), questionsBox);
    auto* load = new QPushButton(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("Load CSV…"), questionsBox);
    load->setToolTip(tr("A CSV file with a 'question' and a 'fact' column"));
    m_demoQuestions = new QPushButton(tr("Demo questions"), questionsBox);
    m_demoQuestions->setObjectName(QStringLiteral("demoQuestionsButton"));
    m_demoQuestions->setToolTip(tr("The 42 questions about the Aerie feeder's manual"));
    m_demoQuestions->setVisible(!bundledDemoQuestionsPath().isEmpty());
    questionButtons->addWidget(add);
    questionButtons->addWidget(remove);
    questionButtons->addStretch(1);
    questionButtons->addWidget(m_demoQuestions);
    questionButtons->addWidget(load);
    questionsLayout->addLayout(questionButtons);

    auto* resultsBox = new QGroupBox(tr("Results"), splitter);
    auto* resultsLayout = new QVBoxLayout(resultsBox);
    auto* settings = new QHBoxLayout;
    m_useKnowledge = new QCheckBox(tr("With the knowledge base"), resultsBox);
    m_useKnowledge->setObjectName(QStringLiteral("checkUsesKnowledge"));
    m_useKnowledge->setChecked(true);
    m_useTuned = new QCheckBox(tr("Tuned model"), resultsBox);
    m_useTuned->setObjectName(QStringLiteral("checkUsesTuned"));
    m_useTuned->setChecked(true);
    m_adapterLabel = new QLabel(resultsBox);
    m_adapterLabel->setObjectName(QStringLiteral("checkAdapter"));
    auto* chooseAdapter = new QPushButton(tr("Adapter…"), resultsBox);
    chooseAdapter->setToolTip(tr("The adapter folder the tuned model uses"));
    m_maxTokens = new QSpinBox(resultsBox);
    m_maxTokens->setRange(8, 1024);
    m_maxTokens->setValue(64);
    m_maxTokens->setSuffix(tr(" tokens"));
    m_maxTokens->setToolTip(tr("The longest answer; a fact is short, and shorter answers make the check faster"));
    settings->addWidget(m_useKnowledge);
    settings->addWidget(m_useTuned);
    settings->addWidget(m_adapterLabel, 1);
    settings->addWidget(chooseAdapter);
    settings->addWidget(new QLabel(tr("Answers up to"), resultsBox));
    settings->addWidget(m_maxTokens);
    resultsLayout->addLayout(settings);
    auto* runRow = new QHBoxLayout;
    m_run = new QPushButton(QIcon(QStringLiteral(":/icons/play.svg")), tr("Run the check"), resultsBox);
    m_run->setObjectName(QStringLiteral("runCheckButton"));
    m_cancel = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("Cancel"), resultsBox);
    m_cancel->setObjectName(QStringLiteral("cancelCheckButton"));
    m_cancel->setToolTip(tr("Stop; the answers finished so far are counted"));
    m_progress = new QProgressBar(resultsBox);
    m_progress->setRange(0, 1000);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    resultsLayout->addLayout(runRow);
    m_status = new QLabel(resultsBox);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    resultsLayout->addWidget(m_status);
    m_results = makeTable(3, {tr("Strategy"), tr("Answers with the fact"), tr("Share")}, resultsBox);
    m_results->setObjectName(QStringLiteral("checkResults"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Room for the four strategies without a scroll bar.
    m_results->setFixedHeight(m_results->horizontalHeader()->sizeHint().height() +
                              4 * m_results->verticalHeader()->defaultSectionSize() + 2 * m_results->frameWidth() + 2);
    resultsLayout->addWidget(m_results);
    m_answers = makeTable(4, {tr("Question"), tr("Strategy"), tr("Fact"), tr("Answer")}, resultsBox);
    m_answers->setObjectName(QStringLiteral("checkAnswers"));
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_answers->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_answers->setColumnWidth(0, 260);
    m_answers->setColumnWidth(1, 170);
    m_answers->setColumnWidth(2, 60);
    resultsLayout->addWidget(m_answers, 1);
    splitter->addWidget(questionsBox);
    splitter->addWidget(resultsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(add, &QPushButton::clicked, this, &StrategyCheckDialog::addRow);
    connect(remove, &QPushButton::clicked, this, &StrategyCheckDialog::removeSelectedRows);
    connect(load, &QPushButton::clicked, this, &StrategyCheckDialog::chooseCsv);
    connect(m_demoQuestions, &QPushButton::clicked, this, [this] { loadQuestions(bundledDemoQuestionsPath()); });
    connect(chooseAdapter, &QPushButton::clicked, this, &StrategyCheckDialog::chooseAdapter);
    connect(m_run, &QPushButton::clicked, this, &StrategyCheckDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &StrategyCheckDialog::cancel);
    connect(m_useKnowledge, &QCheckBox::toggled, this, &StrategyCheckDialog::updateState);
    connect(m_useTuned, &QCheckBox::toggled, this, &StrategyCheckDialog::updateState);
    connect(m_questions, &QTableWidget::itemChanged, this, &StrategyCheckDialog::updateState);
    connect(&m_engine, &EngineController::progress, this, &StrategyCheckDialog::onProgress);
    connect(&m_engine, &EngineController::jobFinished, this,
            [this](quint64 id, const JobResult& r) { onEnded(id, r, false); });
    connect(&m_engine, &EngineController::jobCancelled, this,
            [this](quint64 id, const JobResult& r) { onEnded(id, r, true); });
    connect(&m_engine, &EngineController::jobFailed, this, &StrategyCheckDialog::onFailed);
    connect(&m_session, &WorkSession::runChanged, this, [this](const QString& run) {
        if (QFileInfo::exists(run + QStringLiteral("/adapter/adapter_config.json")))
            setAdapterDir(run + QStringLiteral("/adapter"));
    });
    connect(&m_session, &WorkSession::knowledgeBaseChanged, this, &StrategyCheckDialog::updateState);

    const QString run = m_session.runDir();
    setAdapterDir(QFileInfo::exists(run + QStringLiteral("/adapter/adapter_config.json")) ? run + QStringLiteral("/adapter")
                                                                                          : QString());
    resize(980, 760);
}

void StrategyCheckDialog::setQuestions(const std::vector<CheckQuestion>& questions)
{
    QSignalBlocker block(m_questions);
    m_questions->setRowCount(0);
    m_questions->setRowCount(static_cast<int>(questions.size()));
    for (int row = 0; row < static_cast<int>(questions.size()); ++row) {
        m_questions->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(questions[static_cast<size_t>(row)].question)));
        m_questions->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(questions[static_cast<size_t>(row)].fact)));
    }
    updateState();
}

std::vector<CheckQuestion> StrategyCheckDialog::questions() const
{
    std::vector<CheckQuestion> out;
    for (int row = 0; row < m_questions->rowCount(); ++row) {
        const QString question = trimmedCell(m_questions, row, 0);
        const QString fact = trimmedCell(m_questions, row, 1);
        if (!question.isEmpty() && !fact.isEmpty())
            out.push_back({question.toStdString(), fact.toStdString()});
    }
    return out;
}

QString StrategyCheckDialog::loadQuestions(const QString& path)
{
    try {
        setQuestions(readCheckQuestions(QDir::toNativeSeparators(path).toStdString()));
    } catch (const std::exception& e) {
        const QString problem = tr("These questions cannot be read: %1").arg(QString::fromUtf8(e.what()));
        m_status->setText(problem);
        return problem;
    }
    m_status->setText(tr("%n question(s) from %1.", nullptr, m_questions->rowCount()).arg(QFileInfo(path).fileName()));
    return {};
}

void StrategyCheckDialog::setAdapterDir(const QString& dir)
{
    m_adapterDir = dir;
    m_adapterLabel->setText(dir.isEmpty() ? tr("No adapter: train one or choose a folder")
                                          : tr("Adapter: %1").arg(QDir::toNativeSeparators(dir)));
    m_adapterLabel->setToolTip(QDir::toNativeSeparators(dir));
    updateState();
}

void StrategyCheckDialog::setMaxNewTokens(int tokens)
{
    m_maxTokens->setValue(tokens);
}

std::vector<StrategyArm> StrategyCheckDialog::arms() const
{
    bool knowledge = false;
    if (m_useKnowledge->isChecked() && !m_session.knowledgeBasePath().isEmpty()) {
        try {
            knowledge = KnowledgeStore(m_session.knowledgeBasePath().toStdString(), false).passageCount() > 0;
        } catch (const std::exception&) {
            knowledge = false; // said on the dialog by updateState()
        }
    }
    const bool tuned = m_useTuned->isChecked() && !m_adapterDir.isEmpty();
    std::vector<StrategyArm> out{StrategyArm::Base};
    if (knowledge)
        out.push_back(StrategyArm::BaseKnowledge);
    if (tuned)
        out.push_back(StrategyArm::Tuned);
    if (tuned && knowledge)
        out.push_back(StrategyArm::TunedKnowledge);
    return out;
}

void StrategyCheckDialog::updateState()
{
    const bool running = isRunning();
    m_run->setEnabled(!running && !questions().empty() && !m_session.modelDir().isEmpty());
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_useTuned->setEnabled(!running && !m_adapterDir.isEmpty());
    m_useKnowledge->setEnabled(!running);
    if (running)
        return;
    QString why;
    if (m_session.modelDir().isEmpty())
        why = tr("Choose a model on the Model page first.");
    else if (questions().empty())
        why = tr("Add questions with their facts, or load them from a CSV file.");
    m_run->setToolTip(why);
    if (!why.isEmpty() && m_tallies.empty())
        m_status->setText(why);
}

bool StrategyCheckDialog::run()
{
    if (isRunning())
        return false;
    StrategyCheckRequest request;
    request.modelDir = m_session.modelDir();
    request.questions = questions();
    if (request.modelDir.isEmpty() || request.questions.empty()) {
        updateState();
        return false;
    }
    request.adapterDir = m_adapterDir;
    request.knowledgeBase = m_session.knowledgeBasePath();
    request.arms = arms();
    // Prompts as Compare writes them "as trained": the adapter's run's template, else the Data page's.
    ChatFormat format;
    if (!chatFormatOfAdapter(m_adapterDir, &format)) {
        format.promptTemplate = m_session.dataSettings().promptTemplate;
        format.mapping = m_session.dataSettings().mapping;
    }
    request.promptTemplate = format.promptTemplate;
    request.mapping = format.mapping;
    request.maxNewTokens = m_maxTokens->value();
    m_asked = request.questions;
    m_tallies.clear();
    m_results->setRowCount(0);
    m_answers->setRowCount(0);
    m_progress->setValue(0);
    QStringList names;
    for (const StrategyArm arm : request.arms)
        names << armLabel(arm);
    m_status->setText(tr("Asking %1 (%n question(s) each)…", nullptr, static_cast<int>(request.questions.size()))
                          .arg(QLocale().createSeparatedList(names)));
    m_jobId = m_engine.submit(JobKind::Generate, makeStrategyCheckJob(request));
    updateState();
    return true;
}

void StrategyCheckDialog::cancel()
{
    if (isRunning())
        m_engine.cancel();
}

void StrategyCheckDialog::onProgress(quint64 id, const JobProgress& progress)
{
    if (id != m_jobId)
        return;
    if (progress.fraction >= 0.0)
        m_progress->setValue(static_cast<int>(progress.fraction * 1000.0));
    m_progress->setFormat(progress.message);
}

void StrategyCheckDialog::onEnded(quint64 id, const JobResult& result, bool cancelled)
{
    if (id != m_jobId)
        return;
    m_jobId = 0;
    showResult(result);
    if (cancelled)
        m_status->setText(m_tallies.empty() ? tr("Cancelled before any answer was finished.")
                                            : tr("Cancelled: the counts are of the answers finished before."));
    updateState();
    Q_EMIT checkFinished();
}

void StrategyCheckDialog::onFailed(quint64 id, const EngineError& error)
{
    if (id != m_jobId)
        return;
    m_jobId = 0;
    m_status->setText(error.title + QStringLiteral(": ") + error.message + QLatin1Char(' ') + error.hint);
    updateState();
    Q_EMIT checkFinished();
}

void StrategyCheckDialog::showResult(const JobResult& result)
{
    const QVariantList tallies = result.values.value(QStringLiteral("tallies")).toList();
    m_results->setRowCount(static_cast<int>(tallies.size()));
    int best = -1;
    double bestRate = -1.0;
    for (int row = 0; row < static_cast<int>(tallies.size()); ++row) {
        const QVariantMap m = tallies[row].toMap();
        ArmTally t;
        t.arm = static_cast<StrategyArm>(m.value(QStringLiteral("arm")).toInt());
        t.answered = m.value(QStringLiteral("answered")).toULongLong();
        t.containing = m.value(QStringLiteral("containing")).toULongLong();
        m_tallies.push_back(t);
        m_results->setItem(row, 0, new QTableWidgetItem(armLabel(t.arm)));
        auto* count = new QTableWidgetItem(tr("%1 of %2").arg(t.containing).arg(t.answered));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_results->setItem(row, 1, count);
        auto* share = new QTableWidgetItem(t.answered ? QLocale().toString(100.0 * t.rate(), 'f', 0) + QStringLiteral(" %")
                                                      : QStringLiteral("–"));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_results->setItem(row, 2, share);
        if (t.answered && t.rate() > bestRate) {
            bestRate = t.rate();
            best = row;
        }
    }
    if (best >= 0 && bestRate > 0.0)
        for (int column = 0; column < 3; ++column) {
            QFont font = m_results->item(best, column)->font();
            font.setBold(true);
            m_results->item(best, column)->setFont(font);
        }

    const QVariantList answers = result.values.value(QStringLiteral("answers")).toList();
    m_answers->setRowCount(static_cast<int>(answers.size()));
    for (int row = 0; row < static_cast<int>(answers.size()); ++row) {
        const QVariantMap m = answers[row].toMap();
        const size_t q = m.value(QStringLiteral("question")).toULongLong();
        const auto arm = static_cast<StrategyArm>(m.value(QStringLiteral("arm")).toInt());
        const bool found = m.value(QStringLiteral("containsFact")).toBool();
        auto* question = new QTableWidgetItem(q < m_asked.size() ? QString::fromStdString(m_asked[q].question) : QString());
        question->setToolTip(q < m_asked.size() ? tr("Fact: %1").arg(QString::fromStdString(m_asked[q].fact)) : QString());
        m_answers->setItem(row, 0, question);
        QString strategy = armLabel(arm);
        if (armUsesKnowledge(arm))
            strategy += QLatin1Char('\n') + tr("%n passage(s), fact %1 them", nullptr, m.value(QStringLiteral("passages")).toInt())
                                                .arg(m.value(QStringLiteral("factInPassages")).toBool() ? tr("in") : tr("not in"));
        m_answers->setItem(row, 1, new QTableWidgetItem(strategy));
        auto* mark = new QTableWidgetItem(found ? QStringLiteral("\u2713") : QStringLiteral("\u2717"));
        mark->setTextAlignment(Qt::AlignCenter);
        mark->setForeground(found ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        mark->setToolTip(found ? tr("The answer contains the fact") : tr("The answer does not contain the fact"));
        m_answers->setItem(row, 2, mark);
        m_answers->setItem(row, 3, new QTableWidgetItem(m.value(QStringLiteral("answer")).toString().trimmed()));
    }
    m_answers->resizeRowsToContents();
    const qulonglong questions = result.values.value(QStringLiteral("questions")).toULongLong();
    QString text = tr("%n question(s).", nullptr, static_cast<int>(questions));
    const bool knowledge = std::any_of(m_tallies.begin(), m_tallies.end(),
                                       [](const ArmTally& t) { return armUsesKnowledge(t.arm); });
    if (knowledge)
        text += QLatin1Char(' ') + tr("The retrieved passages held the fact for %1 of them: what the model could quote.")
                                       .arg(result.values.value(QStringLiteral("factRetrieved")).toULongLong());
    // Retrieval found the facts, yet the answers do not carry them: the model, not the knowledge base, falls short.
    const qulonglong retrieved = result.values.value(QStringLiteral("factRetrieved")).toULongLong();
    size_t bestWithKnowledge = 0;
    for (const ArmTally& t : m_tallies)
        if (armUsesKnowledge(t.arm))
            bestWithKnowledge = std::max(bestWithKnowledge, t.containing);
    if (knowledge && retrieved > 0 && 2 * bestWithKnowledge < retrieved)
        text += QLatin1Char(' ') + tr("The answers quote few of those facts: this model does not read passages well. "
                                      "A larger or instruction-tuned model, or tuning it on answers written from "
                                      "passages, is the next step.");
    if (!std::any_of(m_tallies.begin(), m_tallies.end(), [](const ArmTally& t) { return armIsTuned(t.arm); }))
        text += QLatin1Char(' ') + tr("No tuned answers: choose an adapter to compare fine-tuning too.");
    m_status->setText(text);
}

void StrategyCheckDialog::addRow()
{
    const int row = m_questions->rowCount();
    m_questions->insertRow(row);
    m_questions->setCurrentCell(row, 0);
    m_questions->editItem(m_questions->item(row, 0));
}

void StrategyCheckDialog::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_questions->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_questions->removeRow(row);
    updateState();
}

void StrategyCheckDialog::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Questions with facts"), QString(),
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadQuestions(path);
}

void StrategyCheckDialog::chooseAdapter()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Adapter folder (with adapter_config.json)"), m_adapterDir);
    if (dir.isEmpty())
        return;
    if (!QFileInfo::exists(dir + QStringLiteral("/adapter_config.json"))) {
        m_status->setText(tr("%1 holds no adapter_config.json: not a PEFT adapter folder.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    setAdapterDir(dir);
}

} // namespace falconry::ui
