#pragma once

#include <string>
#include <vector>

namespace falconry::cli {

/** The synopsis of `falconry-cli dataset generate`, part of the dataset command's usage. */
extern const char* const kDatasetGenerateUsage;

/** `falconry-cli dataset generate ...` (the arguments after "generate"). */
int runDatasetGenerate(const std::vector<std::string>& args);

} // namespace falconry::cli
