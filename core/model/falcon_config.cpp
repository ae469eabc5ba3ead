#include "core/model/falcon_config.h"

#include "core/util/atomic_file.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

namespace falconry {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& where, const std::string& field, const std::string& what)
{
    throw ConfigError(where + ": field \"" + field + "\" " + what);
}

std::string shortDump(const json& v)
{
    std::string s = v.dump(-1, ' ', false, json::error_handler_t::replace);
    return s.size() > 40 ? s.substr(0, 40) + "..." : s;
}

/** Reads the first present key of `keys`; throws if two present keys disagree. */
const json* pick(const json& j, std::initializer_list<const char*> keys, const std::string& where, std::string* usedKey)
{
    const json* found = nullptr;
    for (const char* k : keys) {
        const auto it = j.find(k);
        if (it == j.end())
            continue;
        if (found && *found != *it && !it->is_null() && !found->is_null())
            fail(where, k, "is " + shortDump(*it) + " but \"" + *usedKey + "\" says " + shortDump(*found));
        if (!found || found->is_null()) {
            found = &*it;
            *usedKey = k;
        }
    }
    return found;
}

void readInt(const json& j, std::initializer_list<const char*> keys, int64_t& out, const std::string& where)
{
    std::string key;
    const json* v = pick(j, keys, where, &key);
    if (!v || v->is_null())
        return;
    if (v->is_number_integer()) {
        out = v->get<int64_t>();
        return;
    }
    if (v->is_number_float()) {
        const double d = v->get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15) {
            out = static_cast<int64_t>(d);
            return;
        }
    }
    fail(where, key, "must be an integer, found " + shortDump(*v));
}

void readOptionalInt(const json& j, std::initializer_list<const char*> keys, std::optional<int64_t>& out,
                     const std::string& where)
{
    std::string key;
    const json* v = pick(j, keys, where, &key);
    if (!v || v->is_null())
        return;
    int64_t value = 0;
    readInt(j, keys, value, where);
    out = value;
}

void readBool(const json& j, const char* key, bool& out, const std::string& where)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return;
    if (!it->is_boolean())
        fail(where, key, "must be true or false, found " + shortDump(*it));
    out = it->get<bool>();
}

void readDouble(const json& j, const char* key, double& out, const std::string& where)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return;
    if (!it->is_number())
        fail(where, key, "must be a number, found " + shortDump(*it));
    out = it->get<double>();
}

void readString(const json& j, const char* key, std::string& out, const std::string& where)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return;
    if (!it->is_string())
        fail(where, key, "must be a string, found " + shortDump(*it));
    out = it->get<std::string>();
}

void readTokenId(const json& j, const char* key, int64_t& out, const std::string& where)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return;
    // Some configs list several EOS ids; the first is the one generation configs name.
    const json& v = (it->is_array() && !it->empty()) ? (*it)[0] : *it;
    if (!v.is_number_integer())
        fail(where, key, "must be a token id, found " + shortDump(*it));
    out = v.get<int64_t>();
}

const std::set<std::string>& supportedActivations()
{
    static const std::set<std::string> s = {"gelu", "gelu_new", "gelu_pytorch_tanh", "gelu_fast", "relu", "silu"};
    return s;
}

} // namespace

const char* toString(FalconLayout layout)
{
    switch (layout) {
    case FalconLayout::MultiQuery: return "multi-query (Falcon-7B)";
    case FalconLayout::GroupedTwoNorms: return "grouped KV, ln_attn + ln_mlp (Falcon-40B)";
    case FalconLayout::GroupedOneNorm: return "grouped KV, one layer norm (Falcon-11B)";
    case FalconLayout::Classic: return "multi-head, per-head interleaved QKV (Falcon-RW)";
    }
    return "?";
}

int64_t FalconConfig::kvHeads() const
{
    if (newDecoderArchitecture)
        return numKvHeads.value_or(numAttentionHeads);
    return multiQuery ? 1 : numAttentionHeads;
}

int64_t FalconConfig::numLayerNorms() const
{
    if (newDecoderArchitecture)
        return numLnInParallelAttn.value_or(2) == 2 ? 2 : 1;
    return 1;
}

FalconLayout FalconConfig::layout() const
{
    if (newDecoderArchitecture)
        return numLayerNorms() == 2 ? FalconLayout::GroupedTwoNorms : FalconLayout::GroupedOneNorm;
    return multiQuery ? FalconLayout::MultiQuery : FalconLayout::Classic;
}

static double parameterCountDouble(const FalconConfig& c)
{
    const double h = static_cast<double>(c.hiddenSize);
    const double v = static_cast<double>(c.vocabSize);
    const double f = static_cast<double>(c.ffnSize());
    const double qkv = static_cast<double>(2 * c.kvHeads() + c.numAttentionHeads) * static_cast<double>(c.headDim());
    double layer = qkv * h + h * h + 2.0 * f * h;
    if (c.bias)
        layer += qkv + h + f + h;
    const bool twoNorms = c.newDecoderArchitecture ? c.numLayerNorms() == 2 : !c.parallelAttn;
    layer += (twoNorms ? 4.0 : 2.0) * h;
    double total = v * h + static_cast<double>(c.numHiddenLayers) * layer + 2.0 * h;
    if (!c.tieWordEmbeddings)
        total += v * h;
    return total;
}

