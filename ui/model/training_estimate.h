#pragma once

#include <QString>

namespace falconry::ui {

/** A training speed of this computer, with where the figure comes from. */
struct TrainingSpeed {
    enum class Source {
        None,      // nothing known
        Measured,  // a run of this model in the runs folder of this computer
        Estimated, // from this computer's measured matrix-multiply rate and the model's size
    };
    Source source = Source::None;
    double tokensPerSecond = 0.0;
    QString runName; // Measured: the run it was measured in
};

/**
 * The speed of the newest run of `modelDir` under `runsRoot` (this computer's runs folder) that
 * did 10 steps or more (else of the newest that did one), as the run went: tokens trained per second of its elapsed time (evals and checkpoints included),
 * from its run.json (tokens per step) and the last metrics.jsonl line. None when no run of that
 * model has finished a step.
 */
TrainingSpeed measuredTrainingSpeed(const QString& runsRoot, const QString& modelDir);

/**
 * A rough speed for a model of `parameters` parameters from `matmulGflops` (this computer's
 * measured rate): LoRA on a frozen base costs about 4 × parameters FLOPs per token (forward and
 * the input gradients; 6 × with gradient checkpointing, which recomputes the forward), at the
 * share of the matmul peak the trainer reaches on small shapes.
 */
TrainingSpeed estimatedTrainingSpeed(qint64 parameters, bool gradientCheckpointing, double matmulGflops);

/**
 * This computer's fp32 matrix-multiply rate in GFLOP/s (about 0.2 s of work; blocking: call it
 * off the GUI thread). Measured once per process; later calls return the first figure.
 */
double measuredMatmulGflops();

/** The chosen dataset as a run reads it: rows and tokens (each row cut at `maxLength`). */
struct DatasetTokens {
    qint64 rows = 0;
    qint64 tokens = 0;
    QString error; // why it could not be read, or ""
};

/**
 * Renders and tokenizes `datasetPath` exactly as training will (its Data page project's
 * template and mapping, the model's tokenizer) and counts its tokens. Blocking: call it off the
 * GUI thread.
 */
DatasetTokens countDatasetTokens(const QString& modelDir, const QString& datasetPath, int maxLength);

} // namespace falconry::ui
