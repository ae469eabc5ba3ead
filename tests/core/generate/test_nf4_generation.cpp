// Generation with 4-bit weights on the golden checkpoints: a model whose linear layers are NF4
// (double-quantized, as QLoRA holds them; decode through the NF4 GEMV, the 5-token prompt through
// the tiled prefill) gives the same greedy tokens as a second copy whose weights are exactly those
// NF4 weights dequantized into plain tensors (plain matmuls): base alone, and base + tuned rows
// of the comparison with the golden adapter. fp32 and bf16. Also `falconry-cli generate --nf4`.
#include "core/generate/generator.h"
#include "core/io/falcon_loader.h"
#include "core/io/safetensors_file.h"
#include "core/lora/adapter_loader.h"
#include "core/lora/nf4.h"
#include "core/model/falcon_model.h"
#include "test_paths.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <atomic>
#include <cstdio>
#include <string>
#include <sys/wait.h>
#include <tuple>
#include <vector>

namespace falconry {
namespace {

std::filesystem::path goldenDir(const std::string& name)
{
    return test::referenceDir() / "golden" / name;
}

std::vector<int64_t> greedyPrompt(const std::string& name)
{
    const torch::Tensor t = SafetensorsFile(goldenDir(name) / "reference.safetensors").tensor("greedy_prompt");
    const torch::Tensor r = t[0].contiguous().to(torch::kInt64);
    return {r.data_ptr<int64_t>(), r.data_ptr<int64_t>() + r.numel()};
}

FalconModel loadCopy(const std::string& name, torch::ScalarType dtype)
{
    LoadOptions options;
    options.dtype = dtype;
    options.zeroCopy = false; // the dequantized copy writes its weights
    return loadFalconModel(goldenDir(name) / "model-fp32", options);
}

/** The NF4 model and a plain copy holding exactly its dequantized weights. */
std::pair<FalconModel, FalconModel> nf4AndDequantized(const std::string& name, torch::ScalarType dtype)
{
    FalconModel nf4 = loadCopy(name, dtype);
    EXPECT_GT(quantizeModelToNf4(*nf4, true), 0);
    FalconModel plain = loadCopy(name, dtype);
    auto quantized = nf4->linearLayers();
    auto dense = plain->linearLayers();
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < quantized.size(); ++i) {
        const auto* source = dynamic_cast<const Nf4WeightSource*>(quantized[i].second->weightSource().get());
        EXPECT_NE(source, nullptr) << quantized[i].first;
        if (source)
            dense[i].second->weight.copy_(dequantizeNf4(source->tensor(), dtype));
    }
    return {nf4, plain};
}

GenerationSettings greedy(int64_t maxNewTokens)
{
    GenerationSettings s;
    s.maxNewTokens = maxNewTokens;
    s.stopOnEos = false;
    return s;
}

const std::atomic<bool> kNoStop{false};

class Nf4Generation : public ::testing::TestWithParam<std::tuple<std::string, bool>> {};

TEST_P(Nf4Generation, GreedyTokensEqualThoseOfTheDequantizedModel)
{
    const auto [name, bf16] = GetParam();
    const torch::ScalarType dtype = bf16 ? torch::kBFloat16 : torch::kFloat32;
    auto [nf4, plain] = nf4AndDequantized(name, dtype);
    const std::vector<int64_t> prompt = greedyPrompt(name);
    const auto a = generate(*nf4, nullptr, {prompt}, greedy(20), {}, kNoStop);
    const auto b = generate(*plain, nullptr, {prompt}, greedy(20), {}, kNoStop);
    ASSERT_EQ(a.rows[0].newIds.size(), 20u);
    EXPECT_EQ(a.rows[0].newIds, b.rows[0].newIds);

    applyAdapterFromFolder(*nf4, goldenDir(name) / "adapter");
    applyAdapterFromFolder(*plain, goldenDir(name) / "adapter");
    const auto ca = compareBaseAndTuned(*nf4, nullptr, prompt, greedy(20), {}, kNoStop);
    const auto cb = compareBaseAndTuned(*plain, nullptr, prompt, greedy(20), {}, kNoStop);
    EXPECT_EQ(ca.rows[0].newIds, cb.rows[0].newIds) << "base row";
    EXPECT_EQ(ca.rows[1].newIds, cb.rows[1].newIds) << "tuned row";
    EXPECT_EQ(ca.rows[0].newIds, a.rows[0].newIds) << "the base row of the comparison is the base model";
}

INSTANTIATE_TEST_SUITE_P(Golden, Nf4Generation,
                         ::testing::Combine(::testing::Values("falcon7b", "falcon40b", "falconrw"), ::testing::Bool()));

TEST(Nf4Generation, QuantizedWeightsHoldAQuarterOfBf16)
{
    FalconModel model = loadCopy("falcon7b", torch::kFloat32);
    int64_t params = 0;
    for (auto& [name, linear] : model->linearLayers())
        params += linear->weight.numel();
    const int64_t bytes = quantizeModelToNf4(*model, true);
    // 4 bits per weight, an 8-bit scale per 64 weights and an fp32 per 256 blocks: 4.125 bits.
    EXPECT_LE(static_cast<double>(bytes), params * 4.2 / 8);
    EXPECT_GE(static_cast<double>(bytes), params * 4.0 / 8);
    for (auto& [name, linear] : model->linearLayers())
        EXPECT_EQ(linear->weight.numel(), 0) << name << ": the plain weight is freed";
}

TEST(Nf4Generation, CliGenerateNf4PrintsTheNf4ModelsGreedyTokens)
{
    const std::string name = "falconrw";
    const std::vector<int64_t> prompt = greedyPrompt(name);
    FalconModel model = loadCopy(name, torch::kFloat32);
    quantizeModelToNf4(*model, true);
    GenerationSettings settings = greedy(10);
    settings.stopOnEos = true; // as the CLI
    const auto expected = generate(*model, nullptr, {prompt}, settings, {}, kNoStop);
    std::string ids;
    std::string expectedLine;
    for (const int64_t id : prompt)
        ids += (ids.empty() ? "" : " ") + std::to_string(id);
    expectedLine = ids;
    for (const int64_t id : expected.rows[0].newIds)
        expectedLine += " " + std::to_string(id);

    const std::string command = "'" + test::cliPath().string() + "' generate --nf4 --model '" +
                                (goldenDir(name) / "model-fp32").string() + "' --prompt-ids '" + ids +
                                "' --max-new-tokens 10 --print-ids 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    std::string text;
    char buffer[4096];
    for (size_t n = 0; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        text.append(buffer, n);
    const int status = ::pclose(pipe);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << text;
    EXPECT_NE(text.find(expectedLine + "\n"), std::string::npos) << text;
    EXPECT_NE(text.find("4-bit"), std::string::npos) << "the CLI says it uses 4-bit weights:\n" << text;
}

} // namespace
} // namespace falconry
