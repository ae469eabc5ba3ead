#pragma once

#include "core/export/ggml_type.h"

#include <cstdint>
#include <filesystem>

namespace falconry {

/**
 * Writes a PEFT LoRA adapter as a llama.cpp LoRA GGUF (what convert_lora_to_gguf.py writes, for
 * `llama-cli --lora FILE`): general.type "adapter", adapter.type "lora", adapter.lora.alpha, and
 * per adapted matrix `<base tensor>.lora_a` (torch [r, in]) and `.lora_b` ([out, r]) under
 * llama.cpp's names, lora_b rows reordered like the base query_key_value. llama.cpp scales by
 * alpha / r, so alpha is written as peft's scaling * r (this also covers rsLoRA). `type` is F32,
 * F16 or BF16. The model folder gives the architecture and names; its weights are not read.
 * Returns the file size. Throws ConfigError / CheckpointError.
 */
uint64_t exportGgufLora(const std::filesystem::path& modelDir, const std::filesystem::path& adapterDir,
                        const std::filesystem::path& outFile, GgmlType type = GgmlType::F32);

} // namespace falconry
