// Generator against the golden checkpoints: HF greedy output, HF logits through the
// KV cache (also left-padded), batch vs single rows, EOS, stop strings, stop flag.
#include "core/generate/generator.h"
#include "core/io/falcon_loader.h"
#include "core/io/safetensors_file.h"
#include "core/lora/adapter_loader.h"
#include "core/model/falcon_model.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace falconry {
namespace {

std::filesystem::path goldenDir(const std::string& name)
{
    return test::referenceDir() / "golden" / name;
}

torch::Tensor reference(const std::string& name, const std::string& key)
{
    return SafetensorsFile(goldenDir(name) / "reference.safetensors").tensor(key).clone();
}

std::vector<int64_t> rowIds(const torch::Tensor& t, int64_t row)
{
    const torch::Tensor r = t[row].contiguous().to(torch::kInt64);
    return {r.data_ptr<int64_t>(), r.data_ptr<int64_t>() + r.numel()};
}

std::vector<int64_t> concat(std::vector<int64_t> a, const std::vector<int64_t>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

FalconModel loadGolden(const std::string& name)
{
    return loadFalconModel(goldenDir(name) / "model-fp32");
}

GenerationSettings greedy(int64_t maxNewTokens)
{
    GenerationSettings s;
    s.maxNewTokens = maxNewTokens;
    return s;
}

GenerationSettings sampled(int64_t maxNewTokens, uint64_t seed)
{
    GenerationSettings s;
    s.maxNewTokens = maxNewTokens;
    s.sampling.greedy = false;
    s.sampling.temperature = 1.0;
    s.sampling.seed = seed;
    s.stopOnEos = false;
    return s;
}

const std::atomic<bool> kNoStop{false};

class GoldenGeneration : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenGeneration, GreedyOutputMatchesTransformers)
{
    FalconModel model = loadGolden(GetParam());
    const std::vector<int64_t> prompt = rowIds(reference(GetParam(), "greedy_prompt"), 0);
    const std::vector<int64_t> expected = rowIds(reference(GetParam(), "greedy_output"), 0);
    for (const bool useCache : {true, false}) {
        GenerationSettings settings = greedy(static_cast<int64_t>(expected.size() - prompt.size()));
        settings.useCache = useCache;
        const GenerationResult result = generate(*model, nullptr, {prompt}, settings, {}, kNoStop);
        ASSERT_EQ(result.rows.size(), 1u);
        const GeneratedRow& row = result.rows[0];
        EXPECT_EQ(concat(row.promptIds, row.newIds), expected) << "useCache " << useCache;
        EXPECT_EQ(row.finishReason, FinishReason::Length);
        EXPECT_EQ(result.newTokens, 10);
    }
}

// Teacher forcing through the KV cache, one token per step, against the HF logits of the
// whole sequence: the plain batch and the left-padded one (positions from the mask).
TEST_P(GoldenGeneration, CachedDecodeStepsMatchTransformersLogits)
{
    FalconModel model = loadGolden(GetParam());
    torch::NoGradGuard noGrad;
    struct Case {
        const char* ids;
        const char* logits;
        bool padded;
    };
    for (const Case c : {Case{"input_ids", "logits", false}, Case{"input_ids_padded", "logits_padded", true}}) {
        const torch::Tensor ids = reference(GetParam(), c.ids);       // [2, 12]
        const torch::Tensor expected = reference(GetParam(), c.logits); // [2, 12, V]
        const torch::Tensor mask = c.padded ? reference(GetParam(), "attention_mask") : torch::ones_like(ids);
        constexpr int64_t kPrefill = 6;
        auto cache = model->makeCache(2);
        torch::Tensor last = model->forwardLast(ids.slice(1, 0, kPrefill), mask.slice(1, 0, kPrefill), cache.get());
        for (int64_t t = kPrefill - 1; t < ids.size(1); ++t) {
            if (t >= kPrefill)
                last = model->forwardLast(ids.slice(1, t, t + 1), mask.slice(1, 0, t + 1), cache.get());
            for (int64_t row = 0; row < 2; ++row) {
                if (mask[row][t].item<int64_t>() == 0)
                    continue; // HF's logits at padded positions mean nothing
                const double diff = (last[row] - expected[row][t]).abs().max().item<double>();
                EXPECT_LT(diff, 1e-4) << c.ids << " row " << row << " position " << t;
            }
        }
    }
}

TEST_P(GoldenGeneration, CacheAndNoCacheSampleTheSameTokens)
{
    FalconModel model = loadGolden(GetParam());
    const std::vector<int64_t> prompt = rowIds(reference(GetParam(), "input_ids"), 1);
    GenerationSettings settings = sampled(24, 7);
    const auto cached = generate(*model, nullptr, {prompt}, settings, {}, kNoStop);
    settings.useCache = false;
    const auto uncached = generate(*model, nullptr, {prompt}, settings, {}, kNoStop);
    ASSERT_EQ(cached.rows[0].newIds.size(), 24u);
    EXPECT_EQ(cached.rows[0].newIds, uncached.rows[0].newIds);
}

TEST_P(GoldenGeneration, LeftPaddedBatchEqualsSingleRows)
{
    FalconModel model = loadGolden(GetParam());
    const std::vector<int64_t> goldenPrompt = rowIds(reference(GetParam(), "greedy_prompt"), 0);
    const std::vector<std::vector<int64_t>> prompts = {
        goldenPrompt, rowIds(reference(GetParam(), "input_ids"), 1), {7, 300}};

    // Greedy: the padded row 0 still gives transformers' output.
    const auto batch = generate(*model, nullptr, prompts, greedy(10), {}, kNoStop);
    EXPECT_EQ(concat(batch.rows[0].promptIds, batch.rows[0].newIds),
              rowIds(reference(GetParam(), "greedy_output"), 0));
    for (size_t r = 0; r < prompts.size(); ++r) {
        const auto single = generate(*model, nullptr, {prompts[r]}, greedy(10), {}, kNoStop);
        EXPECT_EQ(batch.rows[r].newIds, single.rows[0].newIds) << "greedy row " << r;
    }

    // Sampling: each row owns its random engine, so row r with seed s equals a single run with seed s.
    GenerationSettings settings = sampled(16, 0);
    settings.rowSeeds = {11, 22, 33};
    const auto sampledBatch = generate(*model, nullptr, prompts, settings, {}, kNoStop);
    for (size_t r = 0; r < prompts.size(); ++r) {
        GenerationSettings one = sampled(16, settings.rowSeeds[r]);
        const auto single = generate(*model, nullptr, {prompts[r]}, one, {}, kNoStop);
        EXPECT_EQ(sampledBatch.rows[r].newIds, single.rows[0].newIds) << "sampled row " << r;
    }
}

TEST_P(GoldenGeneration, CompareRunsBaseAndTunedRowsOverOneModel)
{
    FalconModel model = loadGolden(GetParam());
    applyAdapterFromFolder(*model, goldenDir(GetParam()) / "adapter");
    const std::vector<int64_t> prompt = rowIds(reference(GetParam(), "greedy_prompt"), 0);
    // greedy_prompt is input_ids[0, :5], so the tuned model's first token is argmax logits_lora[0, 4].
    const std::vector<int64_t> inputRow = rowIds(reference(GetParam(), "input_ids"), 0);
    ASSERT_EQ(prompt, std::vector<int64_t>(inputRow.begin(), inputRow.begin() + 5));
    const int64_t tunedFirst = reference(GetParam(), "logits_lora")[0][4].argmax().item<int64_t>();
    std::vector<int> chunksPerRow(2, 0);
    const auto result = compareBaseAndTuned(*model, nullptr, prompt, greedy(10),
                                            [&](const GenerationChunk& c) {
                                                ++chunksPerRow[static_cast<size_t>(c.row)];
                                                return true;
                                            },
                                            kNoStop);
    ASSERT_EQ(result.rows.size(), 2u);
    EXPECT_EQ(concat(result.rows[0].promptIds, result.rows[0].newIds),
              rowIds(reference(GetParam(), "greedy_output"), 0));
    ASSERT_FALSE(result.rows[1].newIds.empty());
    EXPECT_EQ(result.rows[1].newIds[0], tunedFirst);
    EXPECT_EQ(chunksPerRow[0], static_cast<int>(result.rows[0].newIds.size()));
    EXPECT_EQ(chunksPerRow[1], static_cast<int>(result.rows[1].newIds.size()));

    // The row mask is cleared afterwards: a plain run now has the adapter on, as row 1 had.
    const auto tuned = generate(*model, nullptr, {prompt}, greedy(10), {}, kNoStop);
    EXPECT_EQ(tuned.rows[0].newIds, result.rows[1].newIds);

    // The base row ends at once (its first token made the EOS); the tuned row goes on alone
    // with the row mask cut to it, still with the adapter on.
    GenerationSettings eosSettings = greedy(10);
    eosSettings.eosId = result.rows[0].newIds[0];
    if (tunedFirst != *eosSettings.eosId) {
        const auto split = compareBaseAndTuned(*model, nullptr, prompt, eosSettings, {}, kNoStop);
        EXPECT_EQ(split.rows[0].newIds.size(), 1u);
        EXPECT_EQ(split.rows[0].finishReason, FinishReason::Eos);
        const auto tunedAlone = generate(*model, nullptr, {prompt}, eosSettings, {}, kNoStop);
        EXPECT_EQ(split.rows[1].newIds, tunedAlone.rows[0].newIds);
        EXPECT_EQ(split.rows[1].newIds[0], tunedFirst);
    }
}

TEST_P(GoldenGeneration, CompareOfTwoConversationsFollowsEachRowAsEitherSideEndsFirst)
{
    // Compare's second message: each side continues its own conversation (two prompts of
    // different lengths), and one side ends before the other. Each row must equal its side
    // generated alone (base: adapter off; tuned: adapter on), whichever ends first.
    FalconModel model = loadGolden(GetParam());
    applyAdapterFromFolder(*model, goldenDir(GetParam()) / "adapter");
    const std::vector<int64_t> input = rowIds(reference(GetParam(), "input_ids"), 0);
    const std::vector<int64_t> basePrompt(input.begin(), input.begin() + 5);
    const std::vector<int64_t> tunedPrompt(input.begin(), input.begin() + 7);

    const auto alone = [&](const std::vector<int64_t>& prompt, bool adapterOn, const GenerationSettings& s) {
        model->setAdapterRowMask(torch::tensor({adapterOn ? 1.0f : 0.0f}));
        auto rows = generate(*model, nullptr, {prompt}, s, {}, kNoStop).rows;
        model->setAdapterRowMask(torch::Tensor());
        return rows[0].newIds;
    };
    const GenerationSettings free = greedy(8);
    const std::vector<int64_t> baseAlone = alone(basePrompt, false, free);
    const std::vector<int64_t> tunedAlone = alone(tunedPrompt, true, free);
    const auto both = compareBaseAndTuned(*model, nullptr, basePrompt, tunedPrompt, free, {}, kNoStop);
    ASSERT_EQ(both.rows.size(), 2u);
    EXPECT_EQ(both.rows[0].newIds, baseAlone);
    EXPECT_EQ(both.rows[1].newIds, tunedAlone);

    // A token one side makes early and the other never makes becomes the EOS: that side ends
    // first and the batch (with its adapter row mask) shrinks to the other one.
    for (const int endingRow : {0, 1}) {
        const std::vector<int64_t>& ends = endingRow == 0 ? baseAlone : tunedAlone;
        const std::vector<int64_t>& other = endingRow == 0 ? tunedAlone : baseAlone;
        std::optional<int64_t> eos;
        for (size_t i = 0; i + 1 < ends.size() && !eos; ++i) {
            if (std::find(other.begin(), other.end(), ends[i]) == other.end())
                eos = ends[i];
        }
        if (!eos)
            continue; // both sides make the same tokens: nothing ends early
        GenerationSettings s = greedy(8);
        s.eosId = *eos;
        const auto split = compareBaseAndTuned(*model, nullptr, basePrompt, tunedPrompt, s, {}, kNoStop);
        const size_t early = static_cast<size_t>(endingRow);
        EXPECT_EQ(split.rows[early].finishReason, FinishReason::Eos) << "row " << endingRow;
        EXPECT_LT(split.rows[early].newIds.size(), split.rows[1 - early].newIds.size());
        EXPECT_EQ(split.rows[0].newIds, alone(basePrompt, false, s));
        EXPECT_EQ(split.rows[1].newIds, alone(tunedPrompt, true, s));
    }
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenGeneration, ::testing::Values("falcon7b", "falcon40b", "falconrw"));

TEST(Generator, EosEndsOnlyItsRow)
{
    // transformers' first greedy token after greedy_prompt is 489 (falcon7b): make it the EOS.
    FalconModel model = loadGolden("falcon7b");
    const std::vector<int64_t> prompt = rowIds(reference("falcon7b", "greedy_prompt"), 0);
    GenerationSettings settings = greedy(6);
    settings.eosId = 489;
    std::vector<GenerationChunk> chunks;
    const auto result = generate(*model, nullptr, {prompt, {7, 300, 12}}, settings,
                                 [&](const GenerationChunk& c) {
                                     chunks.push_back(c);
                                     return true;
                                 },
                                 kNoStop);
    EXPECT_EQ(result.rows[0].newIds, std::vector<int64_t>{489});
    EXPECT_EQ(result.rows[0].finishReason, FinishReason::Eos);
    EXPECT_TRUE(result.rows[0].text.empty());
    // Row 1 goes on alone after row 0 left the batch, exactly as it runs on its own.
    const auto& other = result.rows[1];
    const auto alone = generate(*model, nullptr, {{7, 300, 12}}, settings, {}, kNoStop);
    EXPECT_EQ(other.newIds, alone.rows[0].newIds);
    EXPECT_EQ(other.finishReason, alone.rows[0].finishReason);
    if (other.finishReason != FinishReason::Eos) {
        EXPECT_EQ(other.newIds.size(), 6u);
    }
    int finishedRow0 = 0;
    for (const auto& c : chunks)
        finishedRow0 += c.row == 0 && c.finished && c.finishReason == FinishReason::Eos && c.tokenId == 489;
    EXPECT_EQ(finishedRow0, 1);
}

TEST(Generator, StopStringAcrossTokensIsTrimmedAndStreamed)
{
    FalconModel model = loadGolden("falconrw");
    const auto tokenizer = Tokenizer::load(goldenDir("falconrw") / "model-fp32");
    const std::vector<int64_t> prompt = rowIds(reference("falconrw", "greedy_prompt"), 0);
    // transformers continues with token 292 ("ing") again and again; a stop string made of the end
    // of one 292 and the start of the next can only be seen across the token boundary.
    const std::string piece = tokenizer->tokenBytes(292);
    ASSERT_GE(piece.size(), 2u);
    GenerationSettings settings = greedy(10);
    const std::string stop = piece.substr(1) + piece.substr(0, 1); // "ngi"
    const std::string expectedText = piece.substr(0, 1);          // "i"
    settings.stopStrings = {"never appears", stop};
    std::string streamed;
    int finished = 0;
    const auto result = generate(*model, tokenizer.get(), {prompt}, settings,
                                 [&](const GenerationChunk& c) {
                                     streamed += c.text;
                                     finished += c.finished;
                                     return true;
                                 },
                                 kNoStop);
    const auto& row = result.rows[0];
    EXPECT_EQ(row.newIds, (std::vector<int64_t>{292, 292}));
    EXPECT_EQ(row.finishReason, FinishReason::StopString);
    EXPECT_EQ(row.matchedStop, stop);
    EXPECT_EQ(row.text, expectedText);
    EXPECT_EQ(streamed, expectedText);
    EXPECT_EQ(finished, 1);

    // Without the stop string the text is the pieces of the ten tokens.
    const auto plain = generate(*model, tokenizer.get(), {prompt}, greedy(10), {}, kNoStop);
    std::string tenPieces;
    for (int i = 0; i < 10; ++i)
        tenPieces += piece;
    EXPECT_EQ(plain.rows[0].text, tenPieces);
}

TEST(Generator, StopFlagAndCallbackCancel)
{
    FalconModel model = loadGolden("falconrw");
    const std::vector<int64_t> prompt = rowIds(reference("falconrw", "greedy_prompt"), 0);

    const std::atomic<bool> already{true};
    int calls = 0;
    auto counting = [&](const GenerationChunk& c) {
        ++calls;
        EXPECT_TRUE(c.finished);
        EXPECT_EQ(c.finishReason, FinishReason::Cancelled);
        return true;
    };
    const auto none = generate(*model, nullptr, {prompt, prompt}, greedy(10), counting, already);
    EXPECT_TRUE(none.rows[0].newIds.empty());
    EXPECT_EQ(none.rows[1].finishReason, FinishReason::Cancelled);
    EXPECT_EQ(calls, 2);

    // The flag set from the callback (as a GUI thread would) stops after the current step.
    std::atomic<bool> flag{false};
    int seenTokens = 0;
    const auto byFlag = generate(*model, nullptr, {prompt}, greedy(10),
                                 [&](const GenerationChunk& c) {
                                     if (c.row == 0 && !c.finished && c.tokenId >= 0 && ++seenTokens == 3)
                                         flag.store(true);
                                     return true;
                                 },
                                 flag);
    EXPECT_EQ(byFlag.rows[0].newIds, std::vector<int64_t>(3, 292));
    EXPECT_EQ(byFlag.rows[0].finishReason, FinishReason::Cancelled);

    int tokens = 0;
    const auto byCallback = generate(*model, nullptr, {prompt}, greedy(10),
                                     [&](const GenerationChunk&) { return ++tokens < 2; }, kNoStop);
    EXPECT_EQ(byCallback.rows[0].newIds.size(), 2u);
    EXPECT_EQ(byCallback.rows[0].finishReason, FinishReason::Cancelled);
}

TEST(Generator, SeededSamplingIsReproducible)
{
    FalconModel model = loadGolden("falcon40b");
    const std::vector<int64_t> prompt = rowIds(reference("falcon40b", "input_ids"), 0);
    const auto a = generate(*model, nullptr, {prompt}, sampled(20, 5), {}, kNoStop);
    const auto b = generate(*model, nullptr, {prompt}, sampled(20, 5), {}, kNoStop);
    const auto c = generate(*model, nullptr, {prompt}, sampled(20, 6), {}, kNoStop);
    EXPECT_EQ(a.rows[0].newIds, b.rows[0].newIds);
    EXPECT_NE(a.rows[0].newIds, c.rows[0].newIds);
    EXPECT_EQ(a.rows[0].newIds.size(), 20u);
}

TEST(Generator, RejectsBadInput)
{
    FalconModel model = loadGolden("falcon7b");
    EXPECT_THROW(generate(*model, nullptr, {}, greedy(4), {}, kNoStop), ConfigError);
    EXPECT_THROW(generate(*model, nullptr, {{}}, greedy(4), {}, kNoStop), ConfigError);
    try {
        generate(*model, nullptr, {{1, 2}, {3, 512}}, greedy(4), {}, kNoStop);
        ADD_FAILURE() << "id 512 accepted for a vocabulary of 512";
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("prompt 1 token 1"), std::string::npos) << e.what();
    }
    GenerationSettings seeds = greedy(4);
    seeds.rowSeeds = {1, 2, 3};
    EXPECT_THROW(generate(*model, nullptr, {{1}}, seeds, {}, kNoStop), ConfigError);
    GenerationSettings stops = greedy(4);
    stops.stopStrings = {"x"};
    EXPECT_THROW(generate(*model, nullptr, {{1}}, stops, {}, kNoStop), ConfigError);
    EXPECT_THROW(generate(*model, nullptr, {{1}}, greedy(-1), {}, kNoStop), ConfigError);
    const auto zero = generate(*model, nullptr, {{1}}, greedy(0), {}, kNoStop);
    EXPECT_TRUE(zero.rows[0].newIds.empty());
    EXPECT_EQ(zero.rows[0].finishReason, FinishReason::Length);
    EXPECT_THROW(compareBaseAndTuned(*model, nullptr, {1, 2}, greedy(2), {}, kNoStop), ConfigError);
}

} // namespace
} // namespace falconry
