// Probe prompts on the demo model (resources/demo-model, the Aerie support CSV): the base model
// answers once and every checkpoint as it is written; each answer equals a greedy generation of
// a separately loaded model (base, or base + that checkpoint's adapter) over the same prompts;
// a run with probes trains exactly as one without; prompts from a file are rendered with the
// run's template; a resumed run keeps its base answers once; `train --probes FILE` writes them.
#include "core/data/chat_prompt.h"
#include "core/generate/generator.h"
#include "core/lora/adapter_loader.h"
#include "core/io/falcon_loader.h"
#include "core/tokenizer/tokenizer.h"
#include "core/train/imported_examples.h"
#include "core/train/probes.h"
#include "core/train/train_data.h"
#include "core/train/trainer.h"
#include "core/util/atomic_file.h"

#include "demo_run.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <sys/wait.h>

using namespace falconry;
namespace fs = std::filesystem;

namespace {

TrainConfig demoConfig(const fs::path& out)
{
    TrainConfig c = test::demoRunConfig(out);
    c.maxSteps = 6;
    c.saveEvery = 3;
    c.keepCheckpoints = 3;
    c.batchSize = 4;
    c.maxLength = 256; // no demo row is cut: every example ends with its EOS
    c.learningRate = 2e-3;
    c.warmupRatio = 0.0;
    c.evalRatio = 0.05;
    c.lora.r = 8;
    c.lora.alpha = 16;
    c.lora.dropout = 0.1; // draws random numbers while training: probes must not
    c.probeMaxTokens = 12;
    return c;
}

/** The greedy answers of `model` (as it is) to `probes`, in one batch, as the trainer asks them. */
std::vector<std::string> greedyAnswers(FalconModelImpl& model, const Tokenizer& tokenizer, const std::vector<Probe>& probes,
                                       int64_t maxTokens)
{
    GenerationSettings settings;
    settings.sampling.greedy = true;
    settings.maxNewTokens = maxTokens;
    std::vector<std::vector<int64_t>> prompts;
    for (const Probe& p : probes) {
        prompts.push_back(p.promptIds);
        for (const std::string& s : p.stopStrings)
            if (std::find(settings.stopStrings.begin(), settings.stopStrings.end(), s) == settings.stopStrings.end())
                settings.stopStrings.push_back(s);
    }
    std::sort(settings.stopStrings.begin(), settings.stopStrings.end());
    const std::atomic<bool> never{false};
    const GenerationResult result = generate(model, &tokenizer, prompts, settings, GenerationCallback(), never);
    std::vector<std::string> out;
    for (const GeneratedRow& row : result.rows)
        out.push_back(row.text);
    return out;
}

FalconModel loadDemo()
{
    LoadOptions options;
    options.dtype = torch::kBFloat16; // as the trainer loads it (bf16 is the default dtype of a run)
    return loadFalconModel(test::resourcesDir() / "demo-model", options);
}

std::vector<double> lossesOf(const fs::path& runDir)
{
    std::vector<double> out;
    std::ifstream in(runDir / "metrics.jsonl");
    std::string line;
    while (std::getline(in, line))
        out.push_back(nlohmann::json::parse(line).at("loss").get<double>());
    return out;
}

} // namespace

