#include "core/model/falcon_linear.h"

#include "core/model/bf16_gemv.h"
#include "core/util/errors.h"

#include <string>

namespace falconry {
namespace {

/**
 * x @ W^T for a frozen weight that a WeightSource dequantizes (QLoRA). Autograd would keep the
 * dequantized W [out, in] of every such matmul until backward (for 7B with checkpointing: one
 * block's four weights, about 415 MB in bf16); this function keeps nothing but the source and
 * dequantizes again in backward, as bitsandbytes' MatMul4Bit does. W gets no gradient.
 */
class DequantizingMatmul : public torch::autograd::Function<DequantizingMatmul> {
public:
    // The source is passed as its address: saved_data holds IValues only. The FalconLinear that
    // owns it outlives the autograd graph of any forward pass it took part in.
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x, int64_t source)
    {
        ctx->saved_data["source"] = source;
        const auto* weights = reinterpret_cast<const WeightSource*>(source);
        return torch::matmul(x, weights->weight(x.scalar_type()).t()); // [B, T, out]
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list gradOutputs)
    {
        const auto* weights = reinterpret_cast<const WeightSource*>(ctx->saved_data["source"].toInt());
        const torch::Tensor& dy = gradOutputs[0];                   // [B, T, out]
        return {torch::matmul(dy, weights->weight(dy.scalar_type())), torch::Tensor()}; // dx [B, T, in]
    }
};

} // namespace

FalconLinearImpl::FalconLinearImpl(int64_t inFeatures, int64_t outFeatures, bool bias)
    : FalconLinearImpl(inFeatures, outFeatures, bias, torch::TensorOptions(), true)
{
}

FalconLinearImpl::FalconLinearImpl(int64_t inFeatures, int64_t outFeatures, bool bias,
                                   const torch::TensorOptions& options, bool initialize)
    : m_inFeatures(inFeatures), m_outFeatures(outFeatures)
{
    torch::Tensor w = torch::empty({outFeatures, inFeatures}, options);
    torch::Tensor b = bias ? torch::zeros({outFeatures}, options) : torch::Tensor();
    if (initialize) {
        // torch.nn.Linear's default init (uniform, bound 1/sqrt(in)); Falcon models re-init or load.
        torch::NoGradGuard noGrad;
        const double bound = 1.0 / std::sqrt(static_cast<double>(std::max<int64_t>(inFeatures, 1)));
        w.uniform_(-bound, bound);
    }
    weight = register_parameter("weight", w);
    if (bias)
        this->bias = register_parameter("bias", b);
}

torch::Tensor FalconLinearImpl::effectiveWeight(torch::ScalarType dtype) const
{
    if (m_weightSource)
        return m_weightSource->weight(dtype);
    return weight.scalar_type() == dtype ? weight : weight.to(dtype);
}

torch::Tensor FalconLinearImpl::forward(const torch::Tensor& x)
{
    const auto dtype = x.scalar_type();
    torch::Tensor b;
    if (bias.defined())
        b = bias.scalar_type() == dtype ? bias : bias.to(dtype);
    if (m_weightSource && torch::GradMode::is_enabled() && x.requires_grad()) {
        torch::Tensor y = DequantizingMatmul::apply(x, reinterpret_cast<int64_t>(m_weightSource.get()));
        if (b.defined())
            y = y + b;
        return addAdapter(x, y);
    }
    if (m_weightSource && !torch::GradMode::is_enabled()) {
        // Generation: the source multiplies from its own storage (NF4: 4-bit codes streamed once
        // per token); the adapter's low-rank update is added on the side as for a plain weight.
        if (torch::Tensor y = m_weightSource->matmul(x); y.defined()) {
            if (b.defined())
                y = y + b;
            return addAdapter(x, y);
        }
    }
    torch::Tensor w = effectiveWeight(dtype);
    // Decode-sized bf16 inputs on the CPU: stream the weight with the AVX-512 kernel; the bias
    // is added after rounding to bf16, as transformers' FalconLinear does (matmul, then + bias).
    torch::Tensor y = m_weightSource ? torch::Tensor() : bf16GemvOrUndefined(x, w);
    if (y.defined()) {
        if (b.defined())
            y = y + b;
    } else {
        y = torch::nn::functional::linear(x, w, b);
    }
    return addAdapter(x, y);
}

torch::Tensor FalconLinearImpl::addAdapter(const torch::Tensor& x, torch::Tensor y)
{
    if (m_adapter && m_adapterEnabled) {
        torch::Tensor delta = m_adapter->forward(x);
        if (m_rowMask.defined()) {
            if (m_rowMask.dim() != 1 || m_rowMask.size(0) != x.size(0))
                throw Error("FalconLinear: adapter row mask has shape " + std::to_string(m_rowMask.dim() == 1 ? m_rowMask.size(0) : -1) +
                            ", expected [" + std::to_string(x.size(0)) + "] (one entry per batch row)");
            std::vector<int64_t> shape(static_cast<size_t>(x.dim()), 1);
            shape[0] = x.size(0);
            delta = delta * m_rowMask.to(delta.device(), delta.scalar_type()).view(shape);
        }
        y = y + delta;
    }
    return y;
}

void FalconLinearImpl::setAdapter(std::shared_ptr<LinearAdapter> adapter)
{
    m_adapter = std::move(adapter);
}

std::shared_ptr<LinearAdapter> FalconLinearImpl::adapter() const
{
    return m_adapter;
}

void FalconLinearImpl::setAdapterEnabled(bool enabled)
{
    m_adapterEnabled = enabled;
}

void FalconLinearImpl::setAdapterRowMask(torch::Tensor rowMask)
{
    m_rowMask = std::move(rowMask);
}

void FalconLinearImpl::setWeightSource(std::shared_ptr<WeightSource> source)
{
    m_weightSource = std::move(source);
    if (m_weightSource) {
        // Free the plain weight's storage but keep the registered parameter (now empty),
        // so parameter names stay stable and no frozen copy stays in memory.
        torch::NoGradGuard noGrad;
        weight.set_requires_grad(false);
        weight.set_data(torch::empty({0}, weight.options()));
    }
}

} // namespace falconry
