#include "core/train/adamw.h"

#include "core/util/errors.h"

#include <cmath>

namespace falconry {

AdamW::AdamW(std::vector<torch::Tensor> params, double beta1, double beta2, double eps, double weightDecay)
    : m_params(std::move(params)), m_beta1(beta1), m_beta2(beta2), m_eps(eps), m_weightDecay(weightDecay)
{
    for (const auto& p : m_params) {
        m_m.push_back(torch::zeros_like(p, p.options().dtype(torch::kFloat32)));
        m_v.push_back(torch::zeros_like(p, p.options().dtype(torch::kFloat32)));
    }
}

void AdamW::step(double lr)
{
    torch::NoGradGuard noGrad;
    ++m_steps;
    const double bc1 = 1.0 - std::pow(m_beta1, static_cast<double>(m_steps));
    const double bc2 = 1.0 - std::pow(m_beta2, static_cast<double>(m_steps));
    for (size_t i = 0; i < m_params.size(); ++i) {
        torch::Tensor& p = m_params[i];
        if (!p.grad().defined())
            continue;
        const torch::Tensor g = p.grad().to(torch::kFloat32);
        if (m_weightDecay != 0.0)
            p.mul_(1.0 - lr * m_weightDecay);
        m_m[i].mul_(m_beta1).add_(g, 1.0 - m_beta1);
        m_v[i].mul_(m_beta2).addcmul_(g, g, 1.0 - m_beta2);
        const torch::Tensor denom = (m_v[i].sqrt() / std::sqrt(bc2)).add_(m_eps);
        if (p.scalar_type() == torch::kFloat32)
            p.addcdiv_(m_m[i], denom, -lr / bc1);
        else // a bf16 parameter (full mode in bf16): update in fp32, round once
            p.copy_(p.to(torch::kFloat32).addcdiv_(m_m[i], denom, -lr / bc1));
    }
}

void AdamW::zeroGrad()
{
    for (auto& p : m_params)
        if (p.grad().defined())
            p.mutable_grad() = torch::Tensor();
}

std::map<std::string, torch::Tensor> AdamW::state() const
{
    std::map<std::string, torch::Tensor> out;
    for (size_t i = 0; i < m_params.size(); ++i) {
        out["exp_avg." + std::to_string(i)] = m_m[i].to(torch::kCPU).clone();
        out["exp_avg_sq." + std::to_string(i)] = m_v[i].to(torch::kCPU).clone();
    }
    return out;
}

void AdamW::loadState(const std::map<std::string, torch::Tensor>& state, int64_t steps, const std::string& where)
{
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < m_params.size(); ++i) {
        for (auto* pair : {&m_m, &m_v}) {
            const std::string key = (pair == &m_m ? "exp_avg." : "exp_avg_sq.") + std::to_string(i);
            auto it = state.find(key);
            if (it == state.end() || it->second.sizes() != (*pair)[i].sizes())
                throw CheckpointError(where + ": optimizer state '" + key + "' is missing or has the wrong shape");
            (*pair)[i].copy_(it->second);
        }
    }
    m_steps = steps;
}

int64_t AdamW::stateBytes() const
{
    int64_t n = 0;
    for (const auto& p : m_params)
        n += 2 * 4 * p.numel();
    return n;
}

double clipGradNorm(const std::vector<torch::Tensor>& params, double maxNorm)
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> squares;
    for (const auto& p : params)
        if (p.grad().defined())
            squares.push_back(p.grad().to(torch::kFloat32).pow(2).sum());
    if (squares.empty())
        return 0.0;
    const double norm = torch::stack(squares).sum().sqrt().item<double>();
    if (maxNorm > 0.0 && norm > maxNorm && std::isfinite(norm)) {
        const double scale = maxNorm / (norm + 1e-6);
        for (const auto& p : params)
            if (p.grad().defined())
                p.grad().mul_(scale);
    }
    return norm;
}

} // namespace falconry
