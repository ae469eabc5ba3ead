#pragma once

#include <QList>
#include <QString>

namespace falconry::ui {

/** A run of words that both texts share, or that only one of them has. */
struct WordDiffPiece {
    enum class Kind {
        Same,
        Added,   // only in the newer text
        Removed, // only in the older text
    };
    Kind kind = Kind::Same;
    QString text; // the words, separated by single spaces
};

/**
 * What changed from `before` to `after`, word by word (whitespace-separated): the longest common
 * subsequence of their words (Hunt–McIlroy's dynamic program, O(n·m) for n and m words), with
 * the words outside it as Removed and Added runs, in reading order.
 */
QList<WordDiffPiece> diffWords(const QString& before, const QString& after);

} // namespace falconry::ui