TEST(Probes, BaseAndEveryCheckpointAnswerAsASeparatelyLoadedModel)
{
    const fs::path run = test::makeTempDir("probes-run");
    const TrainConfig config = demoConfig(run / "r");
    const std::atomic<bool> stop{false};
    Trainer trainer;
    const TrainResult result = trainer.run(config, {}, stop);
    ASSERT_EQ(result.status, TrainStatus::Finished);
    EXPECT_GT(result.probeSeconds, 0.0);

    // The probes the trainer used: the first three held-out examples.
    const auto tokenizer = Tokenizer::load(config.modelDir);
    const auto [train, eval] = splitTrainEval(loadTrainExamples(config, *tokenizer), SplitOptions{config.evalRatio, config.evalSeed});
    ASSERT_GE(eval.size(), 3u);
    const std::vector<Probe> probes = makeProbes(config, *tokenizer, eval);
    ASSERT_EQ(probes.size(), 3u);

    const std::vector<ProbeAnswer> answers = readProbeAnswers(config.outDir);
    // base, step-3, step-6 (the final adapter is step 6's weights: not answered twice).
    ASSERT_EQ(answers.size(), 9u);
    std::map<std::string, std::vector<ProbeAnswer>> byModel;
    for (const ProbeAnswer& a : answers)
        byModel[a.checkpoint].push_back(a);
    ASSERT_EQ(byModel.size(), 3u);
    EXPECT_EQ(byModel.at("base").front().step, 0);
    EXPECT_EQ(byModel.at("step-3").front().step, 3);
    EXPECT_EQ(byModel.at("step-6").front().step, 6);
    for (const ProbeAnswer& a : answers) {
        EXPECT_GT(a.seconds, 0.0);
        EXPECT_FALSE(a.reference.empty());
    }
    for (size_t i = 0; i < 3; ++i) {
        ASSERT_EQ(eval[i].ids.back(), tokenizer->eosId().value());
        EXPECT_EQ(byModel.at("base")[i].prompt, probes[i].prompt);
        EXPECT_NE(probes[i].prompt.find("User:"), std::string::npos) << probes[i].prompt; // rendered as trained
        EXPECT_EQ(byModel.at("base")[i].reference, tokenizer->decode(std::vector<int64_t>(
                                                       eval[i].ids.begin() + static_cast<std::ptrdiff_t>(probes[i].promptIds.size()),
                                                       eval[i].ids.end() - 1))); // the answer without its EOS
    }

    // The same answers from a model loaded on its own: base, then base + each checkpoint's adapter.
    FalconModel model = loadDemo();
    const auto expectAnswers = [&](const std::string& checkpoint) {
        const std::vector<std::string> direct = greedyAnswers(*model, *tokenizer, probes, config.probeMaxTokens);
        for (size_t i = 0; i < 3; ++i)
            EXPECT_EQ(byModel.at(checkpoint)[i].answer, direct[i]) << checkpoint << " probe " << i;
        return direct;
    };
    const std::vector<std::string> base = expectAnswers("base");
    applyAdapterFromFolder(*model, config.outDir / "checkpoints" / "step-3" / "adapter");
    expectAnswers("step-3");
    applyAdapterFromFolder(*model, config.outDir / "checkpoints" / "step-6" / "adapter");
    const std::vector<std::string> tuned = expectAnswers("step-6");
    EXPECT_NE(base, tuned); // six steps at this rate change the answers: the checkpoints are not the base model
}

TEST(Probes, ARunWithProbesTrainsExactlyAsOneWithout)
{
    const fs::path root = test::makeTempDir("probes-same");
    TrainConfig with = demoConfig(root / "with");
    TrainConfig without = demoConfig(root / "without");
    without.probes = false;
    const std::atomic<bool> stop{false};
    Trainer a;
    Trainer b;
    a.run(with, {}, stop);
    b.run(without, {}, stop);
    EXPECT_TRUE(fs::exists(with.outDir / kProbesFile));
    EXPECT_FALSE(fs::exists(without.outDir / kProbesFile));
    const std::vector<double> la = lossesOf(with.outDir);
    const std::vector<double> lb = lossesOf(without.outDir);
    ASSERT_EQ(la.size(), 6u);
    EXPECT_EQ(la, lb); // bit for bit: answering drew no random number and left dropout as it was
}

