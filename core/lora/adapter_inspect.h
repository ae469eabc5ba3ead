#pragma once

// How much each LoRA module of an adapter changes its layer: the size and effective rank of
// ΔW = scale·B·A per module, and how alike two adapters' updates are. Computed from the
// factors (r×r matrices), never from the [out, in] update itself.

#include "core/lora/peft_adapter.h"

#include <nlohmann/json_fwd.hpp>

#include <torch/torch.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace falconry {

/** One LoRA module's update ΔW = scale·B·A. */
struct LoraModuleUpdate {
    std::string module;        // PEFT name: "base_model.model.transformer.h.3.self_attention.query_key_value"
    int64_t layer = -1;        // the decoder block (the N of ".h.N."), -1 when the name has none
    std::string target;        // the module's last name part: "query_key_value", "dense", ...
    double norm = 0.0;         // Frobenius norm of ΔW
    double effectiveRank = 0.0; // exp of the entropy of the normalized singular values of ΔW (1 ... r)
    std::vector<double> singularValues; // of ΔW, descending (r of them)
    std::optional<double> cosine; // compareAdapters: <ΔW, ΔW'>_F / (|ΔW| |ΔW'|); unset when either is 0 or missing
};

/**
 * ||scale·B·A||_F through the r×r Gram matrices: ||BA||² = tr((BᵀB)(AAᵀ)).
 * A [r, in], B [out, r], any float dtype (computed in float64).
 */
double loraUpdateNorm(const torch::Tensor& a, const torch::Tensor& b, double scale);

/**
 * The singular values of scale·B·A (descending): with B = Q_B R_B and Aᵀ = Q_A R_A (reduced QR),
 * BA = Q_B (R_B R_Aᵀ) Q_Aᵀ, so they are those of the r×r matrix R_B R_Aᵀ.
 */
std::vector<double> loraSingularValues(const torch::Tensor& a, const torch::Tensor& b, double scale);

/**
 * <scale1·B1·A1, scale2·B2·A2>_F = scale1·scale2·tr((B1ᵀB2)(A2A1ᵀ)) (r1×r2 matrices; the ranks may differ).
 */
double loraUpdateInner(const torch::Tensor& a1, const torch::Tensor& b1, double scale1, const torch::Tensor& a2,
                       const torch::Tensor& b2, double scale2);

/**
 * Roy & Vetterli's effective rank (EUSIPCO 2007): exp(-Σ p_i ln p_i) with p_i = σ_i / Σσ.
 * 0 for an all-zero update; 1 ... r otherwise.
 */
double effectiveRank(const std::vector<double>& singularValues);

/**
 * Every LoRA module of `adapter` (lora_A/lora_B pairs), in layer then name order, with the
 * adapter's scale (lora_alpha / r, or lora_alpha / sqrt(r) for rsLoRA). Throws CheckpointError
 * when a module has only one of A and B, or shapes that do not chain (A [r, in], B [out, r]).
 */
std::vector<LoraModuleUpdate> inspectAdapter(const PeftAdapter& adapter);

/**
 * inspectAdapter(first) with `cosine` set per module from `second`'s update of the same module
 * (unset where `second` has no such module or either update is zero). Shapes must agree.
 */
std::vector<LoraModuleUpdate> compareAdapters(const PeftAdapter& first, const PeftAdapter& second);

/** The `adapter inspect --json` list: per module `module`, `layer`, `target`, `norm`, `effective_rank` (and `cosine` when compared). */
nlohmann::json adapterInspectionJson(const std::vector<LoraModuleUpdate>& modules, bool compared);

} // namespace falconry
