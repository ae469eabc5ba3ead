#pragma once

#include "ui/engine/engine_types.h"

#include <QList>
#include <QPointF>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QTimer;
class QValueAxis;

namespace falconry::ui {

/**
 * Live charts of a run: train loss raw and smoothed (EMA), eval loss, and
 * below them learning rate and tokens/s. Points are buffered and appended in
 * one QXYSeries::append(QList) call from a 150 ms timer, so a fast trainer
 * never floods the GUI thread. Earlier runs can be overlaid (dashed).
 */
class LossChart final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kAppendIntervalMs = 150;

    explicit LossChart(QWidget* parent = nullptr);

    void addPoints(const QList<TrainPoint>& points);
    /** Draws what is buffered now (the timer does it otherwise). */
    void flush();
    void clear();
    /** EMA weight of the past in [0, 0.999]: 0 = raw, 0.9 = smooth. */
    void setSmoothing(double smoothing);
    double smoothing() const { return m_smoothing; }
    /** Overlays an earlier run's train loss (smoothed like the live one). */
    void addOverlay(const QString& name, const QList<TrainPoint>& points);
    void clearOverlays();

    int trainPointCount() const;
    int evalPointCount() const;
    int overlayCount() const { return static_cast<int>(m_overlays.size()); }
    QLineSeries* rawSeries() const { return m_raw; }
    QLineSeries* smoothSeries() const { return m_smooth; }

private:
    void rebuildSmoothed();
    void growAxes(double maxStep, double minLoss, double maxLoss);

    QChartView* m_lossView = nullptr;
    QChartView* m_rateView = nullptr;
    QLineSeries* m_raw = nullptr;
    QLineSeries* m_smooth = nullptr;
    QScatterSeries* m_eval = nullptr;
    QLineSeries* m_lr = nullptr;
    QLineSeries* m_tps = nullptr;
    QValueAxis* m_lossX = nullptr;
    QValueAxis* m_lossY = nullptr;
    QValueAxis* m_rateX = nullptr;
    QValueAxis* m_lrY = nullptr;
    QValueAxis* m_tpsY = nullptr;
    QList<QLineSeries*> m_overlays;
    QList<QList<QPointF>> m_overlayRaw;
    QList<TrainPoint> m_pending;
    QList<QPointF> m_rawPoints; // all raw points, for re-smoothing
    QTimer* m_timer = nullptr;
    double m_smoothing = 0.6;
    double m_ema = 0.0;
    double m_emaWeight = 0.0;
    double m_maxStep = 1.0;
    double m_minLoss = 0.0;
    double m_maxLoss = 1.0;
    double m_maxLr = 0.0;
    double m_maxTps = 0.0;
};

} // namespace falconry::ui
