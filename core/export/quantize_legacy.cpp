// Plain conversions and ggml's 32-element block quantizers (Q8_0, Q4_0, Q5_0, Q5_1), after
// ggml-quants.c quantize_row_q8_0_ref / q4_0_ref / q5_0_ref / q5_1_ref. Block layouts
// (ggml-common.h): block_q8_0 {half d; int8 qs[32]}, block_q4_0 {half d; u8 qs[16]},
// block_q5_0 {half d; u8 qh[4]; u8 qs[16]}, block_q5_1 {half d; half m; u8 qh[4]; u8 qs[16]}.
#include "core/export/quantize.h"

#include "core/util/errors.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace falconry {
namespace quant {
namespace {

constexpr int64_t kQk = 32;

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

/** The element of largest magnitude, with its sign (Q4_0 / Q5_0 map it to -8 / -16). */
float signedAbsMax(const float* x)
{
    float amax = 0.0f;
    float max = 0.0f;
    for (int64_t j = 0; j < kQk; ++j) {
        if (amax < std::fabs(x[j])) {
            amax = std::fabs(x[j]);
            max = x[j];
        }
    }
    return max;
}

} // namespace

int nearestInt(float x)
{
    // ggml's trick: adding 1.5 * 2^23 leaves round(x) (to nearest even) in the low mantissa bits.
    const float shifted = x + 12582912.0f;
    int32_t bits = 0;
    std::memcpy(&bits, &shifted, 4);
    return (bits & 0x007fffff) - 0x00400000;
}

void rowQ8_0(const float* x, uint8_t* out, int64_t n)
{
    for (int64_t b = 0; b < n / kQk; ++b, x += kQk, out += 34) {
        float amax = 0.0f;
        for (int64_t j = 0; j < kQk; ++j)
            amax = std::max(amax, std::fabs(x[j]));
        const float d = amax / 127.0f;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        putHalf(out, d);
        for (int64_t j = 0; j < kQk; ++j)
            out[2 + j] = static_cast<uint8_t>(static_cast<int8_t>(std::roundf(x[j] * id)));
    }
}

void rowQ4_0(const float* x, uint8_t* out, int64_t n)
{
    for (int64_t b = 0; b < n / kQk; ++b, x += kQk, out += 18) {
        const float d = signedAbsMax(x) / -8.0f;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        putHalf(out, d);
        for (int64_t j = 0; j < kQk / 2; ++j) {
            const auto q0 = static_cast<uint8_t>(std::min<int8_t>(15, static_cast<int8_t>(x[j] * id + 8.5f)));
            const auto q1 = static_cast<uint8_t>(std::min<int8_t>(15, static_cast<int8_t>(x[kQk / 2 + j] * id + 8.5f)));
            out[2 + j] = static_cast<uint8_t>(q0 | (q1 << 4)); // low nibbles: first half, high: second half
        }
    }
}

namespace {

/** Packs 32 five-bit values: low nibbles as Q4_0 does, the fifth bits into a little-endian u32. */
void pack5(const uint8_t* q, uint8_t* qh, uint8_t* qs)
{
    uint32_t high = 0;
    for (int64_t j = 0; j < kQk / 2; ++j) {
        const uint8_t q0 = q[j];
        const uint8_t q1 = q[kQk / 2 + j];
        qs[j] = static_cast<uint8_t>((q0 & 0x0f) | ((q1 & 0x0f) << 4));
        high |= static_cast<uint32_t>((q0 & 0x10u) >> 4) << j;
        high |= static_cast<uint32_t>((q1 & 0x10u) >> 4) << (j + kQk / 2);
    }
    std::memcpy(qh, &high, 4);
}

void unpack5(const uint8_t* qh, const uint8_t* qs, int* q)
{
    uint32_t high = 0;
    std::memcpy(&high, qh, 4);
    for (int64_t j = 0; j < kQk / 2; ++j) {
        q[j] = (qs[j] & 0x0f) | static_cast<int>(((high >> j) & 1u) << 4);
        q[kQk / 2 + j] = (qs[j] >> 4) | static_cast<int>(((high >> (j + kQk / 2)) & 1u) << 4);
    }
}

} // namespace

void rowQ5_0(const float* x, uint8_t* out, int64_t n)
{
    for (int64_t b = 0; b < n / kQk; ++b, x += kQk, out += 22) {
        const float d = signedAbsMax(x) / -16.0f;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        putHalf(out, d);
        uint8_t q[kQk];
        for (int64_t j = 0; j < kQk; ++j)
            q[j] = static_cast<uint8_t>(std::min<int8_t>(31, static_cast<int8_t>(x[j] * id + 16.5f)));
        pack5(q, out + 2, out + 6);
    }
}

void rowQ5_1(const float* x, uint8_t* out, int64_t n)
{
    for (int64_t b = 0; b < n / kQk; ++b, x += kQk, out += 24) {
        float min = x[0];
        float max = x[0];
        for (int64_t j = 1; j < kQk; ++j) {
            min = std::min(min, x[j]);
            max = std::max(max, x[j]);
        }
        const float d = (max - min) / 31.0f;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        putHalf(out, d);
        putHalf(out + 2, min);
        uint8_t q[kQk];
        for (int64_t j = 0; j < kQk; ++j)
            q[j] = static_cast<uint8_t>((x[j] - min) * id + 0.5f);
        pack5(q, out + 4, out + 8);
    }
}

void dequantQ8_0(const uint8_t* in, float* y, int64_t n)
{
    for (int64_t b = 0; b < n / kQk; ++b, in += 34, y += kQk) {
        const float d = getHalf(in);
        for (int64_t j = 0; j < kQk; ++j)
            y[j] = d * static_cast<float>(static_cast<int8_t>(in[2 + j]));
    }
}

void dequantQ4_0(const uint8_t* in, float* y, int64_t n)
{
    for (int64_t b = 0; b < n / kQk; ++b, in += 18, y += kQk) {
        const float d = getHalf(in);
        for (int64_t j = 0; j < kQk / 2; ++j) {
            y[j] = d * static_cast<float>((in[2 + j] & 0x0f) - 8);
            y[kQk / 2 + j] = d * static_cast<float>((in[2 + j] >> 4) - 8);
        }
    }
}

void dequantQ5_0(const uint8_t* in, float* y, int64_t n)
{
    for (int64_t b = 0; b < n / kQk; ++b, in += 22, y += kQk) {
        const float d = getHalf(in);
        int q[kQk];
        unpack5(in + 2, in + 6, q);
        for (int64_t j = 0; j < kQk; ++j)
            y[j] = d * static_cast<float>(q[j] - 16);
    }
}

void dequantQ5_1(const uint8_t* in, float* y, int64_t n)
{
    for (int64_t b = 0; b < n / kQk; ++b, in += 24, y += kQk) {
        const float d = getHalf(in);
        const float m = getHalf(in + 2);
        int q[kQk];
        unpack5(in + 4, in + 8, q);
        for (int64_t j = 0; j < kQk; ++j)
            y[j] = d * static_cast<float>(q[j]) + m;
    }
}

} // namespace quant

