#include "core/distributed/launch_script.h"

#include "core/util/atomic_file.h"
#include "core/util/errors.h"

#include <sstream>

namespace falconry {
namespace {

/** 'text' for bash: single quotes, with each ' written as '\''. Plain words stay bare. */
std::string shellQuote(const std::string& text)
{
    const bool plain = !text.empty() && text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                               "0123456789-_./=:,+@%") == std::string::npos;
    if (plain)
        return text;
    std::string quoted = "'";
    for (char c : text)
        quoted += (c == '\'') ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string trainCommand(const LaunchScriptSettings& s)
{
    std::string line = shellQuote(s.cli) + " train";
    for (const auto& arg : s.trainArguments)
        line += " " + shellQuote(arg);
    if (!s.device.empty())
        line += " --device " + shellQuote(s.device);
    return line;
}

void validate(const LaunchScriptSettings& s)
{
    if (s.nodes < 1 || s.processesPerNode < 1)
        throw ConfigError("launch script: nodes and processes per node must be at least 1, found " +
                          std::to_string(s.nodes) + " and " + std::to_string(s.processesPerNode));
    if (s.masterPort < 1 || s.masterPort > 65535)
        throw ConfigError("launch script: master port " + std::to_string(s.masterPort) + " is outside 1..65535");
    if (s.cli.empty())
        throw ConfigError("launch script: the path of falconry-cli is empty");
    if (s.cpusPerProcess < 1)
        throw ConfigError("launch script: cpus per process must be at least 1, found " +
                          std::to_string(s.cpusPerProcess));
}

std::string renderTorchrun(const LaunchScriptSettings& s)
{
    std::ostringstream out;
    out << "#!/usr/bin/env bash\n"
           "# Falconry data-parallel LoRA training with torchrun (PyTorch's launcher), "
        << s.nodes << " node(s) x " << s.processesPerNode
        << " process(es).\n"
           "# Run this same script on every node, with NODE_RANK=0 on the head node and HEAD_NODE set to\n"
           "# its address on the others, e.g.  HEAD_NODE=10.0.0.1 NODE_RANK=1 ./launch.sh\n"
           "# torchrun sets MASTER_ADDR, MASTER_PORT, RANK, WORLD_SIZE and LOCAL_RANK for each process;\n"
           "# falconry-cli joins the group through them (Gloo on CPU, NCCL on CUDA GPUs).\n"
           "set -euo pipefail\n"
           "HEAD_NODE=\"${HEAD_NODE:-127.0.0.1}\"\n"
           "NODE_RANK=\"${NODE_RANK:-0}\"\n"
           "export OMP_NUM_THREADS=\"${OMP_NUM_THREADS:-"
        << s.cpusPerProcess
        << "}\"\n"
           "exec torchrun \\\n"
           "    --nnodes="
        << s.nodes << " --nproc-per-node=" << s.processesPerNode
        << " --node-rank=\"$NODE_RANK\" \\\n"
           "    --master-addr=\"$HEAD_NODE\" --master-port="
        << s.masterPort
        << " \\\n"
           "    --no-python \\\n"
           "    "
        << trainCommand(s) << "\n";
    return out.str();
}

std::string renderSlurm(const LaunchScriptSettings& s)
{
    const int gpus = s.gpusPerNode < 0 ? s.processesPerNode : s.gpusPerNode;
    std::ostringstream out;
    out << "#!/usr/bin/env bash\n"
           "# Falconry data-parallel LoRA training under Slurm: sbatch this file.\n"
           "#SBATCH --job-name="
        << shellQuote(s.jobName) << "\n#SBATCH --nodes=" << s.nodes << "\n#SBATCH --ntasks-per-node=" << s.processesPerNode
        << "\n#SBATCH --cpus-per-task=" << s.cpusPerProcess << "\n";
    if (gpus > 0)
        out << "#SBATCH --gpus-per-node=" << gpus << "\n";
    if (!s.partition.empty())
        out << "#SBATCH --partition=" << shellQuote(s.partition) << "\n";
    out << "#SBATCH --time=" << s.timeLimit
        << "\n"
           "set -euo pipefail\n"
           "# Rank 0 runs on the first node of the allocation and serves the rendezvous store there.\n"
           "export MASTER_ADDR=\"$(scontrol show hostnames \"$SLURM_JOB_NODELIST\" | head -n 1)\"\n"
           "export MASTER_PORT="
        << s.masterPort
        << "\n"
           "export WORLD_SIZE=\"$SLURM_NTASKS\"\n"
           "export OMP_NUM_THREADS=\"$SLURM_CPUS_PER_TASK\"\n"
           "# One task per process; each takes its rank from Slurm.\n"
           "srun --kill-on-bad-exit=1 bash -c 'export RANK=\"$SLURM_PROCID\" LOCAL_RANK=\"$SLURM_LOCALID\"; exec \"$0\" \"$@\"' \\\n"
           "    "
        << trainCommand(s) << "\n";
    return out.str();
}

} // namespace

std::string renderLaunchScript(const LaunchScriptSettings& settings)
{
    validate(settings);
    return settings.kind == LaunchScriptKind::Torchrun ? renderTorchrun(settings) : renderSlurm(settings);
}

void writeLaunchScript(const std::filesystem::path& path, const LaunchScriptSettings& settings)
{
    writeFileAtomically(path, renderLaunchScript(settings));
    std::error_code error;
    std::filesystem::permissions(path,
                                 std::filesystem::perms::owner_exec | std::filesystem::perms::group_exec |
                                     std::filesystem::perms::others_exec,
                                 std::filesystem::perm_options::add, error);
    if (error)
        throw IoError("cannot make " + path.string() + " executable: " + error.message());
}

} // namespace falconry
