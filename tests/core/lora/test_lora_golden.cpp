// LoRA against the goldens made with transformers 4.36.2 + peft 0.7.1 (reference/golden/README.md):
// the golden adapters give logits_lora / logits_lora_padded, merging gives logits_merged.
#include "core/io/falcon_loader.h"
#include "core/io/safetensors_file.h"
#include "core/lora/adapter_loader.h"
#include "core/lora/lora_model.h"
#include "core/lora/peft_adapter.h"
#include "core/util/errors.h"

#include "test_paths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace falconry;
namespace fs = std::filesystem;

namespace {

class LoraGolden : public ::testing::TestWithParam<std::string> {
protected:
    fs::path dir() const { return test::referenceDir() / "golden" / GetParam(); }
    FalconModel loadModel() const
    {
        LoadOptions options;
        options.zeroCopy = false;
        return loadFalconModel(dir() / "model-fp32", options);
    }
    torch::Tensor ref(const std::string& name) const { return SafetensorsFile(dir() / "reference.safetensors").tensor(name); }
};

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b)
{
    return (a.to(torch::kFloat32) - b.to(torch::kFloat32)).abs().max().item<double>();
}

} // namespace

TEST_P(LoraGolden, AdapterGivesLogitsLora)
{
    FalconModel model = loadModel();
    model->eval();
    const LoraConfig cfg = applyAdapterFromFolder(*model, dir() / "adapter");
    EXPECT_EQ(cfg.r, 4);
    EXPECT_DOUBLE_EQ(cfg.scaling(), 2.0);
    torch::NoGradGuard noGrad;
    EXPECT_LT(maxAbsDiff(model->forward(ref("input_ids")), ref("logits_lora")), 1e-4);
    // The adapter must matter: the base logits are far from the LoRA ones.
    EXPECT_GT(maxAbsDiff(ref("logits"), ref("logits_lora")), 1e-2);

    // Left-padded batch: every position of row 0 and the real positions of row 1.
    torch::Tensor padded = model->forward(ref("input_ids_padded"), ref("attention_mask"));
    torch::Tensor expected = ref("logits_lora_padded");
    EXPECT_LT(maxAbsDiff(padded[0], expected[0]), 1e-4);
    EXPECT_LT(maxAbsDiff(padded[1].slice(0, 3), expected[1].slice(0, 3)), 1e-4);
}

TEST_P(LoraGolden, MergeGivesLogitsMergedAndUnmergeRestores)
{
    FalconModel model = loadModel();
    model->eval();
    PeftAdapter adapter = readPeftAdapter(dir() / "adapter");
    LoraModel lora = LoraModel::inject(*model, adapter.config);
    lora.loadStateDict(adapter.tensors, "adapter");
    torch::NoGradGuard noGrad;
    lora.merge();
    for (const auto& [name, linear] : model->linearLayers())
        EXPECT_EQ(linear->adapter(), nullptr) << name;
    EXPECT_LT(maxAbsDiff(model->forward(ref("input_ids")), ref("logits_merged")), 1e-4);
    lora.unmerge();
    EXPECT_LT(maxAbsDiff(model->forward(ref("input_ids")), ref("logits_lora")), 1e-4);
    lora.remove();
    EXPECT_LT(maxAbsDiff(model->forward(ref("input_ids")), ref("logits")), 1e-4);
}

TEST_P(LoraGolden, FreshAdapterIsTheBaseModelAndRowMaskMixes)
{
    FalconModel model = loadModel();
    model->eval();
    torch::manual_seed(0);
    LoraModel fresh = LoraModel::inject(*model, LoraConfig{});
    torch::NoGradGuard noGrad;
    // B = 0: the output is the base model's.
    EXPECT_LT(maxAbsDiff(model->forward(ref("input_ids")), ref("logits")), 1e-4);
    for (const auto& l : fresh.layers()) {
        EXPECT_EQ(l.adapter->loraB().abs().max().item<float>(), 0.0F);
        // kaiming-uniform(a = sqrt 5): U(-1/sqrt(in), 1/sqrt(in)).
        const double bound = 1.0 / std::sqrt(static_cast<double>(l.linear->inFeatures()));
        EXPECT_LE(l.adapter->loraA().abs().max().item<double>(), bound);
        EXPECT_GT(l.adapter->loraA().abs().max().item<double>(), 0.5 * bound);
    }
    fresh.remove();

    // One batch, adapter on for row 0 and off for row 1.
    applyAdapterFromFolder(*model, dir() / "adapter");
    model->setAdapterRowMask(torch::tensor({1.0F, 0.0F}));
    torch::Tensor mixed = model->forward(ref("input_ids"));
    EXPECT_LT(maxAbsDiff(mixed[0], ref("logits_lora")[0]), 1e-4);
    EXPECT_LT(maxAbsDiff(mixed[1], ref("logits")[1]), 1e-4);
    model->setAdapterRowMask(torch::Tensor());
    model->setAdapterEnabled(false);
    EXPECT_LT(maxAbsDiff(model->forward(ref("input_ids")), ref("logits")), 1e-4);
}

