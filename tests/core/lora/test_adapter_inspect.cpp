// The adapter map against a direct computation: on the peft goldens (reference/golden/*/adapter),
// scale·B·A is formed in float64 and its Frobenius norm, singular values and inner products are
// compared with what adapter_inspect computes from the r×r factors; a module far too large to form
// (131072 × 131072, 137 GB in float64) is inspected too, against its closed form; and
// `falconry-cli adapter inspect --json` prints exactly the fields and values of adapterInspectionJson.
#include "core/lora/adapter_inspect.h"
#include "core/lora/peft_adapter.h"
#include "core/util/errors.h"

#include "test_paths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <set>
#include <sys/wait.h>

using namespace falconry;
namespace fs = std::filesystem;

namespace {

fs::path goldenAdapter(const std::string& layout)
{
    return test::referenceDir() / "golden" / layout / "adapter";
}

/** scale·B·A of `module` formed in full, float64 [out, in]. */
torch::Tensor directDelta(const PeftAdapter& adapter, const std::string& module)
{
    const torch::Tensor a = adapter.tensors.at(module + ".lora_A.weight").to(torch::kFloat64);
    const torch::Tensor b = adapter.tensors.at(module + ".lora_B.weight").to(torch::kFloat64);
    return b.mm(a) * adapter.config.scaling();
}

double relDiff(double x, double y)
{
    return std::abs(x - y) / std::max(1e-300, std::max(std::abs(x), std::abs(y)));
}

class AdapterInspectGolden : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(AdapterInspectGolden, NormAndSingularValuesMatchTheFormedUpdate)
{
    const PeftAdapter adapter = readPeftAdapter(goldenAdapter(GetParam()));
    ASSERT_DOUBLE_EQ(adapter.config.scaling(), 2.0); // r=4, lora_alpha=8 (README)
    const std::vector<LoraModuleUpdate> modules = inspectAdapter(adapter);
    ASSERT_EQ(modules.size(), 8u); // 2 layers × 4 targets
    std::set<std::string> targets;
    for (const LoraModuleUpdate& u : modules) {
        SCOPED_TRACE(u.module);
        const torch::Tensor delta = directDelta(adapter, u.module);
        EXPECT_LT(relDiff(u.norm, delta.norm().item<double>()), 1e-10);
        EXPECT_GT(u.norm, 0.0); // lora_B is random in the goldens
        const torch::Tensor s = torch::linalg_svdvals(delta); // min(out, in) values; only r are non-zero
        ASSERT_EQ(u.singularValues.size(), 4u);
        std::vector<double> direct;
        for (int64_t i = 0; i < 4; ++i) {
            EXPECT_LT(relDiff(u.singularValues[static_cast<size_t>(i)], s[i].item<double>()), 1e-9);
            direct.push_back(s[i].item<double>());
        }
        EXPECT_LT(s[4].item<double>(), 1e-9 * s[0].item<double>()); // rank r = 4
        EXPECT_NEAR(u.effectiveRank, effectiveRank(direct), 1e-9);
        EXPECT_GT(u.effectiveRank, 1.0);
        EXPECT_LE(u.effectiveRank, 4.0 + 1e-12);
        // The PEFT name, and the layer and target read from it.
        EXPECT_EQ(u.module.rfind("base_model.model.transformer.h.", 0), 0u);
        EXPECT_EQ(u.module, "base_model.model.transformer.h." + std::to_string(u.layer) + "." +
                                u.module.substr(u.module.find('.', 31) + 1));
        EXPECT_TRUE(u.layer == 0 || u.layer == 1);
        EXPECT_EQ(u.module.substr(u.module.size() - u.target.size()), u.target);
        targets.insert(u.target);
    }
    EXPECT_EQ(targets, (std::set<std::string>{"query_key_value", "dense", "dense_h_to_4h", "dense_4h_to_h"}));
    for (size_t i = 1; i < modules.size(); ++i)
        EXPECT_LE(modules[i - 1].layer, modules[i].layer);
}

TEST_P(AdapterInspectGolden, RsLoraScalesByAlphaOverSqrtR)
{
    PeftAdapter adapter = readPeftAdapter(goldenAdapter(GetParam()));
    const std::vector<LoraModuleUpdate> plain = inspectAdapter(adapter);
    adapter.config.useRslora = true;
    ASSERT_DOUBLE_EQ(adapter.config.scaling(), 4.0); // 8 / sqrt(4)
    const std::vector<LoraModuleUpdate> rs = inspectAdapter(adapter);
    ASSERT_EQ(rs.size(), plain.size());
    for (size_t i = 0; i < rs.size(); ++i) {
        EXPECT_LT(relDiff(rs[i].norm, directDelta(adapter, rs[i].module).norm().item<double>()), 1e-10);
        EXPECT_LT(relDiff(rs[i].norm, 2.0 * plain[i].norm), 1e-12);
        EXPECT_NEAR(rs[i].effectiveRank, plain[i].effectiveRank, 1e-9); // a scale changes no direction
    }
}

TEST_P(AdapterInspectGolden, CosineMatchesTheFormedUpdates)
{
    const PeftAdapter first = readPeftAdapter(goldenAdapter(GetParam()));
    // Itself: 1. Negated B: -1. Another adapter (fresh B, rank 2 of the same A, other alpha): the direct cosine.
    PeftAdapter negated = first;
    PeftAdapter other = first;
    other.config.r = 2;
    other.config.alpha = 3.0;
    torch::manual_seed(7);
    for (auto& [name, t] : negated.tensors)
        if (name.find(".lora_B.") != std::string::npos)
            t = -t;
    for (auto& [name, t] : other.tensors)
        t = name.find(".lora_B.") != std::string::npos ? torch::randn({t.size(0), 2}) : t.slice(0, 0, 2).clone();

    for (const LoraModuleUpdate& u : compareAdapters(first, first)) {
        ASSERT_TRUE(u.cosine);
        EXPECT_NEAR(*u.cosine, 1.0, 1e-12);
    }
    for (const LoraModuleUpdate& u : compareAdapters(first, negated)) {
        ASSERT_TRUE(u.cosine);
        EXPECT_NEAR(*u.cosine, -1.0, 1e-12);
    }
    int differing = 0;
    for (const LoraModuleUpdate& u : compareAdapters(first, other)) {
        SCOPED_TRACE(u.module);
        const torch::Tensor x = directDelta(first, u.module);
        const torch::Tensor y = directDelta(other, u.module);
        const double direct = (x * y).sum().item<double>() / (x.norm().item<double>() * y.norm().item<double>());
        ASSERT_TRUE(u.cosine);
        EXPECT_NEAR(*u.cosine, direct, 1e-10);
        differing += std::abs(direct) < 0.99;
    }
    EXPECT_GT(differing, 0); // the comparison is not trivially ±1
}

INSTANTIATE_TEST_SUITE_P(Layouts, AdapterInspectGolden, ::testing::Values("falcon7b", "falcon40b", "falconrw"));

TEST(AdapterInspect, ModuleTooLargeToFormMatchesItsClosedForm)
{
    // A = a·[I_r | 0] [r, n], B = b·[I_r; 0] [n, r]: B·A = a·b·diag(1 … 1, 0 …) with r ones,
    // so ||scale·B·A|| = scale·a·b·sqrt(r), every singular value scale·a·b, effective rank r.
    // Formed in float64 it would take n²·8 bytes = 137 GB.
    const int64_t n = int64_t{1} << 17;
    const int64_t r = 16;
    const double a = 0.5;
    const double b = 3.0;
    const double scale = 2.0;
    torch::Tensor A = torch::zeros({r, n});
    torch::Tensor B = torch::zeros({n, r});
    A.slice(1, 0, r).copy_(torch::eye(r) * a);
    B.slice(0, 0, r).copy_(torch::eye(r) * b);
    EXPECT_NEAR(loraUpdateNorm(A, B, scale), scale * a * b * std::sqrt(double(r)), 1e-9);
    const std::vector<double> s = loraSingularValues(A, B, scale);
    ASSERT_EQ(s.size(), static_cast<size_t>(r));
    for (double v : s)
        EXPECT_NEAR(v, scale * a * b, 1e-9);
    EXPECT_NEAR(effectiveRank(s), double(r), 1e-9);
    EXPECT_NEAR(loraUpdateInner(A, B, scale, A, -B, scale), -std::pow(scale * a * b, 2) * double(r), 1e-6);
}

TEST(AdapterInspect, RankOneAndZeroUpdates)
{
    // B·A = u·vᵀ·(Σ c_i) when B's columns are multiples of u and A's rows of v: rank 1.
    torch::manual_seed(3);
    const torch::Tensor u = torch::randn({24, 1});
    const torch::Tensor v = torch::randn({1, 40});
    const torch::Tensor B = u.mm(torch::tensor({{1.0f, -2.0f, 0.5f}}));
    const torch::Tensor A = torch::cat({v, 2 * v, -v});
    EXPECT_NEAR(effectiveRank(loraSingularValues(A, B, 1.0)), 1.0, 1e-6);

    PeftAdapter zero;
    zero.config.r = 3;
    zero.config.alpha = 6.0;
    zero.tensors["base_model.model.transformer.h.5.mlp.dense_h_to_4h.lora_A.weight"] = A;
    zero.tensors["base_model.model.transformer.h.5.mlp.dense_h_to_4h.lora_B.weight"] = torch::zeros({24, 3});
    const std::vector<LoraModuleUpdate> modules = compareAdapters(zero, zero);
    ASSERT_EQ(modules.size(), 1u);
    EXPECT_EQ(modules[0].layer, 5);
    EXPECT_EQ(modules[0].target, "dense_h_to_4h");
    EXPECT_EQ(modules[0].norm, 0.0);
    EXPECT_EQ(modules[0].effectiveRank, 0.0);
    EXPECT_FALSE(modules[0].cosine); // no direction to compare
}

TEST(AdapterInspect, BrokenAdaptersAreRefusedByName)
{
    PeftAdapter broken;
    broken.config.r = 2;
    broken.tensors["base_model.model.transformer.h.0.self_attention.dense.lora_A.weight"] = torch::zeros({2, 8});
    EXPECT_THROW(inspectAdapter(broken), CheckpointError);
    broken.tensors["base_model.model.transformer.h.0.self_attention.dense.lora_B.weight"] = torch::zeros({8, 3});
    try {
        inspectAdapter(broken);
        FAIL() << "shapes that do not chain were accepted";
    } catch (const CheckpointError& e) {
        EXPECT_NE(std::string(e.what()).find("self_attention.dense"), std::string::npos) << e.what();
    }
}

TEST(AdapterInspect, CliJsonHasExactlyTheNamedFields)
{
    const fs::path dir = goldenAdapter("falcon7b");
    const PeftAdapter adapter = readPeftAdapter(dir);
    auto [code, out] = test::runCli("adapter inspect " + dir.string() + " --json");
    ASSERT_EQ(code, 0) << out;
    nlohmann::json list = nlohmann::json::parse(out);
    ASSERT_TRUE(list.is_array());
    ASSERT_EQ(list.size(), 8u);
    const std::vector<LoraModuleUpdate> expected = inspectAdapter(adapter);
    for (size_t i = 0; i < list.size(); ++i) {
        std::set<std::string> keys;
        for (const auto& [key, value] : list[i].items())
            keys.insert(key);
        EXPECT_EQ(keys, (std::set<std::string>{"module", "layer", "target", "norm", "effective_rank"}));
        EXPECT_EQ(list[i]["module"], expected[i].module);
        EXPECT_TRUE(list[i]["layer"].is_number_integer());
        EXPECT_LT(relDiff(list[i]["norm"].get<double>(), directDelta(adapter, expected[i].module).norm().item<double>()), 1e-10);
    }

    std::tie(code, out) = test::runCli("adapter inspect " + dir.string() + " --compare " + dir.string() + " --json");
    ASSERT_EQ(code, 0) << out;
    list = nlohmann::json::parse(out);
    ASSERT_EQ(list.size(), 8u);
    for (const auto& entry : list) {
        EXPECT_EQ(entry.size(), 6u);
        EXPECT_NEAR(entry["cosine"].get<double>(), 1.0, 1e-12);
    }

    std::tie(code, out) = test::runCli("adapter inspect " + dir.string());
    EXPECT_EQ(code, 0) << out;
    EXPECT_NE(out.find("query_key_value"), std::string::npos) << out;
    std::tie(code, out) = test::runCli("adapter inspect " + (dir / "missing").string());
    EXPECT_NE(code, 0);
    EXPECT_NE(out.find("adapter_config.json"), std::string::npos) << out;
}
