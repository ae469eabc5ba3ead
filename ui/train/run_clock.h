#pragma once

#include "ui/engine/engine_types.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace falconry::ui {

/**
 * The Train page's "elapsed, left" line while a run goes: elapsed is wall time since Start (model
 * loading and tokenizing included), left is the trainer's average time per step since the first
 * step of this start (which carries one-time costs) times the steps to go, counted down between
 * steps; until two steps after it are done, it says it is estimating. Ticks once a second, so the line moves also while one
 * long step (Falcon-7B on a CPU) runs.
 */
class RunClock final : public QObject {
    Q_OBJECT
public:
    explicit RunClock(QObject* parent = nullptr);

    /** A run started (resumed runs pass the seconds their earlier part took). */
    void start(double earlierSeconds = 0.0);
    void addPoint(const TrainPoint& point);
    void setPaused(bool paused);
    /** The run ended: the clock stops and keeps its last line. */
    void stop();
    bool isRunning() const;
    /** Wall seconds of the run so far (earlier part included); after stop(), its whole length. */
    double elapsedSeconds() const;
    QString text() const;

    /** "m:ss" or "h:mm:ss"; "–" for an unknown time. */
    static QString formatDuration(double seconds);

Q_SIGNALS:
    void textChanged(const QString& text);

private:
    void tick();

    QTimer* m_timer = nullptr;
    QElapsedTimer m_wall;      // since start()
    double m_earlier = 0.0;    // seconds of the run before this start (resume)
    double m_final = 0.0;      // elapsedSeconds() once stopped
    double m_atLastPoint = 0.0; // wall seconds when the last point came
    TrainPoint m_first; // the first step reported since start()
    TrainPoint m_last;
    bool m_havePoint = false;
    bool m_paused = false;
    QString m_text;
};

} // namespace falconry::ui
