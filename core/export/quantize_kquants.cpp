// ggml's K-quants on 256-element super-blocks (QK_K), after ggml-quants.c quantize_row_q4_K_ref,
// quantize_row_q5_K_ref, quantize_row_q6_K_ref with make_qkx2_quants / make_qx_quants.
// Layouts (ggml-common.h):
//   block_q4_K {half d; half dmin; u8 scales[12]; u8 qs[128]}             8 sub-blocks of 32, 6-bit scale + min
//   block_q5_K {half d; half dmin; u8 scales[12]; u8 qh[32]; u8 qs[128]}  as Q4_K plus a fifth bit per weight
//   block_q6_K {u8 ql[128]; u8 qh[64]; i8 scales[16]; half d}             16 sub-blocks of 16, 8-bit scales
#include "core/export/quantize.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace falconry::quant {
namespace {

constexpr int64_t kQkK = 256;
constexpr float kGroupMaxEps = 1e-15f;

void putHalf(uint8_t* out, float value)
{
    const uint16_t h = floatToHalf(value);
    std::memcpy(out, &h, 2);
}

float getHalf(const uint8_t* in)
{
    uint16_t h = 0;
    std::memcpy(&h, in, 2);
    return halfToFloat(h);
}

/**
 * Asymmetric quantization of n values to [0, nmax] minimising the weighted squared error:
 * x ~ scale * L - min. Returns scale, stores min (>= 0) in *theMin. A search over nstep + 1
 * candidate scales around nmax / (max - min), each refined by weighted least squares.
 */
float makeQkx2Quants(int n, int nmax, const float* x, const float* weights, uint8_t* L, float* theMin,
                     uint8_t* laux, float rmin, float rdelta, int nstep)
{
    float min = x[0];
    float max = x[0];
    float sumW = weights[0];
    float sumX = sumW * x[0];
    for (int i = 1; i < n; ++i) {
        min = std::min(min, x[i]);
        max = std::max(max, x[i]);
        sumW += weights[i];
        sumX += weights[i] * x[i];
    }
    if (min > 0)
        min = 0;
    if (max == min) {
        std::fill(L, L + n, 0);
        *theMin = -min;
        return 0.0f;
    }
    float iscale = static_cast<float>(nmax) / (max - min);
    float scale = 1.0f / iscale;
    float bestError = 0;
    for (int i = 0; i < n; ++i) {
        const int l = std::clamp(nearestInt(iscale * (x[i] - min)), 0, nmax);
        L[i] = static_cast<uint8_t>(l);
        const float diff = scale * static_cast<float>(L[i]) + min - x[i];
        bestError += weights[i] * diff * diff;
    }
    if (nstep < 1) {
        *theMin = -min;
        return scale;
    }
    for (int is = 0; is <= nstep; ++is) {
        iscale = (rmin + rdelta * static_cast<float>(is) + static_cast<float>(nmax)) / (max - min);
        float sumL = 0;
        float sumL2 = 0;
        float sumXL = 0;
        for (int i = 0; i < n; ++i) {
            const int l = std::clamp(nearestInt(iscale * (x[i] - min)), 0, nmax);
            laux[i] = static_cast<uint8_t>(l);
            const float w = weights[i];
            const auto lf = static_cast<float>(l);
            sumL += w * lf;
            sumL2 += w * lf * lf;
            sumXL += w * lf * x[i];
        }
        const float D = sumW * sumL2 - sumL * sumL;
        if (D > 0) {
            float thisScale = (sumW * sumXL - sumX * sumL) / D;
            float thisMin = (sumL2 * sumX - sumL * sumXL) / D;
            if (thisMin > 0) {
                thisMin = 0;
                thisScale = sumXL / sumL2;
            }
            float curError = 0;
            for (int i = 0; i < n; ++i) {
                const float diff = thisScale * static_cast<float>(laux[i]) + thisMin - x[i];
                curError += weights[i] * diff * diff;
            }
            if (curError < bestError) {
                std::copy(laux, laux + n, L);
                bestError = curError;
                scale = thisScale;
                min = thisMin;
            }
        }
    }
    *theMin = -min;
    return scale;
}

/**
 * Symmetric quantization of n values to [-nmax, nmax - 1] (stored + nmax), weights x^2
 * (rmse_type 1): a search over 19 scales around -nmax / max. Returns the scale.
 */
float makeQxQuants(int n, int nmax, const float* x, int8_t* L)
{
    float max = 0;
    float amax = 0;
    for (int i = 0; i < n; ++i) {
        const float ax = std::fabs(x[i]);
        if (ax > amax) {
            amax = ax;
            max = x[i];
        }
    }
    if (amax < kGroupMaxEps) {
        std::fill(L, L + n, 0);
        return 0.0f;
    }
    float iscale = -static_cast<float>(nmax) / max;
    float sumLX = 0;
    float sumL2 = 0;
    for (int i = 0; i < n; ++i) {
        const int l = std::clamp(nearestInt(iscale * x[i]), -nmax, nmax - 1);
        L[i] = static_cast<int8_t>(l + nmax);
        const float w = x[i] * x[i];
        sumLX += w * x[i] * static_cast<float>(l);
        sumL2 += w * static_cast<float>(l * l);
    }
    float scale = sumL2 != 0 ? sumLX / sumL2 : 0.0f;
    float best = scale * sumLX;
    for (int is = -9; is <= 9; ++is) {
        if (is == 0)
            continue;
        iscale = -(static_cast<float>(nmax) + 0.1f * static_cast<float>(is)) / max;
        sumLX = 0;
        sumL2 = 0;
        for (int i = 0; i < n; ++i) {
            const int l = std::clamp(nearestInt(iscale * x[i]), -nmax, nmax - 1);
            const float w = x[i] * x[i];
            sumLX += w * x[i] * static_cast<float>(l);
            sumL2 += w * static_cast<float>(l * l);
        }
        if (sumL2 > 0 && sumLX * sumLX > best * sumL2) {
            for (int i = 0; i < n; ++i)
                L[i] = static_cast<int8_t>(nmax + std::clamp(nearestInt(iscale * x[i]), -nmax, nmax - 1));
            scale = sumLX / sumL2;
            best = scale * sumLX;
        }
    }
    return scale;
}

/** The 6-bit scale and min of sub-block j from the 12 packed bytes (ggml get_scale_min_k4). */
void scaleMinK4(int j, const uint8_t* q, uint8_t* d, uint8_t* m)
{
    if (j < 4) {
        *d = q[j] & 63;
        *m = q[j + 4] & 63;
    } else {
        *d = static_cast<uint8_t>((q[j + 4] & 0xF) | ((q[j - 4] >> 6) << 4));
        *m = static_cast<uint8_t>((q[j + 4] >> 4) | ((q[j - 0] >> 6) << 4));
    }
}

/**
 * Shared first half of Q4_K / Q5_K: 8 sub-block scales and mins quantized to 6 bits into
 * `scales` (12 bytes), d and dmin into dOut/dminOut, and the final levels L in [0, nmax].
 */
void quantizeScaleMin(const float* x, int nmax, float rmin, int nstep, uint8_t* L, uint8_t* scalesOut,
                      uint8_t* dOut, uint8_t* dminOut)
{
    float mins[8];
    float scales[8];
    float weights[32];
    uint8_t laux[32];
    float maxScale = 0;
    float maxMin = 0;
    for (int j = 0; j < 8; ++j) {
        float sumX2 = 0;
        for (int l = 0; l < 32; ++l)
            sumX2 += x[32 * j + l] * x[32 * j + l];
        const float avX = std::sqrt(sumX2 / 32);
        for (int l = 0; l < 32; ++l)
            weights[l] = avX + std::fabs(x[32 * j + l]);
        scales[j] = makeQkx2Quants(32, nmax, x + 32 * j, weights, L + 32 * j, &mins[j], laux, rmin, 0.1f, nstep);
        maxScale = std::max(maxScale, scales[j]);
        maxMin = std::max(maxMin, mins[j]);
    }
    const float invScale = maxScale > 0 ? 63.0f / maxScale : 0.0f;
    const float invMin = maxMin > 0 ? 63.0f / maxMin : 0.0f;
    std::memset(scalesOut, 0, 12);
    for (int j = 0; j < 8; ++j) {
        const auto ls = static_cast<uint8_t>(std::min(63, nearestInt(invScale * scales[j])));
        const auto lm = static_cast<uint8_t>(std::min(63, nearestInt(invMin * mins[j])));
        if (j < 4) {
            scalesOut[j] = ls;
            scalesOut[j + 4] = lm;
        } else {
            scalesOut[j + 4] = static_cast<uint8_t>((ls & 0xF) | ((lm & 0xF) << 4));
            scalesOut[j - 4] |= static_cast<uint8_t>((ls >> 4) << 6);
            scalesOut[j - 0] |= static_cast<uint8_t>((lm >> 4) << 6);
        }
    }
    putHalf(dOut, maxScale / 63.0f);
    putHalf(dminOut, maxMin / 63.0f);
    const float d = getHalf(dOut);
    const float dmin = getHalf(dminOut);
    for (int j = 0; j < 8; ++j) {
        uint8_t sc = 0;
        uint8_t m = 0;
        scaleMinK4(j, scalesOut, &sc, &m);
        const float ds = d * sc;
        if (ds == 0.0f)
            continue;
        const float dm = dmin * m;
        for (int ii = 0; ii < 32; ++ii) {
            const int l = nearestInt((x[32 * j + ii] + dm) / ds);
            L[32 * j + ii] = static_cast<uint8_t>(std::clamp(l, 0, nmax));
        }
    }
}

} // namespace

