#include "core/util/version.h"

#include <torch/version.h>

namespace falconry {

const char* falconryVersion()
{
    return FALCONRY_VERSION;
}

std::string versionLine(const std::string& programName)
{
    return programName + " " + FALCONRY_VERSION + " (libtorch " + TORCH_VERSION + ")";
}

} // namespace falconry
