// Recipes produce the asked count, near duplicates are dropped, cancel keeps finished rows and a
// journal resumes; the demo model generates locally in batches. Properties only, never sampled text.
#include "core/data/dataset_lint.h"
#include "core/datagen/document_passages.h"
#include "core/datagen/generation_run.h"
#include "core/datagen/openai_client.h"
#include "openai_test_server.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>

using namespace falconry;
using falconry::test::OpenAiTestServer;

namespace {

/** Replies from a function of the request; counts the requests and batches it saw. */
class FakeSource final : public ChatSource {
public:
    std::function<std::string(const ChatRequest&, size_t call)> reply;
    size_t batch = 2;
    size_t requests = 0;
    size_t calls = 0;
    std::vector<std::string> lastUser; // the last user message of every request, in order

    std::vector<std::string> complete(const std::vector<ChatRequest>& rs, const ChatStreamFn& onText,
                                      const std::atomic<bool>& stop) override
    {
        ++calls;
        std::vector<std::string> out;
        for (const ChatRequest& r : rs) {
            if (stop.load()) {
                out.emplace_back();
                continue;
            }
            lastUser.push_back(r.messages.back().content);
            out.push_back(reply(r, requests++));
            if (onText)
                onText(out.size() - 1, out.back());
        }
        return out;
    }
    size_t preferredBatch() const override { return batch; }
    std::string describe() const override { return "fake"; }
};

bool isQuestion(const ChatRequest& r)
{
    return r.messages.front().content.find("You write questions") != std::string::npos;
}

/** 32 hex digits that differ for every call in this process: questions far from each other. */
std::string uniqueWords()
{
    static std::atomic<uint64_t> counter{1};
    uint64_t x = counter++ * 0x9E3779B97F4A7C15ull;
    std::string out;
    for (int k = 0; k < 4; ++k) {
        x ^= x >> 29;
        x *= 0xBF58476D1CE4E5B9ull;
        char buffer[17];
        std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(x));
        out += std::string(buffer, 8) + " ";
    }
    return out;
}

/** Distinct questions and answers. */
FakeSource distinctSource()
{
    FakeSource s;
    s.reply = [](const ChatRequest& r, size_t) {
        return isQuestion(r) ? "Question " + uniqueWords() + "why?" : "An answer to " + r.messages.back().content;
    };
    return s;
}

Recipe topicsRecipe(size_t count)
{
    Recipe r;
    r.kind = RecipeKind::Topics;
    r.topics = {"rivers", "volcanoes", "glaciers"};
    r.instruction = "Write a question a child might ask about {topic}.";
    r.persona = "You are a geography teacher.";
    r.count = count;
    return r;
}

