// Generation with the bundled demo model: a batch of requests is one generate() call; recipes
// produce the asked count. The demo model writes English-looking text, so only properties are checked.
#include "core/datagen/generation_run.h"
#include "core/datagen/local_chat_source.h"
#include "core/io/falcon_loader.h"
#include "core/model/falcon_model.h"
#include "core/tokenizer/tokenizer.h"
#include "test_paths.h"

#include <gtest/gtest.h>

using namespace falconry;

namespace {

std::filesystem::path demoModel()
{
    return test::testDataDir().parent_path().parent_path() / "resources" / "demo-model";
}

} // namespace

TEST(LocalChatSource, ABatchOfRequestsGivesOneReplyEachAndStreamsEveryRow)
{
    FalconModel model = loadFalconModel(demoModel());
    const auto tokenizer = Tokenizer::load(demoModel());
    LocalChatSource source(*model, *tokenizer, PromptTemplate::fromName("falcon-instruct"), "demo-model", 3);
    EXPECT_EQ(source.preferredBatch(), 3u);
    std::vector<ChatRequest> requests(3);
    for (size_t i = 0; i < requests.size(); ++i) {
        requests[i].messages = {{"system", "You are terse."}, {"user", "Tell me about topic " + std::to_string(i)}};
        requests[i].maxTokens = 12;
        requests[i].seed = i;
    }
    std::vector<size_t> streamedRows(3, 0);
    std::atomic<bool> stop{false};
    const std::vector<std::string> replies = source.complete(requests, [&](size_t row, const std::string&) {
        ++streamedRows.at(row);
        return true;
    }, stop);
    ASSERT_EQ(replies.size(), 3u);
    for (size_t i = 0; i < 3; ++i)
        EXPECT_GT(streamedRows[i] + (replies[i].empty() ? 1 : 0), 0u) << "row " << i;
    // A reply never runs into the template's next turn.
    for (const std::string& r : replies)
        EXPECT_EQ(r.find("\nUser:"), std::string::npos);
    // Same seeds, same replies (the batch is deterministic on one machine).
    EXPECT_EQ(source.complete(requests, {}, stop), replies);
}

TEST(LocalChatSource, TopicsRecipeProducesTheAskedCount)
{
    FalconModel model = loadFalconModel(demoModel());
    const auto tokenizer = Tokenizer::load(demoModel());
    LocalChatSource source(*model, *tokenizer, PromptTemplate::fromName("falcon-instruct"), "demo-model", 4);
    Recipe recipe;
    recipe.topics = {"python lists", "file objects", "the standard library"};
    recipe.instruction = "Ask a question about {topic}.";
    recipe.count = 3;
    recipe.maxTokens = 16;
    std::atomic<bool> stop{false};
    size_t reports = 0;
    const GenerationOutcome out = runGeneration(
        recipe, source, {}, [&](const GenerationProgress& p, const GeneratedExample* row) {
            if (row)
                ++reports;
            EXPECT_EQ(p.total, 3u);
            EXPECT_LE(p.done, 3u);
        },
        {}, stop);
    EXPECT_EQ(out.rows.size(), 3u);
    EXPECT_EQ(reports, 3u);
    for (const GeneratedExample& e : out.rows) {
        EXPECT_FALSE(e.prompt.empty());
        EXPECT_FALSE(e.completion.empty());
        EXPECT_NE(std::find(recipe.topics.begin(), recipe.topics.end(), e.topic), recipe.topics.end());
    }
}
