#pragma once

#include <torch/torch.h>

namespace falconry {

/**
 * y = x @ W^T for bf16 x [.., in] with few rows (decode: batch x 1 token) and a contiguous bf16
 * W [out, in] on the CPU, streaming W once with fp32 accumulation, split over libtorch's
 * threads by output rows. Decode is bound by reading the weights. With AVX512_BF16 the kernel
 * reads 16 weight rows at once with vdpbf16ps and prefetches 8 KB ahead into L2 (2-core Zen 4 CI
 * machine, Falcon-7B decode: median 87 % of the bandwidth bound over 5 runs, vs 57 % for the
 * earlier one-row shift-and-FMA loop, which was slower than oneDNN there); CPUs with AVX-512 but
 * without BF16 keep the shift-and-FMA loop.
 * FALCONRY_NO_GEMV=1 turns the path off (libtorch's linear), to compare in bench_falcon_7b.
 * Returns an undefined tensor when the fast path does not apply (caller falls back to linear).
 */
torch::Tensor bf16GemvOrUndefined(const torch::Tensor& x, const torch::Tensor& weight);

} // namespace falconry
