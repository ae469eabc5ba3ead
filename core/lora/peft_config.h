#pragma once

// adapter_config.json without torch: the parser the adapter reader and the fuzz target share.

#include "core/lora/lora_config.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace falconry {

inline constexpr const char* kPeftConfigFile = "adapter_config.json";

/**
 * Parses adapter_config.json (peft 0.5 … 0.13 field sets; unknown keys ignored). Refuses what
 * Falconry cannot apply exactly (not LORA, DoRA, fan_in_fan_out, LoRA biases, modules_to_save,
 * rank/alpha patterns) with a ConfigError naming the field. `where` names the file.
 */
LoraConfig parsePeftConfig(const nlohmann::json& json, const std::string& where);
/** adapter_config.json text as peft writes it (peft 0.7 fields; inference_mode true). */
nlohmann::json peftConfigJson(const LoraConfig& config);

} // namespace falconry
