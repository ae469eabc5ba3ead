#include "ui/train/loss_chart.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace falconry::ui {
namespace {

QList<QPointF> emaSmooth(const QList<QPointF>& raw, double smoothing)
{
    // Bias-corrected EMA (as TensorBoard's smoothing): the first points are not pulled towards 0.
    QList<QPointF> out;
    out.reserve(raw.size());
    double ema = 0.0;
    double weight = 0.0;
    for (const QPointF& p : raw) {
        ema = smoothing * ema + (1.0 - smoothing) * p.y();
        weight = smoothing * weight + (1.0 - smoothing);
        out.append(QPointF(p.x(), ema / weight));
    }
    return out;
}

QChartView* makeView(QChart* chart, QWidget* parent)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true); // axis labels in the user's locale, as every other number
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(160);
    return view;
}

} // namespace

LossChart::LossChart(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* loss = new QChart;
    loss->setTitle(tr("Loss"));
    m_raw = new QLineSeries(loss);
    m_raw->setName(tr("train (raw)"));
    m_raw->setObjectName(QStringLiteral("trainLossRaw"));
    QColor rawColor(0x5b, 0x8f, 0xd6);
    rawColor.setAlpha(90);
    m_raw->setPen(QPen(rawColor, 1));
    m_smooth = new QLineSeries(loss);
    m_smooth->setName(tr("train (smoothed)"));
    m_smooth->setPen(QPen(QColor(0x1f, 0x5f, 0xb8), 2));
    m_eval = new QScatterSeries(loss);
    m_eval->setName(tr("eval"));
    m_eval->setMarkerSize(8);
    m_eval->setColor(QColor(0xe0, 0x7b, 0x20));
    m_lossX = new QValueAxis(loss);
    m_lossX->setTitleText(tr("step"));
    m_lossX->setLabelFormat(QStringLiteral("%.0f")); // "%d" shows no labels with localized numbers (Qt 6.4)
    m_lossY = new QValueAxis(loss);
    loss->addAxis(m_lossX, Qt::AlignBottom);
    loss->addAxis(m_lossY, Qt::AlignLeft);
    for (QXYSeries* s : {static_cast<QXYSeries*>(m_raw), static_cast<QXYSeries*>(m_smooth), static_cast<QXYSeries*>(m_eval)}) {
        loss->addSeries(s);
        s->attachAxis(m_lossX);
        s->attachAxis(m_lossY);
    }
    m_lossView = makeView(loss, this);
    m_lossView->setObjectName(QStringLiteral("lossChartView"));

    auto* rate = new QChart;
    rate->setTitle(tr("Learning rate and speed"));
    m_lr = new QLineSeries(rate);
    m_lr->setName(tr("learning rate"));
    m_tps = new QLineSeries(rate);
    m_tps->setName(tr("tokens/s"));
    m_tps->setPen(QPen(QColor(0x3c, 0xa0, 0x5a), 1.5));
    m_rateX = new QValueAxis(rate);
    m_rateX->setLabelFormat(QStringLiteral("%.0f"));
    m_lrY = new QValueAxis(rate);
    m_lrY->setLabelFormat(QStringLiteral("%.1e"));
    m_tpsY = new QValueAxis(rate);
    m_tpsY->setLabelFormat(QStringLiteral("%.0f"));
    rate->addAxis(m_rateX, Qt::AlignBottom);
    rate->addAxis(m_lrY, Qt::AlignLeft);
    rate->addAxis(m_tpsY, Qt::AlignRight);
    rate->addSeries(m_lr);
    m_lr->attachAxis(m_rateX);
    m_lr->attachAxis(m_lrY);
    rate->addSeries(m_tps);
    m_tps->attachAxis(m_rateX);
    m_tps->attachAxis(m_tpsY);
    m_rateView = makeView(rate, this);

    layout->addWidget(m_lossView, 3);
    layout->addWidget(m_rateView, 2);

    m_timer = new QTimer(this);
    m_timer->setInterval(kAppendIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LossChart::flush);
    m_timer->start();
    clear();
}

void LossChart::addPoints(const QList<TrainPoint>& points)
{
    m_pending.append(points);
}

void LossChart::flush()
{
    if (m_pending.isEmpty())
        return;
    QList<QPointF> raw, smooth, eval, lr, tps;
    double minLoss = m_minLoss, maxLoss = m_maxLoss, maxStep = m_maxStep;
    for (const TrainPoint& p : std::as_const(m_pending)) {
        const double x = p.step;
        maxStep = std::max(maxStep, x);
        if (std::isfinite(p.lossTrain)) {
            raw.append(QPointF(x, p.lossTrain));
            m_rawPoints.append(raw.last());
            // Bias-corrected EMA, continued point by point.
            m_ema = m_smoothing * m_ema + (1.0 - m_smoothing) * p.lossTrain;
            m_emaWeight = m_smoothing * m_emaWeight + (1.0 - m_smoothing);
            smooth.append(QPointF(x, m_ema / m_emaWeight));
            minLoss = m_rawPoints.size() == 1 ? p.lossTrain : std::min(minLoss, p.lossTrain);
            maxLoss = m_rawPoints.size() == 1 ? p.lossTrain : std::max(maxLoss, p.lossTrain);
        }
        if (std::isfinite(p.lossEval)) {
            eval.append(QPointF(x, p.lossEval));
            minLoss = std::min(minLoss, p.lossEval);
            maxLoss = std::max(maxLoss, p.lossEval);
        }
        if (std::isfinite(p.learningRate)) {
            lr.append(QPointF(x, p.learningRate));
            m_maxLr = std::max(m_maxLr, p.learningRate);
        }
        if (std::isfinite(p.tokensPerSecond)) {
            tps.append(QPointF(x, p.tokensPerSecond));
            m_maxTps = std::max(m_maxTps, p.tokensPerSecond);
        }
    }
    m_pending.clear();
    m_raw->append(raw);
    m_smooth->append(smooth);
    m_eval->append(eval);
    m_lr->append(lr);
    m_tps->append(tps);
    growAxes(maxStep, minLoss, maxLoss);
}

