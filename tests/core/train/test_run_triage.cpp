// Run triage (core/train/run_triage): every finding provoked with synthetic metrics, and the
// ones a user meets most provoked for real on the demo model (resources/demo-model): a learning
// rate of 1e3 (NaN or exploding), 1e-9 (flat), a max length that cuts every answer away (rows cut,
// nothing trained), a model folder with a shard gone, a disk that is full (/dev/full), out of
// memory at run time (the trainer's test hook), overfitting (random codes learnt by heart), the
// planner on Falcon-180B against this machine and the CLI printing the findings.
#include "core/io/checkpoint_reader.h"
#include "core/io/falcon_loader.h"
#include "core/tokenizer/tokenizer.h"
#include "core/model/falcon_config.h"
#include "core/train/memory_planner.h"
#include "core/train/run_triage.h"
#include "core/train/trainer.h"
#include "core/util/atomic_file.h"
#include "core/util/error_info.h"
#include "core/util/errors.h"

#include "demo_run.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <limits>
#include <new>

using namespace falconry;
namespace fs = std::filesystem;

namespace {

TrainConfig demoConfig(const fs::path& out)
{
    TrainConfig c = test::demoRunConfig(out);
    c.maxSteps = 6;
    c.batchSize = 4;
    c.maxLength = 256;
    c.warmupRatio = 0.0;
    c.lora.r = 8;
    c.lora.alpha = 16;
    c.lora.dropout = 0.0;
    c.probes = false;
    return c;
}

/** Keeps a triage's findings alive for the rest of the test (find() returns pointers into them). */
const std::vector<TriageFinding>& keep(std::vector<TriageFinding> findings)
{
    static std::deque<std::vector<TriageFinding>> kept;
    kept.push_back(std::move(findings));
    return kept.back();
}

const TriageFinding* find(const std::vector<TriageFinding>& findings, const std::string& kind)
{
    for (const TriageFinding& g : findings)
        if (g.kind == kind)
            return &g;
    return nullptr;
}

const TriageFix* fix(const TriageFinding& g, const std::string& id)
{
    for (const TriageFix& f : g.fixes)
        if (f.id == id)
            return &f;
    return nullptr;
}

std::vector<MetricPoint> series(const std::vector<double>& losses, double stepsPerEpoch = 10.0)
{
    std::vector<MetricPoint> points;
    for (size_t i = 0; i < losses.size(); ++i) {
        MetricPoint p;
        p.step = static_cast<int64_t>(i + 1);
        p.epoch = static_cast<double>(i + 1) / stepsPerEpoch;
        p.loss = losses[i];
        points.push_back(p);
    }
    return points;
}

/** Runs the trainer; the facts triage gets from it: settings, metrics.jsonl, the error's kind. */
RunFacts runAndCollect(const TrainConfig& config, TrainStatus* status = nullptr)
{
    RunFacts facts;
    facts.settings = config;
    Trainer trainer;
    try {
        const TrainResult result = trainer.run(config, {}, std::atomic<bool>{false});
        if (status)
            *status = result.status;
        if (result.status == TrainStatus::Diverged)
            facts.errorKind = "train.diverged";
    } catch (...) {
        facts.errorKind = errorKindOf(std::current_exception());
        try {
            throw;
        } catch (const ErrorInfo& e) {
            facts.errorFields = e.fields();
        } catch (...) {
        }
    }
    facts.points = readMetricPoints(config.outDir);
    return facts;
}

} // namespace

