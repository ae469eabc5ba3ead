#include "core/lora/lora_linear.h"

#include "core/util/errors.h"

#include <cmath>
#include <string>

namespace falconry {

double LoraConfig::scaling() const
{
    return useRslora ? alpha / std::sqrt(static_cast<double>(r)) : alpha / static_cast<double>(r);
}

LoraAdapter::LoraAdapter(int64_t inFeatures, int64_t outFeatures, const LoraConfig& config, torch::Device device)
    : m_scaling(config.scaling()), m_dropout(config.dropout)
{
    if (config.r <= 0)
        throw ConfigError("LoRA rank r must be positive, got " + std::to_string(config.r));
    if (config.dropout < 0.0 || config.dropout >= 1.0)
        throw ConfigError("LoRA dropout must be in [0, 1), got " + std::to_string(config.dropout));
    torch::NoGradGuard noGrad;
    const auto options = torch::TensorOptions().dtype(torch::kFloat32).device(device);
    // peft reset_lora_parameters: kaiming_uniform_(A, a=sqrt(5)) -> U(-1/sqrt(in), 1/sqrt(in)); B = 0.
    m_a = torch::empty({config.r, inFeatures}, options);
    torch::nn::init::kaiming_uniform_(m_a, std::sqrt(5.0));
    m_b = torch::zeros({outFeatures, config.r}, options);
    m_a.set_requires_grad(true);
    m_b.set_requires_grad(true);
}

torch::Tensor LoraAdapter::forward(const torch::Tensor& x)
{
    const auto dtype = x.scalar_type();
    torch::Tensor h = (m_training && m_dropout > 0.0) ? torch::dropout(x, m_dropout, true) : x;
    // Casting the fp32 masters to the activation dtype keeps the matmuls in bf16 for a bf16 model
    // while autograd accumulates fp32 gradients into A and B.
    const torch::Tensor a = m_a.scalar_type() == dtype ? m_a : m_a.to(dtype);
    const torch::Tensor b = m_b.scalar_type() == dtype ? m_b : m_b.to(dtype);
    torch::Tensor low = torch::matmul(h, a.t()); // [B, T, r]
    // Scaling on the rank-r intermediate is the same product as peft's scaling of the output, r/out of the work.
    return torch::matmul(low * m_scaling, b.t()); // [B, T, out]
}

torch::Tensor LoraAdapter::deltaWeight() const
{
    torch::NoGradGuard noGrad;
    return torch::matmul(m_b.to(torch::kFloat32), m_a.to(torch::kFloat32)) * m_scaling; // [out, in]
}

} // namespace falconry
