// Chunks are bounded in the real Falcon tokenizer's tokens, follow the structure and overlap.
#include "core/knowledge/chunker.h"
#include "core/knowledge/document.h"
#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/token_counter.h"
#include "core/tokenizer/tokenizer.h"
#include "knowledge_fixtures.h"

#include <gtest/gtest.h>

namespace falconry {
namespace {

class KnowledgeChunker : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_tokenizer = Tokenizer::load(test::falconTokenizerDir());
        m_counter = TokenCounter::forTokenizer(*m_tokenizer, "falcon");
    }
    std::unique_ptr<Tokenizer> m_tokenizer;
    std::unique_ptr<TokenCounter> m_counter;
};

TEST_F(KnowledgeChunker, EveryChunkFitsAndKeepsItsSection)
{
    const ExtractedDocument doc = readDocument(test::demoKnowledgeDir() / "aerie_manual.md");
    for (const size_t maxTokens : {24u, 40u, 200u}) {
        ChunkOptions options;
        options.maxTokens = maxTokens;
        options.overlapTokens = 8;
        const std::vector<Chunk> chunks = chunkDocument(doc, *m_counter, options);
        ASSERT_FALSE(chunks.empty());
        for (const Chunk& c : chunks) {
            EXPECT_LE(m_tokenizer->encode(c.text).size(), maxTokens) << c.text;
            EXPECT_EQ(c.tokens, m_tokenizer->encode(c.text).size());
            EXPECT_FALSE(c.headingPath.empty());
            EXPECT_GT(c.line, 0);
        }
        // Every fact of the manual is in some chunk of its own section.
        const auto hasFact = [&](const std::string& heading, const std::string& fact) {
            for (const Chunk& c : chunks)
                if (c.headingPath.back() == heading && c.text.find(fact) != std::string::npos)
                    return true;
            return false;
        };
        EXPECT_TRUE(hasFact("4. Charging the battery", "four hours")) << maxTokens;
        EXPECT_TRUE(hasFact("29. Privacy", "Frankfurt")) << maxTokens;
        if (maxTokens == 200u) {
            EXPECT_EQ(chunks.size(), 36u); // one per section and the introduction: sections are short
        } else {
            EXPECT_GT(chunks.size(), 36u);
        }
    }
}

TEST_F(KnowledgeChunker, LongSectionIsCutAtSentencesWithOverlap)
{
    ExtractedDocument doc;
    std::string paragraph;
    for (int i = 1; i <= 40; ++i)
        paragraph += "Fact number " + std::to_string(i) + " says the feeder has part " + std::to_string(i * 7) + ". ";
    paragraph.pop_back();
    doc.blocks.push_back({paragraph, {"Parts"}, 0, 3, false});
    doc.blocks.push_back({"A short closing paragraph.", {"Parts"}, 0, 9, false});
    doc.blocks.push_back({"Another section.", {"Other"}, 0, 12, false});
    ChunkOptions options;
    options.maxTokens = 60;
    options.overlapTokens = 10;
    const std::vector<Chunk> chunks = chunkDocument(doc, *m_counter, options);
    ASSERT_GE(chunks.size(), 4u);
    for (size_t i = 0; i < chunks.size(); ++i) {
        EXPECT_LE(m_tokenizer->encode(chunks[i].text).size(), 60u);
        if (i > 0 && chunks[i].headingPath == chunks[i - 1].headingPath && chunks[i].headingPath.front() == "Parts") {
            // The start of this chunk repeats the end of the previous one (from a word start).
            const std::string head = chunks[i].text.substr(0, 12);
            EXPECT_NE(chunks[i - 1].text.find(head), std::string::npos) << "no overlap: " << chunks[i].text;
        }
    }
    // Sections never share a chunk.
    EXPECT_EQ(chunks.back().text, "Another section.");
    EXPECT_EQ(chunks.back().headingPath, std::vector<std::string>{"Other"});
    // No fact is lost: every "Fact number N" is whole in some chunk.
    for (int i = 1; i <= 40; ++i) {
        const std::string fact = "Fact number " + std::to_string(i) + " says the feeder has part " + std::to_string(i * 7) + ".";
        bool found = false;
        for (const Chunk& c : chunks)
            found = found || c.text.find(fact) != std::string::npos;
        EXPECT_TRUE(found) << fact;
    }
}

TEST_F(KnowledgeChunker, RowsStayAloneAndHugeWordsAreCut)
{
    ExtractedDocument doc;
    doc.blocks.push_back({"row one", {}, 0, 2, true});
    doc.blocks.push_back({"row two", {}, 0, 3, true});
    doc.blocks.push_back({std::string(3000, 'x'), {}, 0, 4, true});
    ChunkOptions options;
    options.maxTokens = 32;
    const std::vector<Chunk> chunks = chunkDocument(doc, *m_counter, options);
    ASSERT_GE(chunks.size(), 3u);
    EXPECT_EQ(chunks[0].text, "row one");
    EXPECT_EQ(chunks[1].text, "row two");
    std::string rebuilt;
    for (size_t i = 2; i < chunks.size(); ++i) {
        EXPECT_LE(chunks[i].tokens, 32u);
        rebuilt += chunks[i].text;
    }
    EXPECT_EQ(rebuilt, std::string(3000, 'x'));
    options.maxTokens = 4;
    EXPECT_THROW(chunkDocument(doc, *m_counter, options), KnowledgeError);
}

TEST(KnowledgeTokenCounter, WordCounterCountsWordsAndPunctuation)
{
    const auto counter = TokenCounter::wordCounter();
    EXPECT_EQ(counter->count("Hello, world! 42 times."), 7u);
    EXPECT_EQ(counter->tokenEnds("ab cd").back(), 5u);
    EXPECT_EQ(counter->count(""), 0u);
}

} // namespace
} // namespace falconry