TEST(RunTriage, PredictedOutOfMemoryOffersTheFourWaysWithWhatEachNeeds)
{
    RunFacts f;
    f.settings.batchSize = 4;
    f.settings.gradAccum = 2;
    f.settings.maxLength = 1024;
    f.settings.gradientCheckpointing = false;
    f.plan = [](const TrainConfig& c) -> int64_t {
        return (c.nf4 ? 4LL : 14LL) * c.maxLength * c.batchSize * (c.gradientCheckpointing ? 1 : 2) * (1LL << 20);
    };
    f.plannedBytes = f.plan(f.settings);
    f.availableBytes = f.plannedBytes / 2;
    const auto findings = triageBeforeStart(f);
    const TriageFinding* g = find(findings, "memory.predicted");
    ASSERT_NE(g, nullptr);
    EXPECT_GT(g->facts.at("planned_bytes"), g->facts.at("available_bytes"));
    ASSERT_NE(fix(*g, "nf4"), nullptr);
    EXPECT_TRUE(*fix(*g, "nf4")->change.nf4);
    ASSERT_NE(fix(*g, "shorter_max_length"), nullptr);
    EXPECT_LT(*fix(*g, "shorter_max_length")->change.maxLength, 1024);
    ASSERT_NE(fix(*g, "batch1_accum"), nullptr);
    EXPECT_EQ(*fix(*g, "batch1_accum")->change.batchSize, 1);
    EXPECT_EQ(*fix(*g, "batch1_accum")->change.gradAccum, 8); // the same examples per optimizer step
    ASSERT_NE(fix(*g, "checkpointing"), nullptr);
    for (const TriageFix& x : g->fixes) {
        ASSERT_TRUE(x.plannedBytes) << x.id;
        EXPECT_LT(*x.plannedBytes, f.plannedBytes) << x.id;
    }
    // It fits: nothing to say.
    f.availableBytes = 2 * f.plannedBytes;
    EXPECT_EQ(find(keep(triageBeforeStart(f)), "memory.predicted"), nullptr);
}

TEST(RunTriage, CaughtOutOfMemoryDiskFullAndIncompleteModelComeFromTheErrorKind)
{
    RunFacts f;
    f.settings.nf4 = true; // already 4-bit: not offered again
    f.errorKind = "train.out_of_memory";
    auto findings = triageRun(f);
    const TriageFinding* g = find(findings, "memory.out_of_memory");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(fix(*g, "nf4"), nullptr);
    EXPECT_NE(fix(*g, "shorter_max_length"), nullptr);
    EXPECT_NE(fix(*g, "batch1_accum"), nullptr);

    f.errorKind = "io.disk_full";
    f.errorFields = {{"path", "/runs/x/metrics.jsonl"}};
    findings = triageRun(f);
    ASSERT_NE(find(findings, "disk.full"), nullptr);
    EXPECT_EQ(find(findings, "disk.full")->notes.at("path"), "/runs/x/metrics.jsonl");

    f.errorKind = "model.incomplete";
    f.errorFields = {{"folder", "/m"}, {"missing", "model-00002-of-00002.safetensors"}};
    findings = triageRun(f);
    ASSERT_NE(find(findings, "model.incomplete"), nullptr);
    EXPECT_EQ(find(findings, "model.incomplete")->fixes.front().action, FixAction::ChooseModel);
}

TEST(RunTriage, NanLossOffersAQuarterOfTheLearningRateAndFp32)
{
    RunFacts f;
    f.settings.learningRate = 1e-3;
    f.points = series({2.0, 1.9, std::numeric_limits<double>::quiet_NaN()});
    const TriageFinding* g = find(keep(triageRun(f)), "loss.nonfinite");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->facts.at("step"), 3.0);
    ASSERT_NE(fix(*g, "lower_lr"), nullptr);
    EXPECT_DOUBLE_EQ(*fix(*g, "lower_lr")->change.learningRate, 2.5e-4);
    ASSERT_NE(fix(*g, "fp32"), nullptr);
    EXPECT_EQ(*fix(*g, "fp32")->change.dtype, "fp32");
    // Already fp32: only the learning rate.
    f.settings.dtype = "fp32";
    EXPECT_EQ(fix(*find(keep(triageRun(f)), "loss.nonfinite"), "fp32"), nullptr);
}

