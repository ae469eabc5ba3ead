// The Data page's generated examples: the Generate dialog, the rows it hands back (one
// undoable command, marked "generated" with recipe and source), filters to them, accept/reject.
#include "ui/data/data_page.h"

#include "core/data/dataset_store.h"
#include "core/datagen/generation_run.h"
#include "ui/data/data_commands.h"
#include "ui/data/examples_filter.h"
#include "ui/data/examples_model.h"
#include "ui/data/generate_dialog.h"
#include "ui/work_session.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

#include <set>
#include <unordered_set>

namespace falconry::ui {
namespace {

/** Columns of the generated rows' provenance (beside the mapped prompt and answer columns). */
const std::string kSourceColumn = "source";
const std::string kGeneratedValue = "generated";
const std::string kReviewColumn = "review";
const std::string kAcceptedValue = "accepted";
/** The filter entries' marker (their text is translated). */
constexpr int kFilterKindRole = Qt::UserRole + 1;

} // namespace

QString DataPage::generationJournal() const
{
    return m_store ? QDir(projectFolder()).filePath(QStringLiteral("generation/job.jsonl")) : QString();
}

GenerateDialog* DataPage::openGenerateDialog()
{
    if (!m_store)
        return nullptr;
    if (m_generateDialog && m_generateDialog->isRunning()) {
        m_generateDialog->show();
        m_generateDialog->raise();
        return m_generateDialog;
    }
    delete m_generateDialog;

    const Dataset& dataset = m_store->dataset();
    GenerateContext context;
    for (const std::string& c : dataset.columns)
        context.columns << QString::fromStdString(c);
    context.columnValues = [this](const QString& column) {
        QStringList values;
        std::set<QString> seen;
        if (!m_store)
            return values;
        const Dataset& d = m_store->dataset();
        const int index = d.columnIndex(column.toStdString());
        for (const DatasetRow& row : d.rows) {
            const QString v = QString::fromStdString(d.cellText(row, index)).trimmed();
            if (!v.isEmpty() && seen.insert(v).second)
                values << v;
        }
        return values;
    };
    const RoleMapping& mapping = m_settings.mapping;
    const int promptColumn = dataset.columnIndex(mapping.user.empty() ? "prompt" : mapping.user);
    const int answerColumn = dataset.columnIndex(mapping.assistant.empty() ? "completion" : mapping.assistant);
    for (const DatasetRow& row : dataset.rows)
        if (promptColumn >= 0)
            context.existingPrompts.push_back(dataset.cellText(row, promptColumn));
    for (int source : selectedSourceRows()) {
        const DatasetRow& row = dataset.rows[static_cast<size_t>(source)];
        if (promptColumn >= 0)
            context.selectedExamples.push_back(
                {dataset.cellText(row, promptColumn), answerColumn >= 0 ? dataset.cellText(row, answerColumn) : ""});
    }
    context.modelDir = m_session.modelDir();
    context.chatTemplate = m_settings.promptTemplate;
    context.journal = generationJournal();
    QDir().mkpath(QFileInfo(context.journal).path());

    auto* dialog = new GenerateDialog(std::move(context), m_engine, this);
    m_generateDialog = dialog;
    connect(dialog, &GenerateDialog::rowsReady, this,
            [this](const Recipe& recipe, const QString& source, const std::vector<GeneratedExample>& rows) {
                addGeneratedRows(recipe, source, rows);
            });
    dialog->show();
    return dialog;
}

int DataPage::addGeneratedRows(const Recipe& recipe, const QString& source, const std::vector<GeneratedExample>& rows)
{
    if (!m_store || rows.empty())
        return 0;
    // The generated prompt and answer go where this dataset's roles are (an OpenAI `messages`
    // or ShareGPT column gets the two turns); the provenance goes into columns of its own.
    const RoleMapping& mapping = m_settings.mapping;
    std::vector<std::pair<size_t, JsonValue>> inserts;
    size_t position = m_store->dataset().rows.size();
    for (const GeneratedExample& e : rows) {
        JsonValue cells = JsonValue::object();
        if (!mapping.conversation.empty()) {
            cells[mapping.conversation] = JsonValue::array(
                {JsonValue{{"role", "user"}, {"content", e.prompt}}, JsonValue{{"role", "assistant"}, {"content", e.completion}}});
        } else if (!mapping.text.empty() && mapping.user.empty()) {
            cells[mapping.text] = e.prompt + "\n\n" + e.completion;
        } else {
            cells[mapping.user.empty() ? "prompt" : mapping.user] = e.prompt;
            cells[mapping.assistant.empty() ? "completion" : mapping.assistant] = e.completion;
        }
        const auto provenance = generatedRowJson(e, recipe);
        for (const auto& [key, value] : provenance.items())
            if (key != "prompt" && key != "completion")
                cells[key] = value;
        cells["generator"] = source.toStdString();
        inserts.emplace_back(position++, std::move(cells));
    }
    const int count = static_cast<int>(inserts.size());
    undoStack()->push(RowsCommand::insert(*m_model, std::move(inserts),
                                          tr("Generate %n row(s)", nullptr, count)));
    updateReviewBar();
    return count;
}

std::vector<uint64_t> DataPage::generatedRowIds(bool toReviewOnly) const
{
    std::vector<uint64_t> ids;
    if (!m_store)
        return ids;
    const Dataset& d = m_store->dataset();
    const int source = d.columnIndex(kSourceColumn);
    const int review = d.columnIndex(kReviewColumn);
    if (source < 0)
        return ids;
    for (const DatasetRow& row : d.rows)
        if (d.cellText(row, source) == kGeneratedValue && (!toReviewOnly || review < 0 || d.cellText(row, review) != kAcceptedValue))
            ids.push_back(row.id);
    return ids;
}

int DataPage::reviewGenerated(bool accept, bool all)
{
    const std::vector<uint64_t> pending = generatedRowIds(true);
    std::vector<uint64_t> targets;
    if (all) {
        targets = pending;
    } else {
        const std::unordered_set<uint64_t> pendingSet(pending.begin(), pending.end());
        for (int row : selectedSourceRows())
            if (pendingSet.count(m_model->rowId(row)))
                targets.push_back(m_model->rowId(row));
    }
    if (targets.empty())
        return 0;
    const int count = static_cast<int>(targets.size());
    if (accept) {
        auto* command = new QUndoCommand(tr("Accept %n generated row(s)", nullptr, count));
        const int review = m_store->dataset().columnIndex(kReviewColumn);
        for (uint64_t id : targets) {
            JsonValue old;
            if (review >= 0)
                old = m_store->dataset().rows[m_store->rowIndex(id)].cells[static_cast<size_t>(review)];
            new SetCellCommand(*m_model, id, kReviewColumn, old, JsonValue(kAcceptedValue), command);
        }
        undoStack()->push(command);
    } else {
        m_model->deleteRowIds(targets, tr("Reject %n generated row(s)", nullptr, count));
    }
    // A "to review" filter drops the rows just reviewed at once (not only after the next analysis).
    if (m_findingFilter->currentData(kFilterKindRole).toString() == QLatin1String("generated-to-review")) {
        std::unordered_set<uint64_t> ids;
        for (uint64_t id : generatedRowIds(true))
            ids.insert(id);
        m_filter->setRowIdFilter(std::move(ids));
    }
    updateReviewBar();
    return count;
}

QWidget* DataPage::createReviewBar(QWidget* parent)
{
    m_reviewBar = new QWidget(parent);
    m_reviewBar->setObjectName(QStringLiteral("generatedReviewBar"));
    auto* layout = new QHBoxLayout(m_reviewBar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_reviewLabel = new QLabel(m_reviewBar);
    layout->addWidget(m_reviewLabel, 1);
    const struct {
        const char* name;
        QString text;
        bool accept;
        bool all;
    } buttons[] = {
        {"acceptSelected", tr("Accept selected"), true, false},
        {"rejectSelected", tr("Reject selected"), false, false},
        {"acceptAll", tr("Accept all"), true, true},
        {"rejectAll", tr("Reject all"), false, true},
    };
    for (const auto& b : buttons) {
        auto* button = new QPushButton(b.text, m_reviewBar);
        button->setObjectName(QString::fromLatin1(b.name));
        const bool accept = b.accept;
        const bool all = b.all;
        connect(button, &QPushButton::clicked, this, [this, accept, all] { reviewGenerated(accept, all); });
        layout->addWidget(button);
    }
    connect(m_findingFilter, &QComboBox::activated, this, &DataPage::updateReviewBar);
    m_reviewBar->hide();
    return m_reviewBar;
}

void DataPage::updateReviewBar()
{
    if (!m_reviewBar)
        return;
    const size_t toReview = generatedRowIds(true).size();
    m_reviewBar->setVisible(toReview > 0);
    m_reviewLabel->setText(tr("<b>%n generated row(s)</b> to review: accept keeps them, reject deletes them.", nullptr,
                              static_cast<int>(toReview)));
}

void DataPage::addGeneratedFilters()
{
    for (bool toReview : {false, true}) {
        const std::vector<uint64_t> ids = generatedRowIds(toReview);
        if (ids.empty())
            continue;
        QVariantList list;
        for (uint64_t id : ids)
            list << QVariant::fromValue<qulonglong>(id);
        m_findingFilter->addItem(toReview ? tr("Generated, to review (%1)").arg(ids.size())
                                          : tr("Generated (%1)").arg(ids.size()),
                                 list);
        m_findingFilter->setItemData(m_findingFilter->count() - 1,
                                     toReview ? QStringLiteral("generated-to-review") : QStringLiteral("generated"),
                                     kFilterKindRole);
    }
    updateReviewBar();
}

} // namespace falconry::ui
