// GCC 12 reports its own _mm512_undefined_* inside the AVX-512 intrinsics as maybe-uninitialized.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#pragma GCC diagnostic ignored "-Wuninitialized"

#include "core/lora/nf4_gemv.h"

#include "core/util/errors.h"

#include <ATen/Parallel.h>
#include <ATen/record_function.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <immintrin.h>
#include <string>
#include <vector>

// Decode reads every weight once per token, so its speed is the bytes of codes and scales over
// the memory bandwidth: 4.5 bits per weight with fp32 block scales (blocks of 64), 4.125 with
// double quantization (an 8-bit scale per block, an fp32 scale per 256 blocks). The AVX-512
// kernels below keep the arithmetic small: per 64 weights (32 code bytes) the loads, two (bf16)
// or four (fp32) table lookups (the 16 NF4 values sit in one register) and the dot products per
// input row. x is rearranged once per call so that the high nibbles (even elements) and low nibbles
// (odd elements) of a 64-chunk meet their activations without shuffles.

namespace falconry {
namespace {

constexpr int64_t kChunk = 64;              // weights per inner step (32 code bytes); blocks are multiples of it
constexpr int64_t kDoubleQuantBlock = 256;  // absmax values per fp32 second-level scale (nf4.cpp)
// Software prefetch distance in the code stream, in groups of rows: a group's R rows are read side
// by side, so the line each row's stream needs next lies one group further on (the same offset in
// the next group's row); a fixed distance of a few KB lands inside the group being read. One group
// ahead measured best with bench_nf4_gemv (VNNI 8.2 -> 14.2 GB/s, bf16 7.8 -> 11.0 on 2 cores
// against 2048 bytes; two groups ahead within noise of one).
constexpr int64_t kPrefetchGroups = 1;

/** Prefetch distance in bytes; FALCONRY_NF4_PREFETCH overrides (tuning): <0 = that many groups of rows ahead, else bytes. */
int64_t prefetchDistance(int64_t groupBytes)
{
    static const int64_t forced = [] {
        const char* env = std::getenv("FALCONRY_NF4_PREFETCH");
        return env ? std::atoll(env) : -kPrefetchGroups;
    }();
    return forced < 0 ? groupBytes * (-forced) : forced;
}

/** Raw pointers of a 2-D NF4 weight [out, in]. */
struct Nf4View {
    const uint8_t* codes = nullptr;   // two per byte, element 2j in the high nibble (flat, row-major)
    const float* absmax = nullptr;    // [nBlocks], or nullptr with double quantization
    const uint8_t* qabsmax = nullptr; // [nBlocks] (double quantization)
    const float* absmax2 = nullptr;   // [ceil(nBlocks / 256)] (double quantization)
    const float* map8 = nullptr;      // the 256-entry signed dynamic map (double quantization)
    float offset = 0.0F;
    int64_t out = 0;
    int64_t in = 0;
    int64_t blockSize = 64;
};

const std::array<float, 256>& dynamicMap()
{
    static const std::array<float, 256> kMap = [] {
        const torch::Tensor t = signedDynamicMap8().contiguous();
        std::array<float, 256> a{};
        std::memcpy(a.data(), t.data_ptr<float>(), sizeof(float) * 256);
        return a;
    }();
    return kMap;
}

Nf4View viewOf(const Nf4Tensor& w)
{
    if (w.shape.size() != 2)
        throw Error("NF4 matmul: the weight has " + std::to_string(w.shape.size()) + " dimensions, expected 2 ([out, in])");
    if (!w.packed.defined() || !w.packed.device().is_cpu() || w.packed.scalar_type() != torch::kUInt8 ||
        !w.packed.is_contiguous() || w.packed.numel() != (w.numel() + 1) / 2)
        throw Error("NF4 matmul: the packed codes are not a contiguous uint8 CPU tensor of " +
                    std::to_string((w.numel() + 1) / 2) + " bytes");
    Nf4View v;
    v.codes = w.packed.data_ptr<uint8_t>();
    v.out = w.shape[0];
    v.in = w.shape[1];
    v.blockSize = w.blockSize;
    const int64_t blocks = (w.numel() + w.blockSize - 1) / w.blockSize;
    if (w.doubleQuant) {
        if (w.qabsmax.numel() != blocks || !w.qabsmax.is_contiguous() || !w.absmax2.is_contiguous() ||
            w.absmax2.scalar_type() != torch::kFloat || w.absmax2.numel() * kDoubleQuantBlock < blocks)
            throw Error("NF4 matmul: double-quantized scales do not match " + std::to_string(blocks) + " blocks");
        v.qabsmax = w.qabsmax.data_ptr<uint8_t>();
        v.absmax2 = w.absmax2.data_ptr<float>();
        v.map8 = dynamicMap().data();
        v.offset = w.offset;
    } else {
        if (w.absmax.numel() != blocks || !w.absmax.is_contiguous() || w.absmax.scalar_type() != torch::kFloat)
            throw Error("NF4 matmul: " + std::to_string(w.absmax.numel()) + " block scales, expected " +
                        std::to_string(blocks));
        v.absmax = w.absmax.data_ptr<float>();
    }
    return v;
}

/**
 * The fp32 scale of block b: absmax, or with double quantization map8[q] * absmax2 + offset,
 * rounded after the product and after the sum as nf4Absmax computes it. Only called from
 * functions compiled for the baseline ISA (no FMA to contract the two steps into).
 */
inline float blockScale(const Nf4View& v, int64_t b)
{
    if (!v.qabsmax)
        return v.absmax[b];
    return v.map8[v.qabsmax[b]] * v.absmax2[b / kDoubleQuantBlock] + v.offset;
}

/** Scales of the 64-chunks [first, first + count) of the flat weight into dst (baseline ISA, not inlined). */
__attribute__((noinline)) void chunkScalesFrom(const Nf4View& v, int64_t first, int64_t count, float* dst)
{
    const int64_t perBlock = v.blockSize / kChunk;
    for (int64_t c = 0; c < count; ++c)
        dst[c] = blockScale(v, (first + c) / perBlock);
}

/** Scales of the 64-chunks of rows [row, row + rows) into dst [rows * in / 64] (in % 64 == 0). */
void chunkScales(const Nf4View& v, int64_t row, int64_t rows, float* dst)
{
    chunkScalesFrom(v, row * v.in / kChunk, rows * v.in / kChunk, dst);
}

/**
 * chunkScales for blocks of 64 (one scale per 64-chunk) with AVX-512, 16 chunks per step: the
 * map8 values gathered, times the second-level scale, plus the offset, each step rounded as
 * blockScale rounds it (explicit rounding modes: nothing to contract into an FMA). The scalar
 * version cost about a fifth of the GEMV's time on the 7B shape.
 */
__attribute__((target("avx512f"))) void chunkScales64Avx512(const Nf4View& v, int64_t row, int64_t rows, float* dst)
{
    const int64_t first = row * v.in / kChunk;
    const int64_t count = rows * v.in / kChunk;
    if (!v.qabsmax) {
        std::memcpy(dst, v.absmax + first, static_cast<size_t>(count) * sizeof(float));
        return;
    }
    constexpr int kRound = _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC;
    const __m512 offset = _mm512_set1_ps(v.offset);
    const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    int64_t c = 0;
    for (; c + 16 <= count; c += 16) {
        const int64_t b = first + c;
        const __m512i q = _mm512_cvtepu8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(v.qabsmax + b)));
        const __m512 m = _mm512_i32gather_ps(q, v.map8, 4);
        // The 16 blocks share one or two second-level scales.
        const int64_t k0 = b / kDoubleQuantBlock;
        const int64_t k1 = (b + 15) / kDoubleQuantBlock;
        __m512 s2 = _mm512_set1_ps(v.absmax2[k0]);
        if (k1 != k0) {
            const __m512i from = _mm512_set1_epi32(static_cast<int>(k1 * kDoubleQuantBlock - b));
            s2 = _mm512_mask_mov_ps(s2, _mm512_cmpge_epi32_mask(lane, from), _mm512_set1_ps(v.absmax2[k1]));
        }
        const __m512 product = _mm512_mul_round_ps(m, s2, kRound);
        _mm512_storeu_ps(dst + c, _mm512_add_round_ps(product, offset, kRound));
    }
    chunkScalesFrom(v, first + c, count - c, dst + c); // the last < 16 (baseline ISA: no FMA)
}

