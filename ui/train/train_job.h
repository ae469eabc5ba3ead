#pragma once

#include "ui/engine/engine_job.h"
#include "core/train/train_config.h"
#include "ui/data/data_settings.h"
#include "ui/train/train_settings.h"

#include <QString>

namespace falconry::ui {

/** Everything a training job needs, as values (it runs on the engine thread). */
struct TrainRequest {
    QString modelDir;
    QString datasetPath;
    QString runDir;        // created; run.json, metrics.jsonl, checkpoints/, adapter/ land here
    QString resumeRunDir;  // non-empty: continue this run from its last checkpoint
    ResumeChanges resumeChanges; // resume: the settings that change (a lower learning rate)
    TrainSettings settings;
    /** How the rows become examples (the session's, as the Data page shows them): max length,
     *  cut side, train-on and eval split always come from here, never from `settings`. */
    DataSettings data;
    bool dataMapped = false; // data.mapping and data.promptTemplate belong to this dataset file
};

/**
 * The request as core's TrainConfig: the Train page's settings, and the data settings
 * (mapping and template only when `dataMapped`, else "" so the trainer detects them).
 */
TrainConfig toTrainConfig(const TrainRequest& request);

/** A job that trains (or resumes) and reports every step through JobContext::reportTrain. */
EngineJob makeTrainJob(const TrainRequest& request);

} // namespace falconry::ui
