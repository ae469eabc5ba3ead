#include "ui/data/cell_delegate.h"

#include <QPlainTextEdit>

namespace falconry::ui {

QWidget* CellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("cellEditor"));
    editor->setTabChangesFocus(true);
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return editor;
}

void CellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = static_cast<QPlainTextEdit*>(editor);
    const QString text = index.data(Qt::EditRole).toString();
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void CellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QPlainTextEdit*>(editor)->toPlainText(), Qt::EditRole);
}

void CellDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const
{
    // Room for several lines of a long answer, within the view.
    QRect rect = option.rect;
    rect.setWidth(std::max(rect.width(), 320));
    rect.setHeight(std::max(rect.height(), 160));
    const QRect area = editor->parentWidget() ? editor->parentWidget()->rect() : rect;
    if (rect.bottom() > area.bottom())
        rect.moveBottom(area.bottom());
    if (rect.right() > area.right())
        rect.moveRight(area.right());
    editor->setGeometry(rect);
}

} // namespace falconry::ui