/** Scales of the 64-chunks of rows [row, row + rows): the AVX-512 version where it applies. */
void groupScales(const Nf4View& v, int64_t row, int64_t rows, float* dst, bool avx512)
{
    if (avx512 && v.blockSize == kChunk)
        chunkScales64Avx512(v, row, rows, dst);
    else
        chunkScales(v, row, rows, dst);
}

/** The 16 NF4 values as fp32 (vpermps table). */
const float* codeTable()
{
    return nf4Code().data();
}

// ---- Portable: any CPU, any shape ---------------------------------------------------------------

void gemvPortable(const Nf4View& v, const float* x, int64_t rows, float* y, int64_t begin, int64_t end)
{
    const float* code = codeTable();
    for (int64_t o = begin; o < end; ++o) {
        std::array<float, kNf4GemvMaxRows> sum{};
        const int64_t rowStart = o * v.in;
        int64_t e = 0;
        while (e < v.in) {
            // The run of this row that lies in one block.
            const int64_t block = (rowStart + e) / v.blockSize;
            const int64_t runEnd = std::min(v.in, (block + 1) * v.blockSize - rowStart);
            std::array<float, kNf4GemvMaxRows> part{};
            for (; e < runEnd; ++e) {
                const int64_t f = rowStart + e;
                const uint8_t byte = v.codes[f >> 1];
                const float w = code[(f & 1) ? (byte & 15) : (byte >> 4)];
                for (int64_t m = 0; m < rows; ++m)
                    part[static_cast<size_t>(m)] += w * x[m * v.in + e];
            }
            const float s = blockScale(v, block);
            for (int64_t m = 0; m < rows; ++m)
                sum[static_cast<size_t>(m)] += part[static_cast<size_t>(m)] * s;
        }
        for (int64_t m = 0; m < rows; ++m)
            y[m * v.out + o] = sum[static_cast<size_t>(m)];
    }
}

// ---- AVX-512F: fp32 lookups and FMAs -------------------------------------------------------------

/**
 * R weight rows at a time, M input rows; x in the chunk layout of arrangeChunks (fp32). Each
 * chunk: two 16-byte halves widened to 16 int32 lanes; vpermps takes the low 4 bits of a lane as
 * its index, so the byte itself looks up its low nibble and byte >> 4 its high nibble.
 */
