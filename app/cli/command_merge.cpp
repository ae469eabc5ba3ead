// `falconry-cli merge`: fold a PEFT LoRA adapter into the base weights and write a full Hugging Face folder.
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/io/falcon_loader.h"
#include "core/io/hf_cache.h"
#include "core/lora/lora_model.h"
#include "core/lora/peft_adapter.h"
#include "core/model/device.h"
#include "core/util/errors.h"

#include <iostream>

namespace falconry::cli {
namespace {

int runMerge(const std::vector<std::string>& args)
{
    ArgParser parser({"model", "adapter", "out", "dtype", "device"}, {});
    parser.parse(args);
    const std::filesystem::path modelDir = resolveModelPath(parser.value("model")); // a folder or a cached repo id
    const std::filesystem::path adapterDir = parser.value("adapter");
    const std::filesystem::path outDir = parser.value("out");
    const FalconConfig config = FalconConfig::load(modelDir);
    // The weights keep their dtype (bf16 checkpoints stay bf16: half the memory); the delta is
    // added in fp32 and rounded once, as peft's merge.
    std::string dtype = parser.valueOr("dtype", config.torchDtype == "float32" ? "fp32" : "bf16");
    if (dtype != "bf16" && dtype != "fp32")
        throw UsageError("--dtype must be bf16 or fp32, got '" + dtype + "'");
    PeftAdapter adapter = readPeftAdapter(adapterDir);
    LoadOptions options;
    options.dtype = dtype == "fp32" ? torch::kFloat32 : torch::kBFloat16;
    options.zeroCopy = false;
    options.device = selectDevice(parser.valueOr("device", "auto"), 0); // as train --device auto
    std::cout << "loading " << modelDir.string() << " (" << dtype << ", " << options.device.str() << ")\n" << std::flush;
    FalconModel model = loadFalconModel(modelDir, options);
    LoraModel lora = LoraModel::inject(*model, adapter.config);
    lora.loadStateDict(adapter.tensors, (adapterDir / "adapter_model.safetensors").string());
    lora.merge();
    std::cout << "merged " << lora.layers().size() << " LoRA layers (r=" << adapter.config.r
              << ", scaling " << adapter.config.scaling() << "); writing " << outDir.string() << "\n" << std::flush;
    SaveOptions save;
    save.tokenizerFrom = modelDir;
    saveFalconModel(*model, outDir, save);
    std::cout << "done\n";
    return 0;
}

const CommandRegistrar kRegistrar({"merge", "merge a LoRA adapter into its base model (a full Hugging Face folder)",
                                   "falconry-cli merge --model DIR --adapter DIR --out DIR [--dtype bf16|fp32] [--device auto|cpu|cuda|cuda:N]\n"
                                   "  --device D  where the merge runs: auto (default: the GPU when there is one, as train), cpu, cuda, cuda:N",
                                   &runMerge});

} // namespace
} // namespace falconry::cli