TEST(RunTriage, ExplodingLossIsTheDivergenceWatchReplayed)
{
    RunFacts f;
    f.points = series({2.0, 2.1, 2.6, 3.5, 5.0, 7.5, 9.0, 11.0});
    const TriageFinding* g = find(keep(triageRun(f)), "loss.exploding");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->facts.at("start"), 2.0);
    EXPECT_EQ(g->facts.at("peak"), 11.0);
    EXPECT_NE(fix(*g, "lower_lr"), nullptr);
    // A falling loss with noise is not exploding.
    f.points = series({2.0, 2.2, 1.9, 1.7, 1.8, 1.5, 1.4, 1.3});
    EXPECT_EQ(find(keep(triageRun(f)), "loss.exploding"), nullptr);
}

TEST(RunTriage, FlatLossNamesTheLowLearningRateOrTheMask)
{
    RunFacts f;
    f.settings.learningRate = 1e-9;
    std::vector<double> losses;
    for (int i = 0; i < 40; ++i)
        losses.push_back(2.0 + 0.02 * std::sin(i)); // noise, no trend
    f.points = series(losses);
    const TriageFinding* g = find(keep(triageRun(f)), "loss.flat");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->facts.at("low_learning_rate"), 1.0);
    ASSERT_NE(fix(*g, "raise_lr"), nullptr);
    EXPECT_GE(*fix(*g, "raise_lr")->change.learningRate, 1e-4);
    // Loss 0 throughout: nothing is in the loss, the mapping is what to check.
    f.points = series(std::vector<double>(20, 0.0));
    g = find(keep(triageRun(f)), "loss.flat");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->facts.at("everything_masked"), 1.0);
    EXPECT_NE(fix(*g, "edit_mapping"), nullptr);
    // Falling by more than the threshold, or too few steps: not flat.
    f.points = series({3.0, 2.9, 2.8, 2.7, 2.6, 2.5, 2.4, 2.3, 2.2, 2.1, 2.0, 1.9});
    EXPECT_EQ(find(keep(triageRun(f)), "loss.flat"), nullptr);
    f.points = series({2.0, 2.0, 2.0, 2.0});
    EXPECT_EQ(find(keep(triageRun(f)), "loss.flat"), nullptr);
}

TEST(RunTriage, OverfittingIsAClearRiseSinceTheBestEvalWhileTheTrainLossFalls)
{
    RunFacts f;
    std::vector<double> losses;
    for (int i = 0; i < 40; ++i)
        losses.push_back(3.0 - 0.05 * i);
    f.points = series(losses, 10.0);
    const auto setEvals = [&](std::vector<std::pair<int, double>> evals) {
        for (MetricPoint& p : f.points)
            p.evalLoss.reset();
        for (auto [step, loss] : evals)
            f.points[static_cast<size_t>(step - 1)].evalLoss = loss;
    };
    setEvals({{10, 2.0}, {20, 1.8}, {30, 1.9}, {40, 2.1}});
    const TriageFinding* g = find(keep(triageRun(f)), "loss.overfitting");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->facts.at("best_step"), 20.0);
    ASSERT_NE(fix(*g, "fewer_epochs"), nullptr);
    EXPECT_DOUBLE_EQ(*fix(*g, "fewer_epochs")->change.epochs, 2.0); // step 20 of 10 per epoch
    ASSERT_NE(fix(*g, "early_stopping"), nullptr);
    EXPECT_EQ(*fix(*g, "early_stopping")->change.earlyStoppingPatience, 2);
    EXPECT_NE(fix(*g, "more_data"), nullptr);
    // With max steps the fix is max steps.
    f.settings.maxSteps = 40;
    EXPECT_EQ(*fix(*find(keep(triageRun(f)), "loss.overfitting"), "fewer_epochs")->change.maxSteps, 20);
    // One rise is noise, not overfitting.
    setEvals({{10, 2.0}, {20, 1.8}, {30, 1.7}, {40, 1.75}});
    EXPECT_EQ(find(keep(triageRun(f)), "loss.overfitting"), nullptr);
    // Two evals above the best but within 5% of it: noise too.
    setEvals({{10, 2.0}, {20, 1.8}, {30, 1.82}, {40, 1.85}});
    EXPECT_EQ(find(keep(triageRun(f)), "loss.overfitting"), nullptr);
    // A clear rise with a dip in it is overfitting.
    setEvals({{5, 2.0}, {10, 1.8}, {20, 2.1}, {30, 1.95}, {40, 2.2}});
    EXPECT_NE(find(keep(triageRun(f)), "loss.overfitting"), nullptr);
}