template <int R, int M>
__attribute__((target("avx512f"))) void gemvGroupAvx512(const Nf4View& v, const float* x, const float* scales,
                                                        float* y, int64_t o)
{
    const __m512 table = _mm512_loadu_ps(codeTable());
    const int64_t chunks = v.in / kChunk;
    __m512 acc[R][M];
    for (int r = 0; r < R; ++r)
        for (int m = 0; m < M; ++m)
            acc[r][m] = _mm512_setzero_ps();
    const uint8_t* rowCodes = v.codes + o * v.in / 2;
    const int64_t ahead = prefetchDistance(R * v.in / 2);
    for (int64_t c = 0; c < chunks; ++c) {
        for (int r = 0; r < R; ++r) {
            const uint8_t* p = rowCodes + r * v.in / 2 + c * 32;
            if ((c & 1) == 0) // one prefetch per 64-byte line (twice per line: 11.5 -> 13.9 GB/s, mean of 3 paired runs)
                _mm_prefetch(reinterpret_cast<const char*>(p + ahead), _MM_HINT_T0);
            const __m512i b0 = _mm512_cvtepu8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
            const __m512i b1 = _mm512_cvtepu8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16)));
            const __m512 h0 = _mm512_permutexvar_ps(_mm512_srli_epi32(b0, 4), table);
            const __m512 l0 = _mm512_permutexvar_ps(b0, table);
            const __m512 h1 = _mm512_permutexvar_ps(_mm512_srli_epi32(b1, 4), table);
            const __m512 l1 = _mm512_permutexvar_ps(b1, table);
            const __m512 s = _mm512_set1_ps(scales[r * chunks + c]);
            for (int m = 0; m < M; ++m) {
                const float* xc = x + m * v.in + c * kChunk; // [evens 0..31 | odds 0..31]
                __m512 d = _mm512_mul_ps(h0, _mm512_loadu_ps(xc));
                d = _mm512_fmadd_ps(h1, _mm512_loadu_ps(xc + 16), d);
                d = _mm512_fmadd_ps(l0, _mm512_loadu_ps(xc + 32), d);
                d = _mm512_fmadd_ps(l1, _mm512_loadu_ps(xc + 48), d);
                acc[r][m] = _mm512_fmadd_ps(d, s, acc[r][m]);
            }
        }
    }
    for (int r = 0; r < R; ++r)
        for (int m = 0; m < M; ++m)
            y[m * v.out + o + r] = _mm512_reduce_add_ps(acc[r][m]);
}

// ---- AVX-512 BF16: bf16 lookups and vdpbf16ps ----------------------------------------------------

/**
 * As above with bf16 activations, looked up as bf16: per chunk the 16 values code * scale are
 * formed in fp32 and rounded to bf16 once (vcvtne2ps2bf16, nearest even, both halves of one
 * register), so they are exactly the values of the bf16 dequantized weight; vpermw then looks up
 * all 32 high nibbles (even elements) and all 32 low nibbles (odd elements) of the chunk, and one
 * vdpbf16ps per 32 pairs accumulates in fp32. vpermw reads 5 index bits: a code byte widened to
 * 16 bits is its own low-nibble index (bit 4, the high nibble's lowest bit, picks the copy).
 * Per 64 weights that is one widening, two lookups and one rounding on the shuffle port, against
 * two widenings, four fp32 lookups and two roundings of 64 products before; the products and
 * their order are the same, so are the sums.
 */
template <int R, int M>
__attribute__((target("avx512f,avx512bw,avx512bf16"))) void gemvGroupAvx512Bf16(const Nf4View& v, const uint16_t* x,
                                                                                const float* scales, float* y, int64_t o)
{
    const __m512 table = _mm512_loadu_ps(codeTable());
    const int64_t chunks = v.in / kChunk;
    __m512 acc[R][M];
    for (int r = 0; r < R; ++r)
        for (int m = 0; m < M; ++m)
            acc[r][m] = _mm512_setzero_ps();
    const uint8_t* rowCodes = v.codes + o * v.in / 2;
    const int64_t ahead = prefetchDistance(R * v.in / 2);
    for (int64_t c = 0; c < chunks; ++c) {
        for (int r = 0; r < R; ++r) {
            const uint8_t* p = rowCodes + r * v.in / 2 + c * 32;
            if ((c & 1) == 0) // one prefetch per 64-byte line
                _mm_prefetch(reinterpret_cast<const char*>(p + ahead), _MM_HINT_T0);
            const __m512 values = _mm512_mul_ps(table, _mm512_set1_ps(scales[r * chunks + c])); // [16] fp32
            const __m512i lookup = (__m512i)_mm512_cvtne2ps_pbh(values, values);                  // [2 x 16] bf16
            const __m512i bytes = _mm512_cvtepu8_epi16(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)));
            const __m512bh even = (__m512bh)_mm512_permutexvar_epi16(_mm512_srli_epi16(bytes, 4), lookup);
            const __m512bh odd = (__m512bh)_mm512_permutexvar_epi16(bytes, lookup);
            for (int m = 0; m < M; ++m) {
                const uint16_t* xc = x + m * v.in + c * kChunk; // [evens 0..31 | odds 0..31]
                acc[r][m] = _mm512_dpbf16_ps(acc[r][m], even, (__m512bh)_mm512_loadu_si512(xc));
                acc[r][m] = _mm512_dpbf16_ps(acc[r][m], odd, (__m512bh)_mm512_loadu_si512(xc + 32));
            }
        }
    }
    for (int r = 0; r < R; ++r)
        for (int m = 0; m < M; ++m)
            y[m * v.out + o + r] = _mm512_reduce_add_ps(acc[r][m]);
}

