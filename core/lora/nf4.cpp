#include "core/lora/nf4.h"

#include "core/lora/nf4_gemv.h"
#include "core/model/falcon_model.h"
#include "core/util/errors.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

// Ported from bitsandbytes (TimDettmers/bitsandbytes@dada5301): functional.py get_4bit_type,
// create_dynamic_map, quantize_4bit / quantize_blockwise; csrc/kernels.cu kQuantizeBlockwise,
// dQuantizeNF4, dDequantizeNF4.

namespace falconry {
namespace {

// Decision thresholds of dQuantizeNF4 (midpoints of neighbouring codes), as the kernel's float
// literals. A value maps to the number of thresholds it is strictly greater than, so ties go to
// the lower code and NaN (an all-zero block scaled by 1/0) goes to code 0, as in the kernel.
const std::array<float, 15> kNf4Thresholds = {
    -0.8480964004993439F, -0.6106329262256622F, -0.4599952697753906F, -0.33967943489551544F,
    -0.23460740596055984F, -0.13791173323988914F, -0.045525018125772476F, 0.03979014977812767F,
    0.1202552504837513F, 0.2035212516784668F, 0.2920137718319893F, 0.3893125355243683F,
    0.5016634166240692F, 0.6427869200706482F, 0.8614784181118011F};

constexpr int64_t kDoubleQuantBlock = 256;
constexpr int64_t kChunkBlocks = 1 << 16; // blocks per dequantization chunk (bounds temporaries)

void checkBlockSize(int64_t blockSize)
{
    if (blockSize < 64 || blockSize > 4096 || (blockSize & (blockSize - 1)) != 0)
        throw Error("NF4: block size " + std::to_string(blockSize) + " is not a power of two in 64..4096");
}

// x [nBlocks, blockSize] fp32 -> (codes uint8 [nBlocks, blockSize], absmax fp32 [nBlocks]) for NF4.
torch::Tensor nf4Indices(const torch::Tensor& blocks, const torch::Tensor& absmax)
{
    const auto thresholds = torch::from_blob(const_cast<float*>(kNf4Thresholds.data()), {15}, torch::kFloat32)
                                .to(blocks.device());
    torch::Tensor scaled = blocks * absmax.reciprocal().unsqueeze(1); // x * (1/absmax), as the kernel
    torch::Tensor idx = torch::bucketize(scaled, thresholds, /*out_int32=*/true, /*right=*/false);
    // An all-zero block gives NaN in the kernel, which no comparison passes: code 0.
    idx.masked_fill_((absmax == 0).unsqueeze(1), 0);
    return idx.to(torch::kUInt8);
}

/**
 * The CPU path of the first level, the same codes as nf4Indices in one pass per block (a 7B model
 * in seconds instead of minutes): absmax, x * (1/absmax) in fp32, code = the number of thresholds
 * strictly below it, 0 for an all-zero block; padding values of the last block are zeros.
 */
void quantizeBlocksCpu(const float* x, int64_t n, int64_t blockSize, uint8_t* packed, float* absmax)
{
    const int64_t nBlocks = (n + blockSize - 1) / blockSize;
    at::parallel_for(0, nBlocks, 1024, [&](int64_t b0, int64_t b1) {
        std::vector<uint8_t> codes(static_cast<size_t>(blockSize));
        for (int64_t b = b0; b < b1; ++b) {
            const int64_t first = b * blockSize;
            const int64_t count = std::min(blockSize, n - first);
            float am = 0.0F;
            for (int64_t i = 0; i < count; ++i)
                am = std::max(am, std::fabs(x[first + i]));
            absmax[b] = am;
            const float inv = 1.0F / am;
            for (int64_t i = 0; i < blockSize; ++i) {
                const float v = (i < count ? x[first + i] : 0.0F) * inv;
                uint8_t code = 0;
                for (const float t : kNf4Thresholds)
                    code = static_cast<uint8_t>(code + (v > t ? 1 : 0));
                codes[static_cast<size_t>(i)] = am == 0.0F ? 0 : code;
            }
            // Pairs never straddle blocks (blockSize is even); an odd n keeps the padding's code.
            const int64_t pairs = std::min(blockSize, n - first + 1) / 2;
            for (int64_t j = 0; j < pairs; ++j)
                packed[first / 2 + j] = static_cast<uint8_t>((codes[static_cast<size_t>(2 * j)] << 4) |
                                                             codes[static_cast<size_t>(2 * j + 1)]);
        }
    });
}

// Nearest entry of a sorted code (ties to the lower entry), as dQuantize<0> for General8bit.
torch::Tensor nearestCode(const torch::Tensor& x, const torch::Tensor& code)
{
    torch::Tensor mid = (code.slice(0, 0, -1) + code.slice(0, 1)) * 0.5F;
    return torch::bucketize(x, mid, /*out_int32=*/true, /*right=*/false).to(torch::kUInt8);
}

// 256 x 2 table: byte -> (code[high nibble], code[low nibble]).
torch::Tensor pairTable(torch::Device device)
{
    const auto& code = nf4Code();
    auto table = torch::empty({256, 2}, torch::kFloat32);
    auto acc = table.accessor<float, 2>();
    for (int b = 0; b < 256; ++b) {
        acc[b][0] = code[static_cast<size_t>(b >> 4)];
        acc[b][1] = code[static_cast<size_t>(b & 15)];
    }
    return table.to(device);
}

} // namespace

const std::array<float, 16>& nf4Code()
{
    static const std::array<float, 16> kCode = {
        -1.0F, -0.6961928009986877F, -0.5250730514526367F, -0.39491748809814453F,
        -0.28444138169288635F, -0.18477343022823334F, -0.09105003625154495F, 0.0F,
        0.07958029955625534F, 0.16093020141124725F, 0.24611230194568634F, 0.33791524171829224F,
        0.44070982933044434F, 0.5626170039176941F, 0.7229568362236023F, 1.0F};
    return kCode;
}

torch::Tensor signedDynamicMap8()
{
    // create_dynamic_map(signed=True, max_exponent_bits=7, total_bits=8): for exponent i in 0..6,
    // 2^i linearly spaced fractions in (0.1, 1) (midpoints of linspace(0.1, 1, 2^i + 1)) times
    // 10^(i - 6), both signs; plus 0 and 1. fp32 throughout, as the Python code computes it.
    std::vector<torch::Tensor> parts;
    for (int i = 0; i < 7; ++i) {
        torch::Tensor b = torch::linspace(0.1, 1.0, (int64_t{1} << i) + 1, torch::kFloat32);
        torch::Tensor means = (b.slice(0, 0, -1) + b.slice(0, 1)) / 2.0;
        torch::Tensor v = means * std::pow(10.0, -6.0 + i);
        parts.push_back(v);
        parts.push_back(-v);
    }
    parts.push_back(torch::zeros({1}));
    parts.push_back(torch::ones({1}));
    return std::get<0>(torch::sort(torch::cat(parts)));
}

int64_t Nf4Tensor::numel() const
{
    int64_t n = 1;
    for (int64_t s : shape)
        n *= s;
    return n;
}

int64_t Nf4Tensor::bytes() const
{
    int64_t b = packed.numel();
    if (doubleQuant)
        b += qabsmax.numel() + absmax2.numel() * 4 + 4;
    else
        b += absmax.numel() * 4;
    return b;
}

Nf4Tensor quantizeNf4(const torch::Tensor& w, bool doubleQuant, int64_t blockSize)
{
    checkBlockSize(blockSize);
    torch::NoGradGuard noGrad;
    Nf4Tensor q;
    q.shape = w.sizes().vec();
    q.blockSize = blockSize;
    q.doubleQuant = doubleQuant;
    const int64_t n = w.numel();
    const int64_t nBlocks = (n + blockSize - 1) / blockSize;
    torch::Tensor absmax; // [nBlocks] fp32
    if (w.device().is_cpu()) {
        const torch::Tensor flat = w.detach().reshape({-1}).to(torch::kFloat32).contiguous();
        absmax = torch::empty({nBlocks}, torch::kFloat32);
        q.packed = torch::empty({(n + 1) / 2}, torch::kUInt8);
        quantizeBlocksCpu(flat.data_ptr<float>(), n, blockSize, q.packed.data_ptr<uint8_t>(), absmax.data_ptr<float>());
    } else {
        torch::Tensor flat = w.detach().reshape({-1}).to(torch::kFloat32);
        if (nBlocks * blockSize != n)
            flat = torch::cat({flat, torch::zeros({nBlocks * blockSize - n}, flat.options())});
        torch::Tensor blocks = flat.view({nBlocks, blockSize});
        absmax = std::get<0>(blocks.abs().max(1));
        torch::Tensor idx = nf4Indices(blocks, absmax).view({-1}); // [nBlocks * blockSize]
        // An odd count keeps one padding code: the kernel quantizes the zero it pads the last block with.
        idx = idx.slice(0, 0, n + n % 2);
        torch::Tensor pairs = idx.view({-1, 2});
        q.packed = torch::bitwise_or(torch::bitwise_left_shift(pairs.select(1, 0), 4), pairs.select(1, 1)).contiguous();
    }

    if (!doubleQuant) {
        q.absmax = absmax.contiguous();
        return q;
    }
    // Double quantization: (absmax - mean) blockwise-quantized with the signed 8-bit dynamic map.
    q.offset = absmax.mean().item<float>();
    torch::Tensor centred = absmax - q.offset;
    const int64_t n2 = centred.numel();
    const int64_t nBlocks2 = (n2 + kDoubleQuantBlock - 1) / kDoubleQuantBlock;
    torch::Tensor padded = centred;
    if (nBlocks2 * kDoubleQuantBlock != n2)
        padded = torch::cat({centred, torch::zeros({nBlocks2 * kDoubleQuantBlock - n2}, centred.options())});
    torch::Tensor blocks2 = padded.view({nBlocks2, kDoubleQuantBlock});
    torch::Tensor absmax2 = std::get<0>(blocks2.abs().max(1));
    torch::Tensor scaled = blocks2 * absmax2.reciprocal().unsqueeze(1);
    scaled = torch::nan_to_num(scaled, 0.0); // an all-zero block (absmax2 = 0)
    torch::Tensor code = signedDynamicMap8().to(w.device());
    q.qabsmax = nearestCode(scaled, code).view({-1}).slice(0, 0, n2).contiguous();
    q.absmax2 = absmax2.contiguous();
    return q;
}

torch::Tensor nf4Absmax(const Nf4Tensor& q)
{
    if (!q.doubleQuant)
        return q.absmax;
    torch::Tensor code = signedDynamicMap8().to(q.qabsmax.device());
    torch::Tensor values = code.index_select(0, q.qabsmax.to(torch::kLong)); // [nBlocks]
    const int64_t n2 = values.numel();
    torch::Tensor scale = q.absmax2.repeat_interleave(kDoubleQuantBlock).slice(0, 0, n2);
    return values * scale + q.offset;
}

torch::Tensor dequantizeNf4(const Nf4Tensor& q, torch::ScalarType dtype)
{
    torch::NoGradGuard noGrad;
    return Nf4WeightSource(q).weight(dtype);
}

Nf4WeightSource::Nf4WeightSource(Nf4Tensor q) : m_q(std::move(q))
{
    checkBlockSize(m_q.blockSize);
    if (m_q.doubleQuant) {
        m_code = signedDynamicMap8().to(m_q.qabsmax.device());
    } else {
        m_absmax = m_q.absmax.contiguous();
    }
}

int64_t Nf4WeightSource::blockCount() const
{
    return m_q.doubleQuant ? m_q.qabsmax.numel() : m_absmax.numel();
}

torch::Tensor Nf4WeightSource::absmaxOfBlocks(int64_t begin, int64_t end) const
{
    if (!m_q.doubleQuant)
        return m_absmax.slice(0, begin, end);
    // As nf4Absmax, element for element, for a chunk only: decoding the whole tensor once would
    // keep 4 bytes per block (0.5 bit per weight, 0.4 GB for Falcon-7B) that double
    // quantization exists to save.
    const int64_t first = begin / kDoubleQuantBlock;
    const int64_t last = (end + kDoubleQuantBlock - 1) / kDoubleQuantBlock;
    const torch::Tensor scale = m_q.absmax2.slice(0, first, last)
                                    .repeat_interleave(kDoubleQuantBlock)
                                    .slice(0, begin - first * kDoubleQuantBlock, end - first * kDoubleQuantBlock);
    return m_code.index_select(0, m_q.qabsmax.slice(0, begin, end).to(torch::kLong)) * scale + m_q.offset;
}

torch::Tensor Nf4WeightSource::weight(torch::ScalarType dtype) const
{
    torch::NoGradGuard noGrad;
    const int64_t n = m_q.numel();
    const int64_t bs = m_q.blockSize;
    const int64_t nBlocks = blockCount();
    static thread_local torch::Tensor table;
    if (!table.defined() || table.device() != m_q.packed.device())
        table = pairTable(m_q.packed.device());
    torch::Tensor out = torch::empty({nBlocks * bs}, m_q.packed.options().dtype(dtype));
    // Chunks of whole blocks bound the fp32 and int64 temporaries to a few MB.
    for (int64_t b0 = 0; b0 < nBlocks; b0 += kChunkBlocks) {
        const int64_t b1 = std::min(nBlocks, b0 + kChunkBlocks);
        const int64_t v0 = b0 * bs;
        const int64_t v1 = std::min(b1 * bs, n);
        const int64_t p0 = v0 / 2;
        const int64_t p1 = (v1 + 1) / 2;
        torch::Tensor vals = table.index_select(0, m_q.packed.slice(0, p0, p1).to(torch::kLong)).view({-1});
        if (vals.numel() != (b1 - b0) * bs) // last chunk of a tensor whose size is not a multiple of bs
            vals = torch::cat({vals, torch::zeros({(b1 - b0) * bs - vals.numel()}, vals.options())});
        torch::Tensor scaled = vals.view({b1 - b0, bs}) * absmaxOfBlocks(b0, b1).unsqueeze(1);
        out.slice(0, v0, b1 * bs).copy_(scaled.view({-1}));
    }
    return out.slice(0, 0, n).view(m_q.shape);
}

int64_t Nf4WeightSource::bytes() const
{
    return m_q.bytes();
}

torch::Tensor Nf4WeightSource::matmul(const torch::Tensor& x) const
{
    static const bool off = std::getenv("FALCONRY_NF4_DEQUANTIZE") != nullptr;
    if (off || m_q.shape.size() != 2 || !m_q.packed.device().is_cpu() || !x.device().is_cpu() || x.dim() == 0 ||
        x.size(-1) != m_q.shape[1] || (x.scalar_type() != torch::kFloat && x.scalar_type() != torch::kBFloat16))
        return {};
    const int64_t rows = x.numel() / m_q.shape[1];
    if (rows >= 1 && rows <= kNf4GemvMaxRows)
        return nf4Gemv(x, m_q, bestNf4Kernel(x.scalar_type()));
    return nf4TiledMatmul(x, m_q, nf4PrefillTileRows(m_q.shape[1]));
}

int64_t quantizeLinearsToNf4(const std::vector<FalconLinear>& layers, bool doubleQuant)
{
    int64_t total = 0;
    for (FalconLinear layer : layers) { // a holder copy: operator-> of a const holder is const
        if (layer->weightSource())
            continue;
        auto source = std::make_shared<Nf4WeightSource>(quantizeNf4(layer->weight, doubleQuant));
        total += source->bytes();
        layer->setWeightSource(source);
    }
    return total;
}

int64_t quantizeModelToNf4(FalconModelImpl& model, bool doubleQuant)
{
    std::vector<FalconLinear> linears;
    for (auto& [name, linear] : model.linearLayers())
        linears.push_back(linear);
    return quantizeLinearsToNf4(linears, doubleQuant);
}

} // namespace falconry
