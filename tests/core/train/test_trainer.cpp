// The trainer: schedules and AdamW against their PyTorch definitions, overfitting, the run folder,
// NaN handling, pause/resume and kill-and-resume with a real SIGKILL of a falconry-cli child.
#include "core/io/falcon_loader.h"
#include "core/io/safetensors_file.h"
#include "core/train/adamw.h"
#include "core/train/lr_schedule.h"
#include "core/train/trainer.h"
#include "core/util/errors.h"

#include "test_paths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <random>
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

FalconModel loadGolden()
{
    LoadOptions options;
    options.zeroCopy = false;
    return loadFalconModel(goldenModel(), options);
}

// Short "sentences" over the 512-token vocabulary, the second half of each trained.
std::vector<TrainExample> toyExamples(int count, int length, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<TrainExample> out;
    for (int i = 0; i < count; ++i) {
        TrainExample e;
        const int n = length - (i % 3);
        for (int t = 0; t < n; ++t) {
            e.ids.push_back(static_cast<int64_t>(20 + rng() % 400));
            e.trained.push_back(t >= n / 2 ? 1 : 0);
        }
        out.push_back(e);
    }
    return out;
}

TrainConfig toyConfig(const fs::path& out)
{
    TrainConfig c;
    c.modelDir = goldenModel();
    c.outDir = out;
    c.dtype = "fp32";
    c.lora.r = 8;
    c.lora.alpha = 16;
    c.learningRate = 1e-2;
    c.warmupRatio = 0.0;
    c.maxSteps = 6;
    c.batchSize = 2;
    c.maxLength = 32;
    c.maxGradNorm = 1.0;
    return c;
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

std::vector<nlohmann::json> readMetrics(const fs::path& runDir)
{
    std::ifstream in(runDir / "metrics.jsonl");
    std::vector<nlohmann::json> out;
    std::string line;
    while (std::getline(in, line))
        out.push_back(nlohmann::json::parse(line));
    return out;
}

} // namespace

TEST(LrSchedule, MatchesTransformersSchedulers)
{
    // 100 steps, 10 warmup, base 1: get_*_schedule_with_warmup lambdas.
    EXPECT_DOUBLE_EQ(learningRateAt(LrSchedule::Constant, 1.0, 0, 100, 10), 0.0);
    EXPECT_DOUBLE_EQ(learningRateAt(LrSchedule::Constant, 1.0, 5, 100, 10), 0.5);
    EXPECT_DOUBLE_EQ(learningRateAt(LrSchedule::Constant, 1.0, 50, 100, 10), 1.0);
    EXPECT_DOUBLE_EQ(learningRateAt(LrSchedule::Linear, 1.0, 10, 100, 10), 1.0);
    EXPECT_DOUBLE_EQ(learningRateAt(LrSchedule::Linear, 1.0, 55, 100, 10), 0.5);
    EXPECT_DOUBLE_EQ(learningRateAt(LrSchedule::Linear, 1.0, 100, 100, 10), 0.0);
    EXPECT_NEAR(learningRateAt(LrSchedule::Cosine, 1.0, 55, 100, 10), 0.5, 1e-12);
    EXPECT_NEAR(learningRateAt(LrSchedule::Cosine, 1.0, 32, 100, 10), 0.5 * (1 + std::cos(M_PI * 22.0 / 90.0)), 1e-12);
    EXPECT_EQ(warmupStepsFor(0.03, 500), 15);
    EXPECT_EQ(warmupStepsFor(0.03, 10), 1);
    EXPECT_THROW(lrScheduleFromString("exponential"), ConfigError);
}

TEST(AdamW, MatchesTorchAdamW)
{
    torch::manual_seed(5);
    torch::Tensor a = torch::randn({4, 3}).requires_grad_(true);
    torch::Tensor b = a.detach().clone().requires_grad_(true);
    AdamW ours({a}, 0.9, 0.95, 1e-8, 0.1);
    torch::optim::AdamW theirs({b}, torch::optim::AdamWOptions(3e-2).betas({0.9, 0.95}).eps(1e-8).weight_decay(0.1));
    for (int step = 0; step < 5; ++step) {
        torch::Tensor x = torch::randn({3});
        ours.zeroGrad();
        theirs.zero_grad();
        (torch::matmul(a, x).pow(2).sum()).backward();
        (torch::matmul(b, x).pow(2).sum()).backward();
        ours.step(3e-2);
        theirs.step();
    }
    EXPECT_LT((a - b).abs().max().item<double>(), 1e-6);
    EXPECT_EQ(ours.steps(), 5);
}