// ---- AVX-512 VNNI: int8 codes, int8 activations (bf16 decode) -------------------------------------

/** The 16 NF4 values as round(code * 127) + 128: the unsigned operand of vpdpbusd. */
const std::array<uint8_t, 16>& codeTableU8()
{
    static const std::array<uint8_t, 16> kTable = [] {
        std::array<uint8_t, 16> t{};
        for (size_t k = 0; k < 16; ++k)
            t[k] = static_cast<uint8_t>(static_cast<int>(std::lrint(nf4Code()[k] * 127.0F)) + 128);
        return t;
    }();
    return kTable;
}

/**
 * Activations for the VNNI kernel, rounded to int8 per 64-chunk the way llama.cpp's Q8_0 rounds its
 * blocks of 32 (scale max|x| / 127, nearest), in pairs of chunks as one 64-byte load of codes meets them:
 * [evens of chunk 2p | evens of 2p + 1 | odds of 2p | odds of 2p + 1], a zero chunk after an odd
 * last one. Per pair: the two scales spread over the 16 int32 lanes of a vpdpbusd sum ([8 x d0,
 * 8 x d1]), and -128 times the sums of the four activations of each lane, which takes the +128
 * of the unsigned codes out again (the start of each lane's sum).
 */
struct VnniActivations {
    int64_t pairs = 0;
    std::vector<int8_t> q;       // [rows][pairs][128]
    std::vector<float> scale;    // [rows][pairs][16]
    std::vector<int32_t> start;  // [rows][pairs][16]
};

VnniActivations quantizeActivations(const uint16_t* xBf16, int64_t rows, int64_t in)
{
    VnniActivations a;
    const int64_t chunks = in / kChunk;
    a.pairs = (chunks + 1) / 2;
    a.q.assign(static_cast<size_t>(rows * a.pairs * 128), 0);
    a.scale.assign(static_cast<size_t>(rows * a.pairs * 16), 0.0F);
    a.start.assign(static_cast<size_t>(rows * a.pairs * 16), 0);
    for (int64_t m = 0; m < rows; ++m)
        for (int64_t c = 0; c < chunks; ++c) {
            float x[kChunk];
            float amax = 0.0F;
            for (int64_t j = 0; j < kChunk; ++j) {
                uint32_t bits = static_cast<uint32_t>(xBf16[m * in + c * kChunk + j]) << 16;
                std::memcpy(&x[j], &bits, sizeof(float));
                amax = std::max(amax, std::fabs(x[j]));
            }
            const float d = amax / 127.0F;
            const float id = d > 0.0F ? 1.0F / d : 0.0F;
            const int64_t p = c / 2;
            const int64_t half = (c % 2) * 32; // chunk 2p + 1 fills the second 32 bytes of each half
            int8_t* q = a.q.data() + (m * a.pairs + p) * 128;
            int32_t* start = a.start.data() + (m * a.pairs + p) * 16;
            for (int64_t j = 0; j < kChunk / 2; ++j) {
                const auto even = static_cast<int8_t>(std::lrint(x[2 * j] * id));
                const auto odd = static_cast<int8_t>(std::lrint(x[2 * j + 1] * id));
                q[half + j] = even;
                q[64 + half + j] = odd;
                start[(half + j) / 4] -= 128 * (even + odd);
            }
            float* scale = a.scale.data() + (m * a.pairs + p) * 16;
            for (int64_t k = 0; k < 8; ++k)
                scale[(c % 2) * 8 + k] = d / 127.0F; // and the codes' factor 127
        }
    return a;
}

/**
 * R weight rows, M input rows, two 64-chunks (64 code bytes) per step: the high and low nibbles
 * masked out and looked up as unsigned int8 (vpshufb), one vpdpbusd each against the int8
 * activations, the int32 lanes converted and scaled by block scale * activation scale in fp32.
 * Per 128 weights that is one load, a shift, two masks, two lookups, and per input row two
 * vpdpbusd, a conversion and an FMA: about half the bf16 kernel's work, which is what this
 * kernel is for on CPUs whose cores, not their memory, set the decode speed.
 */
