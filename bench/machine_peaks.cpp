// GCC 12 reports its own _mm512_undefined_* inside the AVX-512 intrinsics as (maybe-)uninitialized.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"

#include "machine_peaks.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <immintrin.h>
#include <memory>
#include <vector>

namespace falconry::bench {
namespace {

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

__attribute__((target("avx512f"))) uint64_t readAvx512(const uint64_t* p, int64_t n)
{
    __m512i a0 = _mm512_setzero_si512();
    __m512i a1 = _mm512_setzero_si512();
    __m512i a2 = _mm512_setzero_si512();
    __m512i a3 = _mm512_setzero_si512();
    for (int64_t i = 0; i + 32 <= n; i += 32) { // 256 bytes: four cache lines per step
        a0 = _mm512_add_epi64(a0, _mm512_load_si512(p + i));
        a1 = _mm512_add_epi64(a1, _mm512_load_si512(p + i + 8));
        a2 = _mm512_add_epi64(a2, _mm512_load_si512(p + i + 16));
        a3 = _mm512_add_epi64(a3, _mm512_load_si512(p + i + 24));
    }
    return static_cast<uint64_t>(_mm512_reduce_add_epi64(_mm512_add_epi64(_mm512_add_epi64(a0, a1), _mm512_add_epi64(a2, a3))));
}

__attribute__((target("avx2"))) uint64_t readAvx2(const uint64_t* p, int64_t n)
{
    __m256i a0 = _mm256_setzero_si256();
    __m256i a1 = _mm256_setzero_si256();
    __m256i a2 = _mm256_setzero_si256();
    __m256i a3 = _mm256_setzero_si256();
    for (int64_t i = 0; i + 32 <= n; i += 32) { // 256 bytes per step, as the AVX-512 loop
        for (int64_t k = 0; k < 32; k += 16) {
            a0 = _mm256_add_epi64(a0, _mm256_load_si256(reinterpret_cast<const __m256i*>(p + i + k)));
            a1 = _mm256_add_epi64(a1, _mm256_load_si256(reinterpret_cast<const __m256i*>(p + i + k + 4)));
            a2 = _mm256_add_epi64(a2, _mm256_load_si256(reinterpret_cast<const __m256i*>(p + i + k + 8)));
            a3 = _mm256_add_epi64(a3, _mm256_load_si256(reinterpret_cast<const __m256i*>(p + i + k + 12)));
        }
    }
    alignas(32) uint64_t lanes[4];
    _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), _mm256_add_epi64(_mm256_add_epi64(a0, a1), _mm256_add_epi64(a2, a3)));
    return lanes[0] + lanes[1] + lanes[2] + lanes[3];
}

uint64_t readPortable(const uint64_t* p, int64_t n)
{
    uint64_t s0 = 0;
    uint64_t s1 = 0;
    uint64_t s2 = 0;
    uint64_t s3 = 0;
    for (int64_t i = 0; i + 4 <= n; i += 4) {
        s0 += p[i];
        s1 += p[i + 1];
        s2 += p[i + 2];
        s3 += p[i + 3];
    }
    return s0 + s1 + s2 + s3;
}

} // namespace

double measureStreamReadBandwidth(int repeats)
{
    const int64_t n = int64_t{1} << 28; // 2 GiB of uint64
    const int64_t parts = at::get_num_threads();
    const int64_t per = n / parts / 32 * 32;
    std::unique_ptr<uint64_t, decltype(&std::free)> buffer(static_cast<uint64_t*>(std::aligned_alloc(64, n * 8)), &std::free);
    uint64_t* p = buffer.get();
    // First touch by the thread that reads the part later (its pages on its node).
    at::parallel_for(0, parts, 1, [&](int64_t b, int64_t e) {
        for (int64_t t = b; t < e; ++t)
            for (int64_t i = t * per; i < (t + 1) * per; ++i)
                p[i] = static_cast<uint64_t>(i);
    });
    const bool avx512 = __builtin_cpu_supports("avx512f");
    const bool avx2 = __builtin_cpu_supports("avx2");
    std::vector<uint64_t> sums(static_cast<size_t>(parts));
    double best = 1e30;
    for (int r = 0; r < repeats; ++r) {
        const double t0 = now();
        at::parallel_for(0, parts, 1, [&](int64_t b, int64_t e) {
            for (int64_t t = b; t < e; ++t)
                sums[static_cast<size_t>(t)] = avx512 ? readAvx512(p + t * per, per)
                                               : avx2 ? readAvx2(p + t * per, per)
                                                      : readPortable(p + t * per, per);
        });
        best = std::min(best, now() - t0);
    }
    volatile uint64_t sink = 0;
    for (const uint64_t s : sums)
        sink = sink + s; // keep the reads
    return static_cast<double>(per * parts) * 8.0 / best / 1e9;
}

double measureBf16MatmulGflops(int repeats)
{
    const torch::Tensor a = torch::randn({512, 4544}).to(torch::kBFloat16);
    const torch::Tensor w = torch::randn({4544, 4544}).to(torch::kBFloat16);
    torch::Tensor c = torch::nn::functional::linear(a, w); // warm-up (oneDNN primitive creation)
    double best = 1e30;
    for (int r = 0; r < repeats; ++r) {
        const double t0 = now();
        c = torch::nn::functional::linear(a, w);
        best = std::min(best, now() - t0);
    }
    return 2.0 * 512 * 4544 * 4544 / best / 1e9;
}

} // namespace falconry::bench
