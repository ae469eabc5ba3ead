#include "ui/train/train_settings.h"

#include <QJsonArray>

namespace falconry::ui {

QJsonObject TrainSettings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("lora_r"), loraRank},
        {QStringLiteral("lora_alpha"), loraAlpha},
        {QStringLiteral("lora_dropout"), loraDropout},
        {QStringLiteral("target_modules"), QJsonArray::fromStringList(targets)},
        {QStringLiteral("nf4"), nf4},
        {QStringLiteral("learning_rate"), learningRate},
        {QStringLiteral("lr_schedule"), schedule},
        {QStringLiteral("warmup_ratio"), warmupRatio},
        {QStringLiteral("max_grad_norm"), maxGradNorm},
        {QStringLiteral("weight_decay"), weightDecay},
        {QStringLiteral("max_length"), maxLength},
        {QStringLiteral("batch_size"), batchSize},
        {QStringLiteral("grad_accum"), gradAccum},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("max_steps"), maxSteps},
        {QStringLiteral("eval_ratio"), evalRatio},
        {QStringLiteral("eval_every"), evalEvery},
        {QStringLiteral("early_stopping_patience"), earlyStoppingPatience},
        {QStringLiteral("early_stopping_threshold"), earlyStoppingThreshold},
        {QStringLiteral("save_every"), saveEvery},
        {QStringLiteral("seed"), seed},
        {QStringLiteral("gradient_checkpointing"), gradientCheckpointing},
        {QStringLiteral("probes_enabled"), probes},
        {QStringLiteral("probes"), QJsonArray::fromStringList(probePrompts)},
        {QStringLiteral("probe_max_tokens"), probeMaxTokens},
    };
}

TrainSettings TrainSettings::fromJson(const QJsonObject& j)
{
    TrainSettings s;
    s.loraRank = j.value(QStringLiteral("lora_r")).toInt(s.loraRank);
    s.loraAlpha = j.value(QStringLiteral("lora_alpha")).toDouble(s.loraAlpha);
    s.loraDropout = j.value(QStringLiteral("lora_dropout")).toDouble(s.loraDropout);
    if (j.value(QStringLiteral("target_modules")).isArray()) {
        s.targets.clear();
        for (const QJsonValue& v : j.value(QStringLiteral("target_modules")).toArray())
            s.targets << v.toString();
    }
    s.nf4 = j.value(QStringLiteral("nf4")).toBool(s.nf4);
    s.learningRate = j.value(QStringLiteral("learning_rate")).toDouble(s.learningRate);
    s.schedule = j.value(QStringLiteral("lr_schedule")).toString(s.schedule);
    s.warmupRatio = j.value(QStringLiteral("warmup_ratio")).toDouble(s.warmupRatio);
    s.maxGradNorm = j.value(QStringLiteral("max_grad_norm")).toDouble(s.maxGradNorm);
    s.weightDecay = j.value(QStringLiteral("weight_decay")).toDouble(s.weightDecay);
    s.maxLength = j.value(QStringLiteral("max_length")).toInt(s.maxLength);
    s.batchSize = j.value(QStringLiteral("batch_size")).toInt(s.batchSize);
    s.gradAccum = j.value(QStringLiteral("grad_accum")).toInt(s.gradAccum);
    s.epochs = j.value(QStringLiteral("epochs")).toDouble(s.epochs);
    s.maxSteps = j.value(QStringLiteral("max_steps")).toInt(s.maxSteps);
    s.evalRatio = j.value(QStringLiteral("eval_ratio")).toDouble(s.evalRatio);
    s.evalEvery = j.value(QStringLiteral("eval_every")).toInt(s.evalEvery);
    s.earlyStoppingPatience = j.value(QStringLiteral("early_stopping_patience")).toInt(s.earlyStoppingPatience);
    s.earlyStoppingThreshold = j.value(QStringLiteral("early_stopping_threshold")).toDouble(s.earlyStoppingThreshold);
    s.saveEvery = j.value(QStringLiteral("save_every")).toInt(s.saveEvery);
    s.seed = j.value(QStringLiteral("seed")).toInt(s.seed);
    s.gradientCheckpointing = j.value(QStringLiteral("gradient_checkpointing")).toBool(s.gradientCheckpointing);
    s.probes = j.value(QStringLiteral("probes_enabled")).toBool(s.probes);
    for (const QJsonValue& v : j.value(QStringLiteral("probes")).toArray())
        s.probePrompts << v.toString();
    s.probeMaxTokens = j.value(QStringLiteral("probe_max_tokens")).toInt(s.probeMaxTokens);
    return s;
}

TrainSettings presetSettings(TrainPreset preset, int64_t modelParameters)
{
    TrainSettings s;
    switch (preset) {
    case TrainPreset::QuickTest:
        // A short run that checks data, model and memory end to end and already shows an effect:
        // about three passes over a few hundred examples (on the bundled demo model a few minutes on
        // 2 idle cores, 10 or more on busy ones; held-out loss about 40 % lower). A high, constant
        // learning rate.
        s.loraRank = 16;
        s.loraAlpha = 32.0;
        s.loraDropout = 0.0;
        s.learningRate = 3e-3;
        s.schedule = QStringLiteral("constant");
        s.warmupRatio = 0.0;
        s.maxGradNorm = 1.0;
        s.maxLength = 256;
        s.batchSize = 4;
        s.gradAccum = 1;
        s.maxSteps = 200;
        s.evalRatio = 0.1;
        s.evalEvery = 40;
        s.saveEvery = 100;
        if (modelParameters >= 1'000'000'000) {
            // Falcon-7B and larger: 30 steps of 2 rows, a check rather than a result.
            s.batchSize = 2;
            s.maxSteps = 30;
            s.evalEvery = 10;
            s.saveEvery = 10;
            s.learningRate = 1e-3;
        }
        break;
    case TrainPreset::FalconQlora:
        // The Falcon QLoRA recipe (Dettmers et al. 2023, the Falcon-7B Guanaco notebook):
        // r 64, alpha 16, dropout 0.1, lr 2e-4 constant, warmup 3 %, clip 0.3, 512 tokens, NF4 base.
        s.loraRank = 64;
        s.loraAlpha = 16.0;
        s.loraDropout = 0.1;
        s.nf4 = true;
        s.learningRate = 2e-4;
        s.schedule = QStringLiteral("constant");
        s.warmupRatio = 0.03;
        s.maxGradNorm = 0.3;
        s.maxLength = 512;
        s.batchSize = 4;
        s.gradAccum = 4;
        s.epochs = 1.0;
        s.maxSteps = 0;
        break;
    case TrainPreset::LowMemory:
        // Smallest footprint: NF4 base, small rank, short rows, batch 1, checkpointing.
        s.loraRank = 8;
        s.loraAlpha = 16.0;
        s.loraDropout = 0.05;
        s.targets = {QStringLiteral("query_key_value")};
        s.nf4 = true;
        s.learningRate = 2e-4;
        s.maxLength = 256;
        s.batchSize = 1;
        s.gradAccum = 8;
        s.gradientCheckpointing = true;
        break;
    }
    return s;
}

} // namespace falconry::ui