TEST(RunTriage, DataFactsCutAsTheRendererDoes)
{
    // 10 rows: prompt of 6 masked tokens then an answer of 4; 3 rows have an answer of 40.
    std::vector<TrainExample> rows;
    for (uint64_t r = 0; r < 10; ++r) {
        const size_t answer = r < 3 ? 40 : 4;
        TrainExample e;
        e.rowId = 100 + r;
        e.ids.assign(6 + answer, 7);
        e.trained.assign(6, 0);
        e.trained.resize(6 + answer, 1);
        rows.push_back(e);
    }
    TokenizeOptions o;
    o.maxLength = 16;
    DataFacts d = dataFactsOf(rows, o);
    EXPECT_EQ(d.rows, 10);
    EXPECT_EQ(d.cutRows, 3);
    EXPECT_EQ(d.cutRowIds, (std::vector<uint64_t>{100, 101, 102}));
    EXPECT_EQ(d.trainedTokens, 3 * 10 + 7 * 4);
    EXPECT_EQ(d.rowsNothingTrained, 0);
    EXPECT_EQ(d.fullLengthMax, 46);
    RunFacts f;
    f.settings.maxLength = 16;
    f.data = d;
    const TriageFinding* g = find(keep(triageBeforeStart(f)), "data.rows_cut");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->rowIds.size(), 3u);
    ASSERT_NE(fix(*g, "raise_max_length"), nullptr);
    EXPECT_GE(*fix(*g, "raise_max_length")->change.maxLength, 46);
    EXPECT_NE(fix(*g, "show_cut_rows"), nullptr);
    // A max length within the prompt: nothing is trained at all.
    o.maxLength = 5;
    f.settings.maxLength = 5;
    f.data = dataFactsOf(rows, o);
    EXPECT_EQ(f.data->trainedTokens, 0);
    g = find(keep(triageBeforeStart(f)), "data.nothing_trained");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->facts.at("all"), 1.0);
    EXPECT_NE(fix(*g, "raise_max_length"), nullptr);
    // Cut from the start, the answers stay.
    o.cutSide = CutSide::Start;
    EXPECT_GT(dataFactsOf(rows, o).trainedTokens, 0);
    // Training on everything is said too.
    f.data.reset();
    f.settings.trainOn = "everything";
    g = find(keep(triageBeforeStart(f)), "data.trains_on_prompt");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(*fix(*g, "train_on_answers")->change.trainOn, "answers");
}

TEST(RunTriage, SettingsChangesApplyAndReadAsCliOptions)
{
    SettingsChange c;
    EXPECT_TRUE(c.empty());
    c.learningRate = 5e-5;
    c.batchSize = 1;
    c.gradAccum = 8;
    c.dtype = "fp32";
    TrainConfig config;
    c.applyTo(config);
    EXPECT_EQ(config.learningRate, 5e-5);
    EXPECT_EQ(config.batchSize, 1);
    EXPECT_EQ(config.gradAccum, 8);
    EXPECT_EQ(config.dtype, "fp32");
    const std::string options = c.cliOptions();
    EXPECT_NE(options.find("--lr 5e-05"), std::string::npos);
    EXPECT_NE(options.find("--batch 1"), std::string::npos);
    EXPECT_NE(options.find("--grad-accum 8"), std::string::npos);
    EXPECT_NE(options.find("--dtype fp32"), std::string::npos);
    EXPECT_EQ(errorKindOf(std::make_exception_ptr(std::bad_alloc())), "train.out_of_memory");
    EXPECT_EQ(errorKindOf(std::make_exception_ptr(Described<IoError>("x", "io.disk_full", {}))), "io.disk_full");
    EXPECT_EQ(errorKindOf(std::make_exception_ptr(std::runtime_error("something else"))), "");
}

