#include "core/train/train_config.h"

#include "core/train/lr_schedule.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace falconry {

const char* toString(LrSchedule schedule)
{
    switch (schedule) {
    case LrSchedule::Constant: return "constant";
    case LrSchedule::Linear: return "linear";
    case LrSchedule::Cosine: return "cosine";
    }
    return "constant";
}

LrSchedule lrScheduleFromString(const std::string& name)
{
    if (name == "constant" || name == "constant_with_warmup")
        return LrSchedule::Constant;
    if (name == "linear")
        return LrSchedule::Linear;
    if (name == "cosine")
        return LrSchedule::Cosine;
    throw ConfigError("unknown learning-rate schedule '" + name + "' (expected constant, linear or cosine)");
}

const char* toString(TrainStatus status)
{
    switch (status) {
    case TrainStatus::Finished: return "finished";
    case TrainStatus::Paused: return "paused";
    case TrainStatus::EarlyStopped: return "early-stopped";
    case TrainStatus::Cancelled: return "cancelled";
    case TrainStatus::Diverged: return "diverged";
    }
    return "finished";
}

void ResumeChanges::applyTo(TrainConfig& config) const
{
    config.learningRate = learningRate.value_or(config.learningRate);
    config.maxGradNorm = maxGradNorm.value_or(config.maxGradNorm);
    config.logEvery = logEvery.value_or(config.logEvery);
    config.evalEvery = evalEvery.value_or(config.evalEvery);
    config.saveEvery = saveEvery.value_or(config.saveEvery);
    config.keepCheckpoints = keepCheckpoints.value_or(config.keepCheckpoints);
    config.earlyStoppingPatience = earlyStoppingPatience.value_or(config.earlyStoppingPatience);
    config.earlyStoppingThreshold = earlyStoppingThreshold.value_or(config.earlyStoppingThreshold);
    config.device = device.value_or(config.device);
}

int64_t warmupStepsFor(double warmupRatio, int64_t totalSteps)
{
    return static_cast<int64_t>(std::ceil(warmupRatio * static_cast<double>(totalSteps)));
}

double learningRateAt(LrSchedule schedule, double baseLr, int64_t step, int64_t totalSteps, int64_t warmupSteps)
{
    const double s = static_cast<double>(step);
    if (step < warmupSteps)
        return baseLr * s / static_cast<double>(std::max<int64_t>(1, warmupSteps));
    const double rest = static_cast<double>(std::max<int64_t>(1, totalSteps - warmupSteps));
    const double progress = (s - static_cast<double>(warmupSteps)) / rest;
    switch (schedule) {
    case LrSchedule::Constant: return baseLr;
    case LrSchedule::Linear: return baseLr * std::max(0.0, static_cast<double>(totalSteps - step) / rest);
    case LrSchedule::Cosine: return baseLr * std::max(0.0, 0.5 * (1.0 + std::cos(M_PI * progress)));
    }
    return baseLr;
}

nlohmann::json TrainConfig::toJson() const
{
    nlohmann::json j;
    j["model"] = modelDir.string();
    j["data"] = dataFile.string();
    j["template"] = templateName;
    j["device"] = device;
    j["mapping"] = columnMapping;
    j["out"] = outDir.string();
    j["train_on"] = trainOn;
    j["cut_side"] = cutSide;
    j["full"] = full;
    j["lora_r"] = lora.r;
    j["lora_alpha"] = lora.alpha;
    j["lora_dropout"] = lora.dropout;
    j["use_rslora"] = lora.useRslora;
    j["targets"] = lora.targets;
    j["nf4"] = nf4;
    j["double_quant"] = doubleQuant;
    j["dtype"] = dtype;
    j["lr"] = learningRate;
    j["schedule"] = toString(schedule);
    j["warmup_ratio"] = warmupRatio;
    j["epochs"] = epochs;
    j["max_steps"] = maxSteps;
    j["batch"] = batchSize;
    j["grad_accum"] = gradAccum;
    j["max_length"] = maxLength;
    j["weight_decay"] = weightDecay;
    j["beta1"] = beta1;
    j["beta2"] = beta2;
    j["adam_eps"] = adamEps;
    j["max_grad_norm"] = maxGradNorm;
    j["gradient_checkpointing"] = gradientCheckpointing;
    j["eval_ratio"] = evalRatio;
    j["eval_seed"] = evalSeed;
    j["eval_every"] = evalEvery;
    j["early_stopping_patience"] = earlyStoppingPatience;
    j["early_stopping_threshold"] = earlyStoppingThreshold;
    j["save_every"] = saveEvery;
    j["keep_checkpoints"] = keepCheckpoints;
    j["log_every"] = logEvery;
    j["seed"] = seed;
    j["probes_enabled"] = probes;
    j["probes"] = probePrompts;
    j["probe_count"] = probeCount;
    j["probe_max_tokens"] = probeMaxTokens;
    if (debugNanAtStep > 0)
        j["debug_nan_at_step"] = debugNanAtStep;
    if (debugStepDelayMs > 0)
        j["debug_step_delay_ms"] = debugStepDelayMs;
    return j;
}

