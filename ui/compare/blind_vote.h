#pragma once

#include <QString>

#include <random>

namespace falconry::ui {

class PreferenceStore;

/** What a blind-mode vote did: the status line for the page, or the problem (then nothing was saved). */
struct VoteOutcome {
    QString status;
    QString error; // empty = the vote was taken
};

/**
 * Blind mode's draw for one exchange: true = the tuned answer is shown on the left (A), a fair
 * coin so that neither side's position gives it away.
 */
bool drawTunedOnLeft(std::mt19937& rng);

/**
 * A vote on the last exchange as preference data: side -1 = A (left) is better, +1 = B (right),
 * 0 = a tie (noted, not written: preference data needs a winner). A winning vote appends
 * (prompt, chosen, rejected) to `store`; the status then says where, and which model each letter was.
 */
VoteOutcome recordVote(const PreferenceStore& store, int side, bool tunedOnLeft, const QString& prompt,
                       const QString& leftAnswer, const QString& rightAnswer);

} // namespace falconry::ui
