// Retrieval: score floor, duplicates, token budget, the cited prompt, and recall@3 / MRR
// on the Aerie manual's 42 questions (Markdown and PDF).
#include "core/data/csv_reader.h"
#include "core/knowledge/knowledge_import.h"
#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/retriever.h"
#include "core/knowledge/token_counter.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/atomic_file.h"
#include "knowledge_fixtures.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <iostream>

namespace falconry {
namespace {

struct Question {
    std::string question;
    std::string section;
    std::string fact;
};

std::vector<Question> manualQuestions()
{
    std::vector<Question> out;
    bool header = true;
    CsvParser parser(
        ',',
        [&](std::vector<std::string>& f, size_t) {
            if (!header && f.size() == 3)
                out.push_back({f[0], f[1], f[2]});
            header = false;
        },
        [](const SourceIssue&) {});
    parser.feed(readWholeFile(test::demoKnowledgeDir() / "aerie_questions.csv"));
    parser.finish();
    return out;
}

class KnowledgeRetriever : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_tokenizer = Tokenizer::load(test::falconTokenizerDir());
        m_counter = TokenCounter::forTokenizer(*m_tokenizer, "falcon");
    }
    std::unique_ptr<KnowledgeStore> manualStore(const std::string& file)
    {
        auto store = std::make_unique<KnowledgeStore>(test::makeTempDir("kb-retrieve") / "kb.sqlite");
        std::atomic<bool> stop{false};
        const ImportReport r = importDocuments(*store, {test::demoKnowledgeDir() / file}, *m_counter, {}, {}, {}, stop);
        EXPECT_EQ(r.failures(), 0u);
        return store;
    }
    std::unique_ptr<Tokenizer> m_tokenizer;
    std::unique_ptr<TokenCounter> m_counter;
};

TEST_F(KnowledgeRetriever, RecallAt3AndMrrOnTheManual)
{
    const std::vector<Question> questions = manualQuestions();
    ASSERT_GE(questions.size(), 40u);
    for (const std::string file : {"aerie_manual.md", "aerie_manual.pdf"}) {
        const auto store = manualStore(file);
        size_t hitsAt3 = 0;
        size_t factsAt3 = 0;
        double reciprocal = 0.0;
        RetrievalOptions options;
        options.k = 3;
        for (const Question& q : questions) {
            const Retrieval r = retrieve(*store, q.question, options, *m_counter);
            for (size_t i = 0; i < r.passages.size(); ++i)
                if (r.passages[i].heading.find(q.section) != std::string::npos) {
                    ++hitsAt3;
                    reciprocal += 1.0 / static_cast<double>(i + 1);
                    break;
                }
            for (const Passage& p : r.passages)
                if (p.text.find(q.fact) != std::string::npos) {
                    ++factsAt3;
                    break;
                }
        }
        const double recall = static_cast<double>(hitsAt3) / static_cast<double>(questions.size());
        const double mrr = reciprocal / static_cast<double>(questions.size());
        std::cout << "{\"file\": \"" << file << "\", \"questions\": " << questions.size() << ", \"recall_at_3\": " << recall
                  << ", \"mrr_at_3\": " << mrr << ", \"fact_in_top_3\": "
                  << static_cast<double>(factsAt3) / static_cast<double>(questions.size()) << "}\n";
        EXPECT_GE(recall, 0.9) << file;
        EXPECT_GE(factsAt3, hitsAt3 - 2) << file; // the section's passage holds the fact
    }
}

