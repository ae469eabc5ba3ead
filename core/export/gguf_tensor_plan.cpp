#include "core/export/gguf_tensor_plan.h"

#include "core/model/weight_map.h"
#include "core/util/errors.h"

#include <algorithm>
#include <map>

namespace falconry {

std::vector<int64_t> GgufTensorPlan::ggmlShape() const
{
    return std::vector<int64_t>(hfShape.rbegin(), hfShape.rend());
}

std::optional<std::string> ggufUnsupportedReason(const FalconConfig& config)
{
    if (config.alibi)
        return "this model uses ALiBi positions (the falcon-rw layout); llama.cpp's falcon architecture only "
               "runs rotary positions, so its GGUF would not load or would compute something else";
    if (!config.parallelAttn)
        return "this model runs attention and MLP one after the other (parallel_attn false); llama.cpp's "
               "falcon architecture only computes them in parallel";
    if (config.bias)
        return "this model's linear layers have biases (bias true); llama.cpp's falcon architecture has none";
    if (config.activation != "gelu")
        return "this model uses the '" + config.activation + "' activation; llama.cpp's falcon architecture uses gelu";
    if (config.ropeScaling && config.ropeScaling->type != "linear")
        return "this model uses '" + config.ropeScaling->type + "' rope scaling; llama.cpp reads only linear "
               "scaling from a falcon GGUF";
    return std::nullopt;
}

namespace {

bool isQuantized(GgufFileType type)
{
    return type != GgufFileType::AllF32 && type != GgufFileType::MostlyF16 && type != GgufFileType::MostlyBF16;
}

GgmlType defaultType(GgufFileType type)
{
    switch (type) {
    case GgufFileType::AllF32: return GgmlType::F32;
    case GgufFileType::MostlyF16: return GgmlType::F16;
    case GgufFileType::MostlyBF16: return GgmlType::BF16;
    case GgufFileType::MostlyQ8_0: return GgmlType::Q8_0;
    case GgufFileType::MostlyQ4_0: return GgmlType::Q4_0;
    case GgufFileType::MostlyQ5_0: return GgmlType::Q5_0;
    case GgufFileType::MostlyQ5_1: return GgmlType::Q5_1;
    case GgufFileType::MostlyQ4_K_M: return GgmlType::Q4_K;
    case GgufFileType::MostlyQ5_K_M: return GgmlType::Q5_K;
    case GgufFileType::MostlyQ6_K: return GgmlType::Q6_K;
    }
    return GgmlType::F16;
}

bool contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

/** llama-quant.cpp's use_more_bits: the first and last eighth of the blocks and every third between. */
bool useMoreBits(int layer, int layers)
{
    return layer < layers / 8 || layer >= 7 * layers / 8 || (layer - layers / 8) % 3 == 2;
}

} // namespace

GgmlType ggufTensorType(const std::string& name, const std::vector<int64_t>& hfShape, GgufFileType fileType, int layer,
                        int layerCount, bool hasOutput)
{
    if (hfShape.size() < 2)
        return GgmlType::F32; // norms and biases stay F32, as the converter writes them
    GgmlType type = defaultType(fileType);
    if (!isQuantized(fileType))
        return type;
    const int64_t rowLength = hfShape.back();
    if (name == "output.weight" || (!hasOutput && name == "token_embd.weight")) {
        type = GgmlType::Q8_0; // falcon's output layer always Q8_0 (llama_tensor_get_type: arch == FALCON)
    } else if (contains(name, "attn_qkv.weight")) {
        if (fileType == GgufFileType::MostlyQ4_K_M)
            type = GgmlType::Q5_K;
        else if (fileType == GgufFileType::MostlyQ5_K_M)
            type = GgmlType::Q6_K;
    } else if (contains(name, "ffn_down")) {
        if (fileType == GgufFileType::MostlyQ4_K_M)
            type = layer < layerCount / 16 ? GgmlType::Q6_K
                 : useMoreBits(layer, layerCount) ? GgmlType::Q5_K : GgmlType::Q4_K;
        else if (fileType == GgufFileType::MostlyQ5_K_M && useMoreBits(layer, layerCount))
            type = GgmlType::Q6_K;
    }
    if (rowLength % ggmlBlockSize(type) != 0) {
        switch (type) {
        case GgmlType::Q4_K: type = GgmlType::Q5_0; break;
        case GgmlType::Q5_K: type = GgmlType::Q5_1; break;
        case GgmlType::Q6_K: type = GgmlType::Q8_0; break;
        default: break;
        }
        if (rowLength % ggmlBlockSize(type) != 0)
            type = GgmlType::F16;
    }
    return type;
}

std::vector<int64_t> qkvRowOrder(const FalconConfig& config)
{
    // HF keeps [n_kv groups][heads/n_kv queries, 1 key, 1 value][head_dim] rows; llama.cpp's graph
    // views the fused weight as all queries, then all keys, then all values (the converter's
    // FalconModel.modify_tensors reorders the same way). Identity for multi-query (1 group).
    const int64_t kv = config.kvHeads();
    const int64_t perGroup = config.numAttentionHeads / kv;
    const int64_t headDim = config.headDim();
    std::vector<int64_t> order;
    order.reserve(static_cast<size_t>(config.qkvOutFeatures()));
    auto addHead = [&](int64_t group, int64_t slot) {
        const int64_t first = (group * (perGroup + 2) + slot) * headDim;
        for (int64_t d = 0; d < headDim; ++d)
            order.push_back(first + d);
    };
    for (int64_t g = 0; g < kv; ++g)
        for (int64_t q = 0; q < perGroup; ++q)
            addHead(g, q);
    for (int64_t g = 0; g < kv; ++g)
        addHead(g, perGroup);
    for (int64_t g = 0; g < kv; ++g)
        addHead(g, perGroup + 1);
    return order;
}

std::vector<GgufTensorPlan> planGgufTensors(const FalconConfig& config, GgufFileType fileType, bool withOutput)
{
    if (const auto reason = ggufUnsupportedReason(config))
        throw ConfigError("cannot export this model as GGUF: " + *reason);
    // HF module suffix -> llama.cpp tensor suffix (gguf-py tensor_mapping.py, falcon rows).
    static const std::map<std::string, std::string> kBlockNames = {
        {"input_layernorm", "attn_norm"},   {"ln_mlp", "attn_norm"},
        {"ln_attn", "attn_norm_2"},         {"self_attention.query_key_value", "attn_qkv"},
        {"self_attention.dense", "attn_output"}, {"mlp.dense_h_to_4h", "ffn_up"},
        {"mlp.dense_4h_to_h", "ffn_down"},
    };
    const int layers = static_cast<int>(config.numHiddenLayers);
    std::vector<GgufTensorPlan> plans;
    for (const WeightMapEntry& entry : falconWeightMap(config)) {
        GgufTensorPlan plan;
        plan.hfName = entry.name;
        plan.hfShape = entry.shape;
        if (entry.name == "transformer.word_embeddings.weight") {
            plan.ggufName = "token_embd.weight";
        } else if (entry.name.rfind("transformer.ln_f.", 0) == 0) {
            plan.ggufName = "output_norm." + entry.name.substr(17);
        } else if (entry.name == "lm_head.weight") {
            if (!withOutput || entry.role == WeightRole::TiedDuplicate)
                continue;
            plan.ggufName = "output.weight";
        } else if (entry.name.rfind("transformer.h.", 0) == 0) {
            const size_t dot = entry.name.find('.', 14);
            plan.layer = std::stoi(entry.name.substr(14, dot - 14));
            const std::string rest = entry.name.substr(dot + 1);  // "mlp.dense_h_to_4h.weight"
            const size_t last = rest.rfind('.');
            const std::string module = rest.substr(0, last);
            const auto found = kBlockNames.find(module);
            if (found == kBlockNames.end())
                throw ConfigError("cannot export tensor '" + entry.name + "' as GGUF: llama.cpp's falcon architecture "
                                  "has no tensor for module '" + module + "'");
            plan.ggufName = "blk." + std::to_string(plan.layer) + "." + found->second + rest.substr(last);
            plan.qkvReorder = module == "self_attention.query_key_value" && config.kvHeads() > 1;
        } else {
            throw ConfigError("cannot export tensor '" + entry.name + "' as GGUF: not part of llama.cpp's falcon layout");
        }
        plans.push_back(std::move(plan));
    }
    const bool hasOutput = std::any_of(plans.begin(), plans.end(),
                                       [](const GgufTensorPlan& p) { return p.ggufName == "output.weight"; });
    for (GgufTensorPlan& plan : plans)
        plan.type = ggufTensorType(plan.ggufName, plan.hfShape, fileType, plan.layer, layers, hasOutput);
    return plans;
}

} // namespace falconry
