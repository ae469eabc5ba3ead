#include "ui/model/memory_bar.h"

#include "ui/system_memory.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace falconry::ui {
namespace {
constexpr int kBarHeight = 28;
constexpr int kLegendRow = 20;
} // namespace

MemoryBar::MemoryBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("memoryBar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MemoryBar::setSegments(const QList<Segment>& segments)
{
    m_segments = segments;
    updateGeometry();
    update();
}

void MemoryBar::setCapacity(qint64 bytes, const QString& label)
{
    m_capacity = bytes;
    m_capacityLabel = label;
    update();
}

qint64 MemoryBar::totalBytes() const
{
    qint64 total = 0;
    for (const Segment& s : m_segments)
        total += s.bytes;
    return total;
}

QString MemoryBar::legendText(int i) const
{
    return QStringLiteral("%1  %2").arg(m_segments[i].label, formatBytes(m_segments[i].bytes));
}

int MemoryBar::legendColumns(int width) const
{
    int widest = 0;
    for (int i = 0; i < m_segments.size(); ++i)
        widest = std::max(widest, fontMetrics().horizontalAdvance(legendText(i)) + 18 + 12); // swatch, gap
    return widest > 0 ? std::clamp(width / widest, 1, 3) : 3;
}

int MemoryBar::heightForWidth(int width) const
{
    const int columns = legendColumns(width);
    const int legendRows = (static_cast<int>(m_segments.size()) + columns - 1) / columns;
    return kBarHeight + 24 + legendRows * kLegendRow;
}

QSize MemoryBar::sizeHint() const
{
    return {480, heightForWidth(480)};
}

QSize MemoryBar::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

void MemoryBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int top = 18; // room for the scale labels
    const QRectF bar(1, top, width() - 2, kBarHeight);
    const qint64 total = totalBytes();
    // The scale covers the larger of need and capacity, plus a margin.
    const double scale = static_cast<double>(std::max<qint64>({total, m_capacity, 1})) * 1.08;

    QPainterPath outline;
    outline.addRoundedRect(bar, 4, 4);
    p.fillPath(outline, pal.color(QPalette::Base));
    p.save();
    p.setClipPath(outline);
    double x = bar.left();
    for (const Segment& s : m_segments) {
        const double w = bar.width() * static_cast<double>(s.bytes) / scale;
        p.fillRect(QRectF(x, bar.top(), w, bar.height()), s.color);
        x += w;
    }
    if (m_capacity > 0 && total > m_capacity) {
        const double capX = bar.left() + bar.width() * static_cast<double>(m_capacity) / scale;
        p.fillRect(QRectF(capX, bar.top(), x - capX, bar.height()), QBrush(QColor(0, 0, 0, 90), Qt::BDiagPattern));
    }
    p.restore();
    p.setPen(pal.color(QPalette::Mid));
    p.drawPath(outline);

    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRectF(bar.left(), 0, bar.width() / 2, top - 2), Qt::AlignLeft | Qt::AlignBottom,
               tr("Needs %1").arg(formatBytes(total)));
    if (m_capacity > 0) {
        const double capX = bar.left() + bar.width() * static_cast<double>(m_capacity) / scale;
        QPen pen(total > m_capacity ? QColor(0xd9, 0x3f, 0x3f) : pal.color(QPalette::WindowText), 2);
        p.setPen(pen);
        p.drawLine(QPointF(capX, top - 4), QPointF(capX, bar.bottom() + 4));
        p.setPen(pal.color(QPalette::WindowText));
        const QString label = m_capacityLabel.isEmpty() ? formatBytes(m_capacity) : m_capacityLabel;
        p.drawText(QRectF(capX - 200, 0, 196, top - 2), Qt::AlignRight | Qt::AlignBottom, label);
    }

    // Legend: colour, name, size; three per row, fewer when the labels need the room.
    const int columns = legendColumns(width());
    const double colWidth = width() / static_cast<double>(columns);
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment& s = m_segments[i];
        const double lx = (i % columns) * colWidth;
        const double ly = bar.bottom() + 8 + (i / columns) * kLegendRow;
        p.fillRect(QRectF(lx + 1, ly + 3, 12, 12), s.color);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(lx + 18, ly, colWidth - 20, kLegendRow), Qt::AlignLeft | Qt::AlignTop,
                   legendText(i));
    }
}

} // namespace falconry::ui