// ---- Provoked for real on the demo model ----

TEST(RunTriageDemo, LearningRate1e3GivesNanOrExplodingWithTheLowerRateFix)
{
    const fs::path out = test::makeTempDir("triage-lr-high");
    TrainConfig c = demoConfig(out / "run");
    c.learningRate = 1e3;
    c.maxSteps = 12;
    const RunFacts f = runAndCollect(c);
    const auto findings = triageRun(f);
    const TriageFinding* g = find(findings, "loss.nonfinite");
    if (!g)
        g = find(findings, "loss.exploding");
    ASSERT_NE(g, nullptr) << "error kind: " << f.errorKind << ", " << f.points.size() << " points";
    ASSERT_NE(fix(*g, "lower_lr"), nullptr);
    EXPECT_DOUBLE_EQ(*fix(*g, "lower_lr")->change.learningRate, 250.0);
    EXPECT_NE(fix(*g, "fp32"), nullptr);
}

TEST(RunTriageDemo, LearningRate1e9IsFlatWithTheRaiseFix)
{
    const fs::path out = test::makeTempDir("triage-lr-low");
    TrainConfig c = demoConfig(out / "run");
    c.learningRate = 1e-9;
    c.maxSteps = 24;
    TrainStatus status = TrainStatus::Cancelled;
    const RunFacts f = runAndCollect(c, &status);
    ASSERT_EQ(status, TrainStatus::Finished) << f.errorKind;
    const TriageFinding* g = find(keep(triageRun(f)), "loss.flat");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->facts.at("low_learning_rate"), 1.0);
    ASSERT_NE(fix(*g, "raise_lr"), nullptr);
    EXPECT_GT(*fix(*g, "raise_lr")->change.learningRate, 1e-5);
    // The same data at the usual learning rate is not flat (the control).
    const fs::path out2 = test::makeTempDir("triage-lr-usual");
    TrainConfig usual = demoConfig(out2 / "run");
    usual.learningRate = 2e-3;
    usual.maxSteps = 24;
    EXPECT_EQ(find(keep(triageRun(runAndCollect(usual))), "loss.flat"), nullptr);
}

TEST(RunTriageDemo, TinyMaxLengthCutsEveryRowAndTrainsNothing)
{
    const fs::path out = test::makeTempDir("triage-short");
    TrainConfig c = demoConfig(out / "run");
    c.maxLength = 8; // inside the prompt of every row
    const auto tokenizer = Tokenizer::load(c.modelDir);
    RunFacts f;
    f.settings = c;
    f.data = readDataFacts(c, *tokenizer);
    EXPECT_EQ(f.data->cutRows, f.data->rows);
    EXPECT_EQ(f.data->trainedTokens, 0);
    const auto findings = triageBeforeStart(f);
    const TriageFinding* cut = find(findings, "data.rows_cut");
    ASSERT_NE(cut, nullptr);
    EXPECT_EQ(cut->rowIds.size(), static_cast<size_t>(f.data->rows));
    ASSERT_NE(fix(*cut, "raise_max_length"), nullptr);
    EXPECT_GE(*fix(*cut, "raise_max_length")->change.maxLength, f.data->fullLengthP95);
    ASSERT_NE(find(findings, "data.nothing_trained"), nullptr);
    // The trainer refuses to start such a run, with the kind triage words.
    const RunFacts ran = runAndCollect(c);
    EXPECT_EQ(ran.errorKind, "train.nothing_trained");
    EXPECT_NE(find(keep(triageRun(ran)), "data.nothing_trained"), nullptr);
    // With the suggested max length, every demo row fits and the answers are trained.
    TrainConfig fixed = c;
    fix(*cut, "raise_max_length")->change.applyTo(fixed);
    const DataFacts after = readDataFacts(fixed, *tokenizer);
    EXPECT_LT(static_cast<double>(after.cutRows), 0.10 * static_cast<double>(after.rows));
    EXPECT_EQ(after.rowsNothingTrained, 0);
}

