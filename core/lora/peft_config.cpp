#include "core/lora/peft_config.h"

#include "core/util/errors.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

namespace falconry {
namespace {

bool isSet(const nlohmann::json& j, const char* key)
{
    return j.contains(key) && !j[key].is_null() && !(j[key].is_object() && j[key].empty()) &&
           !(j[key].is_array() && j[key].empty());
}

} // namespace

LoraConfig parsePeftConfig(const nlohmann::json& j, const std::string& where)
{
    if (!j.is_object())
        throw ConfigError(where + ": expected a JSON object");
    LoraConfig c;
    try {
        const std::string type = j.value("peft_type", std::string("LORA"));
        if (type != "LORA")
            throw ConfigError(where + ": peft_type is '" + type + "', Falconry applies LORA adapters only");
        if (!j.contains("r") || !j["r"].is_number_integer() || j["r"].get<int64_t>() <= 0)
            throw ConfigError(where + ": field 'r' must be a positive integer");
        c.r = j["r"].get<int64_t>();
        c.alpha = j.contains("lora_alpha") ? j["lora_alpha"].get<double>() : 8.0; // peft's default
        c.dropout = j.contains("lora_dropout") && !j["lora_dropout"].is_null() ? j["lora_dropout"].get<double>() : 0.0;
        c.useRslora = j.value("use_rslora", false);
        if (j.value("use_dora", false))
            throw ConfigError(where + ": use_dora is true; DoRA adapters are not supported");
        if (j.value("fan_in_fan_out", false))
            throw ConfigError(where + ": fan_in_fan_out is true; Falcon's Linear layers need false");
        const std::string bias = j.value("bias", std::string("none"));
        if (bias != "none")
            throw ConfigError(where + ": bias is '" + bias + "'; only adapters without LoRA biases (\"none\") are supported");
        if (isSet(j, "modules_to_save"))
            throw ConfigError(where + ": modules_to_save is set; adapters that replace whole modules are not supported");
        if (isSet(j, "rank_pattern") || isSet(j, "alpha_pattern"))
            throw ConfigError(where + ": rank_pattern/alpha_pattern are set; per-module ranks are not supported");
        if (isSet(j, "layers_to_transform"))
            throw ConfigError(where + ": layers_to_transform is set; adapters on a subset of layers are not supported");
        if (!j.contains("target_modules") || j["target_modules"].is_null())
            c.targets = {"query_key_value"}; // peft's Falcon default
        else if (j["target_modules"].is_string())
            throw ConfigError(where + ": target_modules is a regular expression; give a list of module names");
        else
            c.targets = j["target_modules"].get<std::vector<std::string>>();
        c.baseModelNameOrPath = j.contains("base_model_name_or_path") && j["base_model_name_or_path"].is_string()
                                    ? j["base_model_name_or_path"].get<std::string>()
                                    : std::string();
    } catch (const nlohmann::json::exception& e) {
        throw ConfigError(where + ": a field has the wrong type: " + plainJsonMessage(e));
    }
    if (c.dropout < 0.0 || c.dropout >= 1.0)
        throw ConfigError(where + ": lora_dropout must be in [0, 1), got " + std::to_string(c.dropout));
    return c;
}

nlohmann::json peftConfigJson(const LoraConfig& c)
{
    // The field set of peft 0.7.1 (the goldens' version). use_rslora is written only when true:
    // peft before 0.8 rejects unknown keys (LoraConfig(**kwargs)).
    nlohmann::json j;
    j["alpha_pattern"] = nlohmann::json::object();
    j["auto_mapping"] = nullptr;
    j["base_model_name_or_path"] = c.baseModelNameOrPath;
    j["bias"] = "none";
    j["fan_in_fan_out"] = false;
    j["inference_mode"] = true;
    j["init_lora_weights"] = true;
    j["layers_pattern"] = nullptr;
    j["layers_to_transform"] = nullptr;
    j["loftq_config"] = nlohmann::json::object();
    j["lora_alpha"] = c.alpha;
    j["lora_dropout"] = c.dropout;
    j["megatron_config"] = nullptr;
    j["megatron_core"] = "megatron.core";
    j["modules_to_save"] = nullptr;
    j["peft_type"] = "LORA";
    j["r"] = c.r;
    j["rank_pattern"] = nlohmann::json::object();
    j["revision"] = nullptr;
    j["target_modules"] = c.targets;
    j["task_type"] = "CAUSAL_LM";
    if (c.useRslora)
        j["use_rslora"] = true;
    return j;
}

} // namespace falconry
