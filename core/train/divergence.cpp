#include "core/train/divergence.h"

#include <algorithm>
#include <cstdio>

namespace falconry {
namespace {

constexpr double kNewestWeight = 0.3;
constexpr double kAboveStart = 1.5;
constexpr double kBackTowardsStart = 0.75;
constexpr double kAboveBest = 2.0;

std::string fixed(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", v);
    return text;
}

} // namespace

std::optional<std::string> watchForDivergence(LossTrend& trend, double loss)
{
    if (!trend.initial) {
        trend.initial = loss;
        trend.smoothed = loss;
        trend.best = loss;
        return std::nullopt;
    }
    trend.smoothed = kNewestWeight * loss + (1.0 - kNewestWeight) * trend.smoothed.value_or(loss);
    trend.best = std::min(trend.best.value_or(*trend.smoothed), *trend.smoothed);
    const double start = *trend.initial;
    const double best = *trend.best;
    const double now = *trend.smoothed;
    if (now > kAboveStart * start)
        return "the training loss rose from " + fixed(start) + " at the start to " + fixed(now) +
               " (averaged over the last steps): the run diverged";
    if (now > best + kBackTowardsStart * (start - best) && now > kAboveBest * best)
        return "the training loss rose from its best, " + fixed(best) + ", back to " + fixed(now) +
               " (it started at " + fixed(start) + "): the run diverged";
    return std::nullopt;
}

} // namespace falconry
