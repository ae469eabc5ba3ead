#pragma once

#include "ui/train/adapter_map.h"

#include <QColor>
#include <QWidget>

namespace falconry::ui {

/**
 * A heat map of an adapter: one row per layer, one column per target module, each cell coloured
 * by the size of that module's update (norm of scale·B·A), its effective rank, or (two adapters)
 * the cosine similarity of their updates, with the value written in the cell, a legend below and
 * the module's figures as a tooltip.
 */
class AdapterMapView final : public QWidget {
    Q_OBJECT
public:
    enum class Measure {
        Norm,
        EffectiveRank,
        Cosine,
    };

    explicit AdapterMapView(QWidget* parent = nullptr);

    void setMap(const AdapterMap& map);
    const AdapterMap& map() const { return m_map; }
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }

    /** The value a cell shows (nullopt: no such module, or no cosine for it). */
    std::optional<double> valueAt(int layer, const QString& target) const;
    /** The colour of a cell as painted. */
    QColor colorAt(int layer, const QString& target) const;
    /** The tooltip text of a cell. */
    QString toolTipAt(int layer, const QString& target) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect cellRect(int row, int column) const;
    /** The colour of `value` on this measure's scale. */
    QColor colorFor(double value) const;
    double scaleMax() const;

    AdapterMap m_map;
    Measure m_measure = Measure::Norm;
};

} // namespace falconry::ui
