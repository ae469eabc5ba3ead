#include "ui/data/examples_model.h"

#include "core/data/dataset_export.h"
#include "core/data/dataset_store.h"
#include "ui/data/data_commands.h"

#include <QUndoStack>

#include <algorithm>
#include <set>

namespace falconry::ui {

namespace {

/** Rewrites every string inside `value` (nested too) with `edit`; true when anything changed. */
template <typename Edit>
bool editStrings(JsonValue& value, const Edit& edit)
{
    bool changed = false;
    if (value.is_string()) {
        const QString before = QString::fromStdString(value.get<std::string>());
        const QString after = edit(before);
        if (after != before) {
            value = after.toStdString();
            changed = true;
        }
    } else if (value.is_array() || value.is_object()) {
        for (auto& item : value)
            changed = editStrings(item, edit) || changed;
    }
    return changed;
}

} // namespace

QString cellDisplayText(const JsonValue& value)
{
    if (value.is_null())
        return {};
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

ExamplesModel::ExamplesModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_undo(new QUndoStack(this))
{
}

ExamplesModel::~ExamplesModel() = default;

void ExamplesModel::setStore(DatasetStore* store)
{
    beginResetModel();
    m_undo->clear();
    m_store = store;
    m_alias.clear();
    m_tokenCounts.clear();
    endResetModel();
}

int ExamplesModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_store)
        return 0;
    return static_cast<int>(m_store->dataset().rows.size());
}

int ExamplesModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_store)
        return 0;
    return static_cast<int>(m_store->dataset().columns.size()) + 2;
}

int ExamplesModel::datasetColumn(int modelColumn) const
{
    if (!m_store)
        return -1;
    const int n = static_cast<int>(m_store->dataset().columns.size());
    return modelColumn >= 1 && modelColumn <= n ? modelColumn - 1 : -1;
}

int ExamplesModel::tokenColumn() const
{
    return m_store ? static_cast<int>(m_store->dataset().columns.size()) + 1 : -1;
}

uint64_t ExamplesModel::rowId(int row) const
{
    if (!m_store || row < 0 || row >= rowCount())
        return 0;
    return m_store->dataset().rows[static_cast<size_t>(row)].id;
}

int ExamplesModel::rowOfId(uint64_t id) const
{
    if (!m_store)
        return -1;
    try {
        return static_cast<int>(m_store->rowIndex(id));
    } catch (const std::exception&) {
        return -1;
    }
}

uint64_t ExamplesModel::currentId(uint64_t id) const
{
    // Follow the chain: a row deleted, put back, deleted and put back again has several.
    for (auto it = m_alias.find(id); it != m_alias.end(); it = m_alias.find(id))
        id = it->second;
    return id;
}

void ExamplesModel::setAlias(uint64_t oldId, uint64_t newId)
{
    if (oldId != newId)
        m_alias[oldId] = newId;
}

JsonValue ExamplesModel::rowContent(uint64_t id) const
{
    const int row = rowOfId(id);
    if (row < 0)
        return JsonValue::object();
    return rowObject(m_store->dataset(), m_store->dataset().rows[static_cast<size_t>(row)]);
}

void ExamplesModel::setTokenCounts(std::unordered_map<uint64_t, size_t> counts)
{
    m_tokenCounts = std::move(counts);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, tokenColumn()), index(rowCount() - 1, tokenColumn()));
}

std::optional<size_t> ExamplesModel::tokenCount(uint64_t id) const
{
    const auto it = m_tokenCounts.find(id);
    if (it == m_tokenCounts.end())
        return std::nullopt;
    return it->second;
}

