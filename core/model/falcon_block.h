#pragma once

#include "core/model/falcon_config.h"
#include "core/model/falcon_linear.h"
#include "core/model/kv_cache.h"

#include <torch/torch.h>

#include <cstdint>

namespace falconry {

/**
 * What every layer of one forward pass shares, built once per batch by
 * FalconModelImpl::makeContext(): rotary cos/sin or the ALiBi bias, the additive mask and
 * the cache to append to.
 */
struct AttentionContext {
    torch::Tensor cos;       // [B, T, headDim] compute dtype (rotary), else undefined
    torch::Tensor sin;       // [B, T, headDim]
    torch::Tensor alibi;     // [B, heads, 1, S] fp32 (ALiBi), else undefined
    torch::Tensor mask;      // [B, 1, T, S] fp32 additive; undefined when nothing is masked (T == 1, no padding)
    torch::Tensor positions; // [B, T] int64
    int64_t pastLength = 0;  // S - T
    int64_t queryLength = 0; // T
    KvCache* cache = nullptr;
};

/** LayerNorm computed in fp32 whatever the activation dtype, cast back (QLoRA/HF practice). */
torch::Tensor layerNormFp32(const torch::Tensor& x, const torch::nn::LayerNorm& norm);

/** Falcon's self-attention: fused QKV for all four layouts, rotary or ALiBi, MQA/GQA without expanding K/V. */
class FalconAttentionImpl : public torch::nn::Module {
public:
    FalconAttentionImpl(const FalconConfig& config, int64_t layerIndex, const torch::TensorOptions& options, bool initialize);
    /** x [B, T, H] (normed) -> [B, T, H]. */
    torch::Tensor forward(const torch::Tensor& x, const AttentionContext& ctx);

    FalconLinear query_key_value{nullptr}; // HF names, so named_parameters() are the checkpoint's
    FalconLinear dense{nullptr};

private:
    int64_t m_layer;
    int64_t m_heads;
    int64_t m_kvHeads;
    int64_t m_headDim;
    bool m_alibi;
    double m_dropout;
};
TORCH_MODULE(FalconAttention);

/** dense_4h_to_h(act(dense_h_to_4h(x))). */
class FalconMlpImpl : public torch::nn::Module {
public:
    FalconMlpImpl(const FalconConfig& config, const torch::TensorOptions& options, bool initialize);
    torch::Tensor forward(const torch::Tensor& x);

    FalconLinear dense_h_to_4h{nullptr};
    FalconLinear dense_4h_to_h{nullptr};

private:
    std::string m_activation;
};
TORCH_MODULE(FalconMlp);

/** One decoder layer, in the layout the config says (spec §1.6). */
class FalconBlockImpl : public torch::nn::Module {
public:
    FalconBlockImpl(const FalconConfig& config, int64_t layerIndex, const torch::TensorOptions& options, bool initialize);
    /** h [B, T, H] -> [B, T, H]; appends this layer's K/V to ctx.cache when set. */
    torch::Tensor forward(const torch::Tensor& h, const AttentionContext& ctx);

    FalconAttention self_attention{nullptr};
    FalconMlp mlp{nullptr};
    torch::nn::LayerNorm input_layernorm{nullptr};          // 7B, 11B, RW
    torch::nn::LayerNorm post_attention_layernorm{nullptr}; // RW (sequential)
    torch::nn::LayerNorm ln_attn{nullptr};                  // 40B
    torch::nn::LayerNorm ln_mlp{nullptr};                   // 40B

private:
    bool m_newArch;
    bool m_parallel;
    bool m_twoNorms;
    double m_hiddenDropout;
};
TORCH_MODULE(FalconBlock);

/** A LayerNorm over `hidden` with parameters allocated in `options` (weight 1, bias 0). */
torch::nn::LayerNorm makeFalconLayerNorm(int64_t hidden, double eps, const torch::TensorOptions& options);

} // namespace falconry
