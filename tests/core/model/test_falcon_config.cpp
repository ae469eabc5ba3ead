// config.json parsing: both key sets, derived values, parameter counts from the spec, and errors
// that name the field.
#include "core/model/falcon_config.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace falconry {
namespace {

using nlohmann::json;

std::string configError(const std::string& text)
{
    try {
        FalconConfig::fromJsonText(text, "config.json");
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "";
}

#define EXPECT_CONFIG_ERROR(text, fragment) \
    EXPECT_NE(configError(text).find(fragment), std::string::npos) << "got: '" << configError(text) << "'"

TEST(FalconConfig, GoldenConfigsGiveTheirLayouts)
{
    const auto load = [](const char* name) {
        return FalconConfig::load(test::referenceDir() / "golden" / name / "model-fp32");
    };
    const FalconConfig c7 = load("falcon7b");
    EXPECT_EQ(c7.layout(), FalconLayout::MultiQuery);
    EXPECT_EQ(c7.kvHeads(), 1); // num_kv_heads 4 in the file is ignored with multi_query
    EXPECT_EQ(c7.qkvOutFeatures(), 64 + 2 * 16);
    const FalconConfig c40 = load("falcon40b");
    EXPECT_EQ(c40.layout(), FalconLayout::GroupedTwoNorms);
    EXPECT_EQ(c40.kvHeads(), 2);
    EXPECT_EQ(c40.qkvOutFeatures(), (2 * 2 + 8) * 8);
    const FalconConfig rw = load("falconrw");
    EXPECT_EQ(rw.layout(), FalconLayout::Classic);
    EXPECT_TRUE(rw.alibi);
    EXPECT_TRUE(rw.bias);
    EXPECT_FALSE(rw.parallelAttn);
    EXPECT_EQ(rw.qkvOutFeatures(), 3 * 64);
}

TEST(FalconConfig, ParameterCountsOfTheRealModels)
{
    // Spec §1.2 (tiiuae configs; 40B total matches its shard index exactly).
    FalconConfig f7; // defaults are falcon-7b
    EXPECT_EQ(f7.parameterCount(), 6'921'720'704LL);

    const FalconConfig f40 = FalconConfig::fromJsonText(R"({"model_type": "RefinedWeb", "hidden_size": 8192,
        "n_head": 128, "n_head_kv": 8, "n_layer": 60, "vocab_size": 65024, "parallel_attn": true,
        "bias": false, "alibi": false})");
    EXPECT_TRUE(f40.newDecoderArchitecture);
    EXPECT_EQ(f40.layout(), FalconLayout::GroupedTwoNorms);
    EXPECT_EQ(f40.qkvOutFeatures(), 9216);
    EXPECT_EQ(f40.parameterCount(), 41'303'293'952LL);

    const FalconConfig rw = FalconConfig::fromJsonText(R"({"model_type": "RefinedWebModel", "hidden_size": 2048,
        "n_head": 32, "n_layer": 24, "vocab_size": 50304, "alibi": true, "bias": true,
        "multi_query": false, "parallel_attn": false})");
    EXPECT_EQ(rw.layout(), FalconLayout::Classic);
    EXPECT_EQ(rw.bosTokenId, 1); // RWConfig defaults for keys the file omits
    EXPECT_EQ(rw.eosTokenId, 2);
    EXPECT_EQ(rw.parameterCount(), 1'311'625'216LL);

    json j11 = {{"model_type", "falcon"}, {"hidden_size", 4096}, {"num_attention_heads", 32},
                {"num_kv_heads", 8}, {"num_hidden_layers", 60}, {"new_decoder_architecture", true},
                {"num_ln_in_parallel_attn", 1}, {"ffn_hidden_size", 16384}, {"max_position_embeddings", 8192},
                {"rope_theta", 500042.0}, {"activation", "gelu"}};
    FalconConfig f11 = FalconConfig::fromJson(j11);
    EXPECT_EQ(f11.layout(), FalconLayout::GroupedOneNorm);
    EXPECT_EQ(f11.qkvOutFeatures(), 6144);
    EXPECT_EQ(f11.parameterCount(), 10'836'484'096LL);
    j11["tie_word_embeddings"] = false;
    EXPECT_EQ(FalconConfig::fromJson(j11).parameterCount(), 10'836'484'096LL + 266'338'304LL);
}

TEST(FalconConfig, LegacySevenBKeys)
{
    const FalconConfig c = FalconConfig::fromJsonText(R"({"alibi": false, "apply_residual_connection_post_layernorm": false,
        "architectures": ["RWForCausalLM"], "bias": false, "bos_token_id": 11, "eos_token_id": 11,
        "hidden_dropout": 0.0, "hidden_size": 4544, "initializer_range": 0.02, "layer_norm_epsilon": 1e-05,
        "model_type": "RefinedWebModel", "multi_query": true, "n_head": 71, "n_layer": 32,
        "parallel_attn": true, "torch_dtype": "bfloat16", "vocab_size": 65024})");
    EXPECT_EQ(c.layout(), FalconLayout::MultiQuery);
    EXPECT_EQ(c.numAttentionHeads, 71);
    EXPECT_EQ(c.numHiddenLayers, 32);
    EXPECT_EQ(c.headDim(), 64);
    EXPECT_EQ(c.parameterCount(), 6'921'720'704LL);
    EXPECT_EQ(c.torchDtype, "bfloat16");
}

TEST(FalconConfig, ToJsonRoundTrips)
{
    FalconConfig c = FalconConfig::fromJsonText(R"({"model_type": "falcon", "hidden_size": 64, "num_attention_heads": 8,
        "num_kv_heads": 2, "num_hidden_layers": 3, "new_decoder_architecture": true, "num_ln_in_parallel_attn": 1,
        "ffn_hidden_size": 96, "vocab_size": 100, "rope_scaling": {"type": "linear", "factor": 2.0},
        "tie_word_embeddings": false})");
    const FalconConfig back = FalconConfig::fromJson(c.toJson());
    EXPECT_EQ(back.toJson(), c.toJson());
    EXPECT_EQ(back.layout(), FalconLayout::GroupedOneNorm);
    EXPECT_EQ(back.ffnSize(), 96);
    ASSERT_TRUE(back.ropeScaling.has_value());
    EXPECT_EQ(back.ropeScaling->type, "linear");
    EXPECT_FALSE(back.tieWordEmbeddings);
}

TEST(FalconConfig, ErrorsNameTheField)
{
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "hidden_size": 100, "num_attention_heads": 7})",
                        "\"num_attention_heads\" is 7, which does not divide hidden_size 100");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "hidden_size": 64, "num_attention_heads": 8, "num_kv_heads": 3,
        "new_decoder_architecture": true})",
                        "\"num_kv_heads\" is 3, which does not divide num_attention_heads 8");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "hidden_size": 65536, "num_attention_heads": 64,
        "num_hidden_layers": 9000})",
                        "billion parameters (over 2 TB in bf16)");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "hidden_size": 999999999})", "\"hidden_size\" is 999999999");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "num_hidden_layers": 0})", "\"num_hidden_layers\" is 0");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "vocab_size": -5})", "\"vocab_size\" is -5");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "vocab_size": "big"})", "\"vocab_size\" must be an integer");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "multi_query": "yes"})", "\"multi_query\" must be true or false");
    EXPECT_CONFIG_ERROR(R"({"model_type": "llama"})", "\"model_type\" is 'llama'");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "activation": "swiglu"})", "\"activation\" is 'swiglu'");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "layer_norm_epsilon": 0})", "\"layer_norm_epsilon\"");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "rope_scaling": {"type": "yarn", "factor": 2}})", "\"rope_scaling\"");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "hidden_size": 64, "n_embed": 128})", "\"n_embed\" is 128");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "num_ln_in_parallel_attn": 3})", "\"num_ln_in_parallel_attn\" is 3");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "hidden_size": 64, "num_attention_heads": 64})", "odd head_dim");
    EXPECT_CONFIG_ERROR(R"({"model_type": "falcon", "hidden_size": 64,)", "not valid JSON");
    EXPECT_CONFIG_ERROR(R"([1, 2])", "expected a JSON object");
    EXPECT_EQ(configError(R"({"model_type": "falcon", "hidden_size": 64, "num_attention_heads": 4, "vocab_size": 10})"), "");
}

TEST(FalconConfig, MissingConfigFile)
{
    const auto dir = test::makeTempDir("cfg-missing");
    try {
        FalconConfig::load(dir);
        FAIL();
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("no config.json"), std::string::npos);
    }
}

} // namespace
} // namespace falconry
