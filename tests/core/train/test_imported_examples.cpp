// Training data from any dataset the importer reads: detection, explicit column mapping,
// templates with exact masks, the plain-JSONL path, and errors that name the problem.
#include "core/tokenizer/tokenizer.h"
#include "core/train/imported_examples.h"
#include "core/train/train_config.h"
#include "core/train/train_data.h"
#include "core/util/errors.h"

#include "test_paths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

using namespace falconry;
namespace fs = std::filesystem;

namespace {

class ImportedExamples : public ::testing::Test {
protected:
    void SetUp() override
    {
        dir = fs::temp_directory_path() / ("falconry_imported_" + std::to_string(::getpid()) + "_" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir);
        // The real Falcon tokenizer: byte-level BPE, so decoding gives back the exact text.
        tokenizer = Tokenizer::load(test::referenceDir() / "falcon-tokenizer" / "tokenizer.json");
    }
    void TearDown() override { fs::remove_all(dir); }

    fs::path write(const std::string& name, const std::string& text)
    {
        std::ofstream(dir / name, std::ios::binary) << text;
        return dir / name;
    }

    /** The text of the trained tokens of `e` (EOS shown as <eos>). */
    std::string trainedText(const TrainExample& e) const
    {
        std::vector<int64_t> ids;
        std::string out;
        for (size_t i = 0; i < e.ids.size(); ++i)
            if (e.trained[i]) {
                if (e.ids[i] == tokenizer->eosId())
                    out += tokenizer->decode(ids) + "<eos>", ids.clear();
                else
                    ids.push_back(e.ids[i]);
            }
        return out + tokenizer->decode(ids);
    }

    std::string promptText(const TrainExample& e) const
    {
        std::vector<int64_t> ids;
        for (size_t i = 0; i < e.ids.size(); ++i)
            if (!e.trained[i])
                ids.push_back(e.ids[i]);
        return tokenizer->decode(ids);
    }

    fs::path dir;
    std::unique_ptr<Tokenizer> tokenizer;
};

TEST_F(ImportedExamples, CsvWithColumnsThatNeedMappingUsesTheGivenRoles)
{
    const fs::path csv = write("support.csv", "ticket_id,customer_message,agent_reply\n"
                                              "A-1,Where is my order?,It ships today.\n"
                                              "A-2,\"Can I return it, please?\",Yes within 30 days.\n");
    EXPECT_THROW(importTrainExamples(csv, "", "", *tokenizer), DatasetError); // no column name reads as a role
    const auto examples =
        importTrainExamples(csv, "falcon-instruct", "user=customer_message,assistant=agent_reply", *tokenizer);
    ASSERT_EQ(examples.size(), 2u);
    EXPECT_EQ(promptText(examples[0]), "User: Where is my order?\nAssistant:");
    EXPECT_EQ(trainedText(examples[0]), " It ships today.<eos>");
    EXPECT_EQ(promptText(examples[1]), "User: Can I return it, please?\nAssistant:");
    EXPECT_EQ(trainedText(examples[1]), " Yes within 30 days.<eos>");
}

TEST_F(ImportedExamples, AlpacaJsonIsDetectedAndRenderedWithItsTemplate)
{
    const fs::path json = write("alpaca.json", R"([{"instruction": "Add the numbers.", "input": "2 and 3", "output": "5"},
                                                   {"instruction": "Say hi.", "input": "", "output": "Hi!"}])");
    const auto examples = importTrainExamples(json, "", "", *tokenizer);
    ASSERT_EQ(examples.size(), 2u);
    EXPECT_NE(promptText(examples[0]).find("### Input:\n2 and 3"), std::string::npos);
    EXPECT_EQ(promptText(examples[1]).find("### Input:"), std::string::npos);
    EXPECT_EQ(trainedText(examples[0]), "5<eos>");
    EXPECT_EQ(trainedText(examples[1]), "Hi!<eos>");
}

TEST_F(ImportedExamples, ShareGptConversationsTrainEveryAssistantTurn)
{
    const fs::path jsonl = write("chat.jsonl", R"({"conversations": [{"from": "human", "value": "Hi"}, {"from": "gpt", "value": "Hello."}, {"from": "human", "value": "Bye"}, {"from": "gpt", "value": "Goodbye."}]})"
                                               "\n");
    const auto examples = importTrainExamples(jsonl, "falcon-instruct", "", *tokenizer);
    ASSERT_EQ(examples.size(), 1u);
    EXPECT_EQ(trainedText(examples[0]), " Hello.<eos> Goodbye.<eos>");
}

