#pragma once

#include "core/data/dataset.h"

#include <QUndoCommand>

#include <string>
#include <vector>

namespace falconry::ui {

class ExamplesModel;

/** Merge ids of the Data page's undo commands (one enum, as Tiled's undocommands.h). */
enum class UndoCommandId {
    SetCell = 1,
};

/**
 * Sets one cell. Consecutive edits of the same cell merge into one command;
 * a merged edit that returns the cell to its first value makes the command
 * obsolete (the stack drops it).
 */
class SetCellCommand final : public QUndoCommand {
public:
    SetCellCommand(ExamplesModel& model, uint64_t rowId, std::string column, JsonValue oldValue, JsonValue newValue,
                   QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    ExamplesModel& m_model;
    uint64_t m_rowId;
    std::string m_column;
    JsonValue m_old;
    JsonValue m_new;
};

/**
 * Inserts rows (redo) or deletes them (undo) — or the reverse for a delete.
 * A row put back gets a new id from the store; the model records the alias
 * so that older commands still find it.
 */
class RowsCommand final : public QUndoCommand {
public:
    enum class Kind {
        Insert,
        Delete,
    };
    /** Insert: `rows` are (position, column → value object), ascending positions. */
    static RowsCommand* insert(ExamplesModel& model, std::vector<std::pair<size_t, JsonValue>> rows,
                               const QString& text, QUndoCommand* parent = nullptr);
    /** Delete: the rows with these ids. */
    static RowsCommand* remove(ExamplesModel& model, std::vector<uint64_t> rowIds, const QString& text,
                               QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    RowsCommand(ExamplesModel& model, Kind kind, const QString& text, QUndoCommand* parent);
    void insertRows();
    void deleteRows();

    ExamplesModel& m_model;
    Kind m_kind;
    std::vector<std::pair<size_t, JsonValue>> m_rows; // position and content, ascending positions
    std::vector<uint64_t> m_ids;                      // ids the rows had when last present
};

} // namespace falconry::ui
