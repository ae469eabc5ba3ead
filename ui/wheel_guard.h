#pragma once

#include <QObject>

class QApplication;

namespace falconry::ui {

/**
 * The application's one rule for the mouse wheel over value editors: a spin box or combo box
 * takes the wheel only when it has the keyboard focus. Unfocused, the wheel scrolls the scroll
 * area around it instead (the Train page's settings form, the Data page's panels) and never
 * changes a setting the user only scrolled past. Installed once on the QApplication by
 * setUpApplication; it also turns those editors' Qt::WheelFocus into Qt::StrongFocus, so that the
 * wheel does not give them the focus either.
 */
class WheelGuard final : public QObject {
    Q_OBJECT
public:
    explicit WheelGuard(QObject* parent = nullptr);

    /** Installs one guard on `app` (a second call does nothing). */
    static void install(QApplication& app);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace falconry::ui
