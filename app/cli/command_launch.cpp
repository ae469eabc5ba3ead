// `falconry-cli launch`: runs a program as N local ranks with torchrun's variables (like
// `torchrun --standalone --no-python`), or writes a torchrun / Slurm script for a cluster.
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/distributed/launch_script.h"
#include "core/distributed/process_launcher.h"

#include <algorithm>
#include <iostream>

namespace falconry::cli {
namespace {

int runLaunch(const std::vector<std::string>& allArgs)
{
    // Everything after "--" is the program and its arguments, untouched.
    const auto separator = std::find(allArgs.begin(), allArgs.end(), "--");
    const std::vector<std::string> ours(allArgs.begin(), separator);
    const std::vector<std::string> program(separator == allArgs.end() ? separator : separator + 1, allArgs.end());
    ArgParser parser({"nproc", "port", "threads", "grace", "export", "out", "nnodes", "nproc-per-node", "partition",
                      "time", "cpus-per-process", "gpus-per-node", "cli", "device"},
                     {});
    parser.parse(ours);
    if (!parser.positionals().empty())
        throw UsageError("unexpected argument '" + parser.positionals().front() + "' (put the program after --)");
    if (program.empty())
        throw UsageError("no program given after --");

    if (auto kind = parser.optional("export")) {
        LaunchScriptSettings settings;
        if (*kind == "torchrun")
            settings.kind = LaunchScriptKind::Torchrun;
        else if (*kind == "slurm")
            settings.kind = LaunchScriptKind::Slurm;
        else
            throw UsageError("--export '" + *kind + "': expected torchrun or slurm");
        if (program.front() != "train")
            throw UsageError("--export writes a script that runs `falconry-cli train ...`: put `train` after --");
        settings.trainArguments.assign(program.begin() + 1, program.end());
        settings.nodes = static_cast<int>(parser.integer("nnodes", 1));
        settings.processesPerNode = static_cast<int>(parser.integer("nproc-per-node", 1));
        settings.masterPort = static_cast<int>(parser.integer("port", 29500));
        settings.cpusPerProcess = static_cast<int>(parser.integer("cpus-per-process", 8));
        settings.gpusPerNode = static_cast<int>(parser.integer("gpus-per-node", -1));
        settings.partition = parser.valueOr("partition", "");
        settings.timeLimit = parser.valueOr("time", "24:00:00");
        settings.cli = parser.valueOr("cli", "falconry-cli");
        settings.device = parser.valueOr("device", "");
        const std::string out = parser.value("out");
        writeLaunchScript(out, settings);
        std::cout << "wrote " << out << "\n";
        return 0;
    }

    LocalLaunchOptions options;
    options.nproc = static_cast<int>(parser.integer("nproc", 2));
    options.masterPort = static_cast<int>(parser.integer("port", 0));
    options.threadsPerProcess = static_cast<int>(parser.integer("threads", 0));
    options.gracePeriod = std::chrono::milliseconds(static_cast<long long>(parser.number("grace", 10.0) * 1000.0));
    options.log = [](const std::string& line) { std::cerr << "falconry launcher: " << line << "\n"; };
    const auto result = launchLocalProcesses(program, options);
    if (result.firstFailedRank >= 0)
        std::cerr << "falconry launcher: failed: " << result.failureMessage << "\n";
    return result.exitCode();
}

const CommandRegistrar kRegistrar(
    {"launch", "run a program as N local ranks (torchrun's variables), or export a cluster launch script",
     "falconry-cli launch [--nproc N] [--port P] [--threads T] [--grace SECONDS] -- PROGRAM [ARGS...]\n"
     "       falconry-cli launch --export torchrun|slurm --out FILE [--nnodes M] [--nproc-per-node N] [--port P]\n"
     "                           [--cpus-per-process C] [--gpus-per-node G] [--partition P] [--time HH:MM:SS]\n"
     "                           [--cli PATH] [--device auto|cuda|cpu] -- train [TRAIN OPTIONS...]\n"
     "  `falconry-cli train --nproc N ...` does the first for training.",
     &runLaunch});

} // namespace
} // namespace falconry::cli
