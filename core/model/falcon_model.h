#pragma once

#include "core/model/falcon_block.h"
#include "core/model/falcon_config.h"
#include "core/model/falcon_linear.h"
#include "core/model/kv_cache.h"

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace falconry {

/** How a model is built: dtype and device of its weights (= compute dtype), random init or not. */
struct ModelOptions {
    torch::ScalarType dtype = torch::kFloat; // kFloat or kBFloat16
    torch::Device device = torch::kCPU;
    bool randomInit = true;                  // false: leave weights uninitialized (a loader fills them)
    uint64_t seed = 0;                       // for randomInit; 0 = torch's current generator state
};

/** transformer.word_embeddings / h / ln_f, named as in Hugging Face checkpoints. */
class FalconTransformerImpl : public torch::nn::Module {
public:
    FalconTransformerImpl(const FalconConfig& config, const torch::TensorOptions& options, bool initialize);

    torch::nn::Embedding word_embeddings{nullptr};
    torch::nn::ModuleList h{nullptr};
    torch::nn::LayerNorm ln_f{nullptr};
};
TORCH_MODULE(FalconTransformer);

/**
 * FalconForCausalLM: every layout of spec §1 (7B MQA, 40B grouped + 2 norms, 11B grouped + 1
 * norm, RW ALiBi sequential with biases). named_parameters() are exactly the Hugging Face
 * checkpoint names. Compute runs in the weights' dtype with LayerNorm and softmax in fp32.
 */
class FalconModelImpl : public torch::nn::Module {
public:
    explicit FalconModelImpl(const FalconConfig& config, const ModelOptions& options = {});

    const FalconConfig& config() const { return m_config; }
    torch::ScalarType dtype() const;
    torch::Device device() const;

    /**
     * ids [B, T] int64; attentionMask [B, T] (the new tokens) or [B, past + T] (HF style) of 0/1,
     * or undefined for all ones; cache: appended to when given (prefill and decode, left-padded
     * batches included). Returns logits [B, T, V] in the compute dtype.
     */
    torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& attentionMask = {}, KvCache* cache = nullptr);
    /** As forward() but only the last position's logits [B, V] (skips the lm_head over a prompt). */
    torch::Tensor forwardLast(const torch::Tensor& ids, const torch::Tensor& attentionMask = {}, KvCache* cache = nullptr);
    /** The final hidden states before ln_f: [B, T, H]. */
    torch::Tensor forwardHidden(const torch::Tensor& ids, const torch::Tensor& attentionMask = {}, KvCache* cache = nullptr);

    // Pieces for training loops (gradient checkpointing) and tools.
    torch::Tensor embed(const torch::Tensor& ids); // [B, T] -> [B, T, H]
    int64_t numLayers() const { return m_config.numHiddenLayers; }
    FalconBlock block(int64_t i);
    /** Contract form: attentionMask [B, T] or [B, pastLength + T] (defined), no cache. */
    AttentionContext makeContext(const torch::Tensor& attentionMask, int64_t pastLength, torch::ScalarType dtype) const;
    /** General form: B, T from `ids`; mask as in forward(); positions continue the cache. */
    AttentionContext contextFor(const torch::Tensor& ids, const torch::Tensor& attentionMask, KvCache* cache) const;
    torch::Tensor finalNorm(const torch::Tensor& h);
    torch::Tensor lmHead(const torch::Tensor& h); // [.., H] -> [.., V]; tied to the embeddings unless untied
    torch::Tensor wordEmbeddingWeight() const;   // [V, H]

    /** Linear layers of the decoder blocks by HF module name ("transformer.h.3.self_attention.dense"). */
    std::vector<std::pair<std::string, FalconLinear>> linearLayers();
    void setAdapterRowMask(torch::Tensor rowMask);
    void setAdapterEnabled(bool enabled);

    /** An empty cache for this model (K/V heads unexpanded), `capacity` positions preallocated. */
    std::unique_ptr<KvCache> makeCache(int64_t batch, int64_t capacity = 0) const;

    FalconTransformer transformer{nullptr};
    FalconLinear lm_head{nullptr}; // only when tie_word_embeddings is false

private:
    torch::Tensor chunkMask(const torch::Tensor& ids, const torch::Tensor& attentionMask, int64_t pastLength) const;
    AttentionContext buildContext(const torch::Tensor& fullMask, int64_t queryLength, KvCache* cache,
                                  torch::ScalarType dtype) const;

    FalconConfig m_config;
};
TORCH_MODULE(FalconModel);

} // namespace falconry
