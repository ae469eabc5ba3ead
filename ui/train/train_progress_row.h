#pragma once

#include "ui/engine/engine_types.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace falconry::ui {

class RunClock;

/**
 * The Train page's progress line: a bar "step N of M" and, beside it, the run's elapsed time
 * and time left (RunClock's estimate, ticking once a second); at the end "done in" or
 * "ended after". Before a run the bar shows no text (no "step 0 of 1").
 */
class TrainProgressRow final : public QWidget {
    Q_OBJECT
public:
    explicit TrainProgressRow(QWidget* parent = nullptr);

    /** A run starts (a resumed one passes the seconds its earlier part took). */
    void start(double earlierSeconds);
    /** The newest step reported. */
    void addPoint(const TrainPoint& point);
    void setPaused(bool paused);
    /** The run ended after it started: the line says how long it took; a failed one clears the bar. */
    void finish(bool ok);
    /** The run did not start after all: clock stopped, line and bar text cleared. */
    void abort();
    /** The "elapsed, left" (or "done in") line. */
    QString etaText() const;

private:
    QProgressBar* m_progress = nullptr;
    QLabel* m_eta = nullptr;
    RunClock* m_clock = nullptr;
};

} // namespace falconry::ui
