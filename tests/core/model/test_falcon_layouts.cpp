// Layouts without a golden (11B) checked against a plain re-statement of the spec's pseudocode
// (§1.6, K/V expanded with repeat_interleave as transformers does), the weight table, KV cache
// consistency, save -> load round trips and the loader's errors.
#include "core/io/checkpoint_reader.h"
#include "core/io/falcon_loader.h"
#include "core/model/falcon_model.h"
#include "core/model/positional_encoding.h"
#include "core/model/weight_map.h"
#include "core/util/atomic_file.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cmath>

namespace falconry {
namespace {

namespace fs = std::filesystem;
namespace F = torch::nn::functional;

FalconConfig tinyConfig(FalconLayout layout)
{
    nlohmann::json j = {{"model_type", "falcon"}, {"hidden_size", 48}, {"num_attention_heads", 6},
                        {"num_hidden_layers", 2}, {"vocab_size", 97}, {"max_position_embeddings", 64}};
    switch (layout) {
    case FalconLayout::MultiQuery: j["multi_query"] = true; break;
    case FalconLayout::GroupedTwoNorms:
        j.update({{"new_decoder_architecture", true}, {"num_kv_heads", 2}});
        break;
    case FalconLayout::GroupedOneNorm:
        j.update({{"new_decoder_architecture", true}, {"num_kv_heads", 3}, {"num_ln_in_parallel_attn", 1},
                  {"ffn_hidden_size", 80}, {"rope_theta", 500042.0}, {"tie_word_embeddings", false}});
        break;
    case FalconLayout::Classic:
        // 6 heads: not a power of two, so ALiBi takes the extra-slopes branch.
        j.update({{"multi_query", false}, {"parallel_attn", false}, {"alibi", true}, {"bias", true}});
        break;
    }
    return FalconConfig::fromJson(j);
}

FalconModel randomModel(const FalconConfig& config, uint64_t seed = 7)
{
    ModelOptions options;
    options.seed = seed;
    FalconModel model(config, options);
    torch::NoGradGuard noGrad;
    // Non-trivial norms and biases, as the goldens have.
    for (auto& item : model->named_parameters())
        if (item.key().find("ln") != std::string::npos || item.key().find(".bias") != std::string::npos)
            item.value().copy_(torch::randn(item.value().sizes()) * 0.1 + (item.key().find("weight") != std::string::npos));
    model->eval();
    return model;
}

torch::Tensor ln(const torch::Tensor& x, FalconModelImpl& m, const std::string& name)
{
    const auto params = m.named_parameters();
    return F::layer_norm(x, F::LayerNormFuncOptions({x.size(-1)})
                                .weight(params[name + ".weight"])
                                .bias(params[name + ".bias"])
                                .eps(m.config().layerNormEpsilon));
}

torch::Tensor lin(const torch::Tensor& x, FalconModelImpl& m, const std::string& name)
{
    const auto params = m.named_parameters();
    const torch::Tensor* b = params.find(name + ".bias");
    return F::linear(x, params[name + ".weight"], b ? *b : torch::Tensor());
}

/** The spec's §1.6 pseudocode, written plainly (no cache, no padding, K/V expanded). */
torch::Tensor referenceForward(FalconModelImpl& m, const torch::Tensor& ids)
{
    const FalconConfig& c = m.config();
    const int64_t b = ids.size(0), t = ids.size(1), nh = c.numAttentionHeads, nkv = c.kvHeads(), d = c.headDim();
    const auto params = m.named_parameters();
    torch::Tensor h = params["transformer.word_embeddings.weight"].index_select(0, ids.reshape(-1)).view({b, t, -1});
    const torch::Tensor causal = torch::ones({t, t}, torch::kBool).tril();
    const torch::Tensor pos = torch::arange(t, torch::kFloat);
    const torch::Tensor invFreq = 1.0 / torch::pow(c.ropeTheta, torch::arange(0, d, 2, torch::kFloat) / d);
    const torch::Tensor freqs = torch::outer(pos, invFreq);
    const torch::Tensor emb = torch::cat({freqs, freqs}, -1);
    const auto rope = [&](const torch::Tensor& x) { // [B, heads, T, d]
        const torch::Tensor rot = torch::cat({-x.narrow(-1, d / 2, d / 2), x.narrow(-1, 0, d / 2)}, -1);
        return x * emb.cos() + rot * emb.sin();
    };
    for (int64_t i = 0; i < c.numHiddenLayers; ++i) {
        const std::string p = "transformer.h." + std::to_string(i) + ".";
        torch::Tensor residual = h, attnIn, mlpIn;
        const bool twoNorms = c.newDecoderArchitecture && c.numLayerNorms() == 2;
        if (twoNorms) {
            attnIn = ln(h, m, p + "ln_attn");
            mlpIn = ln(h, m, p + "ln_mlp");
        } else {
            attnIn = ln(h, m, p + "input_layernorm");
        }
        const torch::Tensor qkv = lin(attnIn, m, p + "self_attention.query_key_value");
        torch::Tensor q, k, v;
        if (c.newDecoderArchitecture) {
            const torch::Tensor f = qkv.view({b, t, nkv, nh / nkv + 2, d});
            q = f.narrow(3, 0, nh / nkv).reshape({b, t, nh, d});
            k = f.select(3, nh / nkv);
            v = f.select(3, nh / nkv + 1);
        } else if (c.multiQuery) {
            const torch::Tensor f = qkv.view({b, t, nh + 2, d});
            q = f.narrow(2, 0, nh);
            k = f.narrow(2, nh, 1);
            v = f.narrow(2, nh + 1, 1);
        } else {
            const torch::Tensor f = qkv.view({b, t, nh, 3, d});
            q = f.select(3, 0);
            k = f.select(3, 1);
            v = f.select(3, 2);
        }
        q = q.transpose(1, 2);
        k = k.transpose(1, 2).repeat_interleave(nh / k.size(2), 1);
        v = v.transpose(1, 2).repeat_interleave(nh / v.size(2), 1);
        torch::Tensor scores;
        if (c.alibi) {
            const torch::Tensor slopes = alibiSlopes(nh).to(torch::kBFloat16).to(torch::kFloat);
            const torch::Tensor bias = (slopes.view({nh, 1}) * pos.view({1, t})).to(torch::kBFloat16).to(torch::kFloat);
            scores = (q.matmul(k.transpose(-1, -2)) + bias.view({1, nh, 1, t})) / std::sqrt(double(d));
        } else {
            scores = rope(q).matmul(rope(k).transpose(-1, -2)) / std::sqrt(double(d));
        }
        scores = scores.masked_fill(causal.logical_not(), -1e30).softmax(-1);
        const torch::Tensor o = scores.matmul(v).transpose(1, 2).reshape({b, t, nh * d});
        const torch::Tensor attn = lin(o, m, p + "self_attention.dense");
        if (!c.newDecoderArchitecture) {
            if (c.parallelAttn) {
                mlpIn = attnIn;
            } else {
                residual = residual + attn;
                mlpIn = ln(residual, m, p + "post_attention_layernorm");
            }
        } else if (!twoNorms) {
            mlpIn = attnIn;
        }
        torch::Tensor mlp = lin(torch::gelu(lin(mlpIn, m, p + "mlp.dense_h_to_4h")), m, p + "mlp.dense_4h_to_h");
        if (c.newDecoderArchitecture || c.parallelAttn)
            mlp = mlp + attn;
        h = residual + mlp;
    }
    h = ln(h, m, "transformer.ln_f");
    const torch::Tensor* head = params.find("lm_head.weight");
    return F::linear(h, head ? *head : params["transformer.word_embeddings.weight"]);
}

class Layout : public ::testing::TestWithParam<FalconLayout> {};

TEST_P(Layout, ParametersAreTheWeightTable)
{
    const FalconConfig config = tinyConfig(GetParam());
    FalconModel model = randomModel(config);
    std::map<std::string, std::vector<int64_t>> params;
    for (const auto& item : model->named_parameters())
        params[item.key()] = item.value().sizes().vec();
    std::map<std::string, std::vector<int64_t>> table;
    for (const auto& e : falconWeightMap(config))
        if (e.role == WeightRole::Required)
            table[e.name] = e.shape;
    EXPECT_EQ(params, table);
    int64_t count = 0;
    for (const auto& [name, shape] : table)
        count += std::accumulate(shape.begin(), shape.end(), int64_t{1}, std::multiplies<>());
    EXPECT_EQ(count, config.parameterCount());
    EXPECT_EQ(model->linearLayers().size(), 4U * 2U);
}

TEST_P(Layout, MatchesThePlainPseudocode)
{
    torch::NoGradGuard noGrad;
    FalconModel model = randomModel(tinyConfig(GetParam()));
    const torch::Tensor ids = torch::randint(0, 97, {2, 9}, torch::kLong);
    const torch::Tensor expected = referenceForward(*model, ids);
    EXPECT_LT((model->forward(ids) - expected).abs().max().item<double>(), 1e-4);
}

TEST_P(Layout, CacheAndLeftPaddingAgreeWithTheFullForward)
{
    torch::NoGradGuard noGrad;
    FalconModel model = randomModel(tinyConfig(GetParam()));
    const torch::Tensor ids = torch::randint(1, 97, {1, 10}, torch::kLong);
    const torch::Tensor single = model->forward(ids);
    // Row 1 is the same text left-padded by 4 in a batch of longer rows.
    torch::Tensor batch = torch::randint(1, 97, {2, 14}, torch::kLong);
    batch.narrow(1, 0, 4)[1].fill_(0);
    batch[1].narrow(0, 4, 10).copy_(ids[0]);
    torch::Tensor mask = torch::ones({2, 14}, torch::kLong);
    mask[1].narrow(0, 0, 4).fill_(0);
    auto cache = model->makeCache(2);
    std::vector<torch::Tensor> parts = {model->forward(batch.narrow(1, 0, 8), mask.narrow(1, 0, 8), cache.get())};
    for (int64_t t = 8; t < 14; ++t)
        parts.push_back(model->forward(batch.narrow(1, t, 1), mask.narrow(1, 0, t + 1), cache.get())); // HF-style full mask
    const torch::Tensor stepped = torch::cat(parts, 1);
    EXPECT_LT((stepped[1].narrow(0, 4, 10) - single[0]).abs().max().item<double>(), 1e-4);
    EXPECT_LT((stepped[0] - model->forward(batch[0].unsqueeze(0))[0]).abs().max().item<double>(), 1e-4);
    EXPECT_EQ(cache->length(), 14);
    // K/V heads are stored unexpanded.
    EXPECT_EQ(cache->bytes() % (2 * 2 * model->config().kvHeads() * model->config().headDim() * 4), 0);
    EXPECT_LE(cache->bytes(), 2 * 2 * 2 * model->config().kvHeads() * 64 * model->config().headDim() * 4);
}

TEST_P(Layout, SaveLoadRoundTripIsBitExact)
{
    torch::NoGradGuard noGrad;
    const FalconConfig config = tinyConfig(GetParam());
    FalconModel model = randomModel(config);
    const fs::path dir = test::makeTempDir("model-save");
    SaveOptions options;
    options.maxShardBytes = 40'000; // force shards + index
    saveFalconModel(*model, dir, options);
    EXPECT_TRUE(fs::exists(dir / kSafetensorsIndexName));
    EXPECT_TRUE(fs::exists(dir / "config.json"));
    EXPECT_FALSE(CheckpointReader(dir).contains("lm_head.weight") && config.tieWordEmbeddings);
    FalconModel back = loadFalconModel(dir);
    EXPECT_EQ(back->config().toJson().dump(), [&] {
        FalconConfig c = config;
        c.torchDtype = "float32";
        return c.toJson().dump();
    }());
    const auto a = model->named_parameters();
    const auto b = back->named_parameters();
    ASSERT_EQ(a.size(), b.size());
    for (const auto& item : a)
        EXPECT_TRUE(torch::equal(item.value(), b[item.key()])) << item.key();
    const torch::Tensor ids = torch::randint(0, 97, {1, 6}, torch::kLong);
    EXPECT_TRUE(torch::equal(model->forward(ids), back->forward(ids)));

    // bf16 save, bf16 load (zero-copy views of the file), bf16 compute stays close to fp32.
    SaveOptions bf16;
    bf16.dtype = torch::kBFloat16;
    const fs::path dir16 = test::makeTempDir("model-save16");
    saveFalconModel(*model, dir16, bf16);
    LoadOptions load16;
    load16.dtype = torch::kBFloat16;
    FalconModel m16 = loadFalconModel(dir16, load16);
    EXPECT_EQ(m16->dtype(), torch::kBFloat16);
    for (const auto& item : a)
        EXPECT_TRUE(torch::equal(item.value().to(torch::kBFloat16), m16->named_parameters()[item.key()])) << item.key();
    const torch::Tensor l16 = m16->forward(ids).to(torch::kFloat);
    EXPECT_LT((l16 - model->forward(ids)).abs().max().item<double>(), 0.1);
}

INSTANTIATE_TEST_SUITE_P(All, Layout,
                         ::testing::Values(FalconLayout::MultiQuery, FalconLayout::GroupedTwoNorms,
                                           FalconLayout::GroupedOneNorm, FalconLayout::Classic));

TEST(Alibi, SlopesOfNonPowerOfTwoHeads)
{
    // build_alibi_tensor: 12 heads = 8 slopes 2^-1..2^-8, then 4 extra 2^-0.5, 2^-1.5, 2^-2.5, 2^-3.5.
    const torch::Tensor s = alibiSlopes(12);
    const std::vector<double> expected = {0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125, 0.00390625,
                                          std::pow(2.0, -0.5), std::pow(2.0, -1.5), std::pow(2.0, -2.5), std::pow(2.0, -3.5)};
    ASSERT_EQ(s.numel(), 12);
    for (int64_t i = 0; i < 12; ++i)
        EXPECT_NEAR(s[i].item<double>(), expected[static_cast<size_t>(i)], 1e-7) << i;
    // 32 heads: slope_k = 2^(-k/4).
    EXPECT_NEAR(alibiSlopes(32)[4].item<double>(), std::pow(2.0, -5.0 / 4.0), 1e-7);
}

/** Copies the golden 7B fp32 folder, then lets `edit` change its tensors. */
fs::path editedCheckpoint(const std::function<void(std::map<std::string, torch::Tensor>&)>& edit)
{
    const fs::path src = test::referenceDir() / "golden" / "falcon7b" / "model-fp32";
    const fs::path dir = test::makeTempDir("ckpt-edit");
    writeFileAtomically(dir / "config.json", readWholeFile(src / "config.json"));
    const SafetensorsFile file(src / "model.safetensors");
    std::map<std::string, torch::Tensor> tensors;
    for (const auto& n : file.names())
        tensors[n] = file.tensor(n);
    edit(tensors);
    saveSafetensors(dir / "model.safetensors", tensors);
    return dir;
}

std::string loadError(const fs::path& dir)
{
    try {
        loadFalconModel(dir);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

TEST(Loader, NamesMissingUnexpectedAndMisshapedTensors)
{
    std::string e = loadError(editedCheckpoint([](auto& t) { t.erase("transformer.h.1.mlp.dense_4h_to_h.weight"); }));
    EXPECT_NE(e.find("missing tensors: transformer.h.1.mlp.dense_4h_to_h.weight"), std::string::npos) << e;
    e = loadError(editedCheckpoint([](auto& t) { t["transformer.h.1.self_attention.query_key_value.weight"] = torch::zeros({96, 32}); }));
    EXPECT_NE(e.find("wrong shape: transformer.h.1.self_attention.query_key_value.weight is [96, 32], expected [96, 64]"),
              std::string::npos) << e;
    e = loadError(editedCheckpoint([](auto& t) { t["transformer.h.2.ln_attn.weight"] = torch::zeros({64}); }));
    EXPECT_NE(e.find("unexpected tensors: transformer.h.2.ln_attn.weight"), std::string::npos) << e;
    e = loadError(editedCheckpoint([](auto& t) { t["lm_head.weight"] = torch::zeros({512, 32}); }));
    EXPECT_NE(e.find("lm_head.weight is [512, 32]"), std::string::npos) << e;
}

TEST(Loader, RefusesFloatWeightsStoredAsIntegers)
{
    // The right shape in the wrong type: reading I32 bit patterns as weights would give a model of noise.
    const std::string e = loadError(editedCheckpoint([](auto& t) {
        t["transformer.h.0.mlp.dense_h_to_4h.weight"] = t["transformer.h.0.mlp.dense_h_to_4h.weight"].to(torch::kInt);
    }));
    EXPECT_NE(e.find("weights must be floating point (F32, F16 or BF16): transformer.h.0.mlp.dense_h_to_4h.weight is stored as I32"),
              std::string::npos)
        << e;
}

TEST(Loader, TiedDuplicateLmHeadIsIgnoredAndRotaryBuffersSkipped)
{
    const fs::path dir = editedCheckpoint([](auto& t) {
        t["lm_head.weight"] = t["transformer.word_embeddings.weight"].clone();
        t["transformer.h.0.self_attention.maybe_rotary.inv_freq"] = torch::ones({8});
    });
    torch::NoGradGuard noGrad;
    FalconModel model = loadFalconModel(dir);
    const SafetensorsFile ref(test::referenceDir() / "golden" / "falcon7b" / "reference.safetensors");
    EXPECT_LT((model->forward(ref.tensor("input_ids")) - ref.tensor("logits")).abs().max().item<double>(), 1e-4);
}

TEST(Loader, PickleOnlyFolderAndAbsurdConfig)
{
    const fs::path dir = test::makeTempDir("ckpt-pickle");
    writeFileAtomically(dir / "config.json", readWholeFile(test::referenceDir() / "golden/falcon7b/model-fp32/config.json"));
    writeFileAtomically(dir / "pytorch_model.bin", "x");
    EXPECT_NE(loadError(dir).find("never unpickles"), std::string::npos);
    writeFileAtomically(dir / "config.json", R"({"model_type": "falcon", "hidden_size": 262144, "num_attention_heads": 64,
        "num_hidden_layers": 5000})");
    EXPECT_NE(loadError(dir).find("over 2 TB"), std::string::npos) << loadError(dir);
}

TEST(Loader, ProgressReportsAndCanStop)
{
    const fs::path dir = test::referenceDir() / "golden" / "falconrw" / "model-bf16-sharded";
    std::vector<uint64_t> done;
    uint64_t total = 0;
    LoadOptions options;
    options.progress = [&](uint64_t d, uint64_t t) {
        done.push_back(d);
        total = t;
        return true;
    };
    loadFalconModel(dir, options);
    ASSERT_FALSE(done.empty());
    EXPECT_TRUE(std::is_sorted(done.begin(), done.end()));
    EXPECT_EQ(done.back(), total);
    EXPECT_EQ(total, CheckpointReader(dir).totalBytes());
    options.progress = [](uint64_t, uint64_t) { return false; };
    EXPECT_THROW(loadFalconModel(dir, options), LoadCancelled);
}

} // namespace
} // namespace falconry

namespace falconry {
namespace {

TEST(FalconLinearBf16, DecodeKernelMatchesFp32Reference)
{
    torch::NoGradGuard noGrad;
    // Odd sizes exercise the 64-, 16- and 1-wide loops; 1 and 3 rows take the fast path, 6 rows do not.
    FalconLinear linear(203, 131, true, torch::TensorOptions().dtype(torch::kBFloat16), true);
    linear->bias.copy_(torch::randn({131}));
    for (const int64_t rows : {1, 3, 6}) {
        const torch::Tensor x = torch::randn({rows, 1, 203}).to(torch::kBFloat16);
        const torch::Tensor expected =
            (torch::matmul(x.to(torch::kFloat), linear->weight.to(torch::kFloat).t()).to(torch::kBFloat16) + linear->bias)
                .to(torch::kFloat);
        const torch::Tensor y = linear(x);
        ASSERT_EQ(y.sizes(), torch::IntArrayRef({rows, 1, 131}));
        EXPECT_EQ(y.scalar_type(), torch::kBFloat16);
        // fp32 accumulation in a different order: within one bf16 rounding step of the reference.
        EXPECT_LT((y.to(torch::kFloat) - expected).abs().max().item<double>(), 0.02 * expected.abs().max().item<double>())
            << rows;
    }
}

} // namespace
} // namespace falconry