void quantizeRows(GgmlType type, const float* x, int64_t rows, int64_t n, uint8_t* out)
{
    if (n % ggmlBlockSize(type) != 0)
        throw IoError(std::string("quantize: rows of ") + std::to_string(n) + " elements do not split into " +
                      ggmlTypeName(type) + " blocks");
    const uint64_t rowBytes = ggmlRowBytes(type, n);
    for (int64_t r = 0; r < rows; ++r, x += n, out += rowBytes) {
        switch (type) {
        case GgmlType::F32: std::memcpy(out, x, static_cast<size_t>(n) * 4); break;
        case GgmlType::F16:
            for (int64_t j = 0; j < n; ++j) {
                const uint16_t h = floatToHalf(x[j]);
                std::memcpy(out + 2 * j, &h, 2);
            }
            break;
        case GgmlType::BF16:
            for (int64_t j = 0; j < n; ++j) {
                const uint16_t h = floatToBf16(x[j]);
                std::memcpy(out + 2 * j, &h, 2);
            }
            break;
        case GgmlType::Q8_0: quant::rowQ8_0(x, out, n); break;
        case GgmlType::Q4_0: quant::rowQ4_0(x, out, n); break;
        case GgmlType::Q5_0: quant::rowQ5_0(x, out, n); break;
        case GgmlType::Q5_1: quant::rowQ5_1(x, out, n); break;
        case GgmlType::Q4_K: quant::rowQ4_K(x, out, n); break;
        case GgmlType::Q5_K: quant::rowQ5_K(x, out, n); break;
        case GgmlType::Q6_K: quant::rowQ6_K(x, out, n); break;
        }
    }
}

void dequantizeRows(GgmlType type, const uint8_t* data, int64_t rows, int64_t n, float* y)
{
    const uint64_t rowBytes = ggmlRowBytes(type, n);
    for (int64_t r = 0; r < rows; ++r, y += n, data += rowBytes) {
        switch (type) {
        case GgmlType::F32: std::memcpy(y, data, static_cast<size_t>(n) * 4); break;
        case GgmlType::F16:
            for (int64_t j = 0; j < n; ++j) {
                uint16_t h = 0;
                std::memcpy(&h, data + 2 * j, 2);
                y[j] = halfToFloat(h);
            }
            break;
        case GgmlType::BF16:
            for (int64_t j = 0; j < n; ++j) {
                uint16_t h = 0;
                std::memcpy(&h, data + 2 * j, 2);
                const uint32_t bits = static_cast<uint32_t>(h) << 16;
                std::memcpy(&y[j], &bits, 4);
            }
            break;
        case GgmlType::Q8_0: quant::dequantQ8_0(data, y, n); break;
        case GgmlType::Q4_0: quant::dequantQ4_0(data, y, n); break;
        case GgmlType::Q5_0: quant::dequantQ5_0(data, y, n); break;
        case GgmlType::Q5_1: quant::dequantQ5_1(data, y, n); break;
        case GgmlType::Q4_K: quant::dequantQ4_K(data, y, n); break;
        case GgmlType::Q5_K: quant::dequantQ5_K(data, y, n); break;
        case GgmlType::Q6_K: quant::dequantQ6_K(data, y, n); break;
        }
    }
}

} // namespace falconry
