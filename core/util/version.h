#pragma once

#include <string>

namespace falconry {

/** Falconry's version, e.g. "0.1.0". */
const char* falconryVersion();

/** One line naming Falconry's version and the libtorch it runs on. */
std::string versionLine(const std::string& programName);

} // namespace falconry
