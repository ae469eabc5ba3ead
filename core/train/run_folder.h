#pragma once

#include "core/train/divergence.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace falconry {

class LoraModel;

/** Everything a checkpoint holds besides the tensors: where the run stood. */
struct TrainerState {
    int64_t step = 0;              // optimizer steps done
    int64_t epoch = 0;             // current epoch (0-based)
    int64_t batchInEpoch = 0;      // next micro-batch of that epoch
    std::optional<double> bestEvalLoss;
    int64_t evalsWithoutImprovement = 0;
    double elapsedSeconds = 0.0;
    double lastLoss = 0.0;
    LossTrend lossTrend; // what the divergence watch has seen so far
};

/** A checkpoint read back from disk. */
struct LoadedCheckpoint {
    std::filesystem::path dir;
    TrainerState state;
    std::map<std::string, torch::Tensor> trainable; // PEFT names (LoRA) or HF names (full)
    std::map<std::string, torch::Tensor> optimizer;
    torch::Tensor rngState;                         // uint8, the CPU generator
};

/**
 * Writes checkpoints/step-N/ atomically: into a hidden temporary folder renamed into place when
 * complete. LoRA: adapter/ (PEFT, usable as is); full: model.safetensors. optimizer.safetensors,
 * rng.safetensors, trainer_state.json. Keeps the newest `keep` checkpoints. Returns the folder.
 */
std::filesystem::path saveCheckpoint(const std::filesystem::path& runDir, const TrainerState& state,
                                     const LoraModel* lora, const std::map<std::string, torch::Tensor>& fullWeights,
                                     const std::map<std::string, torch::Tensor>& optimizer, int64_t keep);

/** The newest complete checkpoint folder of `runDir`, if any. */
std::optional<std::filesystem::path> newestCheckpoint(const std::filesystem::path& runDir);

/** The complete checkpoint of the lowest smoothed training loss, if any (what a diverged run keeps). */
std::optional<std::filesystem::path> bestCheckpoint(const std::filesystem::path& runDir);

/**
 * After a divergence: the checkpoints newer than `best` are renamed checkpoints/diverged-step-N
 * (kept for a look, never resumed from), so that a resume continues from `best`.
 */
void setAsideCheckpointsAfter(const std::filesystem::path& runDir, const std::filesystem::path& best);

/** Removes what killed writers left in the run folder (hidden temporary checkpoint folders). */
void removeStaleTemporaries(const std::filesystem::path& runDir);

/** Reads a checkpoint folder; throws CheckpointError naming the file. */
LoadedCheckpoint loadCheckpoint(const std::filesystem::path& dir);

/** Appends one JSON line to runDir/metrics.jsonl (one write + flush). */
void appendMetrics(const std::filesystem::path& runDir, const nlohmann::json& line);

/** Rewrites metrics.jsonl (atomically) without the lines of steps after `step` (resume). */
void truncateMetrics(const std::filesystem::path& runDir, int64_t step);

} // namespace falconry
