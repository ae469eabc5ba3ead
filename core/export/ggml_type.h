#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace falconry {

/**
 * Tensor types of ggml, with the numbers a GGUF file stores (ggml.h `enum ggml_type`,
 * gguf-py constants.py GGMLQuantizationType). Serialized: do not renumber.
 */
enum class GgmlType : uint32_t {
    F32 = 0,
    F16 = 1,
    Q4_0 = 2,
    Q5_0 = 6,
    Q5_1 = 7,
    Q8_0 = 8,
    Q4_K = 12,
    Q5_K = 13,
    Q6_K = 14,
    BF16 = 30,
};

/** Elements per block (1 for plain types, 32 for Q4_0..Q8_0, 256 for the K-quants). */
int64_t ggmlBlockSize(GgmlType type);
/** Bytes per block (4 for F32, 34 for Q8_0, 144 for Q4_K, ...). */
int64_t ggmlBlockBytes(GgmlType type);
/** Bytes of a row of `n` elements; n must be a multiple of the block size. */
uint64_t ggmlRowBytes(GgmlType type, int64_t n);
/** "f32", "q4_K", ... as ggml_type_name() spells them. */
const char* ggmlTypeName(GgmlType type);

/**
 * What the user asks for (`--type`), as llama.cpp's `llama_ftype` (general.file_type; do not
 * renumber): one type for every matrix, or a K-quant mix such as Q4_K_M.
 */
enum class GgufFileType : uint32_t {
    AllF32 = 0,
    MostlyF16 = 1,
    MostlyQ4_0 = 2,
    MostlyQ8_0 = 7,
    MostlyQ5_0 = 8,
    MostlyQ5_1 = 9,
    MostlyQ4_K_M = 15,
    MostlyQ5_K_M = 17,
    MostlyQ6_K = 18,
    MostlyBF16 = 32,
};

/** Parses "f32", "f16", "bf16", "q8_0", "q4_0", "q5_0", "q5_1", "q4_k_m", "q5_k_m", "q6_k" (any case). Throws ConfigError. */
GgufFileType parseGgufFileType(std::string_view name);
/** The lower-case name parseGgufFileType() reads ("q4_k_m"). */
std::string ggufFileTypeName(GgufFileType type);
/** The comma-separated list of names, for usage and error messages. */
const char* ggufFileTypeNames();

/** IEEE half from float, round to nearest even (ggml's GGML_FP32_TO_FP16). */
uint16_t floatToHalf(float value);
float halfToFloat(uint16_t half);
/** bfloat16 from float, round to nearest even, NaN kept quiet (ggml's GGML_FP32_TO_BF16). */
uint16_t floatToBf16(float value);

} // namespace falconry