TEST(ClipGradNorm, ScalesToTheMaxNorm)
{
    torch::Tensor p = torch::zeros({2}).requires_grad_(true);
    p.mutable_grad() = torch::tensor({3.0F, 4.0F});
    EXPECT_DOUBLE_EQ(clipGradNorm({p}, 1.0), 5.0);
    EXPECT_NEAR(p.grad().norm().item<double>(), 1.0, 1e-5);
}

TEST(Trainer, OverfitsATinyDataset)
{
    // The golden model's frozen tied embeddings (std 0.02) bound its logits to a few units, so
    // no adapter could drive its loss to 0. A small random model with a wider init can.
    FalconConfig config;
    config.vocabSize = 128;
    config.hiddenSize = 64;
    config.numHiddenLayers = 2;
    config.numAttentionHeads = 4;
    config.initializerRange = 0.3;
    ModelOptions options;
    options.seed = 3;
    const fs::path out = test::makeTempDir("train_overfit") / "run";
    TrainConfig c = toyConfig(out);
    c.maxSteps = 80;
    c.learningRate = 2e-2;
    c.schedule = LrSchedule::Cosine;
    c.lora.r = 16;
    c.lora.alpha = 32;
    c.batchSize = 4;
    c.logEvery = 10;
    auto examples = toyExamples(4, 12, 1);
    for (auto& e : examples)
        for (auto& id : e.ids)
            id %= 128;
    Trainer trainer;
    trainer.setModel(FalconModel(config, options));
    trainer.setExamples(examples);
    std::vector<double> losses;
    std::atomic<bool> stop{false};
    TrainResult r = trainer.run(c, [&](const TrainProgress& p) { losses.push_back(p.loss); return true; }, stop);
    EXPECT_EQ(r.status, TrainStatus::Finished);
    ASSERT_EQ(losses.size(), 80U);
    EXPECT_GT(losses.front(), 2.0);
    EXPECT_LT(losses.back(), 0.05);
    for (size_t i = 0; i < losses.size(); i += 10)
        std::cout << "step " << i + 1 << " loss " << losses[i] << "\n";

    // The run folder.
    ASSERT_TRUE(fs::exists(out / "adapter" / "adapter_config.json"));
    ASSERT_TRUE(fs::exists(out / "adapter" / "adapter_model.safetensors"));
    const auto run = nlohmann::json::parse(std::ifstream(out / "run.json"));
    EXPECT_EQ(run["settings"]["lora_r"], 16);
    EXPECT_EQ(run["total_steps"], 80);
    EXPECT_EQ(run["dataset"]["hash"].get<std::string>().size(), 16U);
    EXPECT_TRUE(run["versions"].contains("libtorch"));
    const auto metrics = readMetrics(out);
    ASSERT_EQ(metrics.size(), 8U);
    for (const char* key : {"step", "epoch", "loss", "eval_loss", "lr", "grad_norm", "tokens_per_s", "elapsed"})
        EXPECT_TRUE(metrics.back().contains(key)) << key;
    EXPECT_EQ(metrics.back()["step"], 80);
}

TEST(Trainer, NanStopsWithAMessageAndKeepsTheLastGoodCheckpoint)
{
    const fs::path out = test::makeTempDir("train_nan") / "run";
    TrainConfig c = toyConfig(out);
    c.saveEvery = 2;
    c.debugNanAtStep = 3;
    Trainer trainer;
    trainer.setModel(loadGolden());
    trainer.setExamples(toyExamples(8, 10, 2));
    std::atomic<bool> stop{false};
    try {
        trainer.run(c, nullptr, stop);
        FAIL() << "a NaN loss did not stop the run";
    } catch (const TrainError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("step 3: the loss is NaN"), std::string::npos) << what;
        EXPECT_NE(what.find("step-2"), std::string::npos) << what;
    }
    EXPECT_TRUE(fs::exists(out / "checkpoints" / "step-2" / "adapter" / "adapter_model.safetensors"));
    EXPECT_FALSE(fs::exists(out / "checkpoints" / "step-3"));
    auto saved = readAdapter(out / "checkpoints" / "step-2" / "adapter");
    for (const auto& [n, t] : saved)
        EXPECT_TRUE(torch::isfinite(t).all().item<bool>()) << n;
}

