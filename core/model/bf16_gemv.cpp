// GCC 12 reports its own _mm512_undefined_* inside the AVX-512 intrinsics as maybe-uninitialized.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "core/model/bf16_gemv.h"

#include <ATen/Parallel.h>
#include <ATen/record_function.h>

#include <cstdlib>
#include <cstring>
#include <immintrin.h>

namespace falconry {
namespace {

constexpr int64_t kMaxRows = 4; // decode of up to 4 sequences at once
// Prefetch into L2 this many values (8 KB) ahead in every stream. Measured on 8 layers of the 7B
// shape: 186-187 ms/token vs 204-209 without; 2 KB or 16 KB ahead, or into L1, were slower.
constexpr int64_t kPrefetchAhead = 4096;
constexpr int kStreams = 16;     // weight rows the bf16 dot-product kernel reads at once

/** bf16 -> fp32 is a 16-bit left shift (exact). */
inline float bf16ToFloat(uint16_t bits)
{
    const uint32_t wide = static_cast<uint32_t>(bits) << 16;
    float f = 0.0F;
    std::memcpy(&f, &wide, 4);
    return f;
}

// The same with AVX-512, 16 at a time; 64 weights per iteration, 4 independent accumulators.
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
            for (; i < in; ++i)
                s += bf16ToFloat(row[i]) * xm[i];
            y[m * out + o] = s;
        }
    }
}

#undef FALCONRY_BF16X16

/** dot(row, x) over `in` bf16 values, fp32 sum; the tail beyond a multiple of 32 in scalar code. */
inline float dotTail(const uint16_t* row, const uint16_t* x, int64_t from, int64_t in)
{
    float s = 0.0F;
    for (int64_t i = from; i < in; ++i)
        s += bf16ToFloat(row[i]) * bf16ToFloat(x[i]);
    return s;
}

// With AVX512_BF16, one vdpbf16ps multiplies 32 bf16 pairs and accumulates in fp32: a third of
// the instructions per weight of the shift-and-FMA loop above. That matters where 512-bit ops
// run at half rate (AMD Zen 4): there the loop above is compute-bound at about 12 GB/s and
// slower than oneDNN, while this one streams the weights at memory speed. The products of two
// bf16 values are exact in fp32, so only the summation order differs from the loop above.
__attribute__((target("avx512f,avx512bw,avx512bf16"))) void gemvRowsDpbf16(const uint16_t* w, const uint16_t* x,
                                                                          float* y, int64_t rows, int64_t in,
                                                                          int64_t out, int64_t begin, int64_t end)
{
    const int64_t body = in / 32 * 32;
    for (int64_t m = 0; m < rows; ++m) {
        const uint16_t* xm = x + m * in;
        int64_t o = begin;
        // kStreams weight rows at a time: that many streams in flight (which is what lets one
        // core draw its share of the memory bandwidth), x loaded once for all of them.
        for (; o + kStreams <= end; o += kStreams) {
            const uint16_t* r = w + o * in;
            __m512 a[kStreams];
            for (int k = 0; k < kStreams; ++k)
                a[k] = _mm512_setzero_ps();
            for (int64_t i = 0; i < body; i += 32) {
                const __m512bh xv = (__m512bh)_mm512_loadu_si512(xm + i);
                for (int k = 0; k < kStreams; ++k) {
                    _mm_prefetch(reinterpret_cast<const char*>(r + k * in + i + kPrefetchAhead), _MM_HINT_T1);
                    a[k] = _mm512_dpbf16_ps(a[k], (__m512bh)_mm512_loadu_si512(r + k * in + i), xv);
                }
            }
            for (int k = 0; k < kStreams; ++k)
                y[m * out + o + k] = _mm512_reduce_add_ps(a[k]) + dotTail(r + k * in, xm, body, in);
        }
        for (; o < end; ++o) {
            const uint16_t* r0 = w + o * in;
            __m512 a0 = _mm512_setzero_ps();
            for (int64_t i = 0; i < body; i += 32)
                a0 = _mm512_dpbf16_ps(a0, (__m512bh)_mm512_loadu_si512(r0 + i), (__m512bh)_mm512_loadu_si512(xm + i));
            y[m * out + o] = _mm512_reduce_add_ps(a0) + dotTail(r0, xm, body, in);
        }
    }
}

bool cpuHasAvx512()
{
    static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw");
    return has;
}

bool cpuHasAvx512Bf16()
{
    static const bool has = cpuHasAvx512() && __builtin_cpu_supports("avx512bf16");
    return has;
}

} // namespace

torch::Tensor bf16GemvOrUndefined(const torch::Tensor& x, const torch::Tensor& weight)
{
    if (x.scalar_type() != torch::kBFloat16 || weight.scalar_type() != torch::kBFloat16 || !x.device().is_cpu() ||
        !weight.device().is_cpu() || weight.dim() != 2 || !weight.is_contiguous() || x.size(-1) != weight.size(1) ||
        !cpuHasAvx512() || std::getenv("FALCONRY_NO_GEMV"))
        return {};
    if (torch::GradMode::is_enabled() && (x.requires_grad() || weight.requires_grad()))
        return {}; // not differentiable: training takes the libtorch path
    const int64_t in = weight.size(1);
    const int64_t out = weight.size(0);
    const int64_t rows = in > 0 ? x.numel() / in : 0;
    if (rows == 0 || rows > kMaxRows)
        return {};
    RECORD_FUNCTION("falconry::bf16_gemv", std::vector<c10::IValue>()); // named in PROFILE_TRACE traces
    torch::Tensor yf = torch::empty({rows, out}, torch::kFloat);
    const auto* w = reinterpret_cast<const uint16_t*>(weight.data_ptr());
    float* yp = yf.data_ptr<float>();
    if (cpuHasAvx512Bf16()) {
        const torch::Tensor xb = x.reshape({rows, in}).contiguous();
        const auto* xp = reinterpret_cast<const uint16_t*>(xb.data_ptr());
        at::parallel_for(0, out, 64, [&](int64_t begin, int64_t end) { gemvRowsDpbf16(w, xp, yp, rows, in, out, begin, end); });
    } else {
        const torch::Tensor xf = x.reshape({rows, in}).to(torch::kFloat).contiguous();
        const float* xp = xf.data_ptr<float>();
        at::parallel_for(0, out, 64, [&](int64_t begin, int64_t end) { gemvRows(w, xp, yp, rows, in, out, begin, end); });
    }
    std::vector<int64_t> shape = x.sizes().vec();
    shape.back() = out;
    return yf.to(torch::kBFloat16).view(shape);
}

} // namespace falconry
