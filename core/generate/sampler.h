#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace falconry {

/**
 * How the next token is chosen from one row's logits, in the order transformers
 * applies its logits processors: repetition penalty, then (when sampling)
 * temperature, top-k, top-p, then a draw from the renormalized softmax.
 */
struct SamplingSettings {
    bool greedy = true;             // argmax (after the repetition penalty); the fields below up to topP are unused
    double temperature = 1.0;       // > 0; logits are divided by it
    int64_t topK = 0;               // keep the K most likely tokens (and any tied with the K-th); 0 = all
    double topP = 1.0;              // in (0, 1]: keep the smallest most-likely set whose mass reaches P; 1 = all
    double repetitionPenalty = 1.0; // > 0; 1 = off. Seen tokens: positive logits / R, negative logits * R (CTRL, as HF)
    uint64_t seed = 0;              // seeds each row's own random engine

    /** Throws ConfigError naming the field when a value cannot be used. */
    void validate() const;
};

/**
 * Picks tokens for ONE batch row. Each row owns a Sampler with its own
 * std::mt19937_64, so a row's draws depend only on its seed and its logits
 * (reproducible, and independent of the batch it runs in).
 */
class Sampler {
public:
    /** `seed` overrides settings.seed, so rows of one batch can differ (or share it). */
    Sampler(const SamplingSettings& settings, uint64_t seed);

    /**
     * The next token from `logits` [V] given `seen`, the tokens already in this row
     * (prompt + generated; padding excluded). Greedy ties go to the lowest id, as argmax.
     * Throws Error on NaN logits.
     */
    int64_t next(std::span<const float> logits, std::span<const int64_t> seen);

    /**
     * The distribution next() draws from when sampling: probabilities [V] after the
     * penalty, temperature, top-k and top-p, renormalized to sum to 1 (0 for removed
     * tokens). With greedy settings: 1 on the argmax, 0 elsewhere.
     */
    std::vector<double> distribution(std::span<const float> logits, std::span<const int64_t> seen) const;

private:
    /** Logits after the repetition penalty (fp32 as HF computes it) widened to double. */
    std::vector<double> penalized(std::span<const float> logits, std::span<const int64_t> seen) const;

    SamplingSettings m_settings;
    std::mt19937_64 m_engine;
};

} // namespace falconry