TEST(Trainer, PauseAndResumeEndsWhereAnUninterruptedRunEnds)
{
    const fs::path root = test::makeTempDir("train_pause");
    const auto examples = toyExamples(10, 10, 3);
    std::atomic<bool> stop{false};
    {
        TrainConfig c = toyConfig(root / "whole");
        c.lora.dropout = 0.1; // the dropout RNG must be restored too
        c.evalRatio = 0.2;
        c.evalEvery = 2;
        Trainer t;
        t.setModel(loadGolden());
        t.setExamples(examples);
        t.run(c, nullptr, stop);
    }
    TrainConfig c = toyConfig(root / "paused");
    c.lora.dropout = 0.1;
    c.evalRatio = 0.2;
    c.evalEvery = 2;
    Trainer first;
    first.setModel(loadGolden());
    first.setExamples(examples);
    TrainResult r = first.run(c, [](const TrainProgress& p) { return p.step < 3; }, stop);
    EXPECT_EQ(r.status, TrainStatus::Paused);
    EXPECT_EQ(r.steps, 3);
    EXPECT_TRUE(fs::exists(root / "paused" / "checkpoints" / "step-3"));
    c.resume = true;
    Trainer second;
    second.setModel(loadGolden());
    second.setExamples(examples);
    r = second.run(c, nullptr, stop);
    EXPECT_EQ(r.status, TrainStatus::Finished);
    EXPECT_LE(maxAdapterDiff(root / "whole" / "adapter", root / "paused" / "adapter"), 1e-6);
    EXPECT_EQ(readMetrics(root / "paused").size(), 6U);
}

TEST(Trainer, FullParameterModeWritesAnHfFolder)
{
    const fs::path out = test::makeTempDir("train_full") / "run";
    TrainConfig c = toyConfig(out);
    c.full = true;
    c.learningRate = 1e-3;
    c.maxSteps = 3;
    Trainer trainer;
    trainer.setModel(loadGolden());
    trainer.setExamples(toyExamples(4, 10, 4));
    std::atomic<bool> stop{false};
    TrainResult r = trainer.run(c, nullptr, stop);
    ASSERT_TRUE(fs::exists(out / "model" / "config.json"));
    FalconModel trained = loadFalconModel(out / "model");
    FalconModel base = loadGolden();
    const auto w1 = trained->named_parameters()["transformer.h.0.mlp.dense_h_to_4h.weight"];
    const auto w0 = base->named_parameters()["transformer.h.0.mlp.dense_h_to_4h.weight"];
    EXPECT_GT((w1 - w0).abs().max().item<double>(), 1e-5); // every weight trained
    EXPECT_EQ(r.adapterDir, out / "model");
}

