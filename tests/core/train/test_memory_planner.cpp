// The memory planner against the figures of falcon-spec.md §4-5 (trainable LoRA parameters,
// NF4 bits per parameter) and its verdicts.
#include "core/train/memory_planner.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

using namespace falconry;

namespace {

FalconConfig falcon7b()
{
    return FalconConfig{}; // the defaults are tiiuae/falcon-7b
}

FalconConfig falcon40b()
{
    FalconConfig c;
    c.hiddenSize = 8192;
    c.numHiddenLayers = 60;
    c.numAttentionHeads = 128;
    c.numKvHeads = 8;
    c.newDecoderArchitecture = true;
    c.multiQuery = true;
    return c;
}

constexpr double kGB = 1e9;

} // namespace

TEST(MemoryPlanner, TrainableParametersAsPeftCountsThem)
{
    PlanSettings s;
    s.loraR = 64;
    EXPECT_EQ(planMemory(falcon7b(), s, 1).trainableParameters, 130'547'712);
    EXPECT_EQ(planMemory(falcon40b(), s, 1).trainableParameters, 444'334'080);
    s.targets = {"query_key_value"};
    EXPECT_EQ(planMemory(falcon7b(), s, 1).trainableParameters, 32 * 64 * (4544 + 4672));
}

TEST(MemoryPlanner, WeightBytesBf16AndNf4)
{
    PlanSettings s;
    s.train = false;
    const MemoryPlan bf16 = planMemory(falcon7b(), s, 1);
    // 6.92e9 parameters (tied) in bf16.
    EXPECT_NEAR(static_cast<double>(bf16.weightBytes) / kGB, 2 * 6.92, 0.1);
    s.nf4 = true;
    s.doubleQuant = true;
    // Spec §5: 7B linear weights 3.42 GB with double quantization + 0.59 GB bf16 embeddings.
    EXPECT_NEAR(static_cast<double>(planMemory(falcon7b(), s, 1).weightBytes) / kGB, 3.42 + 0.59, 0.05);
    s.doubleQuant = false;
    EXPECT_NEAR(static_cast<double>(planMemory(falcon7b(), s, 1).weightBytes) / kGB, 3.73 + 0.59, 0.05);
}

TEST(MemoryPlanner, CheckpointingKvCacheAndVerdict)
{
    PlanSettings s;
    s.gradientCheckpointing = false;
    const MemoryPlan plain = planMemory(falcon7b(), s, 64LL << 30);
    s.gradientCheckpointing = true;
    const MemoryPlan ckpt = planMemory(falcon7b(), s, 64LL << 30);
    EXPECT_LT(ckpt.activationBytes * 4, plain.activationBytes);
    EXPECT_EQ(ckpt.optimizerBytes, 8 * ckpt.trainableParameters);
    EXPECT_TRUE(ckpt.fits);

    PlanSettings chat;
    chat.train = false;
    chat.kvCacheTokens = 2 * 2048;
    // 7B: one K/V head of 64 per layer, 32 layers, bf16.
    EXPECT_EQ(planMemory(falcon7b(), chat, 1).kvCacheBytes, 2LL * 32 * 64 * 4096 * 2);

    const MemoryPlan small = planMemory(falcon7b(), s, 8LL << 30);
    EXPECT_FALSE(small.fits);
    ASSERT_GE(small.suggestions.size(), 2U);
    EXPECT_NE(small.suggestions[1].find("NF4"), std::string::npos);

    // No duration without both a measured speed and the data's token count (never a made-up one);
    // with both, the plan's duration is the data's tokens at that speed, whatever the memory says.
    EXPECT_EQ(planMemory(falcon7b(), s, 1).estimatedSeconds, 0.0);
    s.tokensPerSecond = 123.0;
    EXPECT_EQ(planMemory(falcon7b(), s, 1).estimatedSeconds, 0.0);
    s.tokensPerSecond = 0.0;
    s.totalTokens = 4'567'890;
    EXPECT_EQ(planMemory(falcon7b(), s, 1).estimatedSeconds, 0.0);
    s.tokensPerSecond = 123.0;
    const MemoryPlan timed = planMemory(falcon7b(), s, 1);
    EXPECT_FALSE(timed.fits);
    EXPECT_NEAR(timed.estimatedSeconds * s.tokensPerSecond, 4'567'890.0, 1e-6);
    EXPECT_EQ(planMemory(falcon7b(), s, 64LL << 30).estimatedSeconds, timed.estimatedSeconds);
    EXPECT_DOUBLE_EQ(timed.toJson().at("estimated_seconds").get<double>(), timed.estimatedSeconds);
}
