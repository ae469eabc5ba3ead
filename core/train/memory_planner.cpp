#include "core/train/memory_planner.h"

#include "core/lora/lora_model.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace falconry {
namespace {

// The process besides tensors: libtorch, OpenMP pools, allocator arenas. Measured with
// bench_train_peak_rss: 0.16 GB before the model, ~0.02 GB more while training.
constexpr int64_t kRuntimeBytes = 180LL << 20;

struct Linear {
    const char* name;
    int64_t in;
    int64_t out;
};

std::string gib(int64_t bytes)
{
    std::ostringstream s;
    s.precision(1);
    s << std::fixed << static_cast<double>(bytes) / (1024.0 * 1024.0 * 1024.0) << " GiB";
    return s.str();
}

} // namespace

int64_t availableMemoryBytes()
{
    std::ifstream in("/proc/meminfo");
    std::string key;
    int64_t value = 0;
    std::string unit;
    while (in >> key >> value >> unit)
        if (key == "MemAvailable:")
            return value * 1024;
    return 0;
}

MemoryPlan planMemory(const FalconConfig& c, const PlanSettings& s, int64_t availableBytes)
{
    MemoryPlan p;
    const int64_t L = c.numHiddenLayers;
    const int64_t H = c.hiddenSize;
    const int64_t F = c.ffnSize();
    const int64_t Q = c.qkvOutFeatures();
    const int64_t V = c.vocabSize;
    const int64_t heads = c.numAttentionHeads;
    const int64_t act = s.bf16 ? 2 : 4; // bytes per activation / frozen weight element
    const Linear linears[] = {{"self_attention.query_key_value", H, Q},
                              {"self_attention.dense", H, H},
                              {"mlp.dense_h_to_4h", H, F},
                              {"mlp.dense_4h_to_h", F, H}};
    int64_t linearParams = 0; // per layer
    int64_t loraPerLayer = 0;
    int64_t loraTargets = 0;
    for (const auto& l : linears) {
        linearParams += l.in * l.out;
        if (matchesLoraTarget(std::string("transformer.h.0.") + l.name, s.targets)) {
            loraPerLayer += s.loraR * (l.in + l.out);
            ++loraTargets;
        }
    }
    const int64_t normParams = (c.numLayerNorms() + (c.parallelAttn ? 0 : 1)) * 2 * H;
    const int64_t biasParams = c.bias ? (Q + H + F + H) : 0;
    const int64_t embedParams = V * H * (c.tieWordEmbeddings ? 1 : 2);
    const int64_t otherParams = L * (normParams + biasParams) + embedParams + 2 * H;

    // Weights.
    if (s.full) {
        p.weightBytes = 4 * (L * linearParams + otherParams);
        p.trainableParameters = L * linearParams + otherParams;
    } else {
        const double linearBitsPerParam = s.nf4 ? (s.doubleQuant ? 4.127 : 4.5) : 8.0 * static_cast<double>(act);
        p.weightBytes = static_cast<int64_t>(static_cast<double>(L * linearParams) * linearBitsPerParam / 8.0) +
                        act * otherParams;
        p.trainableParameters = s.train ? L * loraPerLayer : 0;
        p.loraBytes = 4 * p.trainableParameters;
    }
    if (s.train) {
        p.optimizerBytes = 8 * p.trainableParameters;
        p.gradientBytes = 4 * p.trainableParameters;

        // Activations kept for the backward of one block, per token (bytes), from what autograd saves:
        // the block input and LayerNorm (fp32 copy + output), the LoRA inputs and rank-r intermediates,
        // q/k/v and their rotated copies, attention output, GELU input/output, the MLP output.
        const double BT = static_cast<double>(s.batch * s.seqLen);
        const double perToken = static_cast<double>(H * (4 + 5 * act) + 2 * Q * act + 3 * F * act +
                                                    2 * s.loraR * loraTargets * act);
        // Attention scores [B, heads, T, T]: fp32 softmax output and its activation-dtype copy.
        const double scores = static_cast<double>(s.batch * heads) * static_cast<double>(s.seqLen * s.seqLen) *
                              static_cast<double>(4 + act);
        const double block = BT * perToken + scores;
        // The LM head runs only where the next token is trained: bf16/fp32 logits, fp32 copy, log-softmax, grad.
        const double trained = BT * s.trainedFraction;
        const double head = trained * static_cast<double>(V) * static_cast<double>(act + 12);
        const double kept = s.gradientCheckpointing ? static_cast<double>(L) * BT * static_cast<double>(H * act) + block
                                                    : static_cast<double>(L) * block;
        p.activationBytes = static_cast<int64_t>(kept + head);
        if (s.full)
            p.gradientBytes = 4 * p.trainableParameters;
    }
    // NF4: one dequantized weight at a time, the largest ([F, H]): the forward frees it after its
    // matmul and backward dequantizes again (DequantizingMatmul in core/model/falcon_linear.cpp).
    if (s.nf4)
        p.transientBytes = std::max({Q, H, F}) * H * act;
    p.kvCacheBytes = 2 * L * c.kvHeads() * c.headDim() * s.kvCacheTokens * act;
    p.runtimeBytes = kRuntimeBytes;
    p.totalBytes = p.weightBytes + p.loraBytes + p.optimizerBytes + p.gradientBytes + p.activationBytes +
                   p.transientBytes + p.kvCacheBytes + p.runtimeBytes;

    p.availableBytes = availableBytes > 0 ? availableBytes : availableMemoryBytes();
    p.fits = p.availableBytes <= 0 || p.totalBytes <= p.availableBytes;
    if (!p.fits) {
        const int64_t over = p.totalBytes - p.availableBytes;
        p.suggestions.push_back("needs " + gib(p.totalBytes) + ", " + gib(over) + " more than the " +
                                gib(p.availableBytes) + " available");
        if (!s.nf4 && !s.full) {
            PlanSettings q = s;
            q.nf4 = true;
            p.suggestions.push_back("a 4-bit NF4 base (QLoRA) would need " + gib(planMemory(c, q, p.availableBytes).totalBytes));
        }
        if (s.train && !s.gradientCheckpointing) {
            PlanSettings g = s;
            g.gradientCheckpointing = true;
            p.suggestions.push_back("gradient checkpointing would need " + gib(planMemory(c, g, p.availableBytes).totalBytes));
        }
        if (s.train && (s.batch > 1 || s.seqLen > 256)) {
            PlanSettings b = s;
            b.batch = 1;
            b.seqLen = std::min<int64_t>(s.seqLen, 256);
            p.suggestions.push_back("batch 1 x " + std::to_string(b.seqLen) + " tokens (use gradient accumulation) would need " +
                                    gib(planMemory(c, b, p.availableBytes).totalBytes));
        }
        if (s.full)
            p.suggestions.push_back("LoRA instead of full-parameter training keeps the weights frozen in bf16");
    }
    if (s.tokensPerSecond > 0.0 && s.totalTokens > 0)
        p.estimatedSeconds = static_cast<double>(s.totalTokens) / s.tokensPerSecond;
    return p;
}

nlohmann::json MemoryPlan::toJson() const
{
    return {{"weights", weightBytes},         {"lora", loraBytes},
            {"optimizer", optimizerBytes},    {"gradients", gradientBytes},
            {"activations", activationBytes}, {"transient", transientBytes},
            {"kv_cache", kvCacheBytes},       {"runtime", runtimeBytes},
            {"total", totalBytes},            {"trainable_parameters", trainableParameters},
            {"available", availableBytes},    {"fits", fits},
            {"suggestions", suggestions},     {"estimated_seconds", estimatedSeconds}};
}

} // namespace falconry