TEST(Probes, PromptsFromAFileAreRenderedWithTheRunsTemplate)
{
    const fs::path root = test::makeTempDir("probes-file");
    writeFileAtomically(root / "probes.txt", "How do I clean the feeder?  \n\n   \nMy battery drains fast.\n");
    TrainConfig config = demoConfig(root / "r");
    config.probePrompts = readProbePrompts(root / "probes.txt");
    ASSERT_EQ(config.probePrompts, (std::vector<std::string>{"How do I clean the feeder?", "My battery drains fast."}));
    const auto tokenizer = Tokenizer::load(config.modelDir);
    const std::vector<Probe> probes = makeProbes(config, *tokenizer, {});
    ASSERT_EQ(probes.size(), 2u);
    const ChatPrompt chat = renderChatPrompt(PromptTemplate::fromName("falcon-instruct"), RoleMapping{}, {}, "My battery drains fast.");
    EXPECT_EQ(probes[1].promptIds, encodeChatPrompt(chat, *tokenizer));
    EXPECT_EQ(probes[1].stopStrings, chat.stopStrings);
    EXPECT_TRUE(probes[1].reference.empty());
    config.probes = false;
    EXPECT_TRUE(makeProbes(config, *tokenizer, {}).empty()); // turned off

    // The CLI: `train --probes FILE`, two steps, no checkpoint before the end: base + final adapter.
    const fs::path out = root / "cli-run";
    auto [code, output] = test::runCli("train --model " + config.modelDir.string() + " --data " + config.dataFile.string() +
                                 " --template falcon-instruct --map user=customer_message,assistant=agent_reply" +
                                 " --max-steps 2 --batch 2 --max-length 64 --probe-max-tokens 8 --probes " +
                                 (root / "probes.txt").string() + " --out " + out.string());
    ASSERT_EQ(code, 0) << output;
    EXPECT_NE(output.find("probes: "), std::string::npos) << output;
    const std::vector<ProbeAnswer> answers = readProbeAnswers(out);
    ASSERT_EQ(answers.size(), 4u);
    EXPECT_EQ(answers[0].prompt, "How do I clean the feeder?");
    EXPECT_EQ(answers[0].checkpoint, "base");
    EXPECT_EQ(answers[3].checkpoint, "adapter");
    EXPECT_EQ(answers[3].step, 2);
    // Every line has the fields the issue names.
    std::ifstream in(out / kProbesFile);
    std::string line;
    while (std::getline(in, line)) {
        const nlohmann::json j = nlohmann::json::parse(line);
        for (const char* key : {"prompt", "answer", "step", "checkpoint"})
            EXPECT_TRUE(j.contains(key)) << key << " missing in " << line;
    }
    // --no-probes: none.
    std::tie(code, output) = test::runCli("train --model " + config.modelDir.string() + " --data " + config.dataFile.string() +
                                    " --template falcon-instruct --map user=customer_message,assistant=agent_reply" +
                                    " --max-steps 1 --batch 2 --max-length 64 --no-probes --probes " +
                                    (root / "probes.txt").string() + " --out " + (root / "cli-off").string());
    ASSERT_EQ(code, 0) << output;
    EXPECT_FALSE(fs::exists(root / "cli-off" / kProbesFile));
}

TEST(Probes, AResumedRunAnswersTheBaseOnceAndDropsAnswersAfterItsCheckpoint)
{
    const fs::path root = test::makeTempDir("probes-resume");
    const TrainConfig config = demoConfig(root / "r");
    // Pause after step 4: the checkpoint step-4 is written (and answered); step-3's answers stay.
    const std::atomic<bool> stop{false};
    Trainer first;
    const TrainResult paused = first.run(config, [](const TrainProgress& p) { return p.step < 4; }, stop);
    ASSERT_EQ(paused.status, TrainStatus::Paused);
    // A line of a later model, as a run killed after answering and before its checkpoint would leave, plus a cut line.
    {
        std::ofstream out(config.outDir / kProbesFile, std::ios::app);
        out << R"({"prompt":"x","answer":"y","step":5,"checkpoint":"step-5","seconds":0.1})" << "\n{\"prompt\":\"cut";
    }
    const TrainResult resumed = resumeTraining(config.outDir, ResumeChanges{}, {}, stop);
    ASSERT_EQ(resumed.status, TrainStatus::Finished);
    std::map<std::string, int> count;
    for (const ProbeAnswer& a : readProbeAnswers(config.outDir))
        ++count[a.checkpoint];
    EXPECT_EQ(count, (std::map<std::string, int>{{"base", 3}, {"step-3", 3}, {"step-4", 3}, {"step-6", 3}}));
}
