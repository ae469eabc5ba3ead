#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace falconry::ui {

/**
 * Every setting of a training run as the Train page edits it. The page turns
 * it into core's TrainConfig/LoraConfig just before starting (core never sees
 * Qt types); it is also what run.json's settings are compared with.
 */
struct TrainSettings {
    // LoRA
    int loraRank = 16;
    double loraAlpha = 32.0;
    double loraDropout = 0.05;
    QStringList targets{QStringLiteral("query_key_value"), QStringLiteral("dense"), QStringLiteral("dense_h_to_4h"),
                        QStringLiteral("dense_4h_to_h")};
    bool nf4 = false; // 4-bit NF4 base (QLoRA)
    // Optimisation
    double learningRate = 2e-4;
    QString schedule = QStringLiteral("constant"); // constant | linear | cosine
    double warmupRatio = 0.03;
    double maxGradNorm = 0.3;
    double weightDecay = 0.0;
    // Data and batches
    int maxLength = 512;
    int batchSize = 1;
    int gradAccum = 4;
    double epochs = 1.0;
    int maxSteps = 0; // > 0 overrides epochs
    double evalRatio = 0.05;
    int evalEvery = 50;
    int earlyStoppingPatience = 0;        // evals without improvement before the run stops; 0 = off
    double earlyStoppingThreshold = 0.0;  // an eval counts as better only when it beats the best by more
    int saveEvery = 100;
    int seed = 42;
    bool gradientCheckpointing = true;
    // Probe prompts (ProbePanel; the presets leave them as they are)
    bool probes = true;         // answered by the base model and at every checkpoint
    QStringList probePrompts;   // one prompt each; empty = the first held-out examples
    int probeMaxTokens = 48;    // new tokens per answer at most

    QJsonObject toJson() const;
    static TrainSettings fromJson(const QJsonObject& json);
    bool operator==(const TrainSettings&) const = default;
};

/** The presets the Train page offers; do not reorder (the index is shown in a combo box). */
enum class TrainPreset {
    QuickTest,
    FalconQlora,
    LowMemory,
};

/**
 * A preset's settings. Quick test depends on the model's size (`modelParameters`, 0 = unknown):
 * a small model (the demo) gets a short run that already shows an effect, a model of a billion
 * parameters or more only a few steps that check data, model and memory (each step is slow there).
 */
TrainSettings presetSettings(TrainPreset preset, int64_t modelParameters = 0);

} // namespace falconry::ui