template <int R, int M>
__attribute__((target("avx512f,avx512bw,avx512dq,avx512vnni"))) void gemvGroupAvx512Vnni(const Nf4View& v, const VnniActivations& a,
                                                                                         const float* scales, float* y, int64_t o)
{
    const __m512i table = _mm512_broadcast_i32x4(_mm_loadu_si128(reinterpret_cast<const __m128i*>(codeTableU8().data())));
    const __m512i nibble = _mm512_set1_epi8(0x0F);
    const int64_t chunks = v.in / kChunk;
    __m512 acc[R][M];
    for (int r = 0; r < R; ++r)
        for (int m = 0; m < M; ++m)
            acc[r][m] = _mm512_setzero_ps();
    const uint8_t* rowCodes = v.codes + o * v.in / 2;
    const int64_t ahead = prefetchDistance(R * v.in / 2);
    for (int64_t p = 0; p < a.pairs; ++p) {
        const bool whole = 2 * p + 1 < chunks;
        for (int r = 0; r < R; ++r) {
            const uint8_t* c8 = rowCodes + r * v.in / 2 + p * 64;
            _mm_prefetch(reinterpret_cast<const char*>(c8 + ahead), _MM_HINT_T0);
            const __m512i bytes = whole ? _mm512_loadu_si512(c8) : _mm512_maskz_loadu_epi8(0xFFFFFFFFULL, c8);
            const __m512i lo = _mm512_shuffle_epi8(table, _mm512_and_si512(bytes, nibble));
            const __m512i hi = _mm512_shuffle_epi8(table, _mm512_and_si512(_mm512_srli_epi16(bytes, 4), nibble));
            const float s0 = scales[r * chunks + 2 * p];
            const float s1 = whole ? scales[r * chunks + 2 * p + 1] : 0.0F;
            const __m512 s = _mm512_insertf32x8(_mm512_set1_ps(s0), _mm256_set1_ps(s1), 1);
            for (int m = 0; m < M; ++m) {
                const int64_t at = m * a.pairs + p;
                const int8_t* xq = a.q.data() + at * 128;
                __m512i d = _mm512_loadu_si512(a.start.data() + at * 16);
                d = _mm512_dpbusd_epi32(d, hi, _mm512_loadu_si512(xq));
                d = _mm512_dpbusd_epi32(d, lo, _mm512_loadu_si512(xq + 64));
                const __m512 f = _mm512_mul_ps(s, _mm512_loadu_ps(a.scale.data() + at * 16));
                acc[r][m] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(d), f, acc[r][m]);
            }
        }
    }
    for (int r = 0; r < R; ++r)
        for (int m = 0; m < M; ++m)
            y[m * v.out + o + r] = _mm512_reduce_add_ps(acc[r][m]);
}

// ---- Dequantization (prefill tiles) ---------------------------------------------------------------

/**
 * Rows [r0, r1) (in % 64 == 0) into out (fp32, or bf16 when bf16 is set) in the natural element
 * order: per chunk the high-nibble (even) and low-nibble (odd) values are interleaved back with
 * vpermt2ps. The products are the scalar path's; bf16 is rounded to nearest even as c10 does.
 */
__attribute__((target("avx512f"))) void dequantizeRowsAvx512(const Nf4View& v, int64_t r0, int64_t r1, const float* scales,
                                                             void* out, bool bf16)
{
    const __m512 table = _mm512_loadu_ps(codeTable());
    const __m512i first = _mm512_setr_epi32(0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
    const __m512i second = _mm512_setr_epi32(8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
    const __m512i roundBias = _mm512_set1_epi32(0x7FFF);
    const __m512i one = _mm512_set1_epi32(1);
    const __m512i quietNan = _mm512_set1_epi32(0x7FC0);
    const int64_t chunks = (r1 - r0) * v.in / kChunk;
    const uint8_t* codes = v.codes + r0 * v.in / 2;
    for (int64_t c = 0; c < chunks; ++c) {
        const __m512 s = _mm512_set1_ps(scales[c]);
        __m512 values[4];
        for (int h = 0; h < 2; ++h) {
            const __m512i b = _mm512_cvtepu8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(codes + c * 32 + h * 16)));
            const __m512 hi = _mm512_mul_ps(_mm512_permutexvar_ps(_mm512_srli_epi32(b, 4), table), s);
            const __m512 lo = _mm512_mul_ps(_mm512_permutexvar_ps(b, table), s);
            values[2 * h] = _mm512_permutex2var_ps(hi, first, lo);
            values[2 * h + 1] = _mm512_permutex2var_ps(hi, second, lo);
        }
        for (int k = 0; k < 4; ++k) {
            if (!bf16) {
                _mm512_storeu_ps(static_cast<float*>(out) + c * kChunk + k * 16, values[k]);
                continue;
            }
            const __m512i u = _mm512_castps_si512(values[k]);
            const __m512i bias = _mm512_add_epi32(roundBias, _mm512_and_si512(_mm512_srli_epi32(u, 16), one));
            __m512i r = _mm512_srli_epi32(_mm512_add_epi32(u, bias), 16);
            r = _mm512_mask_mov_epi32(r, _mm512_cmp_ps_mask(values[k], values[k], _CMP_UNORD_Q), quietNan);
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(static_cast<uint16_t*>(out) + c * kChunk + k * 16),
                                _mm512_cvtepi32_epi16(r));
        }
    }
}

// ---- Dispatch ------------------------------------------------------------------------------------

bool cpuHas(const char* feature)
{
    if (std::strcmp(feature, "avx512f") == 0)
        return __builtin_cpu_supports("avx512f");
    if (std::strcmp(feature, "avx512bw") == 0)
        return __builtin_cpu_supports("avx512bw");
    if (std::strcmp(feature, "avx512dq") == 0)
        return __builtin_cpu_supports("avx512dq");
    if (std::strcmp(feature, "avx512vnni") == 0)
        return __builtin_cpu_supports("avx512vnni");
    return __builtin_cpu_supports("avx512bf16");
}

