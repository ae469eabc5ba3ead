// GCC 12 reports its own _mm512_undefined_* inside the AVX-512 intrinsics as maybe-uninitialized.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "core/model/bf16_gemv.h"

#include <ATen/Parallel.h>

#include <cstring>
#include <immintrin.h>

namespace falconry {
namespace {

constexpr int64_t kMaxRows = 4; // decode of up to 4 sequences at once

// bf16 -> fp32 is a 16-bit left shift; 64 weights per iteration, 4 independent accumulators.
#define FALCONRY_BF16X16(ptr) \
    _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(ptr))), 16))

__attribute__((target("avx512f,avx512bw"))) void gemvRows(const uint16_t* w, const float* x, float* y, int64_t rows,
                                                         int64_t in, int64_t out, int64_t begin, int64_t end)
{
    for (int64_t o = begin; o < end; ++o) {
        const uint16_t* row = w + o * in;
        for (int64_t m = 0; m < rows; ++m) {
            const float* xm = x + m * in;
            __m512 a0 = _mm512_setzero_ps();
            __m512 a1 = _mm512_setzero_ps();
            __m512 a2 = _mm512_setzero_ps();
            __m512 a3 = _mm512_setzero_ps();
            int64_t i = 0;
            for (; i + 64 <= in; i += 64) {
                a0 = _mm512_fmadd_ps(FALCONRY_BF16X16(row + i), _mm512_loadu_ps(xm + i), a0);
                a1 = _mm512_fmadd_ps(FALCONRY_BF16X16(row + i + 16), _mm512_loadu_ps(xm + i + 16), a1);
                a2 = _mm512_fmadd_ps(FALCONRY_BF16X16(row + i + 32), _mm512_loadu_ps(xm + i + 32), a2);
                a3 = _mm512_fmadd_ps(FALCONRY_BF16X16(row + i + 48), _mm512_loadu_ps(xm + i + 48), a3);
            }
            for (; i + 16 <= in; i += 16)
                a0 = _mm512_fmadd_ps(FALCONRY_BF16X16(row + i), _mm512_loadu_ps(xm + i), a0);
            float s = _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(a0, a1), _mm512_add_ps(a2, a3)));
            for (; i < in; ++i) {
                const uint32_t bits = static_cast<uint32_t>(row[i]) << 16;
                float f = 0.0F;
                std::memcpy(&f, &bits, 4);
                s += f * xm[i];
            }
            y[m * out + o] = s;
        }
    }
}

#undef FALCONRY_BF16X16

bool cpuHasAvx512()
{
    static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw");
    return has;
}

} // namespace

torch::Tensor bf16GemvOrUndefined(const torch::Tensor& x, const torch::Tensor& weight)
{
    if (x.scalar_type() != torch::kBFloat16 || weight.scalar_type() != torch::kBFloat16 || !x.device().is_cpu() ||
        !weight.device().is_cpu() || weight.dim() != 2 || !weight.is_contiguous() || x.size(-1) != weight.size(1) ||
        !cpuHasAvx512())
        return {};
    if (torch::GradMode::is_enabled() && (x.requires_grad() || weight.requires_grad()))
        return {}; // not differentiable: training takes the libtorch path
    const int64_t in = weight.size(1);
    const int64_t out = weight.size(0);
    const int64_t rows = in > 0 ? x.numel() / in : 0;
    if (rows == 0 || rows > kMaxRows)
        return {};
    const torch::Tensor xf = x.reshape({rows, in}).to(torch::kFloat).contiguous();
    torch::Tensor yf = torch::empty({rows, out}, torch::kFloat);
    const auto* w = reinterpret_cast<const uint16_t*>(weight.data_ptr());
    const float* xp = xf.data_ptr<float>();
    float* yp = yf.data_ptr<float>();
    at::parallel_for(0, out, 64, [&](int64_t begin, int64_t end) { gemvRows(w, xp, yp, rows, in, out, begin, end); });
    std::vector<int64_t> shape = x.sizes().vec();
    shape.back() = out;
    return yf.to(torch::kBFloat16).view(shape);
}

} // namespace falconry
