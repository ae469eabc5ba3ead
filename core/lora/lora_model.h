#pragma once

#include "core/lora/lora_config.h"
#include "core/lora/lora_linear.h"
#include "core/model/falcon_linear.h"

#include <torch/torch.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace falconry {

class FalconModelImpl;

/** One injected LoRA layer: the HF module name, the layer and its adapter. */
struct LoraLayer {
    std::string name; // "transformer.h.3.self_attention.query_key_value"
    FalconLinear linear;
    std::shared_ptr<LoraAdapter> adapter;
};

/** peft's target matching: `target` equals the module name or is a suffix of it after a '.'. */
bool matchesLoraTarget(const std::string& moduleName, const std::vector<std::string>& targets);
/** "base_model.model.<module>.lora_A.weight" (which = "A") or ".lora_B.weight". */
std::string peftTensorName(const std::string& moduleName, char which);

/**
 * The LoRA adapters injected into one model. inject() freezes every base parameter, so the
 * LoRA A/B tensors are the only trainable ones. Merge folds ΔW into the weights (peft's
 * merge_and_unload when followed by dropping this object); unmerge takes it out again.
 */
class LoraModel {
public:
    /**
     * Creates fresh adapters (A kaiming-uniform from torch's current generator, B zero) on every
     * linear layer whose name matches config.targets. Throws ConfigError if nothing matches.
     */
    static LoraModel inject(FalconModelImpl& model, const LoraConfig& config);

    const LoraConfig& config() const { return m_config; }
    const std::vector<LoraLayer>& layers() const { return m_layers; }
    /** A then B of every layer, in module order. */
    std::vector<torch::Tensor> parameters() const;
    int64_t parameterCount() const;
    void setTraining(bool training);

    /** peft names -> fp32 CPU tensors (copies). */
    std::map<std::string, torch::Tensor> stateDict() const;
    /** Copies tensors named as stateDict() in; every name must be present with its shape. `where` names the file. */
    void loadStateDict(const std::map<std::string, torch::Tensor>& tensors, const std::string& where);

    /** W += ΔW (fp32, then cast to W's dtype) on every layer; the adapters are detached from the layers. */
    void merge();
    /** W -= ΔW and the adapters attached again. */
    void unmerge();
    bool merged() const { return m_merged; }
    /** Detaches every adapter from its layer (the model is the base model again). */
    void remove();

private:
    LoraConfig m_config;
    std::vector<LoraLayer> m_layers;
    bool m_merged = false;
};

} // namespace falconry
