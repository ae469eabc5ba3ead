// Sampler against hand-computed distributions (HF logits-processor semantics).
#include "core/generate/sampler.h"
#include "core/util/errors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace falconry {
namespace {

SamplingSettings sampling(double temperature, int64_t topK, double topP, double penalty = 1.0)
{
    SamplingSettings s;
    s.greedy = false;
    s.temperature = temperature;
    s.topK = topK;
    s.topP = topP;
    s.repetitionPenalty = penalty;
    return s;
}

void expectProbs(const std::vector<double>& actual, const std::vector<double>& expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        EXPECT_NEAR(actual[i], expected[i], 1e-6) << "token " << i;
}

TEST(Sampler, GreedyTakesArgmaxAndBreaksTiesToLowestId)
{
    Sampler sampler(SamplingSettings{}, 0);
    const std::vector<float> logits = {1.0f, 3.0f, 3.0f, 2.0f};
    EXPECT_EQ(sampler.next(logits, {}), 1);
    const std::vector<float> negative = {-5.0f, -1.0f, -2.0f};
    EXPECT_EQ(sampler.next(negative, {}), 1);
}

TEST(Sampler, RepetitionPenaltyDividesPositiveAndMultipliesNegative)
{
    SamplingSettings greedy;
    greedy.repetitionPenalty = 2.0;
    Sampler sampler(greedy, 0);
    const std::vector<float> logits = {2.0f, -1.0f, 1.5f, 0.5f};
    const std::vector<int64_t> seen = {0, 1, 1};
    // Penalized: {1.0, -2.0, 1.5, 0.5} -> argmax moves from 0 to 2.
    EXPECT_EQ(sampler.next(logits, seen), 2);
    EXPECT_EQ(Sampler(SamplingSettings{}, 0).next(logits, seen), 0);

    // Seen twice counts once: softmax of {1.0, -2.0, 1.5, 0.5}.
    const Sampler sampled(sampling(1.0, 0, 1.0, 2.0), 0);
    const double z = std::exp(1.0) + std::exp(-2.0) + std::exp(1.5) + std::exp(0.5);
    expectProbs(sampled.distribution(logits, seen),
                {std::exp(1.0) / z, std::exp(-2.0) / z, std::exp(1.5) / z, std::exp(0.5) / z});
}

TEST(Sampler, TemperatureScalesLogits)
{
    const std::vector<float> logits = {0.0f, static_cast<float>(std::log(2.0)), static_cast<float>(std::log(4.0))};
    expectProbs(Sampler(sampling(1.0, 0, 1.0), 0).distribution(logits, {}), {1.0 / 7, 2.0 / 7, 4.0 / 7});
    // T = 2: weights 1, sqrt(2), 2.
    const double z = 1.0 + std::sqrt(2.0) + 2.0;
    expectProbs(Sampler(sampling(2.0, 0, 1.0), 0).distribution(logits, {}), {1.0 / z, std::sqrt(2.0) / z, 2.0 / z});
}

TEST(Sampler, TopKKeepsKMostLikelyAndTiesWithTheKth)
{
    const std::vector<float> logits = {0.0f, static_cast<float>(std::log(2.0)), static_cast<float>(std::log(4.0)),
                                       static_cast<float>(std::log(3.0))};
    expectProbs(Sampler(sampling(1.0, 2, 1.0), 0).distribution(logits, {}), {0.0, 0.0, 4.0 / 7, 3.0 / 7});
    // K larger than the vocabulary = all tokens.
    expectProbs(Sampler(sampling(1.0, 10, 1.0), 0).distribution(logits, {}), {0.1, 0.2, 0.4, 0.3});

    const std::vector<float> tied = {3.0f, 2.0f, 2.0f, 0.0f};
    const double z = std::exp(3.0) + 2 * std::exp(2.0);
    expectProbs(Sampler(sampling(1.0, 2, 1.0), 0).distribution(tied, {}),
                {std::exp(3.0) / z, std::exp(2.0) / z, std::exp(2.0) / z, 0.0});
}

std::vector<float> logOf(const std::vector<double>& probs)
{
    std::vector<float> out;
    for (const double p : probs)
        out.push_back(static_cast<float>(std::log(p)));
    return out;
}

TEST(Sampler, TopPKeepsSmallestSetReachingP)
{
    const std::vector<float> logits = logOf({0.05, 0.5, 0.15, 0.3});
    expectProbs(Sampler(sampling(1.0, 0, 0.45), 0).distribution(logits, {}), {0.0, 1.0, 0.0, 0.0});
    expectProbs(Sampler(sampling(1.0, 0, 0.75), 0).distribution(logits, {}), {0.0, 0.5 / 0.8, 0.0, 0.3 / 0.8});
    expectProbs(Sampler(sampling(1.0, 0, 0.85), 0).distribution(logits, {}),
                {0.0, 0.5 / 0.95, 0.15 / 0.95, 0.3 / 0.95});
    // A tiny P still keeps the most likely token.
    expectProbs(Sampler(sampling(1.0, 0, 1e-9), 0).distribution(logits, {}), {0.0, 1.0, 0.0, 0.0});
}

TEST(Sampler, TopPKeepsTokensTiedWithTheLastKept)
{
    // 0.4 + 0.2 reaches 0.5; the other 0.2 ties with the boundary and stays.
    const std::vector<float> logits = logOf({0.1, 0.2, 0.4, 0.2, 0.1});
    expectProbs(Sampler(sampling(1.0, 0, 0.5), 0).distribution(logits, {}), {0.0, 0.25, 0.5, 0.25, 0.0});
}

TEST(Sampler, TopKThenTopPAfterTemperature)
{
    // T = 0.5 doubles the logits {1, 0.5, 0, -0.5, 2} -> {2, 1, 0, -1, 4};
    // top-k 3 keeps ids 4, 0, 1 with weights e^4, e^2, e^1 (mass 0.8438, 0.1142, 0.0420);
    // top-p 0.9 then keeps ids 4 and 0.
    const std::vector<float> logits = {1.0f, 0.5f, 0.0f, -0.5f, 2.0f};
    const double z = std::exp(4.0) + std::exp(2.0);
    expectProbs(Sampler(sampling(0.5, 3, 0.9), 0).distribution(logits, {}),
                {std::exp(2.0) / z, 0.0, 0.0, 0.0, std::exp(4.0) / z});
}

TEST(Sampler, DrawFrequenciesMatchTheFilteredSoftmax)
{
    const std::vector<float> logits = {1.0f, 0.5f, 0.0f, -0.5f, 2.0f};
    // T = 0.5, top-k 3: weights e^2, e^1, 0, 0, e^4.
    const double z = std::exp(2.0) + std::exp(1.0) + std::exp(4.0);
    const std::vector<double> expected = {std::exp(2.0) / z, std::exp(1.0) / z, 0.0, 0.0, std::exp(4.0) / z};
    Sampler sampler(sampling(0.5, 3, 1.0), 1234);
    constexpr int kDraws = 200000;
    std::vector<int> counts(logits.size(), 0);
    for (int i = 0; i < kDraws; ++i)
        ++counts[static_cast<size_t>(sampler.next(logits, {}))];
    for (size_t i = 0; i < expected.size(); ++i) {
        const double p = expected[i];
        const double sigma = std::sqrt(p * (1 - p) / kDraws);
        EXPECT_NEAR(counts[i] / double(kDraws), p, 5 * sigma + 1e-12) << "token " << i;
    }
}

TEST(Sampler, SeededDrawsAreReproducible)
{
    const std::vector<float> logits = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f};
    Sampler a(sampling(1.0, 0, 1.0), 42);
    Sampler b(sampling(1.0, 0, 1.0), 42);
    Sampler c(sampling(1.0, 0, 1.0), 43);
    std::vector<int64_t> drawsA, drawsB, drawsC;
    for (int i = 0; i < 100; ++i) {
        drawsA.push_back(a.next(logits, {}));
        drawsB.push_back(b.next(logits, {}));
        drawsC.push_back(c.next(logits, {}));
    }
    EXPECT_EQ(drawsA, drawsB);
    EXPECT_NE(drawsA, drawsC);
}

