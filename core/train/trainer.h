#pragma once

#include "core/model/falcon_model.h"
#include "core/train/train_config.h"
#include "core/train/train_example.h"

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace falconry {

/** Called after every optimizer step; return false to pause (a checkpoint is written). */
using TrainProgressFn = std::function<bool(const TrainProgress&)>;

/**
 * Runs one training run into a run folder (DESIGN §4):
 *   run.json            every setting, the dataset hash and sizes, versions
 *   metrics.jsonl       one JSON line per logged step: step, epoch, loss, eval_loss, lr, grad_norm, tokens_per_s, elapsed
 *   checkpoints/step-N/ adapter (or trainable weights), optimizer, scheduler step, RNG, data position
 *   adapter/            the final adapter in PEFT format (LoRA), or model/ an HF folder (full mode)
 * LoRA (or QLoRA with an NF4 base) by default; full-parameter training with config.full.
 * Resuming (config.resume) continues from the newest complete checkpoint exactly as if the run
 * had not stopped. Stop (the flag, or the callback returning false) writes a checkpoint and
 * returns Paused. A NaN/Inf loss or gradient throws TrainError and applies no update.
 */
class Trainer {
public:
    /** Use this model instead of loading config.modelDir (tests, benchmarks). */
    void setModel(FalconModel model) { m_model = std::move(model); }
    /** Use these examples instead of reading config.dataFile. */
    void setExamples(std::vector<TrainExample> examples) { m_examples = std::move(examples); }

    TrainResult run(const TrainConfig& config, const TrainProgressFn& progress, const std::atomic<bool>& stop);

private:
    FalconModel m_model{nullptr};
    std::optional<std::vector<TrainExample>> m_examples;
};

/** Resumes the run in `runDir` with the settings of its run.json. */
TrainResult resumeTraining(const std::filesystem::path& runDir, const TrainProgressFn& progress,
                           const std::atomic<bool>& stop);

} // namespace falconry
