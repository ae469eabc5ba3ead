#pragma once

#include "core/data/train_example.h"
#include "core/model/falcon_model.h"
#include "core/train/train_config.h"

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace falconry {

/**
 * Data-parallel training (core/distributed implements these over c10d; the trainer knows no process
 * group). Every rank forms the same global micro-batches and keeps the rows `shard` gives it;
 * `sumOverRanks` makes token counts, losses and the stop decision global; the gradients are
 * summed before clipping (each rank's loss is already divided by the global token count).
 * Only rank 0 writes the run folder. Unset (worldSize 1): one process, no calls.
 */
struct TrainDistributedHooks {
    int rank = 0;
    int worldSize = 1;
    /** Once the trainable tensors exist (after a resume's restore): rank 0's values go to all. */
    std::function<void(const std::vector<torch::Tensor>& trainable)> begin;
    /** Positions (into a global micro-batch of `rows` rows) that this rank trains on. */
    std::function<std::vector<int64_t>(int64_t rows)> shard;
    /** Element-wise sum over the ranks, in place. */
    std::function<void(std::vector<double>& values)> sumOverRanks;
    /** Before each micro-batch's backward; true for the last one of an optimizer step. */
    std::function<void(bool lastMicroBatch)> beforeBackward;
    /** After the last backward of a step: every trainable .grad becomes the sum over the ranks. */
    std::function<void()> sumGradients;

    bool active() const { return worldSize > 1; }
};

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
 * had not stopped (from step 0 when there is none). Stop (the flag, or the callback returning
 * false) writes a checkpoint and returns Paused. A NaN/Inf loss or gradient throws TrainError
 * and applies no update; a loss that rises far above its start or its best returns Diverged
 * (core/train/divergence.h) with the best checkpoint kept. The run folder is locked for the
 * whole run (core/util/folder_lock.h): a second writer gets BusyError.
 */
class Trainer {
public:
    /** Use this model instead of loading config.modelDir (tests, benchmarks). */
    void setModel(FalconModel model) { m_model = std::move(model); }
    /** Use these examples instead of reading config.dataFile. */
    void setExamples(std::vector<TrainExample> examples) { m_examples = std::move(examples); }
    /** Train as one rank of a data-parallel group (see TrainDistributedHooks). */
    void setDistributed(TrainDistributedHooks hooks) { m_distributed = std::move(hooks); }

    TrainResult run(const TrainConfig& config, const TrainProgressFn& progress, const std::atomic<bool>& stop);

private:
    FalconModel m_model{nullptr};
    std::optional<std::vector<TrainExample>> m_examples;
    TrainDistributedHooks m_distributed;
};

/**
 * The device a run trains on: selectDevice (core/model/device.h) with this process's LOCAL_RANK
 * (0 when no launcher set it); "" means "cpu". Throws ConfigError as selectDevice does.
 */
torch::Device trainingDevice(const std::string& name);

/** The settings of the run in `runDir` (its run.json), set to resume it. Throws ConfigError. */
TrainConfig loadRunConfig(const std::filesystem::path& runDir);

/**
 * Resumes the run in `runDir` with the settings of its run.json and `changes` (recorded in
 * run.json under "resumed"). A run with no checkpoint yet starts again from step 0.
 */
TrainResult resumeTraining(const std::filesystem::path& runDir, const ResumeChanges& changes,
                           const TrainProgressFn& progress, const std::atomic<bool>& stop);

} // namespace falconry
