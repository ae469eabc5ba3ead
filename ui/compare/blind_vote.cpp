#include "ui/compare/blind_vote.h"

#include "ui/compare/preference_store.h"

#include <QCoreApplication>
#include <QDir>

namespace falconry::ui {

bool drawTunedOnLeft(std::mt19937& rng)
{
    return std::bernoulli_distribution(0.5)(rng);
}

// The texts are the Compare page's: they keep its translation context (lupdate needs the literal).
VoteOutcome recordVote(const PreferenceStore& store, int side, bool tunedOnLeft, const QString& prompt,
                       const QString& leftAnswer, const QString& rightAnswer)
{
    const QString tuned = QCoreApplication::translate("falconry::ui::ComparePage", "tuned");
    const QString base = QCoreApplication::translate("falconry::ui::ComparePage", "base");
    const QString leftIs = tunedOnLeft ? tuned : base;
    const QString rightIs = tunedOnLeft ? base : tuned;
    if (side == 0)
        return {QCoreApplication::translate("falconry::ui::ComparePage", "Tie noted (not written: preference data needs a winner). A was %1, B was %2.")
                    .arg(leftIs, rightIs),
                {}};
    const QString error = side < 0 ? store.append(prompt, leftAnswer, rightAnswer) : store.append(prompt, rightAnswer, leftAnswer);
    if (!error.isEmpty())
        return {{}, error};
    return {QCoreApplication::translate("falconry::ui::ComparePage", "Vote saved (%1 in %2). A was %3, B was %4.")
                .arg(store.count())
                .arg(QDir::toNativeSeparators(store.path()), leftIs, rightIs),
            {}};
}

} // namespace falconry::ui
