#pragma once

#include "core/lora/lora_config.h"

#include <filesystem>

namespace falconry {

class FalconModelImpl;

/**
 * Loads the PEFT LoRA adapter in `folder` (adapter_config.json + adapter_model.safetensors)
 * and injects it into `model`'s linear layers (replacing any adapter there), in fp32 on the
 * model's device, in eval mode (no dropout). Shapes and target modules are checked against
 * the model. A folder holding only adapter_model.bin is refused (pickle is never read).
 * Throws ConfigError / CheckpointError naming the file and the tensor. Returns its config.
 */
LoraConfig applyAdapterFromFolder(FalconModelImpl& model, const std::filesystem::path& folder);

} // namespace falconry
