#pragma once

#include "core/lora/lora_config.h"

#include <nlohmann/json_fwd.hpp>
#include <torch/torch.h>

#include <filesystem>
#include <map>
#include <string>

namespace falconry {

class LoraModel;

/** A PEFT LoRA adapter folder as read from disk. */
struct PeftAdapter {
    LoraConfig config;
    std::map<std::string, torch::Tensor> tensors; // peft names -> tensors (fp32 CPU)
};

/**
 * Parses adapter_config.json (peft 0.5 … 0.13 field sets; unknown keys ignored). Refuses what
 * Falconry cannot apply exactly (not LORA, DoRA, fan_in_fan_out, LoRA biases, modules_to_save,
 * rank/alpha patterns) with a ConfigError naming the field. `where` names the file.
 */
LoraConfig parsePeftConfig(const nlohmann::json& json, const std::string& where);
/** adapter_config.json text as peft writes it (peft 0.7 fields; inference_mode true). */
nlohmann::json peftConfigJson(const LoraConfig& config);

/** Reads `folder` (adapter_config.json + adapter_model.safetensors). A .bin-only folder is refused. */
PeftAdapter readPeftAdapter(const std::filesystem::path& folder);

/** Writes `lora` as a PEFT folder (both files atomically); creates the folder. */
void savePeftAdapter(const LoraModel& lora, const std::filesystem::path& folder);

} // namespace falconry
