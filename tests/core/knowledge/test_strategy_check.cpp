// The strategy check: questions from a CSV, fact matching, mixed base/tuned batches equal to
// each row alone, and the four arms on the demo model with the Aerie manual (properties only:
// counts, what retrieval gave the model, cancel), plus `falconry-cli kb check --json`.
#include "core/data/chat_prompt.h"
#include "core/generate/generator.h"
#include "core/io/falcon_loader.h"
#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/knowledge_import.h"
#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/strategy_check.h"
#include "core/knowledge/token_counter.h"
#include "core/lora/lora_model.h"
#include "core/model/falcon_model.h"
#include "core/tokenizer/tokenizer.h"
#include "knowledge_fixtures.h"
#include "test_paths.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <iostream>
#include <sys/wait.h>

namespace falconry {
namespace {

std::filesystem::path demoModel()
{
    return test::demoKnowledgeDir().parent_path() / "demo-model";
}

/** Fresh LoRA adapters with B drawn at random, so that the tuned rows differ from the base rows. */
LoraModel randomAdapter(FalconModelImpl& model)
{
    torch::manual_seed(7);
    LoraConfig config;
    config.r = 4;
    config.alpha = 8.0;
    LoraModel lora = LoraModel::inject(model, config);
    torch::NoGradGuard noGrad;
    for (const LoraLayer& layer : lora.layers())
        layer.adapter->loraB().normal_(0.0, 1.0);
    return lora;
}

/** The demo model, with the Aerie manual (Markdown) in a fresh knowledge base in its tokens. */
struct DemoSetup {
    FalconModel model{nullptr};
    std::unique_ptr<Tokenizer> tokenizer;
    std::unique_ptr<KnowledgeStore> store;
    std::vector<CheckQuestion> questions;
};

DemoSetup demoSetup()
{
    DemoSetup s;
    s.model = loadFalconModel(demoModel());
    s.tokenizer = Tokenizer::load(demoModel());
    s.store = std::make_unique<KnowledgeStore>(test::makeTempDir("strategy-kb") / "kb.sqlite");
    const auto counter = TokenCounter::forTokenizer(*s.tokenizer, "demo");
    std::atomic<bool> stop{false};
    const ImportReport report =
        importDocuments(*s.store, {test::demoKnowledgeDir() / "aerie_manual.md"}, *counter, {}, {}, {}, stop);
    EXPECT_EQ(report.failures(), 0u);
    s.questions = readCheckQuestions(test::demoKnowledgeDir() / "aerie_questions.csv");
    return s;
}

StrategyCheckOptions demoOptions(const FalconModelImpl& model)
{
    StrategyCheckOptions options;
    options.promptTemplate = PromptTemplate::fromName("falcon-instruct");
    options.contextTokens = static_cast<size_t>(model.config().maxPositionEmbeddings);
    options.maxNewTokens = 32;
    return options;
}

} // namespace

TEST(StrategyCheckQuestions, TheAerieQuestionsAndOtherLayouts)
{
    const std::vector<CheckQuestion> aerie = readCheckQuestions(test::demoKnowledgeDir() / "aerie_questions.csv");
    ASSERT_EQ(aerie.size(), 42u);
    EXPECT_EQ(aerie[0].question, "How much does the Aerie weigh when it is empty?");
    EXPECT_EQ(aerie[0].fact, "1.35");

    const auto dir = test::makeTempDir("strategy-csv");
    // Columns in another order, another case, semicolons, a quoted field, a row without a fact skipped.
    const auto other = test::writeFile(dir, "other.csv",
                                       "Fact;notes;Question\n"
                                       "four hours;x;\"How long, from empty, does charging take?\"\n"
                                       ";y;A question without its fact\n"
                                       "amber;z;What colour is the light?\n");
    const std::vector<CheckQuestion> read = readCheckQuestions(other);
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read[0].question, "How long, from empty, does charging take?");
    EXPECT_EQ(read[0].fact, "four hours");
    EXPECT_EQ(read[1].fact, "amber");
    const auto answerColumn = test::writeFile(dir, "answer.csv", "question,answer\nQ?,A\n");
    ASSERT_EQ(readCheckQuestions(answerColumn).size(), 1u);

