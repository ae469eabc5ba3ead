#pragma once

#include "ui/engine/engine_job.h"
#include "core/train/train_config.h"
#include "ui/train/train_settings.h"

#include <QString>

namespace falconry::ui {

/** Everything a training job needs, as values (it runs on the engine thread). */
struct TrainRequest {
    QString modelDir;
    QString datasetPath;
    QString runDir;        // created; run.json, metrics.jsonl, checkpoints/, adapter/ land here
    QString resumeRunDir;  // non-empty: continue this run from its last checkpoint
    TrainSettings settings;
};

/**
 * The request as core's TrainConfig: the page's settings, and the mapping and template of a
 * Data page project (data_settings.json beside the dataset file) when there is one.
 */
TrainConfig toTrainConfig(const TrainRequest& request);

/** A job that trains (or resumes) and reports every step through JobContext::reportTrain. */
EngineJob makeTrainJob(const TrainRequest& request);

} // namespace falconry::ui
