#include "core/export/gguf_lora_export.h"

#include "core/export/gguf_export.h"
#include "core/export/gguf_tensor_plan.h"
#include "core/export/gguf_writer.h"
#include "core/export/quantize.h"
#include "core/lora/peft_adapter.h"
#include "core/model/falcon_config.h"
#include "core/util/errors.h"

#include <torch/torch.h>

#include <algorithm>

#include <map>

namespace falconry {

uint64_t exportGgufLora(const std::filesystem::path& modelDir, const std::filesystem::path& adapterDir,
                        const std::filesystem::path& outFile, GgmlType type)
{
    if (type != GgmlType::F32 && type != GgmlType::F16 && type != GgmlType::BF16)
        throw ConfigError(std::string("a LoRA GGUF is written in f32, f16 or bf16, not ") + ggmlTypeName(type));
    torch::NoGradGuard noGrad;
    const FalconConfig config = FalconConfig::load(modelDir);
    const std::vector<GgufTensorPlan> plans = planGgufTensors(config, GgufFileType::AllF32, !config.tieWordEmbeddings);
    const PeftAdapter adapter = readPeftAdapter(adapterDir);
    const std::string where = (adapterDir / "adapter_model.safetensors").string();
    const torch::Tensor qkvOrder = torch::tensor(qkvRowOrder(config), torch::kLong);

    struct Pair {
        const GgufTensorPlan* plan = nullptr;
        torch::Tensor a; // [r, in]
        torch::Tensor b; // [out, r]
    };
    std::map<std::string, Pair> pairs; // by llama.cpp base tensor name, in name order
    for (const auto& [name, tensor] : adapter.tensors) {
        const bool isA = name.find(".lora_A.") != std::string::npos;
        const bool isB = name.find(".lora_B.") != std::string::npos;
        if (!isA && !isB)
            throw CheckpointError(where + ": tensor '" + name + "' is neither lora_A nor lora_B");
        std::string module = name.substr(0, name.find(isA ? ".lora_A." : ".lora_B."));
        if (module.rfind("base_model.model.", 0) == 0)
            module = module.substr(17);
        const std::string hfName = module + ".weight";
        const auto plan = std::find_if(plans.begin(), plans.end(), [&](const GgufTensorPlan& p) { return p.hfName == hfName; });
        if (plan == plans.end())
            throw CheckpointError(where + ": the adapter changes '" + hfName + "', which this model does not have");
        Pair& pair = pairs[plan->ggufName];
        pair.plan = &*plan;
        (isA ? pair.a : pair.b) = tensor.to(torch::kFloat32).contiguous();
    }
    if (pairs.empty())
        throw CheckpointError(where + ": no LoRA tensors");

    GgufWriter writer(outFile);
    writer.addString("general.architecture", "falcon");
    writer.addString("general.type", "adapter");
    writer.addString("general.name", outFile.stem().string());
    writer.addString("adapter.type", "lora");
    writer.addFloat32("adapter.lora.alpha", static_cast<float>(adapter.config.scaling() * static_cast<double>(adapter.config.r)));
    std::vector<torch::Tensor> data;
    for (auto& [name, pair] : pairs) {
        if (!pair.a.defined() || !pair.b.defined())
            throw CheckpointError(where + ": only one of lora_A / lora_B for '" + pair.plan->hfName + "'");
        const auto& shape = pair.plan->hfShape; // [out, in]
        if (pair.a.dim() != 2 || pair.b.dim() != 2 || pair.a.size(1) != shape[1] || pair.b.size(0) != shape[0] ||
            pair.a.size(0) != pair.b.size(1))
            throw CheckpointError(where + ": lora_A " + c10::str(pair.a.sizes()) + " and lora_B " + c10::str(pair.b.sizes()) +
                                  " do not fit '" + pair.plan->hfName + "' " + c10::str(c10::IntArrayRef(shape)));
        if (pair.plan->qkvReorder)
            pair.b = pair.b.index_select(0, qkvOrder).contiguous();
        writer.addTensor(name + ".lora_a", {pair.a.size(1), pair.a.size(0)}, type);
        writer.addTensor(name + ".lora_b", {pair.b.size(1), pair.b.size(0)}, type);
        data.push_back(pair.a);
        data.push_back(pair.b);
    }
    writer.writeHeader();
    std::vector<uint8_t> buffer;
    for (size_t i = 0; i < data.size(); ++i) {
        const torch::Tensor& t = data[i];
        buffer.resize(writer.tensorBytes(i));
        quantizeRows(type, t.data_ptr<float>(), t.size(0), t.size(1), buffer.data());
        writer.beginTensor(i);
        writer.append(buffer.data(), buffer.size());
    }
    return writer.finish();
}

} // namespace falconry