TEST(RunTriageDemo, AModelFolderWithAShardGoneIsIncomplete)
{
    const fs::path dir = test::makeTempDir("triage-model");
    for (const auto& entry : fs::directory_iterator(test::resourcesDir() / "demo-model"))
        if (entry.path().filename() != "model.safetensors")
            fs::copy_file(entry.path(), dir / entry.path().filename());
    fs::copy_file(test::resourcesDir() / "demo-model" / "model.safetensors", dir / "model-00001-of-00002.safetensors");
    // The index names two shards; the second is gone (as after a cut download).
    nlohmann::json map = nlohmann::json::object();
    const CheckpointReader reader(dir / "model-00001-of-00002.safetensors");
    const auto names = reader.names();
    for (size_t i = 0; i < names.size(); ++i)
        map[names[i]] = i + 1 == names.size() ? "model-00002-of-00002.safetensors" : "model-00001-of-00002.safetensors";
    writeFileAtomically(dir / "model.safetensors.index.json", nlohmann::json{{"weight_map", map}}.dump());
    try {
        loadFalconModel(dir, LoadOptions{});
        FAIL() << "an incomplete folder loaded";
    } catch (...) {
        RunFacts f;
        f.errorKind = errorKindOf(std::current_exception());
        ASSERT_EQ(f.errorKind, "model.incomplete");
        try {
            throw;
        } catch (const ErrorInfo& e) {
            f.errorFields = e.fields();
        }
        const TriageFinding* g = find(keep(triageRun(f)), "model.incomplete");
        ASSERT_NE(g, nullptr);
        EXPECT_EQ(g->notes.at("missing"), "model-00002-of-00002.safetensors");
    }
}

TEST(RunTriageDemo, AFullDiskStopsTheRunAsDiskFull)
{
    if (!fs::exists("/dev/full"))
        GTEST_SKIP() << "no /dev/full on this system";
    const fs::path out = test::makeTempDir("triage-disk");
    TrainConfig c = demoConfig(out / "run");
    fs::create_directories(c.outDir);
    fs::create_symlink("/dev/full", c.outDir / "metrics.jsonl"); // every write: ENOSPC, as on a full disk
    c.maxSteps = 2;
    const RunFacts f = runAndCollect(c);
    EXPECT_EQ(f.errorKind, "io.disk_full");
    const TriageFinding* g = find(keep(triageRun(f)), "disk.full");
    ASSERT_NE(g, nullptr);
    EXPECT_NE(g->notes.at("path").find("metrics.jsonl"), std::string::npos);
}

TEST(RunTriageDemo, OutOfMemoryAtRunTimeIsCaughtAsItsKind)
{
    const fs::path out = test::makeTempDir("triage-oom");
    TrainConfig c = demoConfig(out / "run");
    c.maxSteps = 4;
    ::setenv("FALCONRY_TEST_OUT_OF_MEMORY_AT_STEP", "2", 1);
    const RunFacts f = runAndCollect(c);
    ::unsetenv("FALCONRY_TEST_OUT_OF_MEMORY_AT_STEP");
    ASSERT_EQ(f.errorKind, "train.out_of_memory");
    EXPECT_EQ(f.points.size(), 1u); // step 1 was logged, step 2 failed
    const TriageFinding* g = find(keep(triageRun(f)), "memory.out_of_memory");
    ASSERT_NE(g, nullptr);
    EXPECT_NE(fix(*g, "nf4"), nullptr);
    EXPECT_NE(fix(*g, "batch1_accum"), nullptr);
}

