#include "core/model/weight_map.h"

namespace falconry {

std::vector<WeightMapEntry> falconWeightMap(const FalconConfig& c)
{
    const int64_t h = c.hiddenSize;
    const int64_t f = c.ffnSize();
    const int64_t qkv = c.qkvOutFeatures();
    std::vector<WeightMapEntry> table;
    table.push_back({"transformer.word_embeddings.weight", {c.vocabSize, h}});
    const auto norm = [&](const std::string& prefix) {
        table.push_back({prefix + ".weight", {h}});
        table.push_back({prefix + ".bias", {h}});
    };
    const auto linear = [&](const std::string& prefix, int64_t out, int64_t in) {
        table.push_back({prefix + ".weight", {out, in}});
        if (c.bias)
            table.push_back({prefix + ".bias", {out}});
    };
    for (int64_t i = 0; i < c.numHiddenLayers; ++i) {
        const std::string p = "transformer.h." + std::to_string(i) + ".";
        if (c.newDecoderArchitecture && c.numLayerNorms() == 2) {
            norm(p + "ln_attn");
            norm(p + "ln_mlp");
        } else {
            norm(p + "input_layernorm");
            if (!c.newDecoderArchitecture && !c.parallelAttn)
                norm(p + "post_attention_layernorm");
        }
        linear(p + "self_attention.query_key_value", qkv, h);
        linear(p + "self_attention.dense", h, h);
        linear(p + "mlp.dense_h_to_4h", f, h);
        linear(p + "mlp.dense_4h_to_h", h, f);
    }
    norm("transformer.ln_f");
    table.push_back({"lm_head.weight", {c.vocabSize, h}, c.tieWordEmbeddings ? WeightRole::TiedDuplicate : WeightRole::Required});
    return table;
}

bool isIgnoredCheckpointTensor(const std::string& name)
{
    const auto endsWith = [&](const std::string& s) {
        return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
    };
    return endsWith(".inv_freq") || endsWith(".masked_bias") || endsWith(".cos_cached") || endsWith(".sin_cached");
}

} // namespace falconry
