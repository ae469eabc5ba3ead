#pragma once

#include "core/data/dataset.h"

#include <QAbstractTableModel>
#include <QRegularExpression>

#include <optional>
#include <unordered_map>
#include <vector>

class QUndoStack;

namespace falconry {
class DatasetStore;
}

namespace falconry::ui {

/**
 * The examples of a DatasetStore as a table: column 0 is the row id, then one
 * column per dataset column, then the token count. setData never mutates: it
 * pushes a SetCellCommand on undoStack() (as Tiled's models do); the commands
 * call the apply*() functions, which write through the store (its journal is
 * flushed before they return) and emit the model's change signals.
 */
class ExamplesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExamplesModel)
public:
    enum Role {
        RowIdRole = Qt::UserRole + 1, // qulonglong
        TokenCountRole,               // qulonglong, or invalid when not counted yet
        SortRole,                     // id / text / token count, for the proxy's sorting
    };

    explicit ExamplesModel(QObject* parent = nullptr);
    ~ExamplesModel() override;

    /** Shows `store` (not owned; null shows nothing) and clears the undo history. */
    void setStore(DatasetStore* store);
    DatasetStore* store() const { return m_store; }
    QUndoStack* undoStack() const { return m_undo; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /** Index into Dataset::columns of a model column, or -1 (id and token columns). */
    int datasetColumn(int modelColumn) const;
    int tokenColumn() const;
    uint64_t rowId(int row) const;
    int rowOfId(uint64_t rowId) const;
    /** The id a row has now (a deleted row put back by undo has a new one). */
    uint64_t currentId(uint64_t rowId) const;
    void setAlias(uint64_t oldId, uint64_t newId);
    /** The row as a column → value object (what insertRow takes back). */
    JsonValue rowContent(uint64_t rowId) const;

    /** Token counts by row id (from the analysis); rows without one show nothing. */
    void setTokenCounts(std::unordered_map<uint64_t, size_t> counts);
    std::optional<size_t> tokenCount(uint64_t rowId) const;

    // User actions: each pushes one undoable command.
    void setCellValue(int row, int datasetColumn, JsonValue value);
    /** An empty row before `row` (the end when out of range); returns its position. */
    int addRow(int row);
    void duplicateRows(QList<int> rows);
    void deleteRows(QList<int> rows);
    void deleteRowIds(const std::vector<uint64_t>& ids, const QString& text);
    /** Replaces matches in string cells (`datasetColumn` -1 = all); one command; returns the cells changed. */
    int replaceAll(const QRegularExpression& pattern, const QString& replacement, int datasetColumn = -1);
    /** Trims leading/trailing whitespace of every string cell; one command; returns the cells changed. */
    int trimWhitespace();

    // Called by the commands only.
    void applySetCell(uint64_t rowId, const std::string& column, const JsonValue& value);
    uint64_t applyInsertRow(size_t position, const JsonValue& cells);
    void applyDeleteRow(uint64_t rowId);

Q_SIGNALS:
    /** After any change of the rows (edit, undo, redo). */
    void edited();

private:
    DatasetStore* m_store = nullptr;
    QUndoStack* m_undo;
    std::unordered_map<uint64_t, uint64_t> m_alias;
    std::unordered_map<uint64_t, size_t> m_tokenCounts;
};

/** The text shown for (and edited in) a cell: strings as they are, other values as JSON. */
QString cellDisplayText(const JsonValue& value);

} // namespace falconry::ui
