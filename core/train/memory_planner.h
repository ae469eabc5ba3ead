#pragma once

#include "core/model/falcon_config.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace falconry {

/** What a run would do, for planning before anything is loaded. */
struct PlanSettings {
    bool train = true;            // false: inference/chat only (weights + KV cache)
    bool full = false;            // full-parameter training (fp32 weights, grads, AdamW state)
    bool nf4 = false;             // QLoRA: linear weights in NF4
    bool doubleQuant = true;
    bool bf16 = true;             // frozen weights / activations in bf16 (else fp32)
    int64_t loraR = 16;
    std::vector<std::string> targets = {"query_key_value", "dense", "dense_h_to_4h", "dense_4h_to_h"};
    int64_t batch = 1;
    int64_t seqLen = 512;         // tokens per row
    double trainedFraction = 1.0; // share of positions in the loss (the LM head runs only there)
    bool gradientCheckpointing = true;
    int64_t kvCacheTokens = 0;    // chat: rows x context kept in the KV cache
    double tokensPerSecond = 0.0; // measured throughput for the duration estimate (0 = none)
    int64_t totalTokens = 0;      // tokens the run will process (epochs x dataset tokens)
};

/** Bytes per part, the verdict against the machine's memory, and a duration estimate. */
struct MemoryPlan {
    int64_t weightBytes = 0;      // frozen (or trained, full mode) model weights
    int64_t loraBytes = 0;        // LoRA A/B (fp32)
    int64_t optimizerBytes = 0;   // AdamW m and v (fp32)
    int64_t gradientBytes = 0;    // gradients of the trained weights (fp32)
    int64_t activationBytes = 0;  // kept for the backward (+ one recomputed block with checkpointing) and the LM head
    int64_t transientBytes = 0;   // dequantized NF4 weights of one block, temporaries
    int64_t kvCacheBytes = 0;
    int64_t runtimeBytes = 0;     // libtorch and the process itself
    int64_t totalBytes = 0;
    int64_t trainableParameters = 0;
    int64_t availableBytes = 0;   // what the machine has free
    bool fits = true;
    std::vector<std::string> suggestions; // what would make it fit (when it does not)
    double estimatedSeconds = 0.0;        // totalTokens / tokensPerSecond when both are known

    nlohmann::json toJson() const;
};

/** The plan for `config` under `settings`, judged against `availableBytes` (0 = read the machine's). */
MemoryPlan planMemory(const FalconConfig& config, const PlanSettings& settings, int64_t availableBytes = 0);

/** MemAvailable of /proc/meminfo in bytes (0 if unknown). */
int64_t availableMemoryBytes();

} // namespace falconry
