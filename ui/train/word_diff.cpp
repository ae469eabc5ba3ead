#include "ui/train/word_diff.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace falconry::ui {
namespace {

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    return text.split(kSpace, Qt::SkipEmptyParts);
}

void append(QList<WordDiffPiece>& out, WordDiffPiece::Kind kind, const QString& word)
{
    if (!out.isEmpty() && out.last().kind == kind) {
        out.last().text += QLatin1Char(' ') + word;
        return;
    }
    out.append(WordDiffPiece{kind, word});
}

} // namespace

QList<WordDiffPiece> diffWords(const QString& before, const QString& after)
{
    const QStringList a = wordsOf(before);
    const QStringList b = wordsOf(after);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    std::vector<std::vector<int>> lcs(static_cast<size_t>(n + 1), std::vector<int>(static_cast<size_t>(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                     : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QList<WordDiffPiece> out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            append(out, WordDiffPiece::Kind::Same, a[i]);
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            append(out, WordDiffPiece::Kind::Removed, a[i++]);
        } else {
            append(out, WordDiffPiece::Kind::Added, b[j++]);
        }
    }
    while (i < n)
        append(out, WordDiffPiece::Kind::Removed, a[i++]);
    while (j < m)
        append(out, WordDiffPiece::Kind::Added, b[j++]);
    return out;
}

} // namespace falconry::ui
