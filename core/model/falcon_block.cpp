#include "core/model/falcon_block.h"

#include "core/model/positional_encoding.h"

#include <cmath>

namespace falconry {

namespace F = torch::nn::functional;

torch::Tensor layerNormFp32(const torch::Tensor& x, const torch::nn::LayerNorm& norm)
{
    const auto& opts = norm->options;
    if (x.scalar_type() == torch::kFloat && norm->weight.scalar_type() == torch::kFloat)
        return F::layer_norm(x, F::LayerNormFuncOptions(opts.normalized_shape()).weight(norm->weight).bias(norm->bias).eps(opts.eps()));
    const torch::Tensor y = F::layer_norm(x.to(torch::kFloat), F::LayerNormFuncOptions(opts.normalized_shape())
                                                                   .weight(norm->weight.to(torch::kFloat))
                                                                   .bias(norm->bias.to(torch::kFloat))
                                                                   .eps(opts.eps()));
    return y.to(x.scalar_type());
}

torch::nn::LayerNorm makeFalconLayerNorm(int64_t hidden, double eps, const torch::TensorOptions& options)
{
    torch::nn::LayerNorm norm(torch::nn::LayerNormOptions({hidden}).eps(eps).elementwise_affine(true));
    norm->to(options.device(), options.dtype().toScalarType());
    return norm;
}

FalconAttentionImpl::FalconAttentionImpl(const FalconConfig& config, int64_t layerIndex, const torch::TensorOptions& options,
                                         bool initialize)
    : m_layer(layerIndex), m_heads(config.numAttentionHeads), m_kvHeads(config.kvHeads()), m_headDim(config.headDim()),
      m_alibi(config.alibi), m_dropout(config.attentionDropout)
{
    query_key_value = register_module(
        "query_key_value", FalconLinear(config.hiddenSize, config.qkvOutFeatures(), config.bias, options, initialize));
    dense = register_module("dense", FalconLinear(config.hiddenSize, config.hiddenSize, config.bias, options, initialize));
}

torch::Tensor FalconAttentionImpl::forward(const torch::Tensor& x, const AttentionContext& ctx)
{
    const int64_t b = x.size(0);
    const int64_t t = x.size(1);
    const int64_t nkv = m_kvHeads;
    const int64_t g = m_heads / m_kvHeads; // query heads per K/V head
    const int64_t d = m_headDim;
    // One view covers the three fused layouts (spec §1.4): per KV group, g query heads then K
    // then V. 7B: nkv = 1, g = heads; 40B/11B: grouped; RW: nkv = heads, g = 1 (q, k, v per head).
    const torch::Tensor fused = query_key_value(x).view({b, t, nkv, g + 2, d});
    torch::Tensor q = fused.narrow(3, 0, g); // [B, T, nkv, g, d]
    torch::Tensor k = fused.select(3, g);    // [B, T, nkv, d]
    torch::Tensor v = fused.select(3, g + 1);
    if (ctx.cos.defined()) {
        q = applyRotary(q, ctx.cos.view({b, t, 1, 1, d}), ctx.sin.view({b, t, 1, 1, d}));
        k = applyRotary(k, ctx.cos.view({b, t, 1, d}), ctx.sin.view({b, t, 1, d}));
    }
    // Query heads of one KV group are stacked along the row axis, so MQA/GQA attention is one
    // batched matmul against the group's shared K/V: no expand, no repeat_interleave.
    q = q.permute({0, 2, 3, 1, 4}).reshape({b, nkv, g * t, d}); // [B, nkv, g*T, d]
    k = k.permute({0, 2, 1, 3});                                // [B, nkv, T, d]
    v = v.permute({0, 2, 1, 3});
    if (ctx.cache)
        std::tie(k, v) = ctx.cache->append(m_layer, k, v);     // [B, nkv, S, d] views
    const int64_t s = k.size(2);

    torch::Tensor scores = torch::matmul(q, k.transpose(-1, -2)); // [B, nkv, g*T, S]
    if (scores.scalar_type() != torch::kFloat)
        scores = scores.to(torch::kFloat); // softmax in fp32
    scores = scores.view({b, nkv, g, t, s});
    if (m_alibi) {
        // transformers: (scores + alibi) * inv_norm_factor, then + mask.
        scores = (scores + ctx.alibi.view({b, nkv, g, 1, s})) * (1.0 / std::sqrt(static_cast<double>(d)));
    } else {
        scores = scores / std::sqrt(static_cast<double>(d));
    }
    if (ctx.mask.defined())
        scores = scores + ctx.mask.view({b, 1, 1, t, s});
    torch::Tensor probs = torch::softmax(scores, -1).to(x.scalar_type());
    if (m_dropout > 0.0 && is_training())
        probs = torch::dropout(probs, m_dropout, true);
    torch::Tensor out = torch::matmul(probs.view({b, nkv, g * t, s}), v);            // [B, nkv, g*T, d]
    out = out.view({b, nkv, g, t, d}).permute({0, 3, 1, 2, 4}).reshape({b, t, m_heads * d}); // [B, T, H]
    return dense(out);
}

FalconMlpImpl::FalconMlpImpl(const FalconConfig& config, const torch::TensorOptions& options, bool initialize)
    : m_activation(config.activation)
{
    dense_h_to_4h = register_module(
        "dense_h_to_4h", FalconLinear(config.hiddenSize, config.ffnSize(), config.bias, options, initialize));
    dense_4h_to_h = register_module(
        "dense_4h_to_h", FalconLinear(config.ffnSize(), config.hiddenSize, config.bias, options, initialize));
}

torch::Tensor FalconMlpImpl::forward(const torch::Tensor& x)
{
    torch::Tensor h = dense_h_to_4h(x);
    if (m_activation == "gelu")
        h = torch::gelu(h); // exact erf GELU, as nn.GELU() / transformers "gelu"
    else if (m_activation == "relu")
        h = torch::relu(h);
    else if (m_activation == "silu")
        h = torch::silu(h);
    else
        h = torch::gelu(h, "tanh"); // gelu_new, gelu_pytorch_tanh, gelu_fast
    return dense_4h_to_h(h);
}

FalconBlockImpl::FalconBlockImpl(const FalconConfig& config, int64_t layerIndex, const torch::TensorOptions& options,
                                 bool initialize)
    : m_newArch(config.newDecoderArchitecture), m_parallel(config.parallelAttn),
      m_twoNorms(config.newDecoderArchitecture && config.numLayerNorms() == 2), m_hiddenDropout(config.hiddenDropout)
{
    const int64_t h = config.hiddenSize;
    const double eps = config.layerNormEpsilon;
    if (m_twoNorms) {
        ln_attn = register_module("ln_attn", makeFalconLayerNorm(h, eps, options));
        ln_mlp = register_module("ln_mlp", makeFalconLayerNorm(h, eps, options));
    } else {
        input_layernorm = register_module("input_layernorm", makeFalconLayerNorm(h, eps, options));
        if (!m_newArch && !m_parallel)
            post_attention_layernorm = register_module("post_attention_layernorm", makeFalconLayerNorm(h, eps, options));
    }
    self_attention = register_module("self_attention", FalconAttention(config, layerIndex, options, initialize));
    mlp = register_module("mlp", FalconMlp(config, options, initialize));
}

torch::Tensor FalconBlockImpl::forward(const torch::Tensor& h, const AttentionContext& ctx)
{
    torch::Tensor residual = h;
    torch::Tensor attnIn;
    torch::Tensor mlpIn;
    if (m_twoNorms) {
        attnIn = layerNormFp32(h, ln_attn);
        mlpIn = layerNormFp32(h, ln_mlp);
    } else {
        attnIn = layerNormFp32(h, input_layernorm);
    }
    const torch::Tensor attn = self_attention(attnIn, ctx);
    if (!m_newArch) {
        if (m_parallel) {
            mlpIn = attnIn;
        } else {
            residual = residual + torch::dropout(attn, m_hiddenDropout, is_training() && m_hiddenDropout > 0.0);
            mlpIn = layerNormFp32(residual, post_attention_layernorm);
        }
    } else if (!m_twoNorms) {
        mlpIn = attnIn; // 11B: one norm feeds both branches
    }
    torch::Tensor out = mlp(mlpIn);
    if (m_newArch || m_parallel)
        out = out + attn;
    if (m_hiddenDropout > 0.0 && is_training())
        out = torch::dropout(out, m_hiddenDropout, true);
    return residual + out;
}

} // namespace falconry
