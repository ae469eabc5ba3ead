#pragma once

#include "core/model/falcon_config.h"

#include <cstdint>
#include <string>
#include <vector>

namespace falconry {

/** What a checkpoint tensor is to the model. */
enum class WeightRole {
    Required,      // must be in the checkpoint, loaded into the module parameter of the same name
    TiedDuplicate, // lm_head.weight of a tied model: accepted if present (same shape), never loaded
};

/** One row of the weight table: HF checkpoint name == module parameter name, its shape, its role. */
struct WeightMapEntry {
    std::string name;
    std::vector<int64_t> shape;
    WeightRole role = WeightRole::Required;
};

/**
 * THE table between Hugging Face checkpoint names and FalconModelImpl's parameters for a config
 * (spec §1.3): embeddings, per layer query_key_value / dense / dense_h_to_4h / dense_4h_to_h
 * (+ biases for RW) and the layout's norms (input_layernorm, post_attention_layernorm for
 * sequential RW, ln_attn + ln_mlp for 40B), ln_f, lm_head (required when untied, a tolerated
 * duplicate when tied).
 */
std::vector<WeightMapEntry> falconWeightMap(const FalconConfig& config);

/** Buffers some exporters saved that carry no weights (rotary inv_freq, masked_bias). */
bool isIgnoredCheckpointTensor(const std::string& name);

} // namespace falconry