TEST_F(ImportedExamples, PlainJsonlKeepsItsOwnReadingUnlessATemplateIsGiven)
{
    const fs::path jsonl = write("pc.jsonl", "{\"prompt\": \"Q: 1+1?\\nA:\", \"completion\": \" 2\"}\n");
    TrainConfig c;
    c.dataFile = jsonl;
    const auto plain = loadTrainExamples(c, *tokenizer);
    const auto direct = loadJsonlExamples(jsonl, *tokenizer);
    ASSERT_EQ(plain.size(), 1u);
    EXPECT_EQ(plain[0].ids, direct[0].ids);
    EXPECT_EQ(plain[0].trained, direct[0].trained);
    c.templateName = "falcon-instruct";
    const auto templated = loadTrainExamples(c, *tokenizer);
    ASSERT_EQ(templated.size(), 1u);
    EXPECT_EQ(promptText(templated[0]), "User: Q: 1+1?\nA:\nAssistant:");
}

TEST_F(ImportedExamples, RowsWithoutAnAnswerAreSkippedAndBrokenFilesNamed)
{
    const fs::path csv = write("qa.csv", "question,answer\nWhy?,Because.\nHow?,\n");
    EXPECT_EQ(importTrainExamples(csv, "", "", *tokenizer).size(), 1u);
    const fs::path broken = write("broken.json", "[{\"question\": \"Why?\", ");
    try {
        importTrainExamples(broken, "", "", *tokenizer);
        FAIL() << "expected a DatasetError";
    } catch (const DatasetError& e) {
        EXPECT_NE(std::string(e.what()).find("broken.json"), std::string::npos) << e.what();
    }
    EXPECT_THROW(importTrainExamples(csv, "", "assistant=missing_column", *tokenizer), DatasetError);
    const fs::path unmappable = write("numbers.csv", "a,b\n1,2\n");
    try {
        importTrainExamples(unmappable, "", "", *tokenizer);
        FAIL() << "expected a DatasetError";
    } catch (const DatasetError& e) {
        EXPECT_NE(std::string(e.what()).find("--map"), std::string::npos) << e.what();
    }
}

} // namespace

TEST_F(ImportedExamples, TheRunHoldsOutTheRowsTheDataPageLintChecks)
{
    // One split: the trainer's eval examples are exactly the rows core/data's evalRowIds (which
    // the Data page's overlap lint uses) names, also when rows without an answer are skipped.
    std::string csv = "question,answer\n";
    for (int i = 0; i < 60; ++i)
        csv += "Question " + std::to_string(i) + "?," + (i % 7 == 3 ? std::string() : "Answer " + std::to_string(i)) + "\n";
    const fs::path file = write("qa.csv", csv);
    const SplitOptions split{0.2, 11};
    const auto examples = importTrainExamples(file, "falcon-instruct", "", *tokenizer);
    ASSERT_LT(examples.size(), 60u); // the empty answers were skipped
    const auto [train, eval] = splitTrainEval(examples, split);
    std::vector<uint64_t> trainerEval;
    for (const TrainExample& e : eval)
        trainerEval.push_back(e.rowId);
    // The lint's view: every row of the file, the skipped ones dropped from its eval list.
    Dataset rows;
    for (uint64_t id = 1; id <= 60; ++id)
        rows.rows.push_back(DatasetRow{id, {}});
    std::vector<uint64_t> lintEval;
    for (const uint64_t id : evalRowIds(rows, split))
        if ((id - 1) % 7 != 3)
            lintEval.push_back(id);
    EXPECT_EQ(trainerEval, lintEval);
    EXPECT_GE(eval.size(), 5u);
    EXPECT_EQ(train.size() + eval.size(), examples.size());
}

TEST_F(ImportedExamples, RunSettingsCutAndMaskAsTheDataPageShows)
{
    const fs::path file = write("qa.csv", "question,answer\nWhat is the capital of France?,Paris is the capital of France.\n");
    TrainConfig config;
    config.dataFile = file;
    config.templateName = "falcon-instruct";
    config.maxLength = 6;
    config.cutSide = "start";
    config.trainOn = "everything";
    const auto examples = loadTrainExamples(config, *tokenizer);
    ASSERT_EQ(examples.size(), 1u);
    const TrainExample& e = examples[0];
    EXPECT_EQ(e.ids.size(), 6u);
    EXPECT_EQ(e.ids.back(), tokenizer->eosId()); // cut at the start: the end of the answer stays
    EXPECT_TRUE(std::all_of(e.trained.begin(), e.trained.end(), [](uint8_t t) { return t == 1; }));
    config.cutSide = "end";
    config.trainOn = "answers";
    const TrainExample cutEnd = loadTrainExamples(config, *tokenizer)[0];
    EXPECT_EQ(cutEnd.ids.size(), 6u);
    EXPECT_EQ(promptText(cutEnd).substr(0, 5), "User:"); // cut at the end: the prompt's start stays
}