TEST(RunTriageDemo, TheCliPrintsTheFindingsInWords)
{
    const fs::path out = test::makeTempDir("triage-cli");
    const fs::path data = test::resourcesDir() / "demo-data" / "aerie_support.csv";
    const auto [code, text] = test::runCli(
        "train --model " + (test::resourcesDir() / "demo-model").string() + " --data " + data.string() +
        " --template falcon-instruct --map user=customer_message,assistant=agent_reply --out " + (out / "run").string() +
        " --max-steps 2 --max-length 8 --no-probes");
    EXPECT_NE(code, 0);
    EXPECT_NE(text.find("Why it matters"), std::string::npos) << text;
    EXPECT_NE(text.find("--max-length"), std::string::npos) << text; // the fix, as options
}

TEST(RunTriageDemo, ManyEpochsOnRandomCodesOverfit)
{
    // 40 questions whose answers are random letter codes: the model can only learn the training
    // rows' codes by heart, so past a point the held-out rows' loss rises while the train loss
    // falls, as overfitting looks in a real run.
    const fs::path out = test::makeTempDir("triage-overfit");
    const fs::path data = out / "codes.csv";
    {
        std::ofstream csv(data);
        csv << "customer_message,agent_reply\n";
        uint64_t state = 7;
        for (int i = 0; i < 40; ++i) {
            std::string code;
            for (int k = 0; k < 8; ++k) {
                state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                code += static_cast<char>('a' + (state >> 33) % 26);
            }
            csv << "What is the door code of flat " << i << "?,The code is " << code << ".\n";
        }
    }
    TrainConfig c = test::demoRunConfig(out / "run");
    c.dataFile = data;
    c.evalRatio = 0.25;
    c.learningRate = 1e-2;
    c.warmupRatio = 0.0;
    c.batchSize = 4;
    c.maxLength = 64;
    c.lora.r = 16;
    c.lora.alpha = 32;
    c.maxSteps = 240;
    c.evalEvery = 20;
    c.saveEvery = 0;
    const RunFacts f = runAndCollect(c);
    ASSERT_TRUE(f.errorKind.empty()) << f.errorKind;
    const TriageFinding* g = find(keep(triageRun(f)), "loss.overfitting");
    std::string evals;
    for (const MetricPoint& p : f.points)
        if (p.evalLoss)
            evals += std::to_string(p.step) + ":" + std::to_string(*p.evalLoss) + " ";
    ASSERT_NE(g, nullptr) << "eval losses " << evals;
    ASSERT_NE(fix(*g, "fewer_epochs"), nullptr);
    EXPECT_LT(*fix(*g, "fewer_epochs")->change.maxSteps, 240); // stop where the eval loss was best
    EXPECT_NE(fix(*g, "early_stopping"), nullptr);
}

TEST(RunTriageDemo, ThePlannerPredictsOutOfMemoryForFalcon180bOnThisMachine)
{
    // Falcon-180B's config: the real planner against this machine's free memory (no computer these
    // tests run on has the 360 GB its bf16 weights alone take).
    const FalconConfig model = FalconConfig::fromJsonText(R"({"model_type": "falcon", "hidden_size": 14848,
        "num_attention_heads": 232, "num_hidden_layers": 80, "num_kv_heads": 8, "new_decoder_architecture": true,
        "parallel_attn": true, "bias": false, "alibi": false, "vocab_size": 65024})");
    RunFacts f;
    f.settings.batchSize = 4;
    f.settings.maxLength = 2048;
    f.settings.gradientCheckpointing = false;
    f.plan = [model](const TrainConfig& c) { return plannedBytesFor(c, model); };
    f.plannedBytes = f.plan(f.settings);
    f.availableBytes = availableMemoryBytes();
    ASSERT_GT(f.availableBytes, 0);
    ASSERT_GT(f.plannedBytes, f.availableBytes);
    const TriageFinding* g = find(keep(triageBeforeStart(f)), "memory.predicted");
    ASSERT_NE(g, nullptr);
    for (const char* id : {"nf4", "shorter_max_length", "batch1_accum", "checkpointing"}) {
        ASSERT_NE(fix(*g, id), nullptr) << id;
        ASSERT_TRUE(fix(*g, id)->plannedBytes) << id;
        EXPECT_LT(*fix(*g, id)->plannedBytes, f.plannedBytes) << id;
    }
}
