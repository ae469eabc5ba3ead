// libFuzzer target: config.json parsing and validation. Any input must either give a valid
// FalconConfig (whose toJson() parses back to the same config) or throw ConfigError.
#include "core/model/falcon_config.h"
#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    falconry::FalconConfig config;
    try {
        config = falconry::FalconConfig::fromJsonText(text, "fuzz");
    } catch (const falconry::ConfigError&) {
        return 0;
    }
    // Accepted: derived values must be sane and the written config must read back identically.
    if (config.parameterCount() <= 0 || config.headDim() <= 0 || config.kvHeads() <= 0 ||
        config.numAttentionHeads % config.kvHeads() != 0)
        std::abort();
    const nlohmann::json written = config.toJson();
    const falconry::FalconConfig back = falconry::FalconConfig::fromJson(written, "fuzz-roundtrip");
    if (back.toJson() != written || back.parameterCount() != config.parameterCount())
        std::abort();
    return 0;
}