QVariant ExamplesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return {};
    const Dataset& dataset = m_store->dataset();
    const DatasetRow& row = dataset.rows[static_cast<size_t>(index.row())];
    if (role == RowIdRole)
        return QVariant::fromValue<qulonglong>(row.id);
    if (role == TokenCountRole) {
        const auto count = tokenCount(row.id);
        return count ? QVariant::fromValue<qulonglong>(*count) : QVariant();
    }
    const int column = datasetColumn(index.column());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == SortRole)
            return QVariant::fromValue<qulonglong>(row.id);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (column < 0) { // tokens
        const auto count = tokenCount(row.id);
        if (role == Qt::DisplayRole)
            return count ? QVariant::fromValue<qulonglong>(*count) : QVariant();
        if (role == SortRole)
            return QVariant::fromValue<qulonglong>(count ? *count : 0);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const JsonValue& cell = static_cast<size_t>(column) < row.cells.size() ? row.cells[static_cast<size_t>(column)]
                                                                           : JsonValue();
    switch (role) {
    case Qt::DisplayRole: {
        // One line in the table; the editor and the inspector show it whole.
        QString text = cellDisplayText(cell);
        if (text.size() > 300)
            text = text.left(300) + QChar(0x2026);
        return text.replace(QLatin1Char('\n'), QChar(0x21B5));
    }
    case Qt::EditRole:
    case SortRole:
        return cellDisplayText(cell);
    case Qt::ToolTipRole: {
        const QString text = cellDisplayText(cell);
        return text.size() > 80 ? text.left(1000) : QString();
    }
    default:
        return {};
    }
}

QVariant ExamplesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_store)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == 0)
        return tr("Id");
    if (section == tokenColumn())
        return tr("Tokens");
    const int column = datasetColumn(section);
    if (column < 0)
        return {};
    return QString::fromStdString(m_store->dataset().columns[static_cast<size_t>(column)]);
}

Qt::ItemFlags ExamplesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (datasetColumn(index.column()) >= 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ExamplesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_store)
        return false;
    const int column = datasetColumn(index.column());
    if (column < 0)
        return false;
    const DatasetRow& row = m_store->dataset().rows[static_cast<size_t>(index.row())];
    const JsonValue& old = static_cast<size_t>(column) < row.cells.size() ? row.cells[static_cast<size_t>(column)]
                                                                          : JsonValue();
    const std::string text = value.toString().toStdString();
    JsonValue next = text;
    if (!old.is_null() && !old.is_string()) {
        // A structured cell (a ShareGPT conversation) is edited as JSON and must stay valid JSON.
        next = JsonValue::parse(text, nullptr, false);
        if (next.is_discarded())
            return false;
    }
    if (next == old)
        return true;
    setCellValue(index.row(), column, std::move(next));
    return true;
}

void ExamplesModel::setCellValue(int row, int column, JsonValue value)
{
    if (!m_store || row < 0 || row >= rowCount() || column < 0)
        return;
    const Dataset& dataset = m_store->dataset();
    const DatasetRow& r = dataset.rows[static_cast<size_t>(row)];
    JsonValue old = static_cast<size_t>(column) < r.cells.size() ? r.cells[static_cast<size_t>(column)] : JsonValue();
    m_undo->push(new SetCellCommand(*this, r.id, dataset.columns[static_cast<size_t>(column)], std::move(old),
                                    std::move(value)));
}

int ExamplesModel::addRow(int row)
{
    if (!m_store)
        return -1;
    const int position = row < 0 || row > rowCount() ? rowCount() : row;
    JsonValue cells = JsonValue::object();
    for (const auto& column : m_store->dataset().columns)
        cells[column] = "";
    m_undo->push(RowsCommand::insert(*this, {{static_cast<size_t>(position), cells}}, tr("Add row")));
    return position;
}

void ExamplesModel::duplicateRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::vector<std::pair<size_t, JsonValue>> copies;
    int shift = 0; // each copy goes right below its row; earlier copies push later rows down
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        copies.emplace_back(static_cast<size_t>(row + 1 + shift), rowContent(rowId(row)));
        ++shift;
    }
    if (!copies.empty())
        m_undo->push(RowsCommand::insert(*this, std::move(copies), tr("Duplicate %n row(s)", nullptr, shift)));
}