std::filesystem::path freshDir(const std::string& name)
{
    const auto dir = std::filesystem::temp_directory_path() / ("falconry_datagen_" + name + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace

TEST(Recipe, TopicsCountEqualToTopicsAsksEachTopicOnce)
{
    FakeSource source = distinctSource();
    const Recipe recipe = topicsRecipe(3);
    std::atomic<bool> stop{false};
    const GenerationOutcome out = runGeneration(recipe, source, {}, {}, {}, stop);
    ASSERT_EQ(out.rows.size(), 3u);
    std::multiset<std::string> topics;
    for (const GeneratedExample& e : out.rows) {
        topics.insert(e.topic);
        EXPECT_FALSE(e.prompt.empty());
        EXPECT_FALSE(e.completion.empty());
        const auto row = generatedRowJson(e, recipe);
        EXPECT_EQ(row["source"], "generated");
        EXPECT_EQ(row["recipe"], "topics");
        EXPECT_EQ(row["topic"], e.topic);
        EXPECT_TRUE(row.contains("prompt") && row.contains("completion"));
    }
    EXPECT_EQ(topics, (std::multiset<std::string>{"rivers", "volcanoes", "glaciers"}));
    // Two requests per row; the answer's request carries the generated question as its last user message.
    EXPECT_EQ(source.requests, 6u);
    for (const GeneratedExample& e : out.rows)
        EXPECT_NE(std::find(source.lastUser.begin(), source.lastUser.end(), e.prompt), source.lastUser.end());
    // The instruction was filled in for each topic.
    EXPECT_NE(std::find(source.lastUser.begin(), source.lastUser.end(), "Write a question a child might ask about volcanoes."),
              source.lastUser.end());
}

TEST(Recipe, LargerCountsCycleThroughTopicsWithNewVariants)
{
    FakeSource source = distinctSource();
    source.batch = 4;
    std::atomic<bool> stop{false};
    const GenerationOutcome out = runGeneration(topicsRecipe(8), source, {}, {}, {}, stop);
    EXPECT_EQ(out.rows.size(), 8u);
    EXPECT_EQ(out.dropped, 0u);
    EXPECT_FALSE(out.exhausted);
    EXPECT_EQ(taskAt(topicsRecipe(8), 4).variant, 2u);
    EXPECT_EQ(taskAt(topicsRecipe(8), 4).topic, "volcanoes");
}

TEST(Recipe, NearDuplicateQuestionsAreDroppedAndReplaced)
{
    // Every third question is the same text: those after the first are dropped, others fill the count.
    FakeSource source = distinctSource();
    source.reply = [](const ChatRequest& r, size_t n) {
        if (!isQuestion(r))
            return std::string("An answer.");
        if (n % 3 == 0)
            return std::string("What is the single most important fact about this topic, in your own view?");
        return "Question " + uniqueWords() + "about " + r.messages.back().content.substr(0, 20) + "?";
    };
    std::atomic<bool> stop{false};
    const GenerationOutcome out = runGeneration(topicsRecipe(6), source, {}, {}, {}, stop);
    EXPECT_EQ(out.rows.size(), 6u);
    EXPECT_GE(out.dropped, 1u);
    std::set<std::string> prompts;
    for (const GeneratedExample& e : out.rows)
        prompts.insert(normalizeForDedup(e.prompt));
    EXPECT_EQ(prompts.size(), out.rows.size());
}

TEST(Recipe, NearDuplicatesOfTheDatasetAreDropped)
{
    const std::string taken = "Why do rivers flow towards the sea instead of staying where they are?";
    FakeSource source = distinctSource();
    source.reply = [&](const ChatRequest& r, size_t n) {
        if (!isQuestion(r))
            return std::string("Because of gravity.");
        // A near copy of the dataset's question (one word changed), then distinct ones.
        return n == 0 ? std::string("Why do rivers flow towards the sea instead of staying where they are ?")
                      : "Fresh question " + uniqueWords();
    };
    GenerationOptions options;
    options.existingPrompts = {taken};
    std::atomic<bool> stop{false};
    const GenerationOutcome out = runGeneration(topicsRecipe(3), source, options, {}, {}, stop);
    EXPECT_EQ(out.rows.size(), 3u);
    EXPECT_EQ(out.dropped, 1u);
    for (const GeneratedExample& e : out.rows)
        EXPECT_LT(shingleJaccard(textShingles(normalizeForDedup(e.prompt)), textShingles(normalizeForDedup(taken))), 0.9);

    NearDuplicateIndex index(0.9);
    index.add(taken);
    EXPECT_TRUE(index.contains("why do RIVERS flow towards the sea instead of staying where they are?"));
    EXPECT_FALSE(index.contains("How do glaciers carve valleys into mountains over thousands of years?"));
}

TEST(Recipe, AlwaysTheSameQuestionGivesUpInsteadOfLooping)
{
    FakeSource source;
    source.reply = [](const ChatRequest& r, size_t) { return isQuestion(r) ? "Same?" : "Same."; };
    std::atomic<bool> stop{false};
    const GenerationOutcome out = runGeneration(topicsRecipe(5), source, {}, {}, {}, stop);
    EXPECT_EQ(out.rows.size(), 1u);
    EXPECT_TRUE(out.exhausted);
    EXPECT_LE(source.requests, 5u * 3u + 8u + 1u);
}

TEST(Recipe, MoreLikeTheseImitatesTheExamplesAndNeverCopiesThem)
{
    Recipe recipe;
    recipe.kind = RecipeKind::MoreLike;
    recipe.examples = {{"How do I reverse a list in Python?", "Use reversed() or slicing."},
                       {"How do I sort a dictionary by value in Python?", "Use sorted() with a key."},
                       {"How do I read a file line by line in Python?", "Iterate over the file object."}};
    recipe.count = 4;
    FakeSource source;
    source.reply = [&](const ChatRequest& r, size_t n) {
        if (!isQuestion(r))
            return std::string("Like this.");
        // The first reply copies an example: it must be dropped.
        return n == 0 ? recipe.examples[1].prompt : "How do I " + uniqueWords() + "in Python?";
    };
    GenerationOptions options;
    for (const SeedExample& e : recipe.examples)
        options.existingPrompts.push_back(e.prompt);
    std::atomic<bool> stop{false};
    const GenerationOutcome out = runGeneration(recipe, source, options, {}, {}, stop);
    EXPECT_EQ(out.rows.size(), 4u);
    EXPECT_EQ(out.dropped, 1u);
    for (const GeneratedExample& e : out.rows) {
        EXPECT_FALSE(e.seeds.empty());
        for (const SeedExample& s : recipe.examples)
            EXPECT_NE(e.prompt, s.prompt);
    }
    // The question request shows the examples.
    EXPECT_NE(source.lastUser.front().find(recipe.examples[0].prompt), std::string::npos);
}

TEST(Documents, PassagesAreCutAtParagraphsAndKeptAsProvenance)
{
    std::string text = "# Title\n\n";
    for (int p = 0; p < 6; ++p) {
        for (int s = 0; s < 8; ++s)
            text += "Paragraph " + std::to_string(p) + " sentence " + std::to_string(s) + " says something useful. ";
        text += "\n\n";
    }
    const std::vector<DocumentPassage> passages = cutPassages(text, "notes.md", 600);
    ASSERT_GE(passages.size(), 3u);
    for (size_t i = 0; i < passages.size(); ++i) {
        EXPECT_LE(passages[i].text.size(), 600u);
        EXPECT_GE(passages[i].text.size(), 40u);
        EXPECT_EQ(passages[i].index, i);
        EXPECT_EQ(passages[i].document, "notes.md");
    }
    // Every sentence is in some passage.
    for (int p = 0; p < 6; ++p) {
        const std::string needle = "Paragraph " + std::to_string(p) + " sentence 7";
        EXPECT_TRUE(std::any_of(passages.begin(), passages.end(),
                                [&](const DocumentPassage& x) { return x.text.find(needle) != std::string::npos; }));
    }

    const auto dir = freshDir("docs");
    std::ofstream(dir / "a.md") << text;
    std::ofstream(dir / "b.bin", std::ios::binary) << std::string("\x00\xff\x01", 3);
    std::ofstream(dir / "c.rst") << text; // not a knowledge-base format: cut as plain text
    Recipe recipe;
    recipe.kind = RecipeKind::Documents;
    recipe.passages = readDocumentPassages({(dir / "a.md").string()}, 600);
    recipe.count = 2;
    EXPECT_THROW(readDocumentPassages({(dir / "b.bin").string()}, 600), DatasetError);
    EXPECT_EQ(readDocumentPassages({(dir / "c.rst").string()}, 600).size(), passages.size());
    // Markdown through the knowledge base's reader: passages name their section.
    ASSERT_FALSE(recipe.passages.empty());
    EXPECT_NE(recipe.passages.front().document.find("a.md"), std::string::npos);
    for (const DocumentPassage& p : recipe.passages)
        EXPECT_EQ(p.text.find("# Title"), std::string::npos); // headings are not passage text
    EXPECT_THROW(readDocumentPassages({(dir / "missing.txt").string()}, 600), IoError);
    FakeSource source = distinctSource();
    std::atomic<bool> stop{false};
    const GenerationOutcome out = runGeneration(recipe, source, {}, {}, {}, stop);
    ASSERT_EQ(out.rows.size(), 2u);
    for (const GeneratedExample& e : out.rows) {
        EXPECT_FALSE(e.passage.empty());
        EXPECT_EQ(e.document.rfind((dir / "a.md").string(), 0), 0u);
        const auto row = generatedRowJson(e, recipe);
        EXPECT_EQ(row["recipe"], "documents");
        EXPECT_EQ(row["passage"], e.passage);
    }
    std::filesystem::remove_all(dir);
}

TEST(Journal, CancelKeepsFinishedRowsAndTheSameRecipeResumes)
{
    const auto dir = freshDir("resume");
    GenerationOptions options;
    options.journal = dir / "job.jsonl";
    const Recipe recipe = topicsRecipe(7);
    std::atomic<bool> stop{false};
    FakeSource first = distinctSource();
    first.batch = 1;
    const GenerationOutcome cancelled = runGeneration(
        recipe, first, options,
        [&](const GenerationProgress& p, const GeneratedExample* row) {
            if (row && p.done == 3)
                stop = true; // the user pressed Cancel after the third row
        },
        {}, stop);
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_EQ(cancelled.rows.size(), 3u);
    const auto state = readGenerationJournal(options.journal);
    ASSERT_TRUE(state.has_value());
    EXPECT_EQ(state->rows, 3u);
    EXPECT_EQ(state->target, 7u);

    stop = false;
    FakeSource second = distinctSource();
    std::vector<size_t> reportedDone;
    const GenerationOutcome resumed = runGeneration(
        recipe, second, options,
        [&](const GenerationProgress& p, const GeneratedExample*) { reportedDone.push_back(p.done); }, {}, stop);
    EXPECT_FALSE(resumed.cancelled);
    EXPECT_EQ(resumed.resumed, 3u);
    ASSERT_EQ(resumed.rows.size(), 7u);
    EXPECT_EQ(second.requests, 2u * 4u); // only the 4 missing rows were asked for
    for (size_t i = 0; i < 3; ++i)
        EXPECT_EQ(resumed.rows[i].prompt, cancelled.rows[i].prompt); // the finished rows are the same rows
    EXPECT_EQ(reportedDone.front(), 3u);
    std::set<size_t> tasks;
    for (const GeneratedExample& e : resumed.rows)
        tasks.insert(e.task);
    EXPECT_EQ(tasks.size(), 7u);

    // Another recipe with the same journal is refused rather than mixed in.
    EXPECT_THROW(runGeneration(topicsRecipe(9), second, options, {}, {}, stop), ConfigError);
    std::filesystem::remove_all(dir);
}

TEST(Journal, ATornLastLineIsIgnored)
{
    const auto dir = freshDir("torn");
    GenerationOptions options;
    options.journal = dir / "job.jsonl";
    const Recipe recipe = topicsRecipe(4);
    std::atomic<bool> stop{false};
    FakeSource first = distinctSource();
    first.batch = 1;
    runGeneration(recipe, first, options,
                  [&](const GenerationProgress& p, const GeneratedExample* row) { stop = row && p.done == 2; }, {}, stop);
    std::ofstream(options.journal, std::ios::app) << "{\"task\": 5, \"prompt\": \"cut sho";
    stop = false;
    FakeSource second = distinctSource();
    const GenerationOutcome out = runGeneration(recipe, second, options, {}, {}, stop);
    EXPECT_EQ(out.resumed, 2u);
    EXPECT_EQ(out.rows.size(), 4u);
    std::filesystem::remove_all(dir);
}

TEST(Recipe, BadRecipesSayWhatIsWrong)
{
    Recipe r = topicsRecipe(3);
    r.instruction = "Write a question.";
    EXPECT_THROW(r.validate(), ConfigError);
    r = topicsRecipe(3);
    r.topics.clear();
    EXPECT_THROW(r.validate(), ConfigError);
    EXPECT_THROW(recipeFromJson(nlohmann::json{{"recipe", "topics"}, {"topicz", {"a"}}}), ConfigError);
    EXPECT_THROW(recipeFromJson(nlohmann::json{{"recipe", "poems"}}), ConfigError);
    const Recipe back = recipeFromJson(recipeToJson(topicsRecipe(5)));
    EXPECT_EQ(recipeToJson(back), recipeToJson(topicsRecipe(5)));
}

TEST(Recipe, RunsAgainstAnOpenAiCompatibleServer)
{
    OpenAiTestServer server;
    server.setApiKey("sk-test");
    server.rateLimitNext(1, "1");
    server.dropNextStreams(1);
    EndpointSettings s;
    s.baseUrl = server.baseUrl();
    s.model = "test-model";
    s.apiKey = "sk-test";
    std::vector<std::string> notices;
    OpenAiChatSource source(s, [&](const std::string& n) { notices.push_back(n); });
    std::atomic<bool> stop{false};
    std::string streamed;
    const GenerationOutcome out = runGeneration(
        topicsRecipe(3), source, {}, {}, [&](size_t, bool, const std::string& piece) {
            streamed += piece;
            return true;
        },
        stop);
    ASSERT_EQ(out.rows.size(), 3u);
    EXPECT_FALSE(streamed.empty());
    EXPECT_EQ(server.chatRequests(), 6u + 2u); // the 429 and the dropped stream were each retried once
    EXPECT_FALSE(notices.empty());
    for (const auto& r : server.requests()) {
        if (r.path != "/v1/chat/completions")
            continue;
        EXPECT_EQ(r.authorization, "Bearer sk-test");
        EXPECT_EQ(r.body["model"], "test-model");
        EXPECT_EQ(r.body["messages"].back()["role"], "user");
    }
}

TEST(Documents, APdfIsReadThroughTheKnowledgeBaseReaders)
{
    const auto pdf = test::testDataDir().parent_path().parent_path() / "resources" / "demo-knowledge" / "aerie_manual.pdf";
    const std::vector<DocumentPassage> passages = readDocumentPassages({pdf.string()}, 1200);
    ASSERT_GE(passages.size(), 3u);
    for (const DocumentPassage& p : passages) {
        EXPECT_GE(p.text.size(), 40u);
        EXPECT_NE(p.document.find(", page "), std::string::npos) << p.document; // provenance down to the page
    }
    Recipe recipe;
    recipe.kind = RecipeKind::Documents;
    recipe.passages = passages;
    recipe.count = 2;
    FakeSource source = distinctSource();
    std::atomic<bool> stop{false};
    const GenerationOutcome out = runGeneration(recipe, source, {}, {}, {}, stop);
    ASSERT_EQ(out.rows.size(), 2u);
    // The question request shows the passage; the answer's system message grounds it in the passage.
    EXPECT_NE(source.lastUser.front().find(passages.front().text.substr(0, 30)), std::string::npos);
}