int64_t FalconConfig::parameterCount() const
{
    return static_cast<int64_t>(parameterCountDouble(*this));
}

void FalconConfig::validate(const std::string& where) const
{
    const auto range = [&](const char* field, int64_t value, int64_t lo, int64_t hi) {
        if (value < lo || value > hi)
            fail(where, field, "is " + std::to_string(value) + ", expected " + std::to_string(lo) + ".." + std::to_string(hi));
    };
    range("vocab_size", vocabSize, 1, int64_t{1} << 24);
    range("hidden_size", hiddenSize, 1, int64_t{1} << 18);
    range("num_hidden_layers", numHiddenLayers, 1, 10000);
    range("num_attention_heads", numAttentionHeads, 1, hiddenSize);
    if (hiddenSize % numAttentionHeads != 0)
        fail(where, "num_attention_heads", "is " + std::to_string(numAttentionHeads) + ", which does not divide hidden_size " +
                                               std::to_string(hiddenSize));
    if (newDecoderArchitecture) {
        const int64_t kv = numKvHeads.value_or(numAttentionHeads);
        range("num_kv_heads", kv, 1, numAttentionHeads);
        if (numAttentionHeads % kv != 0)
            fail(where, "num_kv_heads", "is " + std::to_string(kv) + ", which does not divide num_attention_heads " +
                                            std::to_string(numAttentionHeads));
    }
    if (ffnHiddenSize)
        range("ffn_hidden_size", *ffnHiddenSize, 1, int64_t{1} << 22);
    if (numLnInParallelAttn) {
        if (*numLnInParallelAttn != 1 && *numLnInParallelAttn != 2)
            fail(where, "num_ln_in_parallel_attn", "is " + std::to_string(*numLnInParallelAttn) + ", expected 1, 2 or null");
        if (newDecoderArchitecture && !parallelAttn && *numLnInParallelAttn == 1)
            fail(where, "num_ln_in_parallel_attn", "is 1 with parallel_attn false, a combination transformers cannot run");
    }
    if (!alibi && headDim() % 2 != 0)
        fail(where, "num_attention_heads", "gives an odd head_dim " + std::to_string(headDim()) + "; rotary needs an even one");
    range("max_position_embeddings", maxPositionEmbeddings, 1, int64_t{1} << 24);
    if (!(layerNormEpsilon > 0.0 && layerNormEpsilon < 1.0))
        fail(where, "layer_norm_epsilon", "is " + std::to_string(layerNormEpsilon) + ", expected a small positive number");
    if (!(ropeTheta > 0.0 && std::isfinite(ropeTheta)))
        fail(where, "rope_theta", "is " + std::to_string(ropeTheta) + ", expected a positive number");
    if (ropeScaling) {
        if (ropeScaling->type != "linear" && ropeScaling->type != "dynamic")
            fail(where, "rope_scaling", "has type '" + ropeScaling->type + "', expected \"linear\" or \"dynamic\"");
        if (!(ropeScaling->factor > 1.0 && std::isfinite(ropeScaling->factor)))
            fail(where, "rope_scaling", "has factor " + std::to_string(ropeScaling->factor) + ", expected a number > 1");
    }
    if (!supportedActivations().count(activation))
        fail(where, "activation", "is '" + activation + "', expected one of gelu, gelu_new, gelu_pytorch_tanh, relu, silu");
    if (!(hiddenDropout >= 0.0 && hiddenDropout < 1.0))
        fail(where, "hidden_dropout", "is " + std::to_string(hiddenDropout) + ", expected 0 <= p < 1");
    if (!(attentionDropout >= 0.0 && attentionDropout < 1.0))
        fail(where, "attention_dropout", "is " + std::to_string(attentionDropout) + ", expected 0 <= p < 1");
    const double params = parameterCountDouble(*this);
    if (params > kMaxParameters)
        fail(where, "hidden_size", "with these sizes gives " + std::to_string(params / 1e9) +
                                       " billion parameters (over 2 TB in bf16); this config is not a real model");
}

