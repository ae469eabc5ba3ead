#include "ui/compare/compare_job.h"

#include "core/util/errors.h"

namespace falconry::ui {

bool generationEngineAvailable()
{
    return false;
}

EngineJob makeCompareJob(const CompareRequest& request)
{
    return [request](JobContext&) {
        (void)request;
        throw Error("This build of Falconry has no generation engine (core/generate) yet.");
    };
}

} // namespace falconry::ui
