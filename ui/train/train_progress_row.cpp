#include "ui/train/train_progress_row.h"

#include "ui/train/run_clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace falconry::ui {

TrainProgressRow::TrainProgressRow(QWidget* parent)
    : QWidget(parent)
    , m_clock(new RunClock(this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("trainProgress"));
    m_progress->setFormat(tr("step %v of %m"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false); // no "step 0 of 1" before a run
    m_eta = new QLabel(this);
    m_eta->setObjectName(QStringLiteral("etaLabel"));
    row->addWidget(m_progress, 1);
    row->addWidget(m_eta);
    connect(m_clock, &RunClock::textChanged, m_eta, &QLabel::setText);
}

void TrainProgressRow::start(double earlierSeconds)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_clock->start(earlierSeconds);
}

void TrainProgressRow::addPoint(const TrainPoint& point)
{
    if (point.totalSteps > 0) {
        m_progress->setRange(0, point.totalSteps);
        m_progress->setValue(point.step);
    }
    m_clock->addPoint(point);
}

void TrainProgressRow::setPaused(bool paused)
{
    m_clock->setPaused(paused);
}

void TrainProgressRow::finish(bool ok)
{
    m_clock->stop();
    const QString took = RunClock::formatDuration(m_clock->elapsedSeconds());
    m_eta->setText(ok ? tr("done in %1").arg(took) : tr("ended after %1").arg(took));
    if (!ok) {
        // Not "step 0 of 1 … starting" forever: the bar says the run ended.
        m_progress->setValue(0);
        m_progress->setTextVisible(false);
    }
}

void TrainProgressRow::abort()
{
    m_clock->stop();
    m_eta->clear();
    m_progress->setTextVisible(false);
}

QString TrainProgressRow::etaText() const
{
    return m_eta->text();
}

} // namespace falconry::ui
