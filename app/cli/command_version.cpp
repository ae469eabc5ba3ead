// `falconry-cli version`: versions and the engine's thread and BLAS setup.
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/util/version.h"

#include <ATen/Parallel.h>

#include <iostream>

namespace falconry::cli {
namespace {

int runVersion(const std::vector<std::string>& args)
{
    ArgParser parser({}, {});
    parser.parse(args);
    std::cout << versionLine("falconry-cli") << "\n" << at::get_parallel_info();
    return 0;
}

const CommandRegistrar kRegistrar({"version", "print versions and the engine's thread setup",
                                   "falconry-cli version", &runVersion});

} // namespace
} // namespace falconry::cli