TrainConfig TrainConfig::fromJson(const nlohmann::json& j, const std::string& where)
{
    if (!j.is_object())
        throw ConfigError(where + ": expected a JSON object of training settings");
    TrainConfig c;
    std::string key;
    try {
        auto get = [&](const char* name, auto& field) {
            key = name;
            if (j.contains(name) && !j[name].is_null())
                field = j[name].get<std::remove_reference_t<decltype(field)>>();
        };
        std::string s;
        get("model", s), c.modelDir = s, s.clear();
        get("data", s), c.dataFile = s, s.clear();
        get("template", c.templateName);
        get("device", c.device);
        get("mapping", c.columnMapping);
        get("out", s), c.outDir = s, s.clear();
        get("train_on", c.trainOn);
        get("cut_side", c.cutSide);
        get("full", c.full);
        get("lora_r", c.lora.r);
        get("lora_alpha", c.lora.alpha);
        get("lora_dropout", c.lora.dropout);
        get("use_rslora", c.lora.useRslora);
        get("targets", c.lora.targets);
        get("nf4", c.nf4);
        get("double_quant", c.doubleQuant);
        get("dtype", c.dtype);
        get("lr", c.learningRate);
        s = toString(c.schedule);
        get("schedule", s);
        c.schedule = lrScheduleFromString(s);
        get("warmup_ratio", c.warmupRatio);
        get("epochs", c.epochs);
        get("max_steps", c.maxSteps);
        get("batch", c.batchSize);
        get("grad_accum", c.gradAccum);
        get("max_length", c.maxLength);
        get("weight_decay", c.weightDecay);
        get("beta1", c.beta1);
        get("beta2", c.beta2);
        get("adam_eps", c.adamEps);
        get("max_grad_norm", c.maxGradNorm);
        get("gradient_checkpointing", c.gradientCheckpointing);
        get("eval_ratio", c.evalRatio);
        get("eval_seed", c.evalSeed);
        get("eval_every", c.evalEvery);
        get("early_stopping_patience", c.earlyStoppingPatience);
        get("early_stopping_threshold", c.earlyStoppingThreshold);
        get("save_every", c.saveEvery);
        get("keep_checkpoints", c.keepCheckpoints);
        get("log_every", c.logEvery);
        get("seed", c.seed);
        get("probes_enabled", c.probes);
        get("probes", c.probePrompts);
        get("probe_count", c.probeCount);
        get("probe_max_tokens", c.probeMaxTokens);
        get("debug_nan_at_step", c.debugNanAtStep);
        get("debug_step_delay_ms", c.debugStepDelayMs);
    } catch (const nlohmann::json::exception& e) {
        throw ConfigError(where + ": setting '" + key + "' has the wrong type (" + plainJsonMessage(e) + ")");
    }
    return c;
}

void TrainConfig::validate() const
{
    auto fail = [](const std::string& what) { throw ConfigError("training settings: " + what); };
    if (dtype != "bf16" && dtype != "fp32")
        fail("dtype must be bf16 or fp32, got '" + dtype + "'");
    if (full && nf4)
        fail("full-parameter training cannot use an NF4 base (--full and --nf4 together)");
    if (!full && lora.r <= 0)
        fail("LoRA rank must be positive, got " + std::to_string(lora.r));
    if (!full && (lora.dropout < 0.0 || lora.dropout >= 1.0))
        fail("LoRA dropout must be in [0, 1), got " + std::to_string(lora.dropout));
    if (!(learningRate > 0.0) || !std::isfinite(learningRate))
        fail("learning rate must be positive, got " + std::to_string(learningRate));
    if (warmupRatio < 0.0 || warmupRatio > 1.0)
        fail("warmup ratio must be in [0, 1], got " + std::to_string(warmupRatio));
    if (maxSteps <= 0 && !(epochs > 0.0))
        fail("give a positive number of epochs or max steps");
    if (batchSize <= 0 || gradAccum <= 0)
        fail("batch size and gradient accumulation must be positive");
    if (trainOn != "answers" && trainOn != "everything")
        fail("train-on must be 'answers' or 'everything', got '" + trainOn + "'");
    if (cutSide != "end" && cutSide != "start")
        fail("cut side must be 'end' or 'start', got '" + cutSide + "'");
    if (maxLength < 2)
        fail("max length must be at least 2 tokens, got " + std::to_string(maxLength));
    if (evalRatio < 0.0 || evalRatio >= 1.0)
        fail("eval ratio must be in [0, 1), got " + std::to_string(evalRatio));
    if (evalEvery < 0 || saveEvery < 0 || earlyStoppingPatience < 0 || logEvery <= 0 || keepCheckpoints <= 0)
        fail("eval-every, save-every and patience must be >= 0; log-every and keep-checkpoints > 0");
    if (probeCount < 0 || probeMaxTokens <= 0)
        fail("probe count must be >= 0 and probe max tokens > 0");
    if (beta1 < 0.0 || beta1 >= 1.0 || beta2 < 0.0 || beta2 >= 1.0 || adamEps <= 0.0 || weightDecay < 0.0)
        fail("AdamW betas must be in [0, 1), eps positive, weight decay >= 0");
}

} // namespace falconry
