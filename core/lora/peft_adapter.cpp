#include "core/lora/peft_adapter.h"

#include "core/io/safetensors_file.h"
#include "core/lora/adapter_loader.h"
#include "core/lora/peft_config.h"
#include "core/lora/lora_model.h"
#include "core/model/falcon_model.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"
#include "core/util/atomic_folder.h"
#include "core/util/crash_point.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

namespace falconry {
namespace {

const char* kConfigFile = kPeftConfigFile;
const char* kWeightsFile = "adapter_model.safetensors";

} // namespace

PeftAdapter readPeftAdapter(const std::filesystem::path& folder)
{
    namespace fs = std::filesystem;
    const fs::path configPath = folder / kConfigFile;
    if (!fs::exists(configPath))
        throw ConfigError(configPath.string() + ": not found; a PEFT adapter folder holds adapter_config.json and "
                                                "adapter_model.safetensors");
    PeftAdapter adapter;
    adapter.config = parsePeftConfig(readJsonFile<ConfigError>(configPath), configPath.string());
    const fs::path weights = folder / kWeightsFile;
    if (!fs::exists(weights)) {
        if (fs::exists(folder / "adapter_model.bin"))
            throw CheckpointError((folder / "adapter_model.bin").string() +
                                  ": a pickled PyTorch file; Falconry never unpickles (it can run code). Convert it "
                                  "with peft: PeftModel.from_pretrained(...).save_pretrained(dir, "
                                  "safe_serialization=True)");
        throw CheckpointError(weights.string() + ": not found");
    }
    SafetensorsFile file(weights);
    for (const auto& name : file.names())
        adapter.tensors[name] = file.tensor(name).to(torch::kFloat32).clone();
    return adapter;
}

void savePeftAdapter(const LoraModel& lora, const std::filesystem::path& folder)
{
    AtomicFolder out(folder, kConfigFile);
    saveSafetensors(out.path() / kWeightsFile, lora.stateDict());
    crashPoint("adapter-after-weights");
    writeFileAtomically(out.path() / kConfigFile, peftConfigJson(lora.config()).dump(2) + "\n");
    out.commit();
}

LoraConfig applyAdapterFromFolder(FalconModelImpl& model, const std::filesystem::path& folder)
{
    PeftAdapter adapter = readPeftAdapter(folder);
    LoraModel lora = LoraModel::inject(model, adapter.config);
    lora.loadStateDict(adapter.tensors, (folder / kWeightsFile).string());
    lora.setTraining(false);
    return adapter.config;
}

} // namespace falconry
