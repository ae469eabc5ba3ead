// The launch scripts the GUI exports: checked by bash itself (syntax) and by running the torchrun
// variant against a stand-in torchrun that prints the arguments it got.
#include "core/distributed/launch_script.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>

using namespace falconry;

namespace {

std::string runShell(const std::string& command, int& status)
{
    std::string output;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return output;
    std::array<char, 512> buffer{};
    while (size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        output.append(buffer.data(), n);
    status = ::pclose(pipe);
    return output;
}

LaunchScriptSettings runSettings()
{
    LaunchScriptSettings s;
    s.nodes = 2;
    s.processesPerNode = 4;
    s.masterPort = 29611;
    s.cli = "/opt/falconry/bin/falconry-cli";
    s.trainArguments = {"--config", "/runs/my run/run.json", "--out", "/runs/it's mine"};
    s.device = "auto";
    return s;
}

} // namespace

TEST(LaunchScript, TorchrunVariantPassesTheRunsSettingsThroughBashUnchanged)
{
    const auto dir = test::makeTempDir("launch-torchrun");
    const auto script = dir / "launch.sh";
    writeLaunchScript(script, runSettings());
    EXPECT_NE(std::filesystem::status(script).permissions() & std::filesystem::perms::owner_exec,
              std::filesystem::perms::none);
    // A stand-in torchrun on PATH prints one argument per line.
    writeFileAtomically(dir / "torchrun", "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    std::filesystem::permissions(dir / "torchrun", std::filesystem::perms::owner_all);
    int status = -1;
    const auto out = runShell("cd '" + dir.string() + "' && PATH='" + dir.string() +
                                  "':\"$PATH\" HEAD_NODE=10.1.2.3 NODE_RANK=1 bash ./launch.sh",
                              status);
    ASSERT_EQ(status, 0) << out;
    EXPECT_EQ(out, "--nnodes=2\n--nproc-per-node=4\n--node-rank=1\n--master-addr=10.1.2.3\n--master-port=29611\n"
                   "--no-python\n/opt/falconry/bin/falconry-cli\ntrain\n--config\n/runs/my run/run.json\n--out\n"
                   "/runs/it's mine\n--device\nauto\n");
}

TEST(LaunchScript, SlurmVariantIsValidBashWithTheAllocation)
{
    auto settings = runSettings();
    settings.kind = LaunchScriptKind::Slurm;
    settings.partition = "gpu";
    const std::string text = renderLaunchScript(settings);
    EXPECT_NE(text.find("#SBATCH --nodes=2\n"), std::string::npos) << text;
    EXPECT_NE(text.find("#SBATCH --ntasks-per-node=4\n"), std::string::npos);
    EXPECT_NE(text.find("#SBATCH --gpus-per-node=4\n"), std::string::npos);
    EXPECT_NE(text.find("#SBATCH --partition=gpu\n"), std::string::npos);
    EXPECT_NE(text.find("export MASTER_PORT=29611\n"), std::string::npos);
    const auto dir = test::makeTempDir("launch-slurm");
    writeLaunchScript(dir / "job.sbatch", settings);
    int status = -1;
    const auto out = runShell("bash -n '" + (dir / "job.sbatch").string() + "' 2>&1", status);
    EXPECT_EQ(status, 0) << out;
}

TEST(LaunchScript, RejectsSettingsThatCannotMakeARun)
{
    auto settings = runSettings();
    settings.nodes = 0;
    EXPECT_THROW(renderLaunchScript(settings), ConfigError);
    settings = runSettings();
    settings.masterPort = 70000;
    EXPECT_THROW(renderLaunchScript(settings), ConfigError);
}
