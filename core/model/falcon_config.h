#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace falconry {

/** Which of the four Falcon decoder layouts a config describes (spec §1.2). */
enum class FalconLayout {
    MultiQuery,        // falcon-7b: 1 shared K/V head, parallel attn + MLP, one input_layernorm
    GroupedTwoNorms,   // falcon-40b: new_decoder_architecture, grouped KV, ln_attn + ln_mlp
    GroupedOneNorm,    // falcon-11B: new_decoder_architecture, grouped KV, one input_layernorm
    Classic,           // falcon-rw-1b and other non-MQA old-arch configs (MHA, per-head interleaved QKV)
};

const char* toString(FalconLayout layout);

/** Rotary scaling ("rope_scaling" in config.json, transformers' Falcon). */
struct RopeScaling {
    std::string type; // "linear" or "dynamic"
    double factor = 1.0;
};

/**
 * A Falcon config.json: every field of the spec's §1.1, from `model_type: falcon` or the legacy
 * RefinedWebModel/RefinedWeb key set. The fields hold the raw values; the derived accessors give
 * what the model builds (kvHeads(), numLayerNorms(), ...).
 */
struct FalconConfig {
    std::string modelType = "falcon";
    int64_t vocabSize = 65024;
    int64_t hiddenSize = 4544;
    int64_t numHiddenLayers = 32;
    int64_t numAttentionHeads = 71;
    std::optional<int64_t> numKvHeads;           // None -> numAttentionHeads
    bool multiQuery = true;
    bool newDecoderArchitecture = false;
    bool parallelAttn = true;
    std::optional<int64_t> numLnInParallelAttn;   // None + new arch -> 2
    bool alibi = false;
    bool bias = false;
    double layerNormEpsilon = 1e-5;
    int64_t maxPositionEmbeddings = 2048;
    double ropeTheta = 10000.0;
    std::optional<RopeScaling> ropeScaling;
    std::optional<int64_t> ffnHiddenSize;         // None -> 4 * hiddenSize
    std::string activation = "gelu";
    double hiddenDropout = 0.0;
    double attentionDropout = 0.0;
    int64_t bosTokenId = 11;
    int64_t eosTokenId = 11;
    bool tieWordEmbeddings = true;
    double initializerRange = 0.02;
    std::string torchDtype;                       // "bfloat16", "float32", ... (informational)

    // Derived values.
    int64_t headDim() const { return hiddenSize / numAttentionHeads; }
    /** K/V heads actually used: num_kv_heads (new arch), 1 (multi_query), else num_attention_heads. */
    int64_t kvHeads() const;
    int64_t ffnSize() const { return ffnHiddenSize.value_or(4 * hiddenSize); }
    /** Rows of query_key_value.weight: (2 kv + heads) * head_dim. */
    int64_t qkvOutFeatures() const { return (2 * kvHeads() + numAttentionHeads) * headDim(); }
    /** 2 (ln_attn + ln_mlp) for the 40B layout, else 1 (input_layernorm [+ post_attention_layernorm]). */
    int64_t numLayerNorms() const;
    bool rotary() const { return !alibi; }
    FalconLayout layout() const;
    /** Parameters with the lm_head counted once when tied (spec §1.2 "params (tied)"). */
    int64_t parameterCount() const;

    /** Throws ConfigError naming the field for impossible or absurd values. Called by the parsers. */
    void validate(const std::string& where = "config") const;

    /** Parses config.json text; `where` names the file in errors. Validates. Throws ConfigError. */
    static FalconConfig fromJsonText(const std::string& text, const std::string& where = "config.json");
    static FalconConfig fromJson(const nlohmann::json& json, const std::string& where = "config.json");
    /** Reads `folder/config.json` (or the file itself). */
    static FalconConfig load(const std::filesystem::path& folderOrFile);
    /** A transformers-4.36 style config.json (model_type falcon, FalconForCausalLM). */
    nlohmann::json toJson() const;
};

/** Parameter count above which a config is refused as absurd: 2 TB of bf16 weights. */
inline constexpr double kMaxParameters = 1.0e12;

} // namespace falconry
