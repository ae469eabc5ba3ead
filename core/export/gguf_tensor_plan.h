#pragma once

#include "core/export/ggml_type.h"
#include "core/model/falcon_config.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace falconry {

/** One tensor of a Falcon GGUF: where it comes from, what llama.cpp calls it, how it is stored. */
struct GgufTensorPlan {
    std::string hfName;            // checkpoint name, "transformer.h.3.self_attention.query_key_value.weight"
    std::string ggufName;          // llama.cpp name, "blk.3.attn_qkv.weight"
    std::vector<int64_t> hfShape;  // torch order: [out, in] for matrices, [n] for norms
    GgmlType type = GgmlType::F32;
    int layer = -1;                // block index, -1 outside the blocks
    bool qkvReorder = false;       // rows regrouped from per-KV-group [q.., k, v] to [all q, all k, all v]

    /** ggml order (ne[0] = the innermost, row length). */
    std::vector<int64_t> ggmlShape() const;
};

/**
 * Why llama.cpp's `falcon` architecture (llm_build_falcon) cannot run this layout, or nullopt
 * when it can. It runs rotary, bias-free, parallel attention + MLP blocks with one or two
 * LayerNorms and any number of KV heads (7B, 40B, 180B, 11B); it refuses ALiBi (falcon-rw),
 * sequential blocks, linear biases and dynamic rope scaling.
 */
std::optional<std::string> ggufUnsupportedReason(const FalconConfig& config);

/**
 * The tensors of a Falcon GGUF in llama.cpp's names (gguf-py tensor_mapping.py: input_layernorm
 * and ln_mlp -> attn_norm, ln_attn -> attn_norm_2, query_key_value -> attn_qkv, ...) with the
 * type each gets for `fileType`, as llama.cpp's llama_tensor_get_type() picks it for the falcon
 * architecture (see ggufTensorType). `withOutput`: write lm_head as output.weight (untied models);
 * tied models leave it out and llama.cpp reuses token_embd.
 */
std::vector<GgufTensorPlan> planGgufTensors(const FalconConfig& config, GgufFileType fileType, bool withOutput);

/**
 * The ggml type of one tensor (llama-quant.cpp llama_tensor_get_type for LLM_ARCH_FALCON): 1-D
 * tensors F32; output.weight (or token_embd when there is none) Q8_0 in every quantized file
 * type; in Q4_K_M attn_qkv Q5_K and ffn_down Q6_K in the first n_layer/16 blocks, Q5_K where
 * use_more_bits, else Q4_K; in Q5_K_M attn_qkv and the use_more_bits ffn_down Q6_K. Rows that
 * do not split into 256-element super-blocks fall back as llama.cpp does (Q4_K->Q5_0,
 * Q5_K->Q5_1, Q6_K->Q8_0, then F16).
 */
GgmlType ggufTensorType(const std::string& ggufName, const std::vector<int64_t>& hfShape, GgufFileType fileType,
                        int layer, int layerCount, bool hasOutput);

/** Row order of a reordered query_key_value: output row i comes from input row result[i]. */
std::vector<int64_t> qkvRowOrder(const FalconConfig& config);

} // namespace falconry