void LossChart::growAxes(double maxStep, double minLoss, double maxLoss)
{
    m_maxStep = maxStep;
    m_minLoss = minLoss;
    m_maxLoss = maxLoss;
    for (const QList<QPointF>& overlay : std::as_const(m_overlayRaw)) {
        for (const QPointF& p : overlay) {
            m_maxStep = std::max(m_maxStep, p.x());
            m_minLoss = std::min(m_minLoss, p.y());
            m_maxLoss = std::max(m_maxLoss, p.y());
        }
    }
    const double pad = std::max(0.05, (m_maxLoss - m_minLoss) * 0.08);
    // At least 10 steps wide so that the integer tick labels stay distinct, and ticks on round
    // steps (0, 2, 4 … or 0, 50, 100 …; not 0, 2.5, 5 shown as "3", "8").
    m_lossX->setRange(0, std::max(10.0, m_maxStep));
    m_lossX->applyNiceNumbers();
    m_lossY->setRange(std::max(0.0, m_minLoss - pad), m_maxLoss + pad);
    m_rateX->setRange(0, std::max(10.0, m_maxStep));
    m_rateX->applyNiceNumbers();
    m_lrY->setRange(0, m_maxLr > 0 ? m_maxLr * 1.1 : 1e-3);
    m_tpsY->setRange(0, m_maxTps > 0 ? m_maxTps * 1.15 : 100.0);
}

void LossChart::clear()
{
    m_pending.clear();
    m_rawPoints.clear();
    m_raw->clear();
    m_smooth->clear();
    m_eval->clear();
    m_lr->clear();
    m_tps->clear();
    m_ema = 0.0;
    m_emaWeight = 0.0;
    m_maxLr = 0.0;
    m_maxTps = 0.0;
    growAxes(1.0, m_overlayRaw.isEmpty() ? 0.0 : 1e9, m_overlayRaw.isEmpty() ? 1.0 : 0.0);
}

void LossChart::setSmoothing(double smoothing)
{
    m_smoothing = std::clamp(smoothing, 0.0, 0.999);
    rebuildSmoothed();
}

void LossChart::rebuildSmoothed()
{
    const QList<QPointF> smooth = emaSmooth(m_rawPoints, m_smoothing);
    m_smooth->replace(smooth);
    // Continue the running EMA from the rebuilt state.
    m_ema = 0.0;
    m_emaWeight = 0.0;
    for (const QPointF& p : std::as_const(m_rawPoints)) {
        m_ema = m_smoothing * m_ema + (1.0 - m_smoothing) * p.y();
        m_emaWeight = m_smoothing * m_emaWeight + (1.0 - m_smoothing);
    }
    for (int i = 0; i < m_overlays.size(); ++i)
        m_overlays[i]->replace(emaSmooth(m_overlayRaw[i], m_smoothing));
}

void LossChart::addOverlay(const QString& name, const QList<TrainPoint>& points)
{
    QList<QPointF> raw;
    for (const TrainPoint& p : points) {
        if (std::isfinite(p.lossTrain))
            raw.append(QPointF(p.step, p.lossTrain));
    }
    QChart* chart = m_lossView->chart();
    auto* series = new QLineSeries(chart);
    series->setName(name);
    static const QColor kColors[] = {QColor(0x9b, 0x59, 0xb6), QColor(0x7f, 0x8c, 0x8d), QColor(0xc0, 0x39, 0x2b),
                                     QColor(0x16, 0xa0, 0x85)};
    series->setPen(QPen(kColors[m_overlays.size() % 4], 1.5, Qt::DashLine));
    chart->addSeries(series);
    series->attachAxis(m_lossX);
    series->attachAxis(m_lossY);
    series->replace(emaSmooth(raw, m_smoothing));
    m_overlays.append(series);
    m_overlayRaw.append(raw);
    if (m_rawPoints.isEmpty() && m_overlayRaw.size() == 1) {
        m_minLoss = 1e9;
        m_maxLoss = 0.0;
    }
    growAxes(m_maxStep, m_minLoss, m_maxLoss);
}

void LossChart::clearOverlays()
{
    for (QLineSeries* s : std::as_const(m_overlays)) {
        m_lossView->chart()->removeSeries(s);
        delete s;
    }
    m_overlays.clear();
    m_overlayRaw.clear();
    growAxes(m_maxStep, m_minLoss, m_maxLoss);
}

int LossChart::trainPointCount() const
{
    return static_cast<int>(m_raw->count());
}

int LossChart::evalPointCount() const
{
    return static_cast<int>(m_eval->count());
}

} // namespace falconry::ui