    const auto noFact = test::writeFile(dir, "nofact.csv", "question,section\nQ?,2\n");
    try {
        readCheckQuestions(noFact);
        FAIL() << "a file without a fact column was read";
    } catch (const KnowledgeError& e) {
        EXPECT_NE(std::string(e.what()).find("'fact'"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("nofact.csv"), std::string::npos) << e.what();
    }
    EXPECT_THROW(readCheckQuestions(test::writeFile(dir, "empty.csv", "")), KnowledgeError);
    EXPECT_THROW(readCheckQuestions(test::writeFile(dir, "header.csv", "question,fact\n")), KnowledgeError);
}

TEST(StrategyCheckFacts, WordsNumbersCaseAndSpaces)
{
    EXPECT_TRUE(answerContainsFact("It takes Four  Hours to charge.", "four hours"));
    EXPECT_TRUE(answerContainsFact("about four\nhours", "four hours"));
    EXPECT_FALSE(answerContainsFact("fourteen hours", "four hours"));
    EXPECT_FALSE(answerContainsFact("It has fourteen parts", "four"));
    EXPECT_TRUE(answerContainsFact("The tank holds 6,700 seeds [1].", "6700"));
    EXPECT_TRUE(answerContainsFact("6700.", "6700"));
    EXPECT_TRUE(answerContainsFact("It weighs 1.35 kg", "1.35"));
    EXPECT_FALSE(answerContainsFact("It weighs 11.35 kg", "1.35"));
    EXPECT_FALSE(answerContainsFact("version 2.5.1", "2.5"));
    EXPECT_FALSE(answerContainsFact("it costs 12.5 euros", "2.5"));
    EXPECT_TRUE(answerContainsFact("It costs 2.5 euros.", "2.5"));
    EXPECT_TRUE(answerContainsFact("From 08:00 to 20:00 every day", "08:00 to 20:00"));
    EXPECT_TRUE(answerContainsFact("it lost Wi-Fi", "lost wi-fi"));
    EXPECT_TRUE(answerContainsFact("amber", "Amber"));
    EXPECT_FALSE(answerContainsFact("", "amber"));
    EXPECT_FALSE(answerContainsFact("amber", ""));
}

TEST(StrategyCheckBatch, MixedBaseAndTunedRowsEqualEachRowAlone)
{
    FalconModel model = loadFalconModel(demoModel());
    const auto tokenizer = Tokenizer::load(demoModel());
    const LoraModel lora = randomAdapter(*model);
    GenerationSettings settings;
    settings.maxNewTokens = 12;
    const std::vector<std::vector<int64_t>> prompts = {tokenizer->encode("User: How do I charge it?\nAssistant:"),
                                                       tokenizer->encode("User: What colour is the ring light?\nAssistant:")};
    std::atomic<bool> stop{false};
    // Rows: p0 base, p0 tuned, p1 tuned, p1 base; one batch.
    const GenerationResult mixed = generateWithAdapterRows(*model, tokenizer.get(), {prompts[0], prompts[0], prompts[1], prompts[1]},
                                                           {false, true, true, false}, settings, nullptr, stop);
    ASSERT_EQ(mixed.rows.size(), 4u);
    const auto alone = [&](const std::vector<int64_t>& prompt, bool tuned) {
        return generateWithAdapterRows(*model, tokenizer.get(), {prompt}, {tuned}, settings, nullptr, stop).rows[0].newIds;
    };
    EXPECT_EQ(mixed.rows[0].newIds, alone(prompts[0], false));
    EXPECT_EQ(mixed.rows[1].newIds, alone(prompts[0], true));
    EXPECT_EQ(mixed.rows[2].newIds, alone(prompts[1], true));
    EXPECT_EQ(mixed.rows[3].newIds, alone(prompts[1], false));
    // The adapter makes a difference (else the rows above would prove nothing about the mask).
    EXPECT_TRUE(mixed.rows[0].newIds != mixed.rows[1].newIds || mixed.rows[2].newIds != mixed.rows[3].newIds);
    // Base rows are the model without the adapter.
    model->setAdapterEnabled(false);
    const auto plain = generate(*model, tokenizer.get(), {prompts[0]}, settings, nullptr, stop).rows[0].newIds;
    model->setAdapterEnabled(true);
    EXPECT_EQ(mixed.rows[0].newIds, plain);
    EXPECT_THROW(generateWithAdapterRows(*model, tokenizer.get(), prompts, {true}, settings, nullptr, stop), ConfigError);
}

TEST(StrategyCheckBatch, ATunedRowWithoutAnAdapterIsRefused)
{
    FalconModel model = loadFalconModel(demoModel());
    const auto tokenizer = Tokenizer::load(demoModel());
    std::atomic<bool> stop{false};
    GenerationSettings settings;
    settings.maxNewTokens = 2;
    EXPECT_THROW(generateWithAdapterRows(*model, tokenizer.get(), {tokenizer->encode("Hi")}, {true}, settings, nullptr, stop),
                 ConfigError);
    EXPECT_EQ(generateWithAdapterRows(*model, tokenizer.get(), {tokenizer->encode("Hi")}, {false}, settings, nullptr, stop)
                  .rows.size(),
              1u);
}

TEST(StrategyCheckDemo, FourArmsOnTheAerieQuestions)
{
    DemoSetup demo = demoSetup();
    const LoraModel lora = randomAdapter(*demo.model);
    const StrategyCheckOptions options = demoOptions(*demo.model);
    std::atomic<bool> stop{false};
    size_t calls = 0;
    size_t lastDone = 0;
    const StrategyCheckResult result = runStrategyCheck(
        *demo.model, *demo.tokenizer, demo.store.get(), demo.questions, options,
        [&](const StrategyCheckProgress& p) {
            ++calls;
            EXPECT_GE(p.done, lastDone);
            EXPECT_EQ(p.total, demo.questions.size() * 4);
            lastDone = p.done;
            return true;
        },
        stop);
    std::cout << strategyCheckJson(result, demo.questions)["arms"].dump() << " fact_retrieved " << result.factRetrieved
              << " in " << result.seconds << " s\n";
    EXPECT_FALSE(result.cancelled);
    EXPECT_EQ(lastDone, demo.questions.size() * 4);
    EXPECT_GT(calls, 1u);
    ASSERT_EQ(result.answers.size(), demo.questions.size() * 4);
    ASSERT_EQ(result.tallies.size(), 4u);
    for (size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(result.tallies[i].arm, options.arms[i]);
        EXPECT_EQ(result.tallies[i].answered, demo.questions.size());
    }
    // The demo model's context (512) leaves room for passages; retrieval gives it the fact for
    // nearly every question (recall@3 is 1.00 on these questions).
    EXPECT_GE(result.factRetrieved, demo.questions.size() - 4);
    for (size_t i = 0; i < result.answers.size(); ++i) {
        const CheckAnswer& a = result.answers[i];
        EXPECT_EQ(a.question, i / 4) << "answers come back in question order";
        EXPECT_EQ(a.containsFact, answerContainsFact(a.answer, demo.questions[a.question].fact));
        if (armUsesKnowledge(a.arm))
            EXPECT_GE(a.passages, 1u) << demo.questions[a.question].question;
        else
            EXPECT_EQ(a.passages, 0u);
    }
    // A row answered in the check is the answer it gets alone (batching changes nothing).
    const ChatPrompt q0 = renderChatPrompt(options.promptTemplate, options.mapping, {}, demo.questions[0].question);
    GenerationSettings greedy;
    greedy.maxNewTokens = options.maxNewTokens;
    greedy.stopStrings = q0.stopStrings;
    const auto alone = generateWithAdapterRows(*demo.model, demo.tokenizer.get(), {encodeChatPrompt(q0, *demo.tokenizer)},
                                               {true}, greedy, nullptr, stop);
    EXPECT_EQ(result.answers[2].arm, StrategyArm::Tuned);
    EXPECT_EQ(result.answers[2].answer, alone.rows[0].text);
}

TEST(StrategyCheckDemo, StopKeepsOnlyWholeAnswers)
{
    DemoSetup demo = demoSetup();
    StrategyCheckOptions options = demoOptions(*demo.model);
    options.arms = {StrategyArm::Base, StrategyArm::BaseKnowledge};
    options.batchSize = 4;
    std::atomic<bool> stop{false};
    const StrategyCheckResult result = runStrategyCheck(
        *demo.model, *demo.tokenizer, demo.store.get(), demo.questions, options,
        [](const StrategyCheckProgress& p) { return p.done < 6; }, stop);
    EXPECT_TRUE(result.cancelled);
    EXPECT_GE(result.answers.size(), 4u);   // the first batch of 4 finished
    EXPECT_LT(result.answers.size(), 12u);  // and no batch after the one that was stopped
    EXPECT_EQ(result.answers.size() % 4, 0u); // a stopped batch counts none of its answers
    size_t answered = 0;
    for (const ArmTally& t : result.tallies)
        answered += t.answered;
    EXPECT_EQ(answered, result.answers.size());

    // Knowledge arms need a knowledge base; tuned arms an adapter.
    EXPECT_THROW(runStrategyCheck(*demo.model, *demo.tokenizer, nullptr, demo.questions, options, {}, stop), ConfigError);
    options.arms = {StrategyArm::Tuned};
    EXPECT_THROW(runStrategyCheck(*demo.model, *demo.tokenizer, demo.store.get(), demo.questions, options, {}, stop),
                 ConfigError);
}

TEST(StrategyCheckCli, KbCheckPrintsTheTableAsJson)
{
    const auto dir = test::makeTempDir("strategy-cli");
    const auto kb = dir / "kb.sqlite";
    const auto quoted = [](const std::filesystem::path& p) { return "'" + p.string() + "'"; };
    const auto run = [](const std::string& command, int* exitCode) {
        std::string out;
        FILE* pipe = ::popen(command.c_str(), "r");
        std::array<char, 4096> buffer{};
        size_t n = 0;
        while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
            out.append(buffer.data(), n);
        const int status = ::pclose(pipe);
        *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return out;
    };
    const std::string cli = quoted(test::cliPath());
    int code = -1;
    const std::string add = run(cli + " kb add " + quoted(kb) + " " + quoted(test::demoKnowledgeDir() / "aerie_manual.md") +
                                    " --model " + quoted(demoModel()) + " 2>&1",
                                &code);
    ASSERT_EQ(code, 0) << add;
    const auto questions = test::writeFile(dir, "q.csv",
                                           "question,fact\n"
                                           "How long does it take to charge the battery from empty?,four hours\n"
                                           "What colour is the ring light while the feeder charges?,amber\n"
                                           "How much does the squirrel baffle cost?,24 euros\n");
    const std::string out = run(cli + " kb check --model " + quoted(demoModel()) + " " + quoted(kb) + " " +
                                    quoted(questions) + " --max-new-tokens 16 --json 2>/dev/null",
                                &code);
    ASSERT_EQ(code, 0) << out;
    const nlohmann::json json = nlohmann::json::parse(out);
    EXPECT_EQ(json["questions"], 3);
    ASSERT_EQ(json["arms"].size(), 2u); // no --adapter: base and base + KB
    EXPECT_EQ(json["arms"][0]["arm"], "base");
    EXPECT_EQ(json["arms"][1]["arm"], "base+kb");
    for (const auto& arm : json["arms"])
        EXPECT_EQ(arm["answered"], 3);
    EXPECT_EQ(json["answers"].size(), 6u);
    EXPECT_EQ(json["fact_retrieved"], 3); // each fact is in its section's passage

    const std::string usage = run(cli + " kb check --model " + quoted(demoModel()) + " " + quoted(kb) + " 2>&1", &code);
    EXPECT_EQ(code, 2) << usage;
}

} // namespace falconry