/**
 * Weight rows per group: fewer input rows leave registers for more weight streams (R x M fp32
 * accumulators). One input row with 16 rows: VNNI 13.6 -> 16.0 GB/s against 8 on bench_nf4_gemv
 * (8 blocks, 2 cores), bf16 the same; 4 rows was slower for every kernel.
 */
template <int M>
constexpr int kGroupRows = M == 1 ? 16 : M == 2 ? 8 : 4;

/** Rows [begin, end) with the VNNI kernel (in % 64 == 0), M input rows. */
template <int M>
void gemvRangeAvx512Vnni(const Nf4View& v, const VnniActivations& a, float* y, int64_t begin, int64_t end)
{
    constexpr int R = kGroupRows<M>;
    const int64_t chunks = v.in / kChunk;
    thread_local std::vector<float> scales;
    scales.resize(static_cast<size_t>(R * chunks));
    int64_t o = begin;
    for (; o + R <= end; o += R) {
        groupScales(v, o, R, scales.data(), true);
        gemvGroupAvx512Vnni<R, M>(v, a, scales.data(), y, o);
    }
    for (; o < end; ++o) {
        groupScales(v, o, 1, scales.data(), true);
        gemvGroupAvx512Vnni<1, M>(v, a, scales.data(), y, o);
    }
}

/** Rows [begin, end) with the AVX-512 kernel `kernel` (in % 64 == 0), M input rows. */
template <int M>
void gemvRangeAvx512(Nf4Kernel kernel, const Nf4View& v, const void* x, float* y, int64_t begin, int64_t end)
{
    constexpr int R = kGroupRows<M>;
    const int64_t chunks = v.in / kChunk;
    thread_local std::vector<float> scales;
    scales.resize(static_cast<size_t>(R * chunks));
    int64_t o = begin;
    for (; o + R <= end; o += R) {
        groupScales(v, o, R, scales.data(), true);
        if (kernel == Nf4Kernel::Avx512Bf16)
            gemvGroupAvx512Bf16<R, M>(v, static_cast<const uint16_t*>(x), scales.data(), y, o);
        else
            gemvGroupAvx512<R, M>(v, static_cast<const float*>(x), scales.data(), y, o);
    }
    for (; o < end; ++o) {
        groupScales(v, o, 1, scales.data(), true);
        if (kernel == Nf4Kernel::Avx512Bf16)
            gemvGroupAvx512Bf16<1, M>(v, static_cast<const uint16_t*>(x), scales.data(), y, o);
        else
            gemvGroupAvx512<1, M>(v, static_cast<const float*>(x), scales.data(), y, o);
    }
}

/** x [rows, in] -> per 64-chunk [32 even elements | 32 odd elements] (the order the kernels read). */
template <typename T>
std::vector<T> arrangeChunks(const T* x, int64_t rows, int64_t in)
{
    std::vector<T> out(static_cast<size_t>(rows * in));
    for (int64_t m = 0; m < rows; ++m)
        for (int64_t c = 0; c < in; c += kChunk)
            for (int64_t j = 0; j < kChunk / 2; ++j) {
                out[static_cast<size_t>(m * in + c + j)] = x[m * in + c + 2 * j];
                out[static_cast<size_t>(m * in + c + kChunk / 2 + j)] = x[m * in + c + 2 * j + 1];
            }
    return out;
}

/** Rounds fp32 to bf16 bits as c10::BFloat16 does (nearest, ties to even; NaN stays NaN). */
inline uint16_t toBf16Bits(float f)
{
    return c10::BFloat16(f).x;
}

} // namespace

const char* nf4KernelName(Nf4Kernel kernel)
{
    switch (kernel) {
    case Nf4Kernel::Portable: return "portable";
    case Nf4Kernel::Avx512: return "avx512";
    case Nf4Kernel::Avx512Bf16: return "avx512_bf16";
    case Nf4Kernel::Avx512Vnni: return "avx512_vnni";
    }
    return "?";
}

bool nf4KernelAvailable(Nf4Kernel kernel)
{
    switch (kernel) {
    case Nf4Kernel::Portable: return true;
    case Nf4Kernel::Avx512: return cpuHas("avx512f");
    case Nf4Kernel::Avx512Bf16: return cpuHas("avx512f") && cpuHas("avx512bw") && cpuHas("avx512bf16");
    case Nf4Kernel::Avx512Vnni:
        return cpuHas("avx512f") && cpuHas("avx512bw") && cpuHas("avx512dq") && cpuHas("avx512vnni");
    }
    return false;
}

namespace {

/** The cap bestNf4Kernel honours: FALCONRY_NF4_KERNEL at start (default: the exact bf16 kernel), then setNf4KernelCap. */
std::atomic<int>& kernelCap()
{
    static std::atomic<int> cap = [] {
        const char* env = std::getenv("FALCONRY_NF4_KERNEL");
        const std::string name = env ? env : "";
        if (name == "portable")
            return static_cast<int>(Nf4Kernel::Portable);
        if (name == "avx512")
            return static_cast<int>(Nf4Kernel::Avx512);
        if (name == "avx512_vnni")
            return static_cast<int>(Nf4Kernel::Avx512Vnni);
        return static_cast<int>(Nf4Kernel::Avx512Bf16);
    }();
    return cap;
}

} // namespace

