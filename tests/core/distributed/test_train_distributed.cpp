// Data-parallel training end to end: 2 ranks on loopback with Gloo train the golden tiny Falcon
// (fp32) to the same LoRA adapter as 1 process on the same global batch.
#include "core/distributed/distributed_context.h"
#include "core/distributed/process_launcher.h"
#include "core/distributed/train_distributed.h"
#include "core/io/safetensors_file.h"
#include "core/train/trainer.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace falconry;

namespace {

/** 10 examples of 8..26 tokens (vocab 512), the second half of each trained. */
std::vector<TrainExample> examples()
{
    std::vector<TrainExample> out;
    for (int e = 0; e < 10; ++e) {
        TrainExample x;
        const int length = 8 + 2 * e;
        for (int t = 0; t < length; ++t) {
            x.ids.push_back(1 + (37 * e + 11 * t * t) % 511);
            x.trained.push_back(t >= length / 2 ? 1 : 0);
        }
        out.push_back(std::move(x));
    }
    return out;
}

TrainConfig settings(const std::filesystem::path& out)
{
    TrainConfig c;
    c.modelDir = test::referenceDir() / "golden" / "falcon7b" / "model-fp32";
    c.outDir = out;
    c.dtype = "fp32";
    c.lora.r = 4;
    c.lora.alpha = 8;
    c.lora.dropout = 0.0;
    c.learningRate = 1e-3;
    c.warmupRatio = 0.0;
    c.maxSteps = 3;
    c.batchSize = 3;      // the global micro-batch: 2 rows on rank 0, 1 on rank 1
    c.gradAccum = 2;
    c.maxLength = 24;     // the longer examples are cut
    c.maxGradNorm = 0.05; // clipping happens, on the all-reduced gradients
    c.seed = 7;
    return c;
}

void train(const std::shared_ptr<DistributedContext>& context, const std::filesystem::path& out)
{
    Trainer trainer;
    trainer.setExamples(examples());
    if (context)
        trainer.setDistributed(makeTrainDistributedHooks(context));
    std::atomic<bool> stop{false};
    trainer.run(settings(out), nullptr, stop);
}

std::string readText(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST(DistWorker, TrainGolden)
{
    if (!std::getenv("FALCONRY_DIST_WORKER"))
        GTEST_SKIP() << "runs as a rank of Distributed.TwoRanksTrainTheSameAdapterAsOne";
    auto context = DistributedContext::fromEnvironment(torch::Device(torch::kCPU));
    ASSERT_TRUE(context);
    train(context, std::filesystem::path(std::getenv("FALCONRY_TEST_DIR")) / "two");
    context->finish();
}

TEST(Distributed, TwoRanksTrainTheSameAdapterAsOne)
{
    if (std::getenv("FALCONRY_DIST_WORKER"))
        GTEST_SKIP();
    const auto dir = test::makeTempDir("dist-train");
    train(nullptr, dir / "one");

    LocalLaunchOptions options;
    options.nproc = 2;
    options.threadsPerProcess = 1;
    options.extraEnvironment["FALCONRY_DIST_WORKER"] = "1";
    options.extraEnvironment["FALCONRY_TEST_DIR"] = dir.string();
    const auto self = std::filesystem::read_symlink("/proc/self/exe");
    const auto result = launchLocalProcesses({self.string(), "--gtest_filter=DistWorker.TrainGolden", "--gtest_brief=1"}, options);
    ASSERT_EQ(result.exitCode(), 0) << result.failureMessage;

    // Only rank 0 wrote the run folder.
    EXPECT_TRUE(std::filesystem::exists(dir / "two" / "run.json"));
    EXPECT_TRUE(std::filesystem::exists(dir / "two" / "metrics.jsonl"));
    SafetensorsFile one(dir / "one" / "adapter" / "adapter_model.safetensors");
    SafetensorsFile two(dir / "two" / "adapter" / "adapter_model.safetensors");
    ASSERT_EQ(one.names(), two.names());
    ASSERT_FALSE(one.names().empty());
    double largestB = 0.0;
    for (const auto& name : one.names()) {
        const auto a = one.tensor(name);
        const auto b = two.tensor(name);
        ASSERT_EQ(a.sizes(), b.sizes()) << name;
        EXPECT_TRUE(torch::allclose(a, b, 1e-4, 1e-6)) << name << ": max diff " << (a - b).abs().max().item<double>();
        if (name.find("lora_B") != std::string::npos)
            largestB = std::max(largestB, a.abs().max().item<double>());
    }
    EXPECT_GT(largestB, 1e-4) << "lora_B starts at zero: the runs must have moved it";
}

TEST(Distributed, CliTrainWithNprocRunsTwoRanksAndRankZeroWrites)
{
    if (std::getenv("FALCONRY_DIST_WORKER"))
        GTEST_SKIP();
    const auto dir = test::makeTempDir("dist-cli");
    {
        std::ofstream data(dir / "data.jsonl");
        for (int i = 0; i < 8; ++i)
            data << "{\"prompt\": \"Question " << i << ":\", \"completion\": \" answer " << i << "\"}\n";
    }
    const std::string cmd = test::cliPath().string() + " train --nproc 2 --model " +
                            (test::referenceDir() / "golden" / "falcon7b" / "model-fp32").string() + " --data " +
                            (dir / "data.jsonl").string() + " --out " + (dir / "run").string() +
                            " --dtype fp32 --max-steps 2 --batch 4 --eval-ratio 0 --log-every 1 > " +
                            (dir / "log.txt").string() + " 2>&1";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << readText(dir / "log.txt");
    EXPECT_TRUE(std::filesystem::exists(dir / "run" / "adapter" / "adapter_model.safetensors"));
    std::ifstream metrics(dir / "run" / "metrics.jsonl");
    int lines = 0;
    for (std::string line; std::getline(metrics, line);)
        ++lines;
    EXPECT_EQ(lines, 2) << "one metrics line per step, written by rank 0 alone";
    const std::string log = readText(dir / "log.txt");
    EXPECT_EQ(log.find("step 1/2") , log.rfind("step 1/2")) << "only rank 0 prints progress:\n" << log;
}
