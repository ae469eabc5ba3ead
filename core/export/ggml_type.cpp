#include "core/export/ggml_type.h"

#include "core/util/errors.h"

#include <cctype>
#include <cmath>
#include <cstring>

namespace falconry {

int64_t ggmlBlockSize(GgmlType type)
{
    switch (type) {
    case GgmlType::F32:
    case GgmlType::F16:
    case GgmlType::BF16: return 1;
    case GgmlType::Q4_0:
    case GgmlType::Q5_0:
    case GgmlType::Q5_1:
    case GgmlType::Q8_0: return 32;
    case GgmlType::Q4_K:
    case GgmlType::Q5_K:
    case GgmlType::Q6_K: return 256;
    }
    return 1;
}

int64_t ggmlBlockBytes(GgmlType type)
{
    // Block structs of ggml-common.h: half scales first, then the packed quants.
    switch (type) {
    case GgmlType::F32: return 4;
    case GgmlType::F16:
    case GgmlType::BF16: return 2;
    case GgmlType::Q4_0: return 2 + 16;          // d, qs[16]
    case GgmlType::Q5_0: return 2 + 4 + 16;      // d, qh[4], qs[16]
    case GgmlType::Q5_1: return 2 + 2 + 4 + 16;  // d, m, qh[4], qs[16]
    case GgmlType::Q8_0: return 2 + 32;          // d, qs[32]
    case GgmlType::Q4_K: return 2 + 2 + 12 + 128;      // d, dmin, scales[12], qs[128]
    case GgmlType::Q5_K: return 2 + 2 + 12 + 32 + 128; // d, dmin, scales[12], qh[32], qs[128]
    case GgmlType::Q6_K: return 128 + 64 + 16 + 2;     // ql[128], qh[64], scales[16], d
    }
    return 4;
}

uint64_t ggmlRowBytes(GgmlType type, int64_t n)
{
    return static_cast<uint64_t>(n / ggmlBlockSize(type)) * static_cast<uint64_t>(ggmlBlockBytes(type));
}

const char* ggmlTypeName(GgmlType type)
{
    switch (type) {
    case GgmlType::F32: return "f32";
    case GgmlType::F16: return "f16";
    case GgmlType::BF16: return "bf16";
    case GgmlType::Q4_0: return "q4_0";
    case GgmlType::Q5_0: return "q5_0";
    case GgmlType::Q5_1: return "q5_1";
    case GgmlType::Q8_0: return "q8_0";
    case GgmlType::Q4_K: return "q4_K";
    case GgmlType::Q5_K: return "q5_K";
    case GgmlType::Q6_K: return "q6_K";
    }
    return "?";
}

namespace {

struct FileTypeName {
    GgufFileType type;
    const char* name;
};

constexpr FileTypeName kFileTypes[] = {
    {GgufFileType::AllF32, "f32"},       {GgufFileType::MostlyF16, "f16"},    {GgufFileType::MostlyBF16, "bf16"},
    {GgufFileType::MostlyQ8_0, "q8_0"},  {GgufFileType::MostlyQ4_0, "q4_0"},  {GgufFileType::MostlyQ5_0, "q5_0"},
    {GgufFileType::MostlyQ5_1, "q5_1"},  {GgufFileType::MostlyQ4_K_M, "q4_k_m"},
    {GgufFileType::MostlyQ5_K_M, "q5_k_m"}, {GgufFileType::MostlyQ6_K, "q6_k"},
};

} // namespace

GgufFileType parseGgufFileType(std::string_view name)
{
    std::string lower(name);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const FileTypeName& entry : kFileTypes)
        if (lower == entry.name)
            return entry.type;
    throw ConfigError("GGUF type '" + std::string(name) + "' is not one Falconry writes; expected one of " +
                      ggufFileTypeNames());
}

std::string ggufFileTypeName(GgufFileType type)
{
    for (const FileTypeName& entry : kFileTypes)
        if (entry.type == type)
            return entry.name;
    return "f16";
}

const char* ggufFileTypeNames()
{
    return "f32, f16, bf16, q8_0, q4_0, q5_0, q5_1, q4_k_m, q5_k_m, q6_k";
}

uint16_t floatToHalf(float value)
{
    uint32_t x = 0;
    std::memcpy(&x, &value, 4);
    const uint32_t sign = (x >> 16) & 0x8000u;
    const uint32_t absx = x & 0x7fffffffu;
    if (absx >= 0x7f800000u) // inf or NaN (NaN stays a quiet NaN)
        return static_cast<uint16_t>(sign | (absx > 0x7f800000u ? 0x7e00u : 0x7c00u));
    if (absx >= 0x47800000u) // >= 65536: beyond the largest half even after rounding
        return static_cast<uint16_t>(sign | 0x7c00u);
    if (absx < 0x38800000u) { // below 2^-14: a half subnormal (or zero), value = m * 2^-24
        float magnitude = 0.0f;
        std::memcpy(&magnitude, &absx, 4);
        const auto m = static_cast<uint32_t>(std::nearbyint(magnitude * 16777216.0f)); // exact in float
        return static_cast<uint16_t>(sign | m); // m == 0x400 is the smallest normal: same encoding
    }
    const uint32_t exponent = (absx >> 23) - 127 + 15;
    const uint32_t mantissa = absx & 0x7fffffu;
    uint32_t h = (exponent << 10) | (mantissa >> 13);
    const uint32_t rest = mantissa & 0x1fffu;
    if (rest > 0x1000u || (rest == 0x1000u && (h & 1u)))
        ++h; // a carry moves into the exponent (up to inf), which is the right rounding
    return static_cast<uint16_t>(sign | h);
}

float halfToFloat(uint16_t half)
{
    const uint32_t sign = static_cast<uint32_t>(half & 0x8000u) << 16;
    const uint32_t exponent = (half >> 10) & 0x1fu;
    const uint32_t mantissa = half & 0x3ffu;
    float result = 0.0f;
    if (exponent == 0) {
        result = std::ldexp(static_cast<float>(mantissa), -24);
    } else if (exponent == 31) {
        const uint32_t bits = 0x7f800000u | (mantissa << 13);
        std::memcpy(&result, &bits, 4);
    } else {
        const uint32_t bits = ((exponent + 127 - 15) << 23) | (mantissa << 13);
        std::memcpy(&result, &bits, 4);
    }
    uint32_t bits = 0;
    std::memcpy(&bits, &result, 4);
    bits |= sign;
    std::memcpy(&result, &bits, 4);
    return result;
}

uint16_t floatToBf16(float value)
{
    uint32_t u = 0;
    std::memcpy(&u, &value, 4);
    if ((u & 0x7fffffffu) > 0x7f800000u)
        return static_cast<uint16_t>((u >> 16) | 64u); // quiet NaN
    return static_cast<uint16_t>((u + (0x7fffu + ((u >> 16) & 1u))) >> 16);
}

} // namespace falconry