TEST(Sampler, RejectsUnusableSettings)
{
    EXPECT_THROW(sampling(0.0, 0, 1.0).validate(), ConfigError);
    EXPECT_THROW(sampling(-1.0, 0, 1.0).validate(), ConfigError);
    EXPECT_THROW(sampling(NAN, 0, 1.0).validate(), ConfigError);
    EXPECT_THROW(sampling(1.0, -1, 1.0).validate(), ConfigError);
    EXPECT_THROW(sampling(1.0, 0, 0.0).validate(), ConfigError);
    EXPECT_THROW(sampling(1.0, 0, 1.5).validate(), ConfigError);
    EXPECT_THROW(sampling(1.0, 0, 1.0, 0.0).validate(), ConfigError);
    EXPECT_THROW(Sampler(sampling(1.0, 0, 2.0), 0), ConfigError);
    try {
        sampling(1.0, 0, 1.5).validate();
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("top_p"), std::string::npos) << e.what();
    }
}

TEST(Sampler, RejectsNanLogitsAndOutOfRangeIds)
{
    Sampler sampler(SamplingSettings{}, 0);
    const std::vector<float> logits = {0.0f, NAN, 1.0f};
    EXPECT_THROW(sampler.next(logits, {}), Error);
    SamplingSettings penalized;
    penalized.repetitionPenalty = 1.2;
    Sampler withPenalty(penalized, 0);
    const std::vector<float> ok = {0.0f, 1.0f};
    const std::vector<int64_t> seen = {5};
    EXPECT_THROW(withPenalty.next(ok, seen), Error);
}

} // namespace
} // namespace falconry