TEST_F(KnowledgeRetriever, FloorDuplicatesAndBudget)
{
    const auto dir = test::makeTempDir("kb-floor");
    KnowledgeStore store(dir / "kb.sqlite");
    const std::string twice = "The drain valve of the tank opens with a quarter turn to the left.";
    const auto a = test::writeFile(dir, "a.txt", twice + "\n");
    const auto b = test::writeFile(dir, "b.txt", twice + "\n");
    std::string filler;
    for (int i = 0; i < 30; ++i)
        filler += "Log " + std::to_string(i) + " names valve v" + std::to_string(i) + "x with code c" +
                  std::to_string(i * 7) + "y and owner o" + std::to_string(i * 3) + "z. ";
    const auto c = test::writeFile(dir, "c.txt", filler + "\n");
    std::atomic<bool> stop{false};
    ChunkOptions chunking;
    chunking.maxTokens = 40;
    importDocuments(store, {a, b, c}, *m_counter, chunking, {}, {}, stop);

    RetrievalOptions options;
    options.k = 10;
    options.relativeFloor = 0.0;
    options.duplicateOverlap = 0.8;
    const Retrieval all = retrieve(store, "drain valve quarter turn", options, *m_counter);
    ASSERT_FALSE(all.passages.empty());
    EXPECT_EQ(all.passages[0].text, twice);
    EXPECT_EQ(all.duplicates, 1u); // the same sentence in b.txt
    size_t withTwice = 0;
    for (const Passage& p : all.passages)
        withTwice += p.text == twice;
    EXPECT_EQ(withTwice, 1u);

    options.relativeFloor = 0.5;
    const Retrieval floored = retrieve(store, "drain valve quarter turn", options, *m_counter);
    EXPECT_GT(floored.belowFloor, 0u);
    for (const Passage& p : floored.passages)
        EXPECT_GE(p.score, 0.5 * floored.passages.front().score);

    // Budget: the numbered block fits; one passage's worth of budget keeps exactly one.
    options.relativeFloor = 0.0;
    options.tokenBudget = m_counter->count(passagesBlock({all.passages[0]})) + 2;
    const Retrieval tight = retrieve(store, "drain valve quarter turn", options, *m_counter);
    ASSERT_EQ(tight.passages.size(), 1u);
    EXPECT_LE(tight.tokens, options.tokenBudget);
    EXPECT_EQ(tight.tokens, m_counter->count(passagesBlock(tight.passages)));
    EXPECT_GT(tight.overBudget, 0u);
    options.tokenBudget = 3;
    EXPECT_TRUE(retrieve(store, "drain valve quarter turn", options, *m_counter).passages.empty());

    EXPECT_EQ(passageBudget(2048, 100, 128), 2048u - 100u - 128u - 16u);
    EXPECT_EQ(passageBudget(256, 200, 128), 0u);
}

TEST(KnowledgeCitations, PromptNumbersPassagesAndAnswersCiteThem)
{
    Passage p1;
    p1.source = "manual.pdf";
    p1.heading = "Manual \u203a 4. Charging";
    p1.page = 2;
    p1.text = "Charging takes four hours.";
    Passage p2;
    p2.source = "faq.md";
    p2.line = 7;
    p2.text = "Use a 5 V charger.";
    const std::string message = citedQuestion("How long does charging take?", {p1, p2});
    EXPECT_NE(message.find("[1] (manual.pdf \u203a Manual \u203a 4. Charging, p. 2)\nCharging takes four hours."),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("[2] (faq.md, line 7)\nUse a 5 V charger."), std::string::npos) << message;
    EXPECT_NE(message.find("Cite the passages you use as [1]"), std::string::npos);
    const std::string last = "\n\nQuestion: How long does charging take?";
    EXPECT_EQ(message.substr(message.size() - last.size()), last);
    EXPECT_NE(citedQuestion("q", {}).find("No passage"), std::string::npos);
    // The frame is the cited message without its block: what the budget subtracts.
    const std::string frame = questionFrame("How long does charging take?");
    EXPECT_EQ(message.substr(0, message.find("[1]")), frame.substr(0, message.find("[1]")));
    EXPECT_EQ(frame.substr(frame.size() - last.size()), last);
    // Paths are cited by file name (prompt tokens go to the passages, not to folder names).
    p1.source = "/home/user/docs/manual.pdf";
    EXPECT_EQ(passageCitation(p1), "manual.pdf \u203a Manual \u203a 4. Charging, p. 2");
    EXPECT_EQ(citedNumbers("It takes four hours [1]. Use 5 V [2][1] and [7] or [x] [0].", 2), (std::vector<int>{1, 2}));
}

} // namespace
} // namespace falconry
