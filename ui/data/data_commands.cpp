#include "ui/data/data_commands.h"

#include "ui/data/examples_model.h"

#include <QCoreApplication>

#include <algorithm>

namespace falconry::ui {

SetCellCommand::SetCellCommand(ExamplesModel& model, uint64_t rowId, std::string column, JsonValue oldValue,
                               JsonValue newValue, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_rowId(rowId)
    , m_column(std::move(column))
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
{
    setText(QCoreApplication::translate("falconry::ui::DataPage", "Edit %1").arg(QString::fromStdString(m_column)));
}

void SetCellCommand::undo()
{
    m_model.applySetCell(m_model.currentId(m_rowId), m_column, m_old);
}

void SetCellCommand::redo()
{
    m_model.applySetCell(m_model.currentId(m_rowId), m_column, m_new);
}

int SetCellCommand::id() const
{
    return static_cast<int>(UndoCommandId::SetCell);
}

bool SetCellCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetCellCommand*>(other);
    if (m_model.currentId(next->m_rowId) != m_model.currentId(m_rowId) || next->m_column != m_column)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

RowsCommand::RowsCommand(ExamplesModel& model, Kind kind, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_kind(kind)
{
}

RowsCommand* RowsCommand::insert(ExamplesModel& model, std::vector<std::pair<size_t, JsonValue>> rows,
                                 const QString& text, QUndoCommand* parent)
{
    auto* command = new RowsCommand(model, Kind::Insert, text, parent);
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    command->m_rows = std::move(rows);
    return command;
}

RowsCommand* RowsCommand::remove(ExamplesModel& model, std::vector<uint64_t> rowIds, const QString& text,
                                 QUndoCommand* parent)
{
    auto* command = new RowsCommand(model, Kind::Delete, text, parent);
    command->m_ids = std::move(rowIds);
    return command;
}

void RowsCommand::insertRows()
{
    // Ascending positions: each row lands where it was, the earlier ones already back.
    std::vector<uint64_t> ids;
    ids.reserve(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const uint64_t id = m_model.applyInsertRow(m_rows[i].first, m_rows[i].second);
        if (i < m_ids.size())
            m_model.setAlias(m_ids[i], id);
        ids.push_back(id);
    }
    m_ids = std::move(ids);
}

void RowsCommand::deleteRows()
{
    // Remember position and content (in ascending position order) before removing.
    std::vector<std::pair<size_t, uint64_t>> present;
    for (uint64_t id : m_ids) {
        const int row = m_model.rowOfId(m_model.currentId(id));
        if (row >= 0)
            present.emplace_back(static_cast<size_t>(row), m_model.currentId(id));
    }
    std::sort(present.begin(), present.end());
    m_rows.clear();
    m_ids.clear();
    for (const auto& [row, id] : present) {
        m_rows.emplace_back(row, m_model.rowContent(id));
        m_ids.push_back(id);
    }
    // Remove from the back so the remembered positions stay valid for re-insertion.
    for (auto it = present.rbegin(); it != present.rend(); ++it)
        m_model.applyDeleteRow(it->second);
}

void RowsCommand::redo()
{
    if (m_kind == Kind::Insert)
        insertRows();
    else
        deleteRows();
}

void RowsCommand::undo()
{
    if (m_kind == Kind::Insert)
        deleteRows();
    else
        insertRows();
}

} // namespace falconry::ui
