// libFuzzer target: a run folder's run.json (and `train --config FILE`): the settings a run is
// resumed with. Any input must either be refused with ConfigError or give settings that
// toJson() writes and fromJson() reads back identically.
#include "core/train/train_config.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    falconry::TrainConfig config;
    try {
        const nlohmann::json run = falconry::parseJson<falconry::ConfigError>(text, "fuzz");
        if (!run.is_object())
            return 0;
        config = falconry::TrainConfig::fromJson(run.contains("settings") ? run["settings"] : run, "fuzz");
        config.validate();
    } catch (const falconry::ConfigError&) {
        return 0;
    }
    const nlohmann::json written = config.toJson();
    const falconry::TrainConfig back = falconry::TrainConfig::fromJson(written, "fuzz-roundtrip");
    if (back.toJson() != written)
        std::abort();
    return 0;
}
