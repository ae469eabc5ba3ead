#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

#include <optional>
#include <unordered_set>

namespace falconry::ui {

/**
 * Filters the examples by text (plain or regular expression, any column) and
 * optionally by a set of row ids (the rows of a lint finding); sorts by the
 * model's SortRole, so the token column sorts by number.
 */
class ExamplesFilter final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ExamplesFilter(QObject* parent = nullptr);

    void setTextFilter(const QString& text, bool regex);
    /** Only these rows; std::nullopt = all rows. */
    void setRowIdFilter(std::optional<std::unordered_set<uint64_t>> ids);
    bool hasRowIdFilter() const { return m_ids.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QRegularExpression m_pattern;
    std::optional<std::unordered_set<uint64_t>> m_ids;
};

} // namespace falconry::ui