TEST(Trainer, KillAndResumeWithSigkill)
{
    const fs::path root = test::makeTempDir("train_kill");
    const fs::path data = root / "data.jsonl";
    {
        std::ofstream f(data);
        for (int i = 0; i < 12; ++i)
            f << nlohmann::json{{"prompt", "Question " + std::to_string(i) + ": what is " + std::to_string(i * 7) + "?"},
                                {"completion", " The answer is " + std::to_string(i * 3) + "."}}
                     .dump()
              << "\n";
    }
    auto trainArgs = [&](const fs::path& out) {
        return std::vector<std::string>{test::cliPath().string(), "train", "--model", goldenModel().string(), "--data",
                                        data.string(), "--out", out.string(), "--dtype", "fp32", "--lora-r", "4",
                                        "--lora-dropout", "0.1", "--lr", "5e-3", "--max-steps", "12", "--batch", "2",
                                        "--save-every", "2", "--seed", "7", "--debug-step-delay-ms", "150"};
    };
    auto spawn = [](std::vector<std::string> args) {
        const pid_t pid = fork();
        if (pid == 0) {
            std::vector<char*> argv;
            for (auto& a : args)
                argv.push_back(a.data());
            argv.push_back(nullptr);
            const int devnull = ::open("/dev/null", O_WRONLY);
            ::dup2(devnull, 1);
            ::execv(argv[0], argv.data());
            _exit(127);
        }
        return pid;
    };
    auto waitExit = [](pid_t pid) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        return status;
    };

    const int whole = waitExit(spawn(trainArgs(root / "whole")));
    ASSERT_TRUE(WIFEXITED(whole) && WEXITSTATUS(whole) == 0);

    const pid_t victim = spawn(trainArgs(root / "killed"));
    const fs::path firstCheckpoint = root / "killed" / "checkpoints" / "step-4" / "trainer_state.json";
    for (int i = 0; i < 600 && !fs::exists(firstCheckpoint); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    ASSERT_TRUE(fs::exists(firstCheckpoint));
    ::kill(victim, SIGKILL);
    const int killed = waitExit(victim);
    ASSERT_TRUE(WIFSIGNALED(killed) && WTERMSIG(killed) == SIGKILL) << "the run ended before it was killed";
    ASSERT_FALSE(fs::exists(root / "killed" / "adapter"));

    const int resumed =
        waitExit(spawn({test::cliPath().string(), "train", "--resume", (root / "killed").string()}));
    ASSERT_TRUE(WIFEXITED(resumed) && WEXITSTATUS(resumed) == 0);
    EXPECT_LE(maxAdapterDiff(root / "whole" / "adapter", root / "killed" / "adapter"), 1e-6);
    const auto metrics = readMetrics(root / "killed");
    ASSERT_EQ(metrics.size(), 12U); // no step twice, none missing
    for (size_t i = 0; i < metrics.size(); ++i)
        EXPECT_EQ(metrics[i]["step"], static_cast<int64_t>(i + 1));
}

TEST(CliMerge, WritesAnHfFolderThatGivesLogitsMerged)
{
    const fs::path golden = test::referenceDir() / "golden" / "falcon40b";
    const fs::path out = test::makeTempDir("cli_merge") / "merged";
    const std::string cmd = test::cliPath().string() + " merge --model " + (golden / "model-fp32").string() +
                            " --adapter " + (golden / "adapter").string() + " --out " + out.string() + " > /dev/null";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    ASSERT_TRUE(fs::exists(out / "config.json"));
    ASSERT_TRUE(fs::exists(out / "tokenizer.model")); // tokenizer files copied
    FalconModel merged = loadFalconModel(out);
    merged->eval();
    SafetensorsFile ref(golden / "reference.safetensors");
    torch::NoGradGuard noGrad;
    const torch::Tensor logits = merged->forward(ref.tensor("input_ids"));
    EXPECT_LT((logits - ref.tensor("logits_merged")).abs().max().item<double>(), 1e-4);
    for (const auto& item : merged->named_parameters())
        EXPECT_EQ(item.key().find("lora"), std::string::npos) << item.key();
}

TEST(Trainer, EarlyStoppingAfterPatienceEvalsWithoutImprovement)
{
    const fs::path out = test::makeTempDir("train_early") / "run";
    TrainConfig c = toyConfig(out);
    c.learningRate = 1e-9; // the eval loss cannot improve by min-delta
    c.maxSteps = 10;
    c.evalRatio = 0.25;
    c.evalEvery = 1;
    c.earlyStoppingPatience = 2;
    c.earlyStoppingThreshold = 1e-3;
    Trainer trainer;
    trainer.setModel(loadGolden());
    trainer.setExamples(toyExamples(8, 10, 5));
    std::atomic<bool> stop{false};
    const TrainResult r = trainer.run(c, nullptr, stop);
    EXPECT_EQ(r.status, TrainStatus::EarlyStopped);
    EXPECT_EQ(r.steps, 3); // best at step 1, no improvement at steps 2 and 3
    ASSERT_TRUE(r.finalEvalLoss.has_value());
    EXPECT_TRUE(fs::exists(out / "adapter" / "adapter_model.safetensors"));
    const auto metrics = readMetrics(out);
    ASSERT_EQ(metrics.size(), 3U);
    EXPECT_FALSE(metrics[0]["eval_loss"].is_null());
}
