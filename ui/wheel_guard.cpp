#include "ui/wheel_guard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace falconry::ui {
namespace {

/** The spin box or combo box `widget` is or belongs to (a spin box's line edit), else nullptr. */
QWidget* valueEditor(QWidget* widget)
{
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w))
            return w;
        if (w->isWindow() || qobject_cast<QAbstractScrollArea*>(w))
            break; // a combo box's popup list is a window of its own: it scrolls itself
    }
    return nullptr;
}

bool hasFocusWithin(const QWidget* editor)
{
    const QWidget* focus = QApplication::focusWidget();
    return editor->hasFocus() || (focus && editor->isAncestorOf(focus));
}

QAbstractScrollArea* scrollAreaAround(QWidget* widget)
{
    for (QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w))
            return area;
        if (w->isWindow())
            break;
    }
    return nullptr;
}

} // namespace

WheelGuard::WheelGuard(QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("falconryWheelGuard"));
}

void WheelGuard::install(QApplication& app)
{
    if (app.findChild<WheelGuard*>(QStringLiteral("falconryWheelGuard"), Qt::FindDirectChildrenOnly))
        return;
    app.installEventFilter(new WheelGuard(&app));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        // Before a widget is first shown: the wheel must not hand it the focus (Qt's default for
        // spin and combo boxes is WheelFocus).
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && (qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget)) &&
            widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel || !watched->isWidgetType())
        return false;
    QWidget* editor = valueEditor(static_cast<QWidget*>(watched));
    if (!editor || hasFocusWithin(editor))
        return false;
    // Unfocused: the editor never sees the wheel. The scroll area around it scrolls as if the
    // pointer were over its empty background; without one the wheel does nothing here.
    const auto* wheel = static_cast<QWheelEvent*>(event);
    if (QAbstractScrollArea* area = scrollAreaAround(editor)) {
        QWidget* viewport = area->viewport();
        QWheelEvent forwarded(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                              wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                              wheel->phase(), wheel->inverted(), wheel->source(), wheel->pointingDevice());
        QCoreApplication::sendEvent(viewport, &forwarded);
    }
    event->accept();
    return true;
}

} // namespace falconry::ui
