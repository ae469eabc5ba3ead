#include "ui/train/train_job.h"

#include "core/util/errors.h"

namespace falconry::ui {

bool trainingEngineAvailable()
{
    return false;
}

EngineJob makeTrainJob(const TrainRequest& request)
{
    return [request](JobContext&) {
        (void)request;
        throw TrainError("This build of Falconry has no training engine (core/train) yet.");
    };
}

} // namespace falconry::ui