void rowQ4_K(const float* x, uint8_t* out, int64_t n)
{
    for (int64_t b = 0; b < n / kQkK; ++b, x += kQkK, out += 144) {
        uint8_t L[kQkK];
        quantizeScaleMin(x, 15, -1.0f, 20, L, out + 4, out, out + 2);
        uint8_t* q = out + 16;
        // Each 64 weights: the first 32 in the low nibbles, the next 32 in the high ones.
        for (int j = 0; j < kQkK; j += 64, q += 32)
            for (int l = 0; l < 32; ++l)
                q[l] = static_cast<uint8_t>(L[j + l] | (L[j + l + 32] << 4));
    }
}

void rowQ5_K(const float* x, uint8_t* out, int64_t n)
{
    for (int64_t b = 0; b < n / kQkK; ++b, x += kQkK, out += 176) {
        uint8_t L[kQkK];
        quantizeScaleMin(x, 31, -0.5f, 15, L, out + 4, out, out + 2);
        uint8_t* qh = out + 16;
        uint8_t* ql = out + 48;
        std::memset(qh, 0, 32);
        uint8_t m1 = 1;
        uint8_t m2 = 2;
        for (int n0 = 0; n0 < kQkK; n0 += 64, ql += 32) {
            for (int j = 0; j < 32; ++j) {
                int l1 = L[n0 + j];
                if (l1 > 15) {
                    l1 -= 16;
                    qh[j] |= m1;
                }
                int l2 = L[n0 + j + 32];
                if (l2 > 15) {
                    l2 -= 16;
                    qh[j] |= m2;
                }
                ql[j] = static_cast<uint8_t>(l1 | (l2 << 4));
            }
            m1 = static_cast<uint8_t>(m1 << 2);
            m2 = static_cast<uint8_t>(m2 << 2);
        }
    }
}

