#pragma once

#include "core/data/example_renderer.h"

#include <QTextBrowser>

class QTextCursor;

namespace falconry::ui {

/**
 * Shows rendered examples token by token: trained tokens and masked tokens in
 * two hues (chosen for the palette, so both read in light and dark themes),
 * neighbouring tokens in alternating shades so their boundaries show, line
 * breaks as ↵, EOS as ⟨eos⟩, and a ✂ marker where max length cuts the row,
 * with the dropped text struck through.
 */
class TokenView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit TokenView(QWidget* parent = nullptr);

    void clearExamples();
    /** Appends one example (a heading line first when `heading` is not empty). */
    void appendExample(const RenderedExample& example, const QString& heading = {});
    void appendMessage(const QString& text);

    /** True when `palette` is dark (its base colour is). */
    static bool isDark(const QPalette& palette);
};

} // namespace falconry::ui
