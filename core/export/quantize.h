#pragma once

#include "core/export/ggml_type.h"

#include <cstdint>

namespace falconry {

/**
 * ggml's reference quantizers (ggml-quants.c quantize_row_*_ref; the block layouts of
 * ggml-common.h), re-implemented: `rows` rows of `n` floats from `x` into `out`, which holds
 * rows * ggmlRowBytes(type, n) bytes. F32, F16 and BF16 are plain conversions. n must be a
 * multiple of ggmlBlockSize(type). Each row is independent, so callers stream a tensor in chunks.
 */
void quantizeRows(GgmlType type, const float* x, int64_t rows, int64_t n, uint8_t* out);

/** The inverse (ggml's dequantize_row_*), for tests and checks: `rows` * `n` floats into `y`. */
void dequantizeRows(GgmlType type, const uint8_t* data, int64_t rows, int64_t n, float* y);

namespace quant {
// One row each; n a multiple of the block size. Legacy 32-element blocks:
void rowQ8_0(const float* x, uint8_t* out, int64_t n);
void rowQ4_0(const float* x, uint8_t* out, int64_t n);
void rowQ5_0(const float* x, uint8_t* out, int64_t n);
void rowQ5_1(const float* x, uint8_t* out, int64_t n);
// K-quants, 256-element super-blocks:
void rowQ4_K(const float* x, uint8_t* out, int64_t n);
void rowQ5_K(const float* x, uint8_t* out, int64_t n);
void rowQ6_K(const float* x, uint8_t* out, int64_t n);

void dequantQ8_0(const uint8_t* in, float* y, int64_t n);
void dequantQ4_0(const uint8_t* in, float* y, int64_t n);
void dequantQ5_0(const uint8_t* in, float* y, int64_t n);
void dequantQ5_1(const uint8_t* in, float* y, int64_t n);
void dequantQ4_K(const uint8_t* in, float* y, int64_t n);
void dequantQ5_K(const uint8_t* in, float* y, int64_t n);
void dequantQ6_K(const uint8_t* in, float* y, int64_t n);

/** Round half to even as ggml's nearest_int (|x| < 2^22). */
int nearestInt(float x);
} // namespace quant

} // namespace falconry