void rowQ6_K(const float* x, uint8_t* out, int64_t n)
{
    for (int64_t b = 0; b < n / kQkK; ++b, x += kQkK, out += 210) {
        int8_t L[kQkK];
        float scales[16];
        float maxScale = 0;
        float maxAbsScale = 0;
        for (int ib = 0; ib < 16; ++ib) {
            const float scale = makeQxQuants(16, 32, x + 16 * ib, L + 16 * ib);
            scales[ib] = scale;
            if (std::fabs(scale) > maxAbsScale) {
                maxAbsScale = std::fabs(scale);
                maxScale = scale;
            }
        }
        uint8_t* ql = out;
        uint8_t* qh = out + 128;
        auto* sc = reinterpret_cast<int8_t*>(out + 192);
        uint8_t* dOut = out + 208;
        if (maxAbsScale < kGroupMaxEps) {
            std::memset(out, 0, 210);
            continue;
        }
        const float iscale = -128.0f / maxScale;
        putHalf(dOut, 1.0f / iscale);
        for (int ib = 0; ib < 16; ++ib)
            sc[ib] = static_cast<int8_t>(std::min(127, nearestInt(iscale * scales[ib])));
        const float d0 = getHalf(dOut);
        for (int j = 0; j < 16; ++j) {
            const float d = d0 * sc[j];
            if (d == 0.0f)
                continue;
            for (int ii = 0; ii < 16; ++ii) {
                const int l = std::clamp(nearestInt(x[16 * j + ii] / d), -32, 31);
                L[16 * j + ii] = static_cast<int8_t>(l + 32);
            }
        }
        // Each 128 weights: low 4 bits of (l, l+64) and (l+32, l+96) share a byte; the high 2 bits
        // of all four go into one qh byte.
        for (int j = 0; j < kQkK; j += 128, ql += 64, qh += 32) {
            for (int l = 0; l < 32; ++l) {
                const int q1 = L[j + l + 0] & 0xF;
                const int q2 = L[j + l + 32] & 0xF;
                const int q3 = L[j + l + 64] & 0xF;
                const int q4 = L[j + l + 96] & 0xF;
                ql[l + 0] = static_cast<uint8_t>(q1 | (q3 << 4));
                ql[l + 32] = static_cast<uint8_t>(q2 | (q4 << 4));
                qh[l] = static_cast<uint8_t>((L[j + l] >> 4) | ((L[j + l + 32] >> 4) << 2) |
                                             ((L[j + l + 64] >> 4) << 4) | ((L[j + l + 96] >> 4) << 6));
            }
        }
    }
}

