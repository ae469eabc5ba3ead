#include "ui/train/run_clock.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace falconry::ui {

RunClock::RunClock(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &RunClock::tick);
}

QString RunClock::formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("–");
    const qint64 s = static_cast<qint64>(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void RunClock::start(double earlierSeconds)
{
    m_wall.start();
    m_earlier = std::max(0.0, earlierSeconds);
    m_atLastPoint = 0.0;
    m_last = TrainPoint{};
    m_first = TrainPoint{};
    m_havePoint = false;
    m_paused = false;
    m_timer->start();
    tick();
}

void RunClock::addPoint(const TrainPoint& point)
{
    if (!m_wall.isValid())
        return;
    if (!m_havePoint)
        m_first = point;
    m_last = point;
    m_havePoint = point.step > 0 && point.totalSteps > 0;
    m_atLastPoint = m_wall.elapsed() / 1000.0;
    tick();
}

void RunClock::setPaused(bool paused)
{
    m_paused = paused;
    tick();
}

void RunClock::stop()
{
    m_final = elapsedSeconds();
    m_timer->stop();
    m_wall.invalidate();
}

bool RunClock::isRunning() const
{
    return m_timer->isActive();
}

double RunClock::elapsedSeconds() const
{
    return m_wall.isValid() ? m_earlier + m_wall.elapsed() / 1000.0 : m_final;
}

QString RunClock::text() const
{
    return m_text;
}

void RunClock::tick()
{
    if (!m_wall.isValid())
        return;
    const double wall = m_wall.elapsed() / 1000.0;
    const QString elapsed = formatDuration(m_earlier + wall);
    QString text;
    if (!m_havePoint) {
        text = tr("%1 elapsed; loading the model and the data…").arg(elapsed);
    } else if (m_last.step - m_first.step < 2) {
        text = tr("%1 elapsed; estimating the time left…").arg(elapsed);
    } else {
        // The trainer's own clock, from the first step on (its one-time costs left out).
        const double perStep = (m_last.elapsedSeconds - m_first.elapsedSeconds) / (m_last.step - m_first.step);
        const double sinceLast = m_paused ? 0.0 : wall - m_atLastPoint;
        const double left = std::max(0.0, perStep * (m_last.totalSteps - m_last.step) - sinceLast);
        text = m_paused ? tr("%1 elapsed, about %2 left (paused)").arg(elapsed, formatDuration(left))
                        : tr("%1 elapsed, about %2 left").arg(elapsed, formatDuration(left));
    }
    if (text != m_text) {
        m_text = text;
        Q_EMIT textChanged(m_text);
    }
}

} // namespace falconry::ui
