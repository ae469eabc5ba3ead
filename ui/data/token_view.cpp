#include "ui/data/token_view.h"

#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>

namespace falconry::ui {

namespace {

struct Colours {
    QColor trained[2];
    QColor trainedText;
    QColor masked[2];
    QColor maskedText;
    QColor cutText;
    QColor marker;
};

Colours coloursFor(bool dark)
{
    if (dark)
        return {{QColor(0x1b, 0x4d, 0x36), QColor(0x2a, 0x6e, 0x4f)}, QColor(0xe3, 0xf9, 0xe9),
                {QColor(0x3a, 0x3f, 0x47), QColor(0x4a, 0x50, 0x5a)}, QColor(0xc8, 0xcd, 0xd3),
                QColor(0x88, 0x88, 0x88), QColor(0xff, 0x7b, 0x72)};
    return {{QColor(0xc3, 0xeb, 0xcf), QColor(0x9c, 0xdc, 0xb2)}, QColor(0x0b, 0x3d, 0x20),
            {QColor(0xec, 0xee, 0xf1), QColor(0xdb, 0xdf, 0xe4)}, QColor(0x3c, 0x43, 0x4b),
            QColor(0x99, 0x99, 0x99), QColor(0xc0, 0x1c, 0x28)};
}

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/** Text with line breaks made visible (↵ before each) — they would be invisible on a coloured background. */
QString visible(const std::string& text, size_t begin, size_t end)
{
    QString s = QString::fromUtf8(text.data() + begin, static_cast<qsizetype>(end - begin));
    s.replace(QLatin1Char('\n'), QStringLiteral("\u21B5\n"));
    return s;
}

} // namespace

TokenView::TokenView(QWidget* parent)
    : QTextBrowser(parent)
{
    setReadOnly(true);
    setOpenLinks(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    document()->setDefaultFont(mono);
}

bool TokenView::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void TokenView::clearExamples()
{
    clear();
}

void TokenView::appendMessage(const QString& text)
{
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock();
    QTextCharFormat italic;
    italic.setFontItalic(true);
    cursor.insertText(text, italic);
}

void TokenView::appendExample(const RenderedExample& example, const QString& heading)
{
    const Colours colours = coloursFor(isDark(palette()));
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock();
    if (!heading.isEmpty()) {
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.insertText(heading, bold);
        cursor.insertBlock();
    }
    const std::string& text = example.text;
    QTextCharFormat cutFormat;
    cutFormat.setForeground(colours.cutText);
    cutFormat.setFontStrikeOut(true);
    QTextCharFormat markerFormat;
    markerFormat.setForeground(colours.marker);
    markerFormat.setFontWeight(QFont::Bold);
    const QString marker = tr(" ✂ cut at max length ");

    if (example.ids.empty()) {
        // No tokenizer: colour by segment (prompt / answer) only.
        for (const TextSegment& segment : example.segments) {
            QTextCharFormat f;
            f.setBackground(segment.trained ? colours.trained[0] : colours.masked[0]);
            f.setForeground(segment.trained ? colours.trainedText : colours.maskedText);
            cursor.insertText(visible(text, segment.begin, segment.end), f);
        }
        return;
    }

    size_t pos = 0; // bytes of `text` shown so far
    if (example.cut && example.cutSide == CutSide::Start && example.cutTextOffset > 0) {
        cursor.insertText(visible(text, 0, example.cutTextOffset), cutFormat);
        cursor.insertText(marker, markerFormat);
        pos = example.cutTextOffset;
    }
    for (size_t i = 0; i < example.ids.size(); ++i) {
        const bool trained = example.trained[i] != 0;
        QTextCharFormat f;
        f.setBackground(trained ? colours.trained[i % 2] : colours.masked[i % 2]);
        f.setForeground(trained ? colours.trainedText : colours.maskedText);
        auto [begin, end] = example.offsets[i];
        if (begin == end) { // no bytes of its own: EOS, or a sentencepiece piece such as the lone "▁"
            QTextCharFormat empty = f;
            empty.setFontItalic(true);
            cursor.insertText(example.ids[i] == example.eosId ? QStringLiteral("\u27E8eos\u27E9") : QStringLiteral("\u2581"),
                              empty);
            continue;
        }
        begin = std::max(begin, pos);
        // A byte-level token may end inside a UTF-8 character: show the whole character with it.
        while (end < text.size() && isContinuation(static_cast<unsigned char>(text[end])))
            ++end;
        if (begin > pos && begin <= text.size())
            cursor.insertText(visible(text, pos, begin)); // not covered by a token (should not happen)
        if (end > begin)
            cursor.insertText(visible(text, begin, end), f);
        pos = std::max(pos, end);
    }
    if (example.cut && example.cutSide == CutSide::End) {
        cursor.insertText(marker, markerFormat);
        if (pos < text.size())
            cursor.insertText(visible(text, pos, text.size()), cutFormat);
    } else if (pos < text.size()) {
        cursor.insertText(visible(text, pos, text.size()));
    }
}

} // namespace falconry::ui