void ExamplesModel::deleteRows(QList<int> rows)
{
    std::vector<uint64_t> ids;
    for (int row : rows)
        if (row >= 0 && row < rowCount())
            ids.push_back(rowId(row));
    deleteRowIds(ids, tr("Delete %n row(s)", nullptr, static_cast<int>(ids.size())));
}

void ExamplesModel::deleteRowIds(const std::vector<uint64_t>& ids, const QString& text)
{
    std::vector<uint64_t> unique(ids);
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    if (!unique.empty())
        m_undo->push(RowsCommand::remove(*this, std::move(unique), text));
}

int ExamplesModel::replaceAll(const QRegularExpression& pattern, const QString& replacement, int datasetColumn)
{
    if (!m_store || !pattern.isValid())
        return 0;
    const Dataset& dataset = m_store->dataset();
    auto* macro = new QUndoCommand(tr("Replace “%1”").arg(pattern.pattern()));
    int changed = 0;
    for (const DatasetRow& row : dataset.rows) {
        for (size_t c = 0; c < row.cells.size() && c < dataset.columns.size(); ++c) {
            if (datasetColumn >= 0 && static_cast<size_t>(datasetColumn) != c)
                continue;
            JsonValue value = row.cells[c];
            if (!editStrings(value, [&](QString s) { return s.replace(pattern, replacement); }))
                continue;
            new SetCellCommand(*this, row.id, dataset.columns[c], row.cells[c], std::move(value), macro);
            ++changed;
        }
    }
    if (changed == 0)
        delete macro;
    else
        m_undo->push(macro);
    return changed;
}

int ExamplesModel::trimWhitespace()
{
    if (!m_store)
        return 0;
    const Dataset& dataset = m_store->dataset();
    auto* macro = new QUndoCommand(tr("Trim whitespace"));
    int changed = 0;
    for (const DatasetRow& row : dataset.rows) {
        for (size_t c = 0; c < row.cells.size() && c < dataset.columns.size(); ++c) {
            JsonValue value = row.cells[c];
            if (!editStrings(value, [](const QString& s) { return s.trimmed(); }))
                continue;
            new SetCellCommand(*this, row.id, dataset.columns[c], row.cells[c], std::move(value), macro);
            ++changed;
        }
    }
    if (changed == 0)
        delete macro;
    else
        m_undo->push(macro);
    return changed;
}

void ExamplesModel::applySetCell(uint64_t id, const std::string& column, const JsonValue& value)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    const bool newColumn = m_store->dataset().columnIndex(column) < 0;
    if (newColumn)
        beginResetModel();
    m_store->setCell(id, column, value);
    if (newColumn) {
        endResetModel();
    } else {
        const int modelColumn = m_store->dataset().columnIndex(column) + 1;
        Q_EMIT dataChanged(index(row, modelColumn), index(row, modelColumn));
    }
    m_tokenCounts.erase(id); // stale until the next analysis
    Q_EMIT dataChanged(index(row, tokenColumn()), index(row, tokenColumn()));
    Q_EMIT edited();
}

uint64_t ExamplesModel::applyInsertRow(size_t position, const JsonValue& cells)
{
    const size_t at = std::min(position, m_store->dataset().rows.size());
    bool newColumn = false;
    for (const auto& [key, value] : cells.items())
        newColumn = newColumn || m_store->dataset().columnIndex(key) < 0;
    uint64_t id = 0;
    if (newColumn) {
        beginResetModel();
        id = m_store->insertRow(at, cells);
        endResetModel();
    } else {
        beginInsertRows({}, static_cast<int>(at), static_cast<int>(at));
        id = m_store->insertRow(at, cells);
        endInsertRows();
    }
    Q_EMIT edited();
    return id;
}

void ExamplesModel::applyDeleteRow(uint64_t id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_store->deleteRow(id);
    endRemoveRows();
    m_tokenCounts.erase(id);
    Q_EMIT edited();
}

} // namespace falconry::ui
