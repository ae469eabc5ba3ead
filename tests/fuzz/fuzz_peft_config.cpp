// libFuzzer target: adapter_config.json (a PEFT LoRA adapter's settings). Any input must either
// be refused with ConfigError or give a config that peftConfigJson writes and parsePeftConfig
// reads back to the same values.
#include "core/lora/peft_config.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    falconry::LoraConfig config;
    try {
        config = falconry::parsePeftConfig(falconry::parseJson<falconry::ConfigError>(text, "fuzz"), "fuzz");
    } catch (const falconry::ConfigError&) {
        return 0;
    }
    if (config.r <= 0 || config.dropout < 0.0 || config.dropout >= 1.0)
        std::abort();
    const falconry::LoraConfig back = falconry::parsePeftConfig(falconry::peftConfigJson(config), "fuzz-roundtrip");
    if (back.r != config.r || back.targets != config.targets || back.useRslora != config.useRslora ||
        back.baseModelNameOrPath != config.baseModelNameOrPath)
        std::abort();
    return 0;
}
