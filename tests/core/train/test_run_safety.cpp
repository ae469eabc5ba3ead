// A run folder under abuse, with real falconry-cli children: two writers at once, SIGKILL at
// many points of checkpoints and of the final save, a kill before the first checkpoint, a
// resume with a lower learning rate, and a run whose loss diverges.
#include "core/io/safetensors_file.h"
#include "core/lora/peft_adapter.h"
#include "core/train/run_folder.h"
#include "core/util/folder_lock.h"

#include "test_paths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <fstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace falconry;
namespace fs = std::filesystem;

namespace {

fs::path goldenModel()
{
    return test::referenceDir() / "golden" / "falcon7b" / "model-fp32";
}

fs::path writeData(const fs::path& root)
{
    const fs::path data = root / "data.jsonl";
    std::ofstream f(data);
    for (int i = 0; i < 12; ++i)
        f << nlohmann::json{{"prompt", "Question " + std::to_string(i) + ": what is " + std::to_string(i * 7) + "?"},
                            {"completion", " The answer is " + std::to_string(i * 3) + "."}}
                 .dump()
          << "\n";
    return data;
}

std::vector<std::string> trainArgs(const fs::path& data, const fs::path& out, std::vector<std::string> extra = {})
{
    std::vector<std::string> args{test::cliPath().string(), "train", "--model", goldenModel().string(), "--data",
                                  data.string(), "--out", out.string(), "--dtype", "fp32", "--lora-r", "4",
                                  "--lr", "5e-3", "--max-steps", "8", "--batch", "2", "--save-every", "4", "--seed", "7"};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

struct Child {
    pid_t pid = -1;
    fs::path stderrPath;
};

/** Starts falconry-cli with `crashAt` in FALCONRY_TEST_CRASH_AT (when set); stdout to /dev/null, stderr to a file. */
Child spawn(std::vector<std::string> args, const std::string& crashAt = {})
{
    static int count = 0;
    Child child;
    child.stderrPath = fs::path(test::makeTempDir("run_safety_err")) / ("stderr-" + std::to_string(++count));
    child.pid = ::fork();
    if (child.pid == 0) {
        std::vector<char*> argv;
        for (auto& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        if (crashAt.empty())
            ::unsetenv("FALCONRY_TEST_CRASH_AT");
        else
            ::setenv("FALCONRY_TEST_CRASH_AT", crashAt.c_str(), 1);
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, 1);
        const int err = ::open(child.stderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(err, 2);
        ::execv(argv[0], argv.data());
        _exit(127);
    }
    return child;
}

int wait(const Child& child)
{
    int status = 0;
    ::waitpid(child.pid, &status, 0);
    return status;
}

std::string stderrOf(const Child& child)
{
    std::ifstream in(child.stderrPath);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool exitedWith(int status, int code)
{
    return WIFEXITED(status) && WEXITSTATUS(status) == code;
}

std::map<std::string, torch::Tensor> readAdapter(const fs::path& dir)
{
    SafetensorsFile f(dir / "adapter_model.safetensors");
    std::map<std::string, torch::Tensor> out;
    for (const auto& n : f.names())
        out[n] = f.tensor(n).clone();
    return out;
}

double maxAdapterDiff(const fs::path& a, const fs::path& b)
{
    auto x = readAdapter(a);
    auto y = readAdapter(b);
    EXPECT_EQ(x.size(), y.size());
    double d = 0.0;
    for (const auto& [n, t] : x)
        d = std::max(d, (t - y.at(n)).abs().max().item<double>());
    return d;
}

std::vector<int64_t> loggedSteps(const fs::path& runDir)
{
    std::ifstream in(runDir / "metrics.jsonl");
    std::vector<int64_t> steps;
    for (std::string line; std::getline(in, line);)
        steps.push_back(nlohmann::json::parse(line)["step"].get<int64_t>());
    return steps;
}

/** Hidden temporary folders (".adapter.tmp", ".step-4.tmp") anywhere in the run folder. */
std::vector<std::string> leftovers(const fs::path& runDir)
{
    std::vector<std::string> out;
    for (const auto& entry : fs::recursive_directory_iterator(runDir)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > 1 && name[0] == '.' && (name.find(".tmp") != std::string::npos || name.find(".old") != std::string::npos))
            out.push_back(entry.path().string());
    }
    return out;
}

} // namespace

TEST(RunSafety, ASecondStartOrResumeIntoARunningFolderIsRefused)
{
    const fs::path root = test::makeTempDir("run_race");
    const fs::path data = writeData(root);
    const fs::path run = root / "run";
    // 8 steps of 2 s each: the first run must still hold the folder while two more CLIs start
    // (each loads libtorch, seconds on a busy 2-core machine).
    const Child first = spawn(trainArgs(data, run, {"--debug-step-delay-ms", "2000"}));
    for (int i = 0; i < 600 && FolderLock::holder(run).empty(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_FALSE(FolderLock::holder(run).empty()) << "the first run never took the folder";

    const Child second = spawn(trainArgs(data, run));
    const int secondStatus = wait(second);
    EXPECT_TRUE(exitedWith(secondStatus, 1)) << stderrOf(second);
    EXPECT_NE(stderrOf(second).find("is in use by another Falconry process: training (process " + std::to_string(first.pid)),
              std::string::npos)
        << stderrOf(second);

    for (int i = 0; i < 600 && !fs::exists(run / "run.json"); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_FALSE(FolderLock::holder(run).empty()) << "the first run ended before the resume was tried";
    const Child resume = spawn({test::cliPath().string(), "train", "--resume", run.string()});
    const int resumeStatus = wait(resume);
    EXPECT_TRUE(exitedWith(resumeStatus, 1)) << stderrOf(resume);
    EXPECT_NE(stderrOf(resume).find("in use by another Falconry process"), std::string::npos) << stderrOf(resume);

    const int firstStatus = wait(first);
    ASSERT_TRUE(exitedWith(firstStatus, 0)) << stderrOf(first);
    EXPECT_EQ(loggedSteps(run), (std::vector<int64_t>{1, 2, 3, 4, 5, 6, 7, 8})) << "the refused writers touched the run";
    EXPECT_NO_THROW(readPeftAdapter(run / "adapter"));
}

TEST(RunSafety, KilledAtAnyPointTheRunResumesToTheSameAdapterAndNoFolderIsHalfWritten)
{
    const fs::path root = test::makeTempDir("run_crash");
    const fs::path data = writeData(root);
    const Child whole = spawn(trainArgs(data, root / "whole"));
    ASSERT_TRUE(exitedWith(wait(whole), 0)) << stderrOf(whole);

    // 8 steps, checkpoints at 4 and 8 (each holds an adapter folder), then the final adapter/:
    // the 3rd adapter write is the final one.
    const std::vector<std::string> points = {
        "train-step#2",                  // before the first checkpoint: no checkpoint to resume from
        "adapter-after-weights#1",       // inside the first checkpoint's adapter
        "checkpoint-before-rename#1",    // the first checkpoint complete but not in place
        "train-step#6",                  // between checkpoints
        "checkpoint-before-rename#2",    // the last checkpoint not in place
        "adapter-after-weights#3",       // the final adapter: weights written, no adapter_config.json yet
        "atomic-folder-before-rename#3", // the final adapter complete in its temporary folder
    };
    for (const std::string& point : points) {
        SCOPED_TRACE(point);
        std::string name = point;
        std::replace(name.begin(), name.end(), '#', '-');
        const fs::path run = root / name;
        const Child victim = spawn(trainArgs(data, run), point);
        const int status = wait(victim);
        ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "not killed at " << point << ": " << stderrOf(victim);
        if (fs::exists(run / "adapter")) {
            EXPECT_NO_THROW(readPeftAdapter(run / "adapter")) << "a half-written final adapter";
        }
        if (point == "train-step#2") {
            EXPECT_FALSE(newestCheckpoint(run)) << "the kill was meant to come before the first checkpoint";
        }

        const Child resumed = spawn({test::cliPath().string(), "train", "--resume", run.string()});
        ASSERT_TRUE(exitedWith(wait(resumed), 0)) << stderrOf(resumed);
        EXPECT_LE(maxAdapterDiff(root / "whole" / "adapter", run / "adapter"), 1e-6);
        EXPECT_EQ(loggedSteps(run), (std::vector<int64_t>{1, 2, 3, 4, 5, 6, 7, 8}));
        EXPECT_EQ(leftovers(run), std::vector<std::string>{});
    }
}

TEST(RunSafety, AResumeMayLowerTheLearningRateAndRecordsIt)
{
    const fs::path root = test::makeTempDir("run_resume_lr");
    const fs::path data = writeData(root);
    const fs::path run = root / "run";
    const Child victim = spawn(trainArgs(data, run), "train-step#5");
    wait(victim);
    ASSERT_TRUE(newestCheckpoint(run));

    const Child refused = spawn({test::cliPath().string(), "train", "--resume", run.string(), "--batch", "4"});
    EXPECT_TRUE(exitedWith(wait(refused), 2)) << stderrOf(refused);
    EXPECT_NE(stderrOf(refused).find("--batch cannot change when resuming"), std::string::npos) << stderrOf(refused);

    const Child resumed = spawn({test::cliPath().string(), "train", "--resume", run.string(), "--lr", "1e-3"});
    ASSERT_TRUE(exitedWith(wait(resumed), 0)) << stderrOf(resumed);
    std::ifstream in(run / "run.json");
    const nlohmann::json runJson = nlohmann::json::parse(in);
    EXPECT_DOUBLE_EQ(runJson["settings"]["lr"].get<double>(), 1e-3);
    ASSERT_EQ(runJson["resumed"].size(), 1U);
    EXPECT_EQ(runJson["resumed"][0]["at_step"], 4);
    EXPECT_DOUBLE_EQ(runJson["resumed"][0]["changed"]["lr"]["from"].get<double>(), 5e-3);
    EXPECT_EQ(runJson["resumed"][0]["changed"].size(), 1U);
    EXPECT_EQ(loggedSteps(run), (std::vector<int64_t>{1, 2, 3, 4, 5, 6, 7, 8}));
}

TEST(RunSafety, ADivergingLossStopsTheRunWithExitThreeAndKeepsTheBestCheckpoint)
{
    const fs::path root = test::makeTempDir("run_diverge");
    const fs::path data = writeData(root);
    const fs::path run = root / "run";
    // The bundled demo model (trained, unlike the random goldens) in fp32 at a learning rate far too
    // high: the loss climbs from about 3.5 to over 14 within a few steps instead of falling (finite, no NaN).
    std::vector<std::string> args = trainArgs(data, run, {"--lr", "1", "--max-steps", "30", "--save-every", "1",
                                                          "--keep-checkpoints", "2"});
    args[3] = (test::testDataDir() / ".." / ".." / "resources" / "demo-model").string();
    const Child child = spawn(args);
    const int status = wait(child);
    const std::string err = stderrOf(child);
    ASSERT_TRUE(exitedWith(status, 3)) << err;
    EXPECT_NE(err.find("the run diverged"), std::string::npos) << err;
    EXPECT_NE(err.find("--lr"), std::string::npos) << err;
    EXPECT_FALSE(fs::exists(run / "adapter")) << "a diverged run has no final adapter";
    const auto best = bestCheckpoint(run);
    ASSERT_TRUE(best) << "the best checkpoint was pruned";
    EXPECT_EQ(newestCheckpoint(run), best) << "a resume would not continue from the best checkpoint";
    EXPECT_NE(err.find(best->string()), std::string::npos) << err;
    EXPECT_NO_THROW(readPeftAdapter(*best / "adapter"));
    const auto steps = loggedSteps(run);
    ASSERT_FALSE(steps.empty());
    EXPECT_LT(steps.back(), 40) << "the run went on to the end";
}