TEST_P(LoraGolden, SaveLoadRoundTripsBitExactly)
{
    FalconModel model = loadModel();
    PeftAdapter golden = readPeftAdapter(dir() / "adapter");
    LoraModel lora = LoraModel::inject(*model, golden.config);
    lora.loadStateDict(golden.tensors, "adapter");
    const fs::path out = test::makeTempDir("lora_roundtrip");
    savePeftAdapter(lora, out / "adapter");
    PeftAdapter back = readPeftAdapter(out / "adapter");
    ASSERT_EQ(back.tensors.size(), golden.tensors.size());
    for (const auto& [name, t] : golden.tensors) {
        ASSERT_TRUE(back.tensors.count(name)) << name;
        EXPECT_TRUE(torch::equal(back.tensors[name], t)) << name;
    }
    EXPECT_EQ(back.config.r, golden.config.r);
    EXPECT_EQ(back.config.alpha, golden.config.alpha);
    EXPECT_EQ(back.config.targets, golden.config.targets);
    // peft's key names and shapes: lora_A [r, in], lora_B [out, r].
    const auto& a = back.tensors.at("base_model.model.transformer.h.0.self_attention.query_key_value.lora_A.weight");
    EXPECT_EQ(a.size(0), 4);
    EXPECT_EQ(a.size(1), model->config().hiddenSize);
    const auto json = nlohmann::json::parse(std::ifstream(out / "adapter" / "adapter_config.json"));
    EXPECT_EQ(json["peft_type"], "LORA");
    EXPECT_EQ(json["task_type"], "CAUSAL_LM");
    EXPECT_FALSE(json.contains("use_rslora")); // peft < 0.8 refuses unknown keys
}

INSTANTIATE_TEST_SUITE_P(Layouts, LoraGolden, ::testing::Values("falcon7b", "falcon40b", "falconrw"));

TEST(LoraTargets, SuffixMatchingAsPeft)
{
    const std::vector<std::string> t = {"dense"};
    EXPECT_TRUE(matchesLoraTarget("transformer.h.0.self_attention.dense", t));
    EXPECT_FALSE(matchesLoraTarget("transformer.h.0.mlp.dense_h_to_4h", t));
    EXPECT_FALSE(matchesLoraTarget("transformer.h.0.mlp.dense_4h_to_h", t));
    EXPECT_TRUE(matchesLoraTarget("transformer.h.0.mlp.dense_4h_to_h", {"mlp.dense_4h_to_h"}));
    EXPECT_FALSE(matchesLoraTarget("transformer.h.0.self_attention.xdense", t));
}

TEST(LoraErrors, BadAdaptersAreRefusedClearly)
{
    const fs::path golden = test::referenceDir() / "golden" / "falcon7b";
    LoadOptions options;
    options.zeroCopy = false;
    FalconModel model = loadFalconModel(golden / "model-fp32", options);
    const fs::path tmp = test::makeTempDir("lora_errors");

    // A pickled adapter is never read.
    fs::create_directories(tmp / "bin");
    fs::copy_file(golden / "adapter" / "adapter_config.json", tmp / "bin" / "adapter_config.json");
    std::ofstream(tmp / "bin" / "adapter_model.bin") << "not read";
    try {
        applyAdapterFromFolder(*model, tmp / "bin");
        FAIL() << "a .bin adapter was accepted";
    } catch (const CheckpointError& e) {
        EXPECT_NE(std::string(e.what()).find("never unpickles"), std::string::npos) << e.what();
    }

    // An adapter made for another rank: the shape error names the tensor.
    fs::create_directories(tmp / "rank");
    auto json = nlohmann::json::parse(std::ifstream(golden / "adapter" / "adapter_config.json"));
    json["r"] = 8;
    std::ofstream(tmp / "rank" / "adapter_config.json") << json.dump();
    fs::copy_file(golden / "adapter" / "adapter_model.safetensors", tmp / "rank" / "adapter_model.safetensors");
    try {
        applyAdapterFromFolder(*model, tmp / "rank");
        FAIL() << "a rank mismatch was accepted";
    } catch (const CheckpointError& e) {
        EXPECT_NE(std::string(e.what()).find("lora_A.weight' has shape [4, 64], expected [8, 64]"), std::string::npos)
            << e.what();
    }

    // Targets this model does not have.
    json["r"] = 4;
    json["target_modules"] = {"q_proj", "v_proj"};
    fs::create_directories(tmp / "llama");
    std::ofstream(tmp / "llama" / "adapter_config.json") << json.dump();
    fs::copy_file(golden / "adapter" / "adapter_model.safetensors", tmp / "llama" / "adapter_model.safetensors");
    EXPECT_THROW(applyAdapterFromFolder(*model, tmp / "llama"), ConfigError);

    json["target_modules"] = {"query_key_value"};
    json["use_dora"] = true;
    EXPECT_THROW(parsePeftConfig(json, "x"), ConfigError);
}
