#pragma once

#include "core/lora/nf4.h"

#include <torch/torch.h>

#include <cstdint>

namespace falconry {

/** The NF4 decode kernels; bestNf4Kernel picks one by the CPU's features at run time. */
enum class Nf4Kernel {
    Portable,   // plain C++: any CPU, any shape (also the path for rows that do not start on a block)
    Avx512,     // AVX-512F: codes looked up with vpermps, fp32 FMAs (exact code * x products)
    Avx512Bf16, // AVX-512 BF16: weights rounded to bf16 as the dequantized bf16 weight, vdpbf16ps (bf16 activations)
    Avx512Vnni, // AVX-512 VNNI (bf16 activations): codes as int8 (round(code * 127)), activations rounded to int8
                // per 64 (Q8_0's rounding; Q8_0's blocks are 32), vpdpbusd; about 2/3 of the bf16
                // kernel's work, opt-in (see below)
};

const char* nf4KernelName(Nf4Kernel kernel);
bool nf4KernelAvailable(Nf4Kernel kernel);
/**
 * What the decode path uses for activations of `dtype` on this CPU, at most the cap: by default
 * the exact kernels (Avx512Bf16 for bf16: the dequantized model's weights and greedy tokens);
 * Avx512Vnni only when asked for (FALCONRY_NF4_KERNEL=portable|avx512|avx512_bf16|avx512_vnni at
 * start, or setNf4KernelCap), since its int8 activations may flip a near-tie greedy token.
 */
Nf4Kernel bestNf4Kernel(torch::ScalarType dtype);
/** The most a later bestNf4Kernel may pick (process-wide; benchmarks compare kernels with it). */
void setNf4KernelCap(Nf4Kernel cap);

/** The most input rows one GEMV call takes (decode of up to 4 sequences); more is prefill. */
constexpr int64_t kNf4GemvMaxRows = 4;

/**
 * y = x @ W^T for x [.., in] (fp32 or bf16, at most kNf4GemvMaxRows rows) and an NF4 (optionally
 * double-quantized) W [out, in] on the CPU, straight from the 4-bit codes: each weight byte and
 * each block scale is read once per call whatever the number of input rows, fp32 sums,
 * y [.., out] in x's dtype. Threads split the output rows. Shown as "falconry::nf4_gemv" in
 * profiler traces. Throws Error when `kernel` is not available or the shapes do not fit.
 */
torch::Tensor nf4Gemv(const torch::Tensor& x, const Nf4Tensor& w, Nf4Kernel kernel);

/**
 * x [.., in] @ W^T for any number of rows without dequantizing W whole: `tileRows` rows of W at
 * a time are dequantized into x's dtype (exactly the values of dequantizeNf4) and multiplied
 * with libtorch's matmul into their slice of y; 0 = all rows in one tile. Shown as
 * "falconry::nf4_tiled_matmul" in profiler traces.
 */
torch::Tensor nf4TiledMatmul(const torch::Tensor& x, const Nf4Tensor& w, int64_t tileRows);

/** Rows of W per prefill tile (FALCONRY_NF4_TILE_ROWS overrides; 0 = the whole matrix), for `in` columns. */
int64_t nf4PrefillTileRows(int64_t in);

/**
 * Rows [rowBegin, rowEnd) of a 2-D NF4 W dequantized into `out` [rowEnd - rowBegin, in] (fp32 or
 * bf16, contiguous): code * absmax in fp32, then rounded, the same values as dequantizeNf4.
 */
void dequantizeNf4Rows(const Nf4Tensor& w, int64_t rowBegin, int64_t rowEnd, torch::Tensor& out);

} // namespace falconry
