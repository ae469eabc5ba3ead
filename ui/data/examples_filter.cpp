#include "ui/data/examples_filter.h"

#include "ui/data/examples_model.h"

namespace falconry::ui {

ExamplesFilter::ExamplesFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ExamplesModel::SortRole);
    setDynamicSortFilter(false); // rows must not jump away while they are edited
}

void ExamplesFilter::setTextFilter(const QString& text, bool regex)
{
    m_pattern = QRegularExpression(regex ? text : QRegularExpression::escape(text),
                                   QRegularExpression::CaseInsensitiveOption);
    invalidateFilter();
}

void ExamplesFilter::setRowIdFilter(std::optional<std::unordered_set<uint64_t>> ids)
{
    m_ids = std::move(ids);
    invalidateFilter();
}

bool ExamplesFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (m_ids) {
        const auto id = model->index(sourceRow, 0, sourceParent).data(ExamplesModel::RowIdRole).toULongLong();
        if (!m_ids->contains(id))
            return false;
    }
    if (m_pattern.pattern().isEmpty() || !m_pattern.isValid())
        return true;
    for (int c = 1; c < model->columnCount(sourceParent); ++c) {
        if (m_pattern.match(model->index(sourceRow, c, sourceParent).data(Qt::EditRole).toString()).hasMatch())
            return true;
    }
    return false;
}

} // namespace falconry::ui
