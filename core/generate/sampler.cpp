#include "core/generate/sampler.h"

#include "core/util/errors.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <unordered_set>

namespace falconry {

void SamplingSettings::validate() const
{
    // Written as !(x > 0) so that NaN is refused too.
    if (!(temperature > 0.0) || !std::isfinite(temperature))
        throw ConfigError("sampling setting 'temperature' must be a finite number > 0, got " + std::to_string(temperature) +
                          " (use greedy decoding for temperature 0)");
    if (topK < 0)
        throw ConfigError("sampling setting 'top_k' must be >= 0 (0 = off), got " + std::to_string(topK));
    if (!(topP > 0.0 && topP <= 1.0))
        throw ConfigError("sampling setting 'top_p' must be in (0, 1] (1 = off), got " + std::to_string(topP));
    if (!(repetitionPenalty > 0.0) || !std::isfinite(repetitionPenalty))
        throw ConfigError("sampling setting 'repetition_penalty' must be a finite number > 0 (1 = off), got " +
                          std::to_string(repetitionPenalty));
}

Sampler::Sampler(const SamplingSettings& settings, uint64_t seed)
    : m_settings(settings)
    , m_engine(seed)
{
    m_settings.validate();
}

std::vector<double> Sampler::penalized(std::span<const float> logits, std::span<const int64_t> seen) const
{
    const auto vocab = static_cast<int64_t>(logits.size());
    if (vocab == 0)
        throw Error("sampler: expected logits over a non-empty vocabulary, got 0 values");
    std::vector<float> scores(logits.begin(), logits.end());
    for (int64_t i = 0; i < vocab; ++i) {
        if (std::isnan(scores[static_cast<size_t>(i)]))
            throw Error("sampler: the model produced a NaN logit (token id " + std::to_string(i) +
                        "); the weights or the compute dtype are broken");
    }
    if (m_settings.repetitionPenalty != 1.0) {
        // HF RepetitionPenaltyLogitsProcessor: gather/scatter over the ids, so a token
        // seen twice is penalized once. Computed in fp32 like transformers.
        const auto penalty = static_cast<float>(m_settings.repetitionPenalty);
        std::unordered_set<int64_t> done;
        for (const int64_t id : seen) {
            if (id < 0 || id >= vocab)
                throw Error("sampler: token id " + std::to_string(id) + " is outside the vocabulary [0, " +
                            std::to_string(vocab) + ")");
            if (!done.insert(id).second)
                continue;
            float& s = scores[static_cast<size_t>(id)];
            s = s < 0.0f ? s * penalty : s / penalty;
        }
    }
    return {scores.begin(), scores.end()};
}

std::vector<double> Sampler::distribution(std::span<const float> logits, std::span<const int64_t> seen) const
{
    std::vector<double> scores = penalized(logits, seen);
    const size_t vocab = scores.size();
    std::vector<double> probs(vocab, 0.0);
    if (m_settings.greedy) {
        probs[static_cast<size_t>(std::max_element(scores.begin(), scores.end()) - scores.begin())] = 1.0;
        return probs;
    }
    constexpr double kRemoved = -std::numeric_limits<double>::infinity();
    for (double& s : scores)
        s /= m_settings.temperature;

    // Top-k, HF TopKLogitsWarper: remove scores < the K-th largest (ties with it stay).
    if (m_settings.topK > 0 && static_cast<size_t>(m_settings.topK) < vocab) {
        std::vector<double> sorted = scores;
        const auto kth = sorted.begin() + (m_settings.topK - 1);
        std::nth_element(sorted.begin(), kth, sorted.end(), std::greater<>());
        const double threshold = *kth;
        for (double& s : scores) {
            if (s < threshold)
                s = kRemoved;
        }
    }

    const double maxScore = *std::max_element(scores.begin(), scores.end());
    if (!std::isfinite(maxScore))
        throw Error("sampler: every token was filtered out or has an infinite logit; nothing left to sample");
    double total = 0.0;
    for (size_t i = 0; i < vocab; ++i) {
        probs[i] = scores[i] == kRemoved ? 0.0 : std::exp(scores[i] - maxScore);
        total += probs[i];
    }
    for (double& p : probs)
        p /= total;

    // Top-p (nucleus), HF TopPLogitsWarper: keep the smallest most-likely set whose
    // mass reaches P (a token is kept while the mass before it is < P; at least one).
    // Tokens tied with the last kept one are kept too, so the set does not depend on
    // the order a sort puts equal probabilities in.
    if (m_settings.topP < 1.0) {
        std::vector<size_t> order;
        order.reserve(vocab);
        for (size_t i = 0; i < vocab; ++i) {
            if (probs[i] > 0.0)
                order.push_back(i);
        }
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return probs[a] > probs[b]; });
        double before = 0.0;
        size_t kept = 0;
        while (kept < order.size() && (kept == 0 || before < m_settings.topP)) {
            before += probs[order[kept]];
            ++kept;
        }
        const double boundary = probs[order[kept - 1]];
        while (kept < order.size() && probs[order[kept]] == boundary)
            ++kept;
        double keptMass = 0.0;
        for (size_t j = 0; j < order.size(); ++j) {
            if (j < kept)
                keptMass += probs[order[j]];
            else
                probs[order[j]] = 0.0;
        }
        for (double& p : probs)
            p /= keptMass;
    }
    return probs;
}

int64_t Sampler::next(std::span<const float> logits, std::span<const int64_t> seen)
{
    if (m_settings.greedy) {
        const std::vector<double> scores = penalized(logits, seen);
        // std::max_element returns the first maximum: ties go to the lowest id, as torch.argmax.
        return std::max_element(scores.begin(), scores.end()) - scores.begin();
    }
    const std::vector<double> probs = distribution(logits, seen);
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(m_engine);
    double cumulative = 0.0;
    int64_t last = -1;
    for (size_t i = 0; i < probs.size(); ++i) {
        if (probs[i] <= 0.0)
            continue;
        cumulative += probs[i];
        last = static_cast<int64_t>(i);
        if (u < cumulative)
            return last;
    }
    return last; // u landed in the rounding gap above the final cumulative sum
}

} // namespace falconry
