#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace falconry {

/** The Falcon defaults of the QLoRA recipe: every linear layer of the decoder blocks. */
inline const std::vector<std::string> kFalconLoraTargets = {"query_key_value", "dense", "dense_h_to_4h",
                                                             "dense_4h_to_h"};

/** LoRA settings, as peft's LoraConfig (adapter_config.json) holds them. */
struct LoraConfig {
    int64_t r = 8;                                     // rank
    double alpha = 16.0;                               // lora_alpha; scaling = alpha / r (or alpha / sqrt(r))
    double dropout = 0.0;                              // on the LoRA branch only
    bool useRslora = false;                            // scaling alpha / sqrt(r)
    std::vector<std::string> targets = kFalconLoraTargets; // module name suffixes
    std::string baseModelNameOrPath;                   // written to adapter_config.json

    double scaling() const;
};

} // namespace falconry
