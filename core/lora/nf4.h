#pragma once

#include "core/model/falcon_linear.h"

#include <torch/torch.h>

#include <array>
#include <cstdint>
#include <vector>

namespace falconry {

/**
 * A tensor quantized to 4-bit NormalFloat exactly as bitsandbytes' quantize_4bit(quant_type="nf4")
 * stores it (TimDettmers/bitsandbytes@dada5301 functional.py, csrc/kernels.cu): the tensor is
 * flattened row-major and cut into blocks of `blockSize` values; each value is scaled by
 * 1/absmax of its block and mapped to the nearest of the 16 NF4 codes (thresholds = midpoints,
 * ties to the lower code); two codes per byte, element 2j in the high nibble.
 * With double quantization the fp32 absmax are stored as (absmax - mean) quantized to 8 bits
 * with the signed dynamic map in blocks of 256, plus one fp32 scale per 256 block and the mean.
 */
struct Nf4Tensor {
    std::vector<int64_t> shape;  // of the original tensor
    int64_t blockSize = 64;
    torch::Tensor packed;        // uint8 [(n + 1) / 2]
    torch::Tensor absmax;        // fp32 [nBlocks], undefined when doubleQuant
    bool doubleQuant = false;
    torch::Tensor qabsmax;       // uint8 [nBlocks] (doubleQuant)
    torch::Tensor absmax2;       // fp32 [ceil(nBlocks / 256)] (doubleQuant)
    float offset = 0.0F;         // mean of absmax, added back after dequantization (doubleQuant)

    int64_t numel() const;
    int64_t bytes() const;       // memory held
};

/** The 16 NF4 code values, index 0..15 (bitsandbytes get_4bit_type("nf4")). */
const std::array<float, 16>& nf4Code();
/** bitsandbytes create_dynamic_map(signed=True, max_exponent_bits=7, total_bits=8): 256 sorted fp32 values. */
torch::Tensor signedDynamicMap8();

/** Quantizes `w` (any float dtype, any device) to NF4. blockSize: 64..4096, a power of two. */
Nf4Tensor quantizeNf4(const torch::Tensor& w, bool doubleQuant, int64_t blockSize = 64);
/** The fp32 absmax per block (undoing the double quantization if present). */
torch::Tensor nf4Absmax(const Nf4Tensor& q);
/** code[nibble] * absmax[block], computed in fp32 and cast to `dtype`, in the original shape. */
torch::Tensor dequantizeNf4(const Nf4Tensor& q, torch::ScalarType dtype);

/** A frozen Linear weight held in NF4 and dequantized on every call (QLoRA). */
class Nf4WeightSource : public WeightSource {
public:
    explicit Nf4WeightSource(Nf4Tensor q);
    torch::Tensor weight(torch::ScalarType dtype) const override;
    int64_t bytes() const override;
    /**
     * On the CPU for a 2-D weight: up to 4 input rows with the NF4 GEMV (nf4_gemv.h), more rows
     * dequantized tile by tile into matmuls. FALCONRY_NF4_DEQUANTIZE=1 turns this off (whole-weight
     * dequantization, to compare). Undefined elsewhere (the caller dequantizes).
     */
    torch::Tensor matmul(const torch::Tensor& x) const override;
    const Nf4Tensor& tensor() const { return m_q; }

private:
    int64_t blockCount() const;
    /** fp32 absmax of blocks [begin, end). */
    torch::Tensor absmaxOfBlocks(int64_t begin, int64_t end) const;

    Nf4Tensor m_q;
    torch::Tensor m_absmax; // fp32 [nBlocks] without double quantization (the tensor's own)
    torch::Tensor m_code;   // double quantization: the 256-entry signed dynamic map
};

/**
 * Replaces the weight of every FalconLinear in `layers` by an Nf4WeightSource (frees the plain weight).
 * Returns the bytes the quantized weights hold.
 */
int64_t quantizeLinearsToNf4(const std::vector<FalconLinear>& layers, bool doubleQuant);

class FalconModelImpl;

/**
 * 4-bit weights for generation: every linear layer of the blocks to NF4 (as QLoRA holds them);
 * the embeddings and the tied head stay as they are (llama.cpp keeps Falcon's output layer at
 * 8 bits too). Adapters stay attached. Returns the bytes the quantized weights hold.
 */
int64_t quantizeModelToNf4(FalconModelImpl& model, bool doubleQuant);

} // namespace falconry
