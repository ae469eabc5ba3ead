#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace falconry {

/**
 * AdamW with fp32 state (torch.optim.AdamW, amsgrad off; = paged_adamw_32bit on a CPU):
 * p *= 1 - lr*wd; m = b1 m + (1-b1) g; v = b2 v + (1-b2) g²;
 * p -= lr/(1-b1^t) * m / (sqrt(v)/sqrt(1-b2^t) + eps). Its state saves to named tensors so a
 * resumed run continues bit for bit.
 */
class AdamW {
public:
    AdamW(std::vector<torch::Tensor> params, double beta1, double beta2, double eps, double weightDecay);

    /** One update with learning rate `lr`, from the parameters' .grad (skips those without). */
    void step(double lr);
    void zeroGrad();
    int64_t steps() const { return m_steps; }
    const std::vector<torch::Tensor>& params() const { return m_params; }

    /** "exp_avg.<i>", "exp_avg_sq.<i>" (fp32, CPU copies). */
    std::map<std::string, torch::Tensor> state() const;
    /** Restores state() output; shapes must match; `where` names the file. */
    void loadState(const std::map<std::string, torch::Tensor>& state, int64_t steps, const std::string& where);
    /** Bytes of optimizer state (2 fp32 tensors per parameter). */
    int64_t stateBytes() const;

private:
    std::vector<torch::Tensor> m_params;
    std::vector<torch::Tensor> m_m;
    std::vector<torch::Tensor> m_v;
    double m_beta1, m_beta2, m_eps, m_weightDecay;
    int64_t m_steps = 0;
};

/**
 * The global L2 norm of the gradients (fp32); scales them by maxNorm / (norm + 1e-6) when the
 * norm exceeds maxNorm > 0 (torch.nn.utils.clip_grad_norm_). Returns the norm before clipping.
 */
double clipGradNorm(const std::vector<torch::Tensor>& params, double maxNorm);

} // namespace falconry