void setNf4KernelCap(Nf4Kernel cap)
{
    kernelCap().store(static_cast<int>(cap));
}

Nf4Kernel bestNf4Kernel(torch::ScalarType dtype)
{
    const auto cap = static_cast<Nf4Kernel>(kernelCap().load());
    if (dtype == torch::kBFloat16 && cap == Nf4Kernel::Avx512Vnni && nf4KernelAvailable(Nf4Kernel::Avx512Vnni))
        return Nf4Kernel::Avx512Vnni;
    if (dtype == torch::kBFloat16 && (cap == Nf4Kernel::Avx512Vnni || cap == Nf4Kernel::Avx512Bf16) &&
        nf4KernelAvailable(Nf4Kernel::Avx512Bf16))
        return Nf4Kernel::Avx512Bf16;
    if (cap != Nf4Kernel::Portable && nf4KernelAvailable(Nf4Kernel::Avx512))
        return Nf4Kernel::Avx512;
    return Nf4Kernel::Portable;
}

torch::Tensor nf4Gemv(const torch::Tensor& x, const Nf4Tensor& w, Nf4Kernel kernel)
{
    RECORD_FUNCTION("falconry::nf4_gemv", std::vector<c10::IValue>()); // named in PROFILE_TRACE traces
    if (!nf4KernelAvailable(kernel))
        throw Error(std::string("NF4 GEMV: the ") + nf4KernelName(kernel) + " kernel needs CPU features this CPU lacks");
    const Nf4View v = viewOf(w);
    if (!x.device().is_cpu() || (x.scalar_type() != torch::kFloat && x.scalar_type() != torch::kBFloat16))
        throw Error("NF4 GEMV: expected fp32 or bf16 activations on the CPU");
    if (x.dim() == 0 || x.size(-1) != v.in)
        throw Error("NF4 GEMV: activations of width " + std::to_string(x.dim() ? x.size(-1) : 0) +
                    " for a weight of width " + std::to_string(v.in));
    const int64_t rows = v.in > 0 ? x.numel() / v.in : 0;
    if (rows < 1 || rows > kNf4GemvMaxRows)
        throw Error("NF4 GEMV: " + std::to_string(rows) + " input rows, expected 1.." + std::to_string(kNf4GemvMaxRows));
    if ((kernel == Nf4Kernel::Avx512Bf16 || kernel == Nf4Kernel::Avx512Vnni) && x.scalar_type() != torch::kBFloat16)
        kernel = Nf4Kernel::Avx512; // vdpbf16ps / int8 would round fp32 activations
    if (v.in % kChunk != 0)
        kernel = Nf4Kernel::Portable; // rows that do not start on a 64-chunk

    torch::Tensor yf = torch::empty({rows, v.out}, torch::kFloat);
    float* yp = yf.data_ptr<float>();
    const torch::Tensor x2 = x.reshape({rows, v.in}).contiguous();
    const int64_t grain = 64;
    if (kernel == Nf4Kernel::Portable) {
        const torch::Tensor xf = x2.to(torch::kFloat).contiguous();
        const float* xp = xf.data_ptr<float>();
        at::parallel_for(0, v.out, grain, [&](int64_t b, int64_t e) { gemvPortable(v, xp, rows, yp, b, e); });
    } else if (kernel == Nf4Kernel::Avx512Vnni) {
        const VnniActivations a = quantizeActivations(reinterpret_cast<const uint16_t*>(x2.data_ptr()), rows, v.in);
        at::parallel_for(0, v.out, grain, [&](int64_t b, int64_t e) {
            switch (rows) {
            case 1: gemvRangeAvx512Vnni<1>(v, a, yp, b, e); break;
            case 2: gemvRangeAvx512Vnni<2>(v, a, yp, b, e); break;
            case 3: gemvRangeAvx512Vnni<3>(v, a, yp, b, e); break;
            default: gemvRangeAvx512Vnni<4>(v, a, yp, b, e); break;
            }
        });
    } else {
        std::vector<float> xf;
        std::vector<uint16_t> xb;
        const void* xp = nullptr;
        if (kernel == Nf4Kernel::Avx512Bf16) {
            xb = arrangeChunks(reinterpret_cast<const uint16_t*>(x2.data_ptr()), rows, v.in);
            xp = xb.data();
        } else {
            const torch::Tensor x32 = x2.to(torch::kFloat).contiguous();
            xf = arrangeChunks(x32.data_ptr<float>(), rows, v.in);
            xp = xf.data();
        }
        at::parallel_for(0, v.out, grain, [&](int64_t b, int64_t e) {
            switch (rows) {
            case 1: gemvRangeAvx512<1>(kernel, v, xp, yp, b, e); break;
            case 2: gemvRangeAvx512<2>(kernel, v, xp, yp, b, e); break;
            case 3: gemvRangeAvx512<3>(kernel, v, xp, yp, b, e); break;
            default: gemvRangeAvx512<4>(kernel, v, xp, yp, b, e); break;
            }
        });
    }
    std::vector<int64_t> shape = x.sizes().vec();
    shape.back() = v.out;
    return (x.scalar_type() == torch::kFloat ? yf : yf.to(x.scalar_type())).view(shape);
}

