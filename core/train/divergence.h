#pragma once

#include <optional>
#include <string>

namespace falconry {

/** What the divergence watch remembers of a run's training loss (kept in every checkpoint). */
struct LossTrend {
    std::optional<double> initial;  // the loss of the run's first step
    std::optional<double> smoothed; // exponential moving average of the step losses
    std::optional<double> best;     // the lowest smoothed loss so far
};

/**
 * Takes one step's training loss into `trend`; returns a plain-words message when the run has
 * diverged: the smoothed loss rose far above where it started (1.5x the first step's) or far
 * above its best (three quarters of the way back from the best to the start, and at least twice
 * the best). A single noisy batch does not trip it: the average weighs the newest step 0.3.
 * Only finite losses come here (NaN and Inf stop the run at once, before the update).
 */
std::optional<std::string> watchForDivergence(LossTrend& trend, double loss);

} // namespace falconry
