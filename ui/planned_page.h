#pragma once

#include <QWidget>

/**
 * A step page that is not built yet. It says plainly what will be there and
 * does not pretend to work.
 */
class PlannedPage final : public QWidget {
    Q_OBJECT
public:
    PlannedPage(const QString& title, const QString& whatWillBeHere, QWidget* parent = nullptr);
};
