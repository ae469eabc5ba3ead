#pragma once

#include "core/lora/lora_config.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace falconry {

/** Learning-rate schedules, each with linear warmup from 0 (transformers' get_scheduler). */
enum class LrSchedule { Constant, Linear, Cosine };
const char* toString(LrSchedule schedule);
LrSchedule lrScheduleFromString(const std::string& name); // throws ConfigError

/** Every setting of a training run; written to run.json, read back by --config and --resume. */
struct TrainConfig {
    std::filesystem::path modelDir;  // HF Falcon folder
    std::filesystem::path dataFile;  // any dataset core/data imports (see loadTrainExamples)
    std::string templateName;        // prompt template ("falcon-instruct", "alpaca", ...); empty = plain JSONL or the suggested one
    std::string columnMapping;       // "user=question,assistant=answer"; empty = the detected mapping
    std::filesystem::path outDir;    // the run folder
    std::string trainOn = "answers"; // "answers" (loss on the answers and their EOS) or "everything"
    std::string cutSide = "end";     // where an example longer than maxLength loses tokens: "end" or "start"

    bool full = false;               // full-parameter training (small models), else LoRA
    LoraConfig lora;
    bool nf4 = false;                // QLoRA: frozen linear weights in NF4
    bool doubleQuant = true;         // NF4 double quantization of the absmax
    std::string device = "cpu";      // "cpu", "cuda", "cuda:N" or "auto" (cuda when there is one); see trainingDevice
    std::string dtype = "bf16";      // "bf16" or "fp32": frozen weights and activations (LoRA weights stay fp32)

    double learningRate = 2e-4;
    LrSchedule schedule = LrSchedule::Constant;
    double warmupRatio = 0.03;
    double epochs = 1.0;
    int64_t maxSteps = 0;            // > 0 overrides epochs
    int64_t batchSize = 4;           // examples per micro-batch
    int64_t gradAccum = 1;           // micro-batches per optimizer step
    int64_t maxLength = 512;         // tokens per example; longer ones are cut
    double weightDecay = 0.0;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double adamEps = 1e-8;
    double maxGradNorm = 0.3;        // <= 0: no clipping
    bool gradientCheckpointing = true;

    double evalRatio = 0.0;          // share of examples held out for eval (core/data's evalFlags)
    uint64_t evalSeed = 42;          // seed of that split (the Data page's; independent of `seed`)
    int64_t evalEvery = 0;           // steps; 0 = at the end of each epoch only (when there is an eval split)
    int64_t earlyStoppingPatience = 0; // evals without improvement before stopping; 0 = off
    double earlyStoppingThreshold = 0.0; // an eval improves only when it beats the best by more than this
    int64_t saveEvery = 0;           // steps; 0 = only at the end / on pause
    int64_t keepCheckpoints = 2;     // newest checkpoints kept on disk
    int64_t logEvery = 1;            // steps between metrics.jsonl lines
    uint64_t seed = 42;

    // Probe prompts (core/train/probes.h): answered by the base model and at every checkpoint.
    bool probes = true;                    // off: no probe answers (they cost a short generation per checkpoint)
    std::vector<std::string> probePrompts; // one prompt each (the user's turn); empty = held-out examples
    int64_t probeCount = 3;                // held-out examples used when no prompts are given
    int64_t probeMaxTokens = 48;           // new tokens per answer at most (greedy)

    int64_t debugNanAtStep = 0;      // tests: make the loss NaN at this step (1-based); 0 = off
    int64_t debugStepDelayMs = 0;    // tests: sleep after each step (kill-and-resume tests need a slow run)
    bool resume = false;             // continue from the newest checkpoint in outDir (not written to run.json)
    std::string expectedDatasetHash; // train --from-bundle: the data must hash to this (not written to run.json)

    nlohmann::json toJson() const;
    /** Reads what toJson() writes; missing keys keep their defaults; throws ConfigError naming the key. */
    static TrainConfig fromJson(const nlohmann::json& json, const std::string& where);
    /** Throws ConfigError naming the first impossible setting. */
    void validate() const;
};

/** What the progress callback sees after every optimizer step (and eval). */
struct TrainProgress {
    int64_t step = 0;
    int64_t totalSteps = 0;
    double epoch = 0.0;              // fractional
    double loss = 0.0;               // mean over the step's trained tokens
    std::optional<double> evalLoss;  // set on steps with an eval
    double lr = 0.0;
    double gradNorm = 0.0;           // before clipping
    double tokensPerSecond = 0.0;    // non-padding tokens through the model per second
    double etaSeconds = 0.0;
    double elapsedSeconds = 0.0;
};

enum class TrainStatus { Finished, Paused, EarlyStopped, Cancelled, Diverged };
const char* toString(TrainStatus status);

struct TrainResult {
    TrainStatus status = TrainStatus::Finished;
    int64_t steps = 0;
    double finalLoss = 0.0;
    std::optional<double> finalEvalLoss;
    std::filesystem::path runDir;
    std::filesystem::path adapterDir;     // runDir/adapter (LoRA) or runDir/model (full)
    std::filesystem::path lastCheckpoint; // empty when none was written
    std::filesystem::path bestCheckpoint; // Diverged: the checkpoint of the lowest loss, kept (empty when none)
    std::string message;                  // Diverged: what happened and what to do, in plain words
    double probeSeconds = 0.0;            // time spent answering probe prompts in this process (Finished/EarlyStopped)
};

/**
 * The settings a resumed run may change (all others would change what its checkpoints mean):
 * a lower learning rate after a NaN or a divergence, clipping, how often it logs, evaluates and
 * saves, early stopping, and where it runs. Unset fields keep the run's values.
 */
struct ResumeChanges {
    std::optional<double> learningRate;
    std::optional<double> maxGradNorm;
    std::optional<int64_t> logEvery;
    std::optional<int64_t> evalEvery;
    std::optional<int64_t> saveEvery;
    std::optional<int64_t> keepCheckpoints;
    std::optional<int64_t> earlyStoppingPatience;
    std::optional<double> earlyStoppingThreshold;
    std::optional<std::string> device;

    void applyTo(TrainConfig& config) const;
};

} // namespace falconry