void dequantizeNf4Rows(const Nf4Tensor& w, int64_t rowBegin, int64_t rowEnd, torch::Tensor& out)
{
    const Nf4View v = viewOf(w);
    if (rowBegin < 0 || rowEnd > v.out || rowBegin > rowEnd)
        throw Error("NF4 dequantize: rows [" + std::to_string(rowBegin) + ", " + std::to_string(rowEnd) + ") of " +
                    std::to_string(v.out));
    if (!out.is_contiguous() || out.numel() != (rowEnd - rowBegin) * v.in ||
        (out.scalar_type() != torch::kFloat && out.scalar_type() != torch::kBFloat16) || !out.device().is_cpu())
        throw Error("NF4 dequantize: the output is not a contiguous fp32 or bf16 CPU tensor of " +
                    std::to_string(rowEnd - rowBegin) + " x " + std::to_string(v.in));
    const float* code = codeTable();
    const bool bf16 = out.scalar_type() == torch::kBFloat16;
    auto* of = bf16 ? nullptr : out.data_ptr<float>();
    auto* ob = bf16 ? reinterpret_cast<uint16_t*>(out.data_ptr()) : nullptr;
    const int64_t first = rowBegin * v.in;
    if (v.in % kChunk == 0 && nf4KernelAvailable(Nf4Kernel::Avx512) &&
        bestNf4Kernel(torch::kFloat) != Nf4Kernel::Portable) {
        at::parallel_for(rowBegin, rowEnd, 16, [&](int64_t r0, int64_t r1) {
            thread_local std::vector<float> scales;
            for (int64_t r = r0; r < r1; ++r) {
                scales.resize(static_cast<size_t>(v.in / kChunk));
                groupScales(v, r, 1, scales.data(), true);
                void* dst = bf16 ? static_cast<void*>(ob + (r * v.in - first)) : static_cast<void*>(of + (r * v.in - first));
                dequantizeRowsAvx512(v, r, r + 1, scales.data(), dst, bf16);
            }
        });
        return;
    }
    at::parallel_for(rowBegin, rowEnd, 16, [&](int64_t r0, int64_t r1) {
        int64_t f = r0 * v.in;
        const int64_t stop = r1 * v.in;
        while (f < stop) {
            const int64_t block = f / v.blockSize;
            const int64_t runEnd = std::min(stop, (block + 1) * v.blockSize);
            const float s = blockScale(v, block);
            for (; f < runEnd; ++f) {
                const uint8_t byte = v.codes[f >> 1];
                const float value = code[(f & 1) ? (byte & 15) : (byte >> 4)] * s;
                if (bf16)
                    ob[f - first] = toBf16Bits(value);
                else
                    of[f - first] = value;
            }
        }
    });
}

int64_t nf4PrefillTileRows(int64_t in)
{
    static const int64_t forced = [] {
        const char* env = std::getenv("FALCONRY_NF4_TILE_ROWS");
        return env ? std::atoll(env) : int64_t{-1};
    }();
    if (forced >= 0)
        return forced;
    // About 2 MB of bf16 per tile: dequantized while the previous tile's product is still in L2/L3.
    const int64_t rows = (int64_t{1} << 20) / std::max<int64_t>(in, 1);
    return std::max<int64_t>(64, rows / 64 * 64);
}

torch::Tensor nf4TiledMatmul(const torch::Tensor& x, const Nf4Tensor& w, int64_t tileRows)
{
    RECORD_FUNCTION("falconry::nf4_tiled_matmul", std::vector<c10::IValue>());
    if (w.shape.size() != 2 || x.dim() == 0 || x.size(-1) != w.shape[1])
        throw Error("NF4 matmul: activations of width " + std::to_string(x.dim() ? x.size(-1) : 0) +
                    " do not fit the weight");
    const int64_t out = w.shape[0];
    const int64_t in = w.shape[1];
    const torch::ScalarType dtype = x.scalar_type() == torch::kBFloat16 ? torch::kBFloat16 : torch::kFloat;
    const torch::Tensor x2 = x.reshape({-1, in}).to(dtype); // [T, in]
    std::vector<int64_t> shape = x.sizes().vec();
    shape.back() = out;
    torch::Tensor y;
    if (tileRows <= 0 || tileRows >= out) {
        torch::Tensor weight = torch::empty({out, in}, torch::TensorOptions().dtype(dtype));
        dequantizeNf4Rows(w, 0, out, weight);
        y = torch::matmul(x2, weight.t()); // [T, out]
    } else {
        // y^T [out, T] one tile of rows at a time: each tile's slice of y^T is contiguous.
        torch::Tensor yT = torch::empty({out, x2.size(0)}, torch::TensorOptions().dtype(dtype));
        torch::Tensor tile = torch::empty({tileRows, in}, torch::TensorOptions().dtype(dtype));
        const torch::Tensor xT = x2.t();
        for (int64_t r0 = 0; r0 < out; r0 += tileRows) {
            const int64_t n = std::min(tileRows, out - r0);
            torch::Tensor part = tile.narrow(0, 0, n);
            dequantizeNf4Rows(w, r0, r0 + n, part);
            torch::Tensor dst = yT.narrow(0, r0, n);
            at::mm_out(dst, part, xT); // [n, T]
        }
        y = yT.t().contiguous();
    }
    return (x.scalar_type() == dtype ? y : y.to(x.scalar_type())).view(shape);
}

} // namespace falconry
