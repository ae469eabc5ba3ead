// `falconry-cli init-model`: a randomly initialised Falcon model written as a
// Hugging Face folder, the starting point for full-parameter pretraining of
// small models (the bundled demo model is made this way).
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/io/falcon_loader.h"
#include "core/model/falcon_config.h"
#include "core/model/falcon_model.h"

#include <filesystem>
#include <iostream>

namespace falconry::cli {
namespace {

int runInitModel(const std::vector<std::string>& args)
{
    ArgParser parser({"config", "out", "dtype", "seed", "tokenizer"}, {});
    parser.parse(args);
    const std::filesystem::path out = parser.value("out");
    const FalconConfig config = FalconConfig::load(parser.value("config"));
    const std::string dtypeName = parser.valueOr("dtype", "fp32");
    if (dtypeName != "fp32" && dtypeName != "bf16")
        throw UsageError("--dtype must be fp32 or bf16, got '" + dtypeName + "'");
    ModelOptions options;
    options.dtype = dtypeName == "bf16" ? torch::kBFloat16 : torch::kFloat;
    options.seed = static_cast<uint64_t>(parser.integer("seed", 1));
    FalconModel model(config, options);
    SaveOptions save;
    if (const auto tokenizer = parser.optional("tokenizer"))
        save.tokenizerFrom = std::filesystem::is_directory(*tokenizer) ? std::filesystem::path(*tokenizer)
                                                                       : std::filesystem::path(*tokenizer).parent_path();
    saveFalconModel(*model, out, save);
    std::cout << "wrote a randomly initialised " << toString(config.layout()) << " model with "
              << config.parameterCount() << " parameters to " << out.string() << "\n";
    return 0;
}

int runConvert(const std::vector<std::string>& args)
{
    ArgParser parser({"model", "out", "dtype"}, {});
    parser.parse(args);
    const std::string dtypeName = parser.value("dtype");
    if (dtypeName != "fp32" && dtypeName != "bf16")
        throw UsageError("--dtype must be fp32 or bf16, got '" + dtypeName + "'");
    const std::filesystem::path from = parser.value("model");
    const std::filesystem::path out = parser.value("out");
    LoadOptions load;
    load.dtype = dtypeName == "bf16" ? torch::kBFloat16 : torch::kFloat;
    load.zeroCopy = false;
    FalconModel model = loadFalconModel(from, load);
    SaveOptions save;
    save.tokenizerFrom = from;
    saveFalconModel(*model, out, save);
    std::cout << "wrote " << out.string() << " in " << dtypeName << "\n";
    return 0;
}

const CommandRegistrar kConvertRegistrar({"convert", "rewrite a Falcon HF folder in another dtype (fp32, bf16)",
                                          "falconry-cli convert --model DIR --out DIR --dtype fp32|bf16", &runConvert});

const CommandRegistrar kRegistrar({"init-model", "write a randomly initialised Falcon model (HF folder)",
                                   "falconry-cli init-model --config config.json --out DIR [--dtype fp32|bf16] "
                                   "[--seed S] [--tokenizer FILE_OR_DIR]",
                                   &runInitModel});

} // namespace
} // namespace falconry::cli
