#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <memory>

namespace falconry {

/** What an adapter (LoRA) adds to a linear layer's output. */
class LinearAdapter {
public:
    virtual ~LinearAdapter() = default;
    /** x: [B, T, in] in the activation dtype -> delta [B, T, out] (already scaled), same dtype as x. */
    virtual torch::Tensor forward(const torch::Tensor& x) = 0;
    /** ΔW [out, in] in fp32 (B @ A * scaling), for merging. */
    virtual torch::Tensor deltaWeight() const = 0;
};

/** Supplies a frozen weight that is not stored as a plain tensor (NF4 quantized, for QLoRA). */
class WeightSource {
public:
    virtual ~WeightSource() = default;
    /** The dequantized weight [out, in] in `dtype` on the source's device. */
    virtual torch::Tensor weight(torch::ScalarType dtype) const = 0;
    /** Bytes held in memory (for the memory planner / status). */
    virtual int64_t bytes() const = 0;
    /**
     * Inference only (no gradients): x [.., in] @ W^T [.., out] in x's dtype computed from the
     * source's own storage, or an undefined tensor when it has no better way than dequantizing
     * the whole weight (the caller then does that). NF4 streams its 4-bit codes (decode GEMV).
     */
    virtual torch::Tensor matmul(const torch::Tensor& x) const
    {
        (void)x;
        return {};
    }
};

/**
 * Falcon's Linear: y = x @ W^T (+ b) (+ adapter(x) on the rows where the adapter is on).
 * The weight is either the registered parameter "weight" or, for QLoRA, a WeightSource
 * that dequantizes on each call (the plain weight is then freed).
 */
class FalconLinearImpl : public torch::nn::Module {
public:
    FalconLinearImpl(int64_t inFeatures, int64_t outFeatures, bool bias);
    /**
     * Allocates in `options` (dtype, device) directly; `initialize` false leaves the weight
     * uninitialized (a loader fills it). Needed for 7B+ shapes where an fp32 detour would not fit.
     */
    FalconLinearImpl(int64_t inFeatures, int64_t outFeatures, bool bias, const torch::TensorOptions& options,
                     bool initialize);
    /** x [B, T, in] -> [B, T, out]. */
    torch::Tensor forward(const torch::Tensor& x);

    torch::Tensor weight; // [out, in]; registered parameter "weight" (undefined/empty once a WeightSource replaces it)
    torch::Tensor bias;   // [out] registered as "bias" when present, else undefined

    void setAdapter(std::shared_ptr<LinearAdapter> adapter); // nullptr removes it
    std::shared_ptr<LinearAdapter> adapter() const;
    void setAdapterEnabled(bool enabled); // whole-call switch
    bool adapterEnabled() const { return m_adapterEnabled; }
    /** Per batch row: [B] (1 = adapter on, 0 = off) in any float dtype; undefined tensor = all rows on. */
    void setAdapterRowMask(torch::Tensor rowMask);
    void setWeightSource(std::shared_ptr<WeightSource> source); // replaces `weight` (frees it)
    std::shared_ptr<WeightSource> weightSource() const { return m_weightSource; }
    /** The weight [out, in] in `dtype` whether plain or from a WeightSource. */
    torch::Tensor effectiveWeight(torch::ScalarType dtype) const;

    int64_t inFeatures() const { return m_inFeatures; }
    int64_t outFeatures() const { return m_outFeatures; }

private:
    /** y + the adapter's delta on the rows where it is on. */
    torch::Tensor addAdapter(const torch::Tensor& x, torch::Tensor y);

    int64_t m_inFeatures;
    int64_t m_outFeatures;
    std::shared_ptr<LinearAdapter> m_adapter;
    std::shared_ptr<WeightSource> m_weightSource;
    bool m_adapterEnabled = true;
    torch::Tensor m_rowMask; // [B] or undefined
};
TORCH_MODULE(FalconLinear);

} // namespace falconry