void dequantQ4_K(const uint8_t* in, float* y, int64_t n)
{
    for (int64_t b = 0; b < n / kQkK; ++b, in += 144) {
        const float d = getHalf(in);
        const float dmin = getHalf(in + 2);
        const uint8_t* scales = in + 4;
        const uint8_t* q = in + 16;
        int is = 0;
        for (int j = 0; j < kQkK; j += 64, q += 32) {
            uint8_t sc = 0;
            uint8_t m = 0;
            scaleMinK4(is + 0, scales, &sc, &m);
            const float d1 = d * sc;
            const float m1 = dmin * m;
            scaleMinK4(is + 1, scales, &sc, &m);
            const float d2 = d * sc;
            const float m2 = dmin * m;
            for (int l = 0; l < 32; ++l)
                *y++ = d1 * static_cast<float>(q[l] & 0xF) - m1;
            for (int l = 0; l < 32; ++l)
                *y++ = d2 * static_cast<float>(q[l] >> 4) - m2;
            is += 2;
        }
    }
}

void dequantQ5_K(const uint8_t* in, float* y, int64_t n)
{
    for (int64_t b = 0; b < n / kQkK; ++b, in += 176) {
        const float d = getHalf(in);
        const float dmin = getHalf(in + 2);
        const uint8_t* scales = in + 4;
        const uint8_t* qh = in + 16;
        const uint8_t* ql = in + 48;
        int is = 0;
        uint8_t u1 = 1;
        uint8_t u2 = 2;
        for (int j = 0; j < kQkK; j += 64, ql += 32) {
            uint8_t sc = 0;
            uint8_t m = 0;
            scaleMinK4(is + 0, scales, &sc, &m);
            const float d1 = d * sc;
            const float m1 = dmin * m;
            scaleMinK4(is + 1, scales, &sc, &m);
            const float d2 = d * sc;
            const float m2 = dmin * m;
            for (int l = 0; l < 32; ++l)
                *y++ = d1 * static_cast<float>((ql[l] & 0xF) + (qh[l] & u1 ? 16 : 0)) - m1;
            for (int l = 0; l < 32; ++l)
                *y++ = d2 * static_cast<float>((ql[l] >> 4) + (qh[l] & u2 ? 16 : 0)) - m2;
            is += 2;
            u1 = static_cast<uint8_t>(u1 << 2);
            u2 = static_cast<uint8_t>(u2 << 2);
        }
    }
}

void dequantQ6_K(const uint8_t* in, float* y, int64_t n)
{
    for (int64_t b = 0; b < n / kQkK; ++b, in += 210) {
        const uint8_t* ql = in;
        const uint8_t* qh = in + 128;
        const auto* sc = reinterpret_cast<const int8_t*>(in + 192);
        const float d = getHalf(in + 208);
        for (int j = 0; j < kQkK; j += 128, ql += 64, qh += 32, sc += 8, y += 128) {
            for (int l = 0; l < 32; ++l) {
                const int is = l / 16;
                const int q1 = ((ql[l + 0] & 0xF) | (((qh[l] >> 0) & 3) << 4)) - 32;
                const int q2 = ((ql[l + 32] & 0xF) | (((qh[l] >> 2) & 3) << 4)) - 32;
                const int q3 = ((ql[l + 0] >> 4) | (((qh[l] >> 4) & 3) << 4)) - 32;
                const int q4 = ((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) - 32;
                y[l + 0] = d * sc[is + 0] * static_cast<float>(q1);
                y[l + 32] = d * sc[is + 2] * static_cast<float>(q2);
                y[l + 64] = d * sc[is + 4] * static_cast<float>(q3);
                y[l + 96] = d * sc[is + 6] * static_cast<float>(q4);
            }
        }
    }
}

} // namespace falconry::quant
