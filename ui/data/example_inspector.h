#pragma once

#include "core/data/example_renderer.h"

#include <QWidget>

class QLabel;

namespace falconry::ui {

class TokenView;

/**
 * The selected row as the model sees it: the rendered text with token
 * boundaries, trained and masked tokens in two colours, the token count
 * against max length, and a ✂ marker where the row is cut.
 */
class ExampleInspector final : public QWidget {
    Q_OBJECT
public:
    explicit ExampleInspector(QWidget* parent = nullptr);

    void showExample(const RenderedExample& example, size_t maxLength, bool counted);
    void showMessage(const QString& text);
    QString summary() const;
    TokenView* view() const { return m_view; }

private:
    QLabel* m_summary;
    QLabel* m_legend;
    TokenView* m_view;
};

} // namespace falconry::ui
