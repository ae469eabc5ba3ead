#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace falconry {

/** Which cluster launcher a generated script drives. */
enum class LaunchScriptKind {
    Torchrun, // one `torchrun --no-python` per node; rendezvous through c10d at the head node
    Slurm,    // an sbatch script: srun starts one task per process and sets torchrun's variables
};

/** A run's settings as a launch script needs them. */
struct LaunchScriptSettings {
    LaunchScriptKind kind = LaunchScriptKind::Torchrun;
    int nodes = 1;
    int processesPerNode = 1;   // usually the GPUs per node
    int masterPort = 29500;
    std::string cli = "falconry-cli";                   // path of falconry-cli on the nodes
    std::vector<std::string> trainArguments;            // after `falconry-cli train`, e.g. {"--config", "run.json"}
    std::string device;                                 // --device for every rank (auto = cuda:LOCAL_RANK); empty = none
    std::string jobName = "falconry";
    std::string partition;                              // Slurm; empty = the cluster's default
    std::string timeLimit = "24:00:00";                 // Slurm
    int cpusPerProcess = 8;                             // Slurm --cpus-per-task, and OMP_NUM_THREADS
    int gpusPerNode = -1;                               // Slurm --gpus-per-node; -1 = processesPerNode, 0 = none
};

/** The script's text (bash), with every argument quoted for the shell. Throws ConfigError on
 *  settings that cannot make a run (no nodes, no processes, a port outside 1..65535). */
std::string renderLaunchScript(const LaunchScriptSettings& settings);

/** Writes renderLaunchScript(settings) atomically to `path` and makes it executable. */
void writeLaunchScript(const std::filesystem::path& path, const LaunchScriptSettings& settings);

} // namespace falconry
