#include "ui/train/adapter_map_view.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace falconry::ui {
namespace {

constexpr int kRowLabelWidth = 64;
constexpr int kHeaderHeight = 24;
constexpr int kCellWidth = 118;
constexpr int kCellHeight = 22;
constexpr int kLegendHeight = 40;

QColor mix(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// ColorBrewer "Blues" ends and "RdBu" ends (colorbrewer2.org), readable in print and for most colour-blind readers.
const QColor kLow(0xf7, 0xfb, 0xff);
const QColor kMid(0x6b, 0xae, 0xd6);
const QColor kHigh(0x08, 0x30, 0x6b);
const QColor kNegative(0xb2, 0x18, 0x2b);
const QColor kNeutral(0xf7, 0xf7, 0xf7);
const QColor kPositive(0x21, 0x66, 0xac);

} // namespace

AdapterMapView::AdapterMapView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("adapterMapView"));
    setMouseTracking(true);
}

void AdapterMapView::setMap(const AdapterMap& map)
{
    m_map = map;
    if (m_measure == Measure::Cosine && !m_map.compared())
        m_measure = Measure::Norm;
    updateGeometry();
    update();
}

void AdapterMapView::setMeasure(Measure measure)
{
    m_measure = measure == Measure::Cosine && !m_map.compared() ? Measure::Norm : measure;
    update();
}

std::optional<double> AdapterMapView::valueAt(int layer, const QString& target) const
{
    const AdapterMapCell* c = m_map.cell(layer, target);
    if (!c)
        return std::nullopt;
    switch (m_measure) {
    case Measure::Norm: return c->norm;
    case Measure::EffectiveRank: return c->effectiveRank;
    case Measure::Cosine: return c->cosine;
    }
    return std::nullopt;
}

double AdapterMapView::scaleMax() const
{
    if (m_measure == Measure::Cosine)
        return 1.0;
    if (m_measure == Measure::EffectiveRank)
        return std::max(1, m_map.rank);
    double top = 0.0;
    for (const AdapterMapCell& c : m_map.cells)
        top = std::max(top, c.norm);
    return top;
}

QColor AdapterMapView::colorFor(double value) const
{
    if (m_measure == Measure::Cosine)
        return value < 0 ? mix(kNeutral, kNegative, -value) : mix(kNeutral, kPositive, value);
    const double top = scaleMax();
    const double t = top > 0 ? value / top : 0.0;
    return t < 0.5 ? mix(kLow, kMid, t * 2) : mix(kMid, kHigh, (t - 0.5) * 2);
}

QColor AdapterMapView::colorAt(int layer, const QString& target) const
{
    const std::optional<double> v = valueAt(layer, target);
    return v ? colorFor(*v) : palette().color(QPalette::Window);
}

QString AdapterMapView::toolTipAt(int layer, const QString& target) const
{
    const AdapterMapCell* c = m_map.cell(layer, target);
    if (!c)
        return tr("Layer %1, %2: no adapter on this module").arg(layer).arg(target);
    const QLocale locale;
    QString text = tr("%1\nLayer %2, %3\nUpdate size (Frobenius norm of scale·B·A): %4\nEffective rank: %5 of %6")
                       .arg(c->module)
                       .arg(layer)
                       .arg(target, locale.toString(c->norm, 'g', 4), locale.toString(c->effectiveRank, 'f', 2))
                       .arg(m_map.rank);
    if (m_map.compared())
        text += QLatin1Char('\n') + (c->cosine ? tr("Similarity to the other adapter (cosine): %1").arg(locale.toString(*c->cosine, 'f', 3))
                                              : tr("Similarity: the other adapter has no update here"));
    return text;
}

QRect AdapterMapView::cellRect(int row, int column) const
{
    return QRect(kRowLabelWidth + column * kCellWidth, kHeaderHeight + row * kCellHeight, kCellWidth - 2, kCellHeight - 2);
}

QSize AdapterMapView::sizeHint() const
{
    return QSize(kRowLabelWidth + int(std::max<qsizetype>(1, m_map.targets.size())) * kCellWidth + 8,
                 kHeaderHeight + int(m_map.layers.size()) * kCellHeight + kLegendHeight + 8);
}

QSize AdapterMapView::minimumSizeHint() const
{
    return sizeHint();
}

void AdapterMapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QLocale locale;
    if (!m_map.error.isEmpty() || m_map.cells.isEmpty()) {
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   m_map.error.isEmpty() ? tr("No adapter to show.") : m_map.error);
        return;
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    for (int col = 0; col < m_map.targets.size(); ++col)
        p.drawText(QRect(kRowLabelWidth + col * kCellWidth, 0, kCellWidth, kHeaderHeight), Qt::AlignCenter, m_map.targets[col]);
    for (int row = 0; row < m_map.layers.size(); ++row) {
        const int layer = m_map.layers[row];
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, kHeaderHeight + row * kCellHeight, kRowLabelWidth - 6, kCellHeight), Qt::AlignRight | Qt::AlignVCenter,
                   tr("layer %1").arg(layer));
        for (int col = 0; col < m_map.targets.size(); ++col) {
            const QRect r = cellRect(row, col);
            const std::optional<double> v = valueAt(layer, m_map.targets[col]);
            const QColor fill = v ? colorFor(*v) : palette().color(QPalette::Window);
            p.fillRect(r, fill);
            if (!v)
                continue;
            p.setPen(fill.lightnessF() < 0.55 ? Qt::white : Qt::black);
            const QString text = m_measure == Measure::Norm ? locale.toString(*v, 'g', 3) : locale.toString(*v, 'f', 2);
            p.drawText(r, Qt::AlignCenter, text);
        }
    }
    // Legend: the scale from its low end to its high end.
    const int top = kHeaderHeight + int(m_map.layers.size()) * kCellHeight + 8;
    const QRect bar(kRowLabelWidth, top, int(m_map.targets.size()) * kCellWidth - 2, 12);
    QLinearGradient g(bar.topLeft(), bar.topRight());
    const double low = m_measure == Measure::Cosine ? -1.0 : 0.0;
    for (int i = 0; i <= 10; ++i)
        g.setColorAt(i / 10.0, colorFor(low + (scaleMax() - low) * i / 10.0));
    p.fillRect(bar, g);
    p.setPen(palette().color(QPalette::WindowText));
    const QString what = m_measure == Measure::Norm ? tr("update size")
                         : m_measure == Measure::EffectiveRank ? tr("effective rank")
                                                                : tr("cosine similarity");
    const QRect labels(bar.left(), bar.bottom() + 2, bar.width(), 16);
    p.drawText(labels, Qt::AlignLeft, locale.toString(low, 'g', 3));
    p.drawText(labels, Qt::AlignCenter, what);
    p.drawText(labels, Qt::AlignRight, locale.toString(scaleMax(), 'g', 3));
}

bool AdapterMapView::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        const QPoint pos = static_cast<QHelpEvent*>(e)->pos();
        for (int row = 0; row < m_map.layers.size(); ++row)
            for (int col = 0; col < m_map.targets.size(); ++col)
                if (cellRect(row, col).contains(pos)) {
                    QToolTip::showText(static_cast<QHelpEvent*>(e)->globalPos(), toolTipAt(m_map.layers[row], m_map.targets[col]), this);
                    return true;
                }
        QToolTip::hideText();
        e->ignore();
        return true;
    }
    return QWidget::event(e);
}

} // namespace falconry::ui
