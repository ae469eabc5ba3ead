#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace falconry::ui {

/**
 * A stacked horizontal bar of what a run needs (weights, LoRA, optimizer
 * state, activations, KV cache) drawn against what the machine has: the
 * capacity is a marked line, and the part beyond it is hatched.
 */
class MemoryBar final : public QWidget {
    Q_OBJECT
public:
    struct Segment {
        QString label;
        qint64 bytes = 0;
        QColor color;
    };

    explicit MemoryBar(QWidget* parent = nullptr);

    void setSegments(const QList<Segment>& segments);
    /** What the machine has (bytes) and what to call it ("RAM 24 GB"). */
    void setCapacity(qint64 bytes, const QString& label);
    const QList<Segment>& segments() const { return m_segments; }
    qint64 totalBytes() const;
    qint64 capacityBytes() const { return m_capacity; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /** Legend columns that fit in `width` (3, fewer when the labels are long, as in German). */
    int legendColumns(int width) const;
    QString legendText(int i) const;
    QList<Segment> m_segments;
    qint64 m_capacity = 0;
    QString m_capacityLabel;
};

} // namespace falconry::ui
