#pragma once

#include "core/lora/lora_config.h"
#include "core/model/falcon_linear.h"

#include <torch/torch.h>

#include <cstdint>

namespace falconry {

/**
 * A LoRA branch with peft's semantics (peft/tuners/lora/layer.py): delta = B(A(dropout(x))) * scaling,
 * A [r, in] kaiming-uniform(a = sqrt 5), B [out, r] zero, scaling = alpha / r (alpha / sqrt r for
 * rsLoRA). A and B are fp32 master weights (their gradients are fp32); for a bf16 activation they are
 * cast to bf16 for the matmuls, as autocast would.
 */
class LoraAdapter : public LinearAdapter {
public:
    LoraAdapter(int64_t inFeatures, int64_t outFeatures, const LoraConfig& config, torch::Device device);

    /** x [B, T, in] -> [B, T, out] in x's dtype. Dropout only in training mode. */
    torch::Tensor forward(const torch::Tensor& x) override;
    /** (B @ A) * scaling [out, in] in fp32. */
    torch::Tensor deltaWeight() const override;

    torch::Tensor& loraA() { return m_a; } // [r, in] fp32
    torch::Tensor& loraB() { return m_b; } // [out, r] fp32
    const torch::Tensor& loraA() const { return m_a; }
    const torch::Tensor& loraB() const { return m_b; }
    double scaling() const { return m_scaling; }
    void setTraining(bool training) { m_training = training; }
    bool training() const { return m_training; }

private:
    torch::Tensor m_a;
    torch::Tensor m_b;
    double m_scaling;
    double m_dropout;
    bool m_training = false;
};

} // namespace falconry