FalconConfig FalconConfig::fromJson(const json& j, const std::string& where)
{
    if (!j.is_object())
        throw ConfigError(where + ": expected a JSON object");
    FalconConfig c;
    readString(j, "model_type", c.modelType, where);
    const bool legacy = c.modelType == "RefinedWebModel" || c.modelType == "RefinedWeb";
    if (!legacy && c.modelType != "falcon")
        fail(where, "model_type", "is '" + c.modelType + "', expected \"falcon\" (or legacy \"RefinedWebModel\"/\"RefinedWeb\")");
    if (legacy) {
        // RWConfig's defaults (tiiuae's configuration_RW.py) apply to keys a legacy file omits.
        c.vocabSize = 250880;
        c.hiddenSize = 64;
        c.numHiddenLayers = 2;
        c.numAttentionHeads = 8;
        c.multiQuery = false;
        c.parallelAttn = false;
        c.bosTokenId = 1;
        c.eosTokenId = 2;
    }
    readInt(j, {"vocab_size"}, c.vocabSize, where);
    readInt(j, {"hidden_size", "n_embed"}, c.hiddenSize, where);
    readInt(j, {"num_hidden_layers", "n_layer"}, c.numHiddenLayers, where);
    readInt(j, {"num_attention_heads", "n_head"}, c.numAttentionHeads, where);
    readOptionalInt(j, {"num_kv_heads", "n_head_kv"}, c.numKvHeads, where);
    readBool(j, "multi_query", c.multiQuery, where);
    // convert_custom_code_checkpoint.py: a legacy n_head_kv means the new decoder architecture.
    if (j.contains("n_head_kv") && !j["n_head_kv"].is_null())
        c.newDecoderArchitecture = true;
    readBool(j, "new_decoder_architecture", c.newDecoderArchitecture, where);
    readBool(j, "parallel_attn", c.parallelAttn, where);
    readOptionalInt(j, {"num_ln_in_parallel_attn"}, c.numLnInParallelAttn, where);
    readBool(j, "alibi", c.alibi, where);
    readBool(j, "bias", c.bias, where);
    readDouble(j, "layer_norm_epsilon", c.layerNormEpsilon, where);
    readInt(j, {"max_position_embeddings"}, c.maxPositionEmbeddings, where);
    readDouble(j, "rope_theta", c.ropeTheta, where);
    readOptionalInt(j, {"ffn_hidden_size"}, c.ffnHiddenSize, where);
    readString(j, "activation", c.activation, where);
    readDouble(j, "hidden_dropout", c.hiddenDropout, where);
    readDouble(j, "attention_dropout", c.attentionDropout, where);
    readTokenId(j, "bos_token_id", c.bosTokenId, where);
    readTokenId(j, "eos_token_id", c.eosTokenId, where);
    readBool(j, "tie_word_embeddings", c.tieWordEmbeddings, where);
    readDouble(j, "initializer_range", c.initializerRange, where);
    readString(j, "torch_dtype", c.torchDtype, where);
    if (const auto it = j.find("rope_scaling"); it != j.end() && !it->is_null()) {
        if (!it->is_object())
            fail(where, "rope_scaling", "must be null or {\"type\": ..., \"factor\": ...}");
        RopeScaling rs;
        readString(*it, "type", rs.type, where);
        readString(*it, "rope_type", rs.type, where);
        readDouble(*it, "factor", rs.factor, where);
        c.ropeScaling = rs;
    }
    bool postLn = false;
    readBool(j, "apply_residual_connection_post_layernorm", postLn, where);
    if (postLn)
        fail(where, "apply_residual_connection_post_layernorm", "is true; no Falcon model uses it and Falconry does not support it");
    c.validate(where);
    return c;
}

FalconConfig FalconConfig::fromJsonText(const std::string& text, const std::string& where)
{
    return fromJson(parseJson<ConfigError>(text, where), where);
}

FalconConfig FalconConfig::load(const std::filesystem::path& folderOrFile)
{
    const std::filesystem::path file =
        std::filesystem::is_directory(folderOrFile) ? folderOrFile / "config.json" : folderOrFile;
    if (!std::filesystem::exists(file))
        throw ConfigError("no config.json in '" + folderOrFile.string() + "' (expected a Hugging Face model folder)");
    return fromJsonText(readWholeFile(file), file.string());
}

json FalconConfig::toJson() const
{
    json j = {
        {"alibi", alibi},
        {"architectures", {"FalconForCausalLM"}},
        {"attention_dropout", attentionDropout},
        {"bias", bias},
        {"bos_token_id", bosTokenId},
        {"eos_token_id", eosTokenId},
        {"hidden_dropout", hiddenDropout},
        {"hidden_size", hiddenSize},
        {"initializer_range", initializerRange},
        {"layer_norm_epsilon", layerNormEpsilon},
        {"max_position_embeddings", maxPositionEmbeddings},
        {"model_type", "falcon"},
        {"multi_query", multiQuery},
        {"new_decoder_architecture", newDecoderArchitecture},
        {"num_attention_heads", numAttentionHeads},
        {"num_hidden_layers", numHiddenLayers},
        {"num_kv_heads", numKvHeads.value_or(numAttentionHeads)},
        {"parallel_attn", parallelAttn},
        {"rope_scaling", nullptr},
        {"rope_theta", ropeTheta},
        {"tie_word_embeddings", tieWordEmbeddings},
        {"transformers_version", "4.36.2"},
        {"use_cache", true},
        {"vocab_size", vocabSize},
    };
    if (ropeScaling)
        j["rope_scaling"] = {{"type", ropeScaling->type}, {"factor", ropeScaling->factor}};
    if (ffnHiddenSize)
        j["ffn_hidden_size"] = *ffnHiddenSize;
    if (numLnInParallelAttn)
        j["num_ln_in_parallel_attn"] = *numLnInParallelAttn;
    if (activation != "gelu")
        j["activation"] = activation;
    if (!torchDtype.empty())
        j["torch_dtype"] = torchDtype;
    return j;
}

} // namespace falconry
