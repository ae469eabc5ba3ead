// `falconry-cli info --model DIR`: what a Falcon folder holds, without loading the weights.
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/io/checkpoint_reader.h"
#include "core/io/falcon_loader.h"
#include "core/io/hf_cache.h"
#include "core/model/falcon_config.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace falconry::cli {
namespace {

constexpr const char* kUsage =
    "falconry-cli info --model DIR [--json]\n"
    "\n"
    "  --model DIR   Hugging Face Falcon folder, or a repo id in the Hugging Face cache (org/name[@revision])\n"
    "  --json        print one JSON object instead of text\n"
    "\n"
    "Prints the layout, sizes, parameter count, dtype and files. Checks every tensor name and shape\n"
    "against config.json; a mismatch is an error.";

std::string humanBytes(double bytes)
{
    const char* units[] = {"B", "KB", "MB", "GB", "TB"};
    int u = 0;
    while (bytes >= 1000.0 && u < 4) {
        bytes /= 1000.0;
        ++u;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.2f %s", bytes, units[u]);
    return buf;
}

std::string humanCount(double n)
{
    const char* units[] = {"", " thousand", " million", " billion", " trillion"};
    int u = 0;
    while (n >= 1000.0 && u < 4) {
        n /= 1000.0;
        ++u;
    }
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.2f%s", n, units[u]);
    return buf;
}

int runInfo(const std::vector<std::string>& args)
{
    ArgParser parser({"model"}, {"json"});
    parser.parse(args);
    if (!parser.has("model"))
        throw UsageError("--model DIR is required");
    const std::filesystem::path folder = resolveModelPath(parser.value("model"));
    const FalconConfig config = FalconConfig::load(folder);
    const CheckpointReader reader(folder);
    checkCheckpointAgainstConfig(reader, config);

    const auto byDtype = reader.bytesByDtype();
    std::string dtype;
    for (const auto& [name, bytes] : byDtype)
        dtype += (dtype.empty() ? "" : "+") + name;
    nlohmann::json files = nlohmann::json::array();
    for (const auto& f : reader.files())
        files.push_back({{"name", std::filesystem::relative(f, folder).string()}, {"bytes", std::filesystem::file_size(f)}});
    const nlohmann::json out = {
        {"path", folder.string()},
        {"model_type", config.modelType},
        {"layout", toString(config.layout())},
        {"vocab_size", config.vocabSize},
        {"hidden_size", config.hiddenSize},
        {"num_hidden_layers", config.numHiddenLayers},
        {"num_attention_heads", config.numAttentionHeads},
        {"num_kv_heads", config.kvHeads()},
        {"head_dim", config.headDim()},
        {"ffn_hidden_size", config.ffnSize()},
        {"positional", config.alibi ? "alibi" : "rotary"},
        {"parallel_attn", config.parallelAttn},
        {"bias", config.bias},
        {"tie_word_embeddings", config.tieWordEmbeddings},
        {"max_position_embeddings", config.maxPositionEmbeddings},
        {"parameters", config.parameterCount()},
        {"dtype", dtype},
        {"tensor_bytes", reader.totalBytes()},
        {"tensors", reader.names().size()},
        {"files", files},
    };
    if (parser.has("json")) {
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    std::cout << "Model:       " << folder.string() << "\n"
              << "Type:        " << config.modelType << " — " << toString(config.layout()) << "\n"
              << "Parameters:  " << config.parameterCount() << " (" << humanCount(static_cast<double>(config.parameterCount()))
              << ")\n"
              << "Sizes:       vocab " << config.vocabSize << ", hidden " << config.hiddenSize << ", layers "
              << config.numHiddenLayers << ", heads " << config.numAttentionHeads << " (KV heads " << config.kvHeads()
              << ", head dim " << config.headDim() << "), ffn " << config.ffnSize() << "\n"
              << "Attention:   " << (config.alibi ? "ALiBi" : "rotary") << ", "
              << (config.parallelAttn ? "parallel attention + MLP" : "sequential attention then MLP")
              << (config.bias ? ", biases" : "") << (config.tieWordEmbeddings ? ", tied lm_head" : ", separate lm_head")
              << ", max positions " << config.maxPositionEmbeddings << "\n"
              << "Dtype:       " << dtype << "\n"
              << "Weights:     " << humanBytes(static_cast<double>(reader.totalBytes())) << " in " << reader.names().size()
              << " tensors\n"
              << "Files:\n";
    for (const auto& f : files)
        std::cout << "  " << f["name"].get<std::string>() << "  " << humanBytes(f["bytes"].get<double>()) << "\n";
    return 0;
}

const CommandRegistrar kRegistrar({"info", "show a model folder's layout, sizes, parameters, dtype and files", kUsage,
                                   &runInfo});

} // namespace
} // namespace falconry::cli
