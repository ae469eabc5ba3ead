#pragma once

#include <torch/torch.h>

namespace falconry {

/**
 * y = x @ W^T for bf16 x [.., in] with few rows (decode: batch x 1 token) and a contiguous bf16
 * W [out, in] on the CPU, streaming W once with AVX-512 and fp32 accumulation, split over
 * libtorch's threads by output rows. Decode is bound by reading the weights; this path reads
 * them at close to memory speed where oneDNN's bf16 GEMV does not (bench_falcon_7b).
 * Returns an undefined tensor when the fast path does not apply (caller falls back to linear).
 */
torch::Tensor bf16GemvOrUndefined(const torch::Tensor& x, const torch::Tensor& weight);

} // namespace falconry
