#pragma once

#include "core/lora/lora_config.h"
#include "core/lora/peft_config.h"

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

/** Reads `folder` (adapter_config.json + adapter_model.safetensors). A .bin-only folder is refused. */
PeftAdapter readPeftAdapter(const std::filesystem::path& folder);

/** Writes `lora` as a PEFT folder, whole or not at all (core/util/atomic_folder.h); an existing folder is replaced only when empty or an earlier adapter. */
void savePeftAdapter(const LoraModel& lora, const std::filesystem::path& folder);

} // namespace falconry
