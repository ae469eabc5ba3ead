#include "core/lora/lora_model.h"

#include "core/model/falcon_model.h"
#include "core/util/errors.h"

#include <sstream>

namespace falconry {
namespace {

std::string shapeText(at::IntArrayRef shape)
{
    std::ostringstream out;
    out << '[';
    for (size_t i = 0; i < shape.size(); ++i)
        out << (i ? ", " : "") << shape[i];
    out << ']';
    return out.str();
}

} // namespace

bool matchesLoraTarget(const std::string& moduleName, const std::vector<std::string>& targets)
{
    for (const auto& t : targets) {
        if (t.empty())
            continue;
        if (moduleName == t)
            return true;
        if (moduleName.size() > t.size() && moduleName.compare(moduleName.size() - t.size(), t.size(), t) == 0 &&
            moduleName[moduleName.size() - t.size() - 1] == '.')
            return true;
    }
    return false;
}

std::string peftTensorName(const std::string& moduleName, char which)
{
    return "base_model.model." + moduleName + (which == 'A' ? ".lora_A.weight" : ".lora_B.weight");
}

LoraModel LoraModel::inject(FalconModelImpl& model, const LoraConfig& config)
{
    if (config.targets.empty())
        throw ConfigError("LoRA: no target modules given (expected names such as query_key_value, dense)");
    for (auto& p : model.parameters())
        p.set_requires_grad(false);
    LoraModel lora;
    lora.m_config = config;
    for (auto& [name, linear] : model.linearLayers()) {
        if (!matchesLoraTarget(name, config.targets))
            continue;
        auto adapter = std::make_shared<LoraAdapter>(linear->inFeatures(), linear->outFeatures(), config, model.device());
        linear->setAdapter(adapter);
        lora.m_layers.push_back({name, linear, adapter});
    }
    if (lora.m_layers.empty()) {
        std::string list;
        for (const auto& t : config.targets)
            list += (list.empty() ? "" : ", ") + t;
        throw ConfigError("LoRA: target modules [" + list +
                          "] match no linear layer of this Falcon model (its layers are query_key_value, dense, "
                          "dense_h_to_4h, dense_4h_to_h)");
    }
    for (auto& t : config.targets) {
        bool used = false;
        for (const auto& l : lora.m_layers)
            used = used || matchesLoraTarget(l.name, {t});
        if (!used)
            throw ConfigError("LoRA: target module '" + t + "' matches no linear layer of this Falcon model");
    }
    return lora;
}

std::vector<torch::Tensor> LoraModel::parameters() const
{
    std::vector<torch::Tensor> out;
    for (const auto& l : m_layers) {
        out.push_back(l.adapter->loraA());
        out.push_back(l.adapter->loraB());
    }
    return out;
}

int64_t LoraModel::parameterCount() const
{
    int64_t n = 0;
    for (const auto& p : parameters())
        n += p.numel();
    return n;
}

void LoraModel::setTraining(bool training)
{
    for (auto& l : m_layers)
        l.adapter->setTraining(training);
}

std::map<std::string, torch::Tensor> LoraModel::stateDict() const
{
    std::map<std::string, torch::Tensor> out;
    for (const auto& l : m_layers) {
        out[peftTensorName(l.name, 'A')] = l.adapter->loraA().detach().to(torch::kCPU, torch::kFloat32).clone();
        out[peftTensorName(l.name, 'B')] = l.adapter->loraB().detach().to(torch::kCPU, torch::kFloat32).clone();
    }
    return out;
}

void LoraModel::loadStateDict(const std::map<std::string, torch::Tensor>& tensors, const std::string& where)
{
    torch::NoGradGuard noGrad;
    size_t used = 0;
    for (auto& l : m_layers) {
        for (char which : {'A', 'B'}) {
            const std::string key = peftTensorName(l.name, which);
            torch::Tensor& dst = which == 'A' ? l.adapter->loraA() : l.adapter->loraB();
            auto it = tensors.find(key);
            if (it == tensors.end())
                throw CheckpointError(where + ": tensor '" + key + "' is missing (expected shape " +
                                      shapeText(dst.sizes()) + ")");
            if (it->second.sizes() != dst.sizes())
                throw CheckpointError(where + ": tensor '" + key + "' has shape " + shapeText(it->second.sizes()) +
                                      ", expected " + shapeText(dst.sizes()) + " for this model and rank " +
                                      std::to_string(m_config.r));
            dst.copy_(it->second.to(dst.device(), dst.scalar_type()));
            ++used;
        }
    }
    if (used != tensors.size()) {
        for (const auto& [key, t] : tensors) {
            bool known = false;
            for (const auto& l : m_layers)
                known = known || key == peftTensorName(l.name, 'A') || key == peftTensorName(l.name, 'B');
            if (!known)
                throw CheckpointError(where + ": unexpected tensor '" + key +
                                      "' (not a LoRA weight of a target module of this Falcon model)");
        }
    }
}

void LoraModel::merge()
{
    if (m_merged)
        return;
    torch::NoGradGuard noGrad;
    for (auto& l : m_layers) {
        if (l.linear->weightSource())
            throw Error("LoRA merge: " + l.name +
                        " has a quantized (NF4) weight; merge into a bf16 or fp32 base model instead");
        torch::Tensor& w = l.linear->weight;
        w.copy_((w.to(torch::kFloat32) + l.adapter->deltaWeight().to(w.device())).to(w.scalar_type()));
        l.linear->setAdapter(nullptr);
    }
    m_merged = true;
}

void LoraModel::unmerge()
{
    if (!m_merged)
        return;
    torch::NoGradGuard noGrad;
    for (auto& l : m_layers) {
        torch::Tensor& w = l.linear->weight;
        w.copy_((w.to(torch::kFloat32) - l.adapter->deltaWeight().to(w.device())).to(w.scalar_type()));
        l.linear->setAdapter(l.adapter);
    }
    m_merged = false;
}

void LoraModel::remove()
{
    for (auto& l : m_layers)
        l.linear->setAdapter(nullptr);
}

} // namespace falconry
