// The SQLite FTS5 store: ranking, snippets, re-import by content hash, remove, rollback of a
// cancelled import and of a process killed (SIGKILL) in the middle of one.
#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/knowledge_import.h"
#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/token_counter.h"
#include "knowledge_fixtures.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

namespace falconry {
namespace {

ImportReport importAll(KnowledgeStore& store, const std::vector<std::filesystem::path>& inputs, size_t maxTokens = 120)
{
    const auto counter = TokenCounter::wordCounter();
    ChunkOptions chunking;
    chunking.maxTokens = maxTokens;
    std::atomic<bool> stop{false};
    return importDocuments(store, inputs, *counter, chunking, {}, {}, stop);
}

TEST(KnowledgeStore, Bm25RanksTheSectionWithTheRareWordsFirst)
{
    const auto dir = test::makeTempDir("kb-rank");
    KnowledgeStore store(dir / "kb.sqlite");
    const ImportReport report = importAll(store, {test::demoKnowledgeDir() / "aerie_manual.md"});
    ASSERT_EQ(report.files.size(), 1u);
    ASSERT_EQ(report.files[0].status, ImportedFile::Status::Added) << report.files[0].error;
    const auto hits = store.search("What wavelength is the infrared light?", 5);
    ASSERT_FALSE(hits.empty());
    EXPECT_NE(hits[0].heading.find("18. Night mode"), std::string::npos) << hits[0].heading;
    EXPECT_NE(hits[0].text.find("940 nanometres"), std::string::npos);
    for (size_t i = 1; i < hits.size(); ++i)
        EXPECT_GE(hits[i - 1].score, hits[i].score);
    EXPECT_GT(hits[0].score, 0.0);
    // The snippet marks the matched words.
    EXPECT_NE(hits[0].snippet.find(std::string(1, KnowledgeStore::kMatchBegin) + "wavelength" +
                                   std::string(1, KnowledgeStore::kMatchEnd)),
              std::string::npos)
        << hits[0].snippet;
    // Porter stemming: "charges" finds "charge"/"charging".
    const auto stemmed = store.search("charges", 3);
    ASSERT_FALSE(stemmed.empty());
    EXPECT_NE(stemmed[0].heading.find("Charging"), std::string::npos) << stemmed[0].heading;
    // Only stop words, or words the manual does not hold: nothing, and no FTS syntax error.
    EXPECT_TRUE(store.search("what is the", 5).empty());
    EXPECT_TRUE(store.search("zebra\" OR NEAR(", 5).empty());
    EXPECT_EQ(KnowledgeStore::ftsQuery("How LONG does the battery last?"), "\"battery\" OR \"last\"");
}

TEST(KnowledgeStore, ReimportReplacesOnlyThatFileAndUnchangedIsSkipped)
{
    const auto dir = test::makeTempDir("kb-reimport");
    const auto a = test::writeFile(dir, "a.md", "# A\n\nThe anchor colour is teal.\n\nSecond paragraph of a.\n");
    const auto b = test::writeFile(dir, "b.md", "# B\n\nThe bolt size is M4.\n");
    KnowledgeStore store(dir / "kb.sqlite");
    importAll(store, {a, b}, 16);
    const int64_t before = store.passageCount();
    const auto bBefore = store.document(b.string());
    ASSERT_TRUE(bBefore);

    const ImportReport same = importAll(store, {a, b}, 16);
    EXPECT_EQ(same.files[0].status, ImportedFile::Status::Unchanged);
    EXPECT_EQ(same.files[1].status, ImportedFile::Status::Unchanged);
    EXPECT_EQ(store.passageCount(), before);

    test::writeFile(dir, "a.md", "# A\n\nThe anchor colour is now crimson.\n");
    const ImportReport changed = importAll(store, {a}, 16);
    EXPECT_EQ(changed.files[0].status, ImportedFile::Status::Replaced);
    EXPECT_TRUE(store.search("teal", 5).empty());
    ASSERT_EQ(store.search("crimson", 5).size(), 1u);
    // b is untouched: same passages, same hash.
    EXPECT_EQ(store.search("bolt", 5).size(), 1u);
    EXPECT_EQ(store.document(b.string())->contentHash, bBefore->contentHash);
    EXPECT_EQ(store.document(a.string())->passages, 1);

    EXPECT_TRUE(store.removeDocument(a.string()));
    EXPECT_FALSE(store.removeDocument(a.string()));
    EXPECT_TRUE(store.search("crimson", 5).empty());
    EXPECT_EQ(store.documents().size(), 1u);
    EXPECT_EQ(store.passageCount(), store.document(b.string())->passages);
}

TEST(KnowledgeStore, FailedFileIsReportedAndOthersGoIn)
{
    const auto dir = test::makeTempDir("kb-failed");
    const auto good = test::writeFile(dir, "good.txt", "Good text here.");
    const auto empty = test::writeFile(dir, "empty.txt", "");
    KnowledgeStore store(dir / "kb.sqlite");
    const ImportReport report = importAll(store, {empty, good});
    ASSERT_EQ(report.files.size(), 2u);
    EXPECT_EQ(report.files[0].status, ImportedFile::Status::Failed);
    EXPECT_NE(report.files[0].error.find("the file is empty"), std::string::npos);
    EXPECT_EQ(report.files[1].status, ImportedFile::Status::Added);
    EXPECT_EQ(report.failures(), 1u);
    EXPECT_EQ(store.documents().size(), 1u);
}

TEST(KnowledgeStore, CancelMidFileRollsItBack)
{
    const auto dir = test::makeTempDir("kb-cancel");
    KnowledgeStore store(dir / "kb.sqlite");
    const auto old = test::writeFile(dir, "old.md", "# Old\n\nOld content stays.\n");
    importAll(store, {old});
    std::string big;
    for (int i = 0; i < 600; ++i)
        big += "Paragraph " + std::to_string(i) + " about feeders.\n\n";
    const auto bigFile = test::writeFile(dir, "big.md", big);
    const auto counter = TokenCounter::wordCounter();
    std::atomic<bool> stop{false};
    ChunkOptions small;
    small.maxTokens = 16; // three paragraphs a passage: 200 passages
    const ImportReport report = importDocuments(store, {bigFile}, *counter, small, {},
                                                [&](const ImportProgress& p) { return p.passagesDone < 128; }, stop);
    EXPECT_TRUE(report.cancelled);
    ASSERT_EQ(report.files.size(), 1u);
    EXPECT_EQ(report.files[0].status, ImportedFile::Status::Cancelled);
    EXPECT_FALSE(store.document(bigFile.string()));
    EXPECT_EQ(store.documents().size(), 1u);
    EXPECT_EQ(store.search("Old content", 5).size(), 1u);
}

TEST(KnowledgeStore, ProcessKilledMidImportLeavesTheOldContent)
{
    const auto dir = test::makeTempDir("kb-kill");
    const auto kb = dir / "kb.sqlite";
    const auto doc = test::writeFile(dir, "manual.md", "# Manual\n\nThe original fact is 1234.\n");
    {
        KnowledgeStore store(kb);
        importAll(store, {doc});
    }
    std::string replacement;
    for (int i = 0; i < 2000; ++i)
        replacement += "Replacement paragraph " + std::to_string(i) + " with new words zanzibar.\n\n";
    test::writeFile(dir, "manual.md", replacement);

    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // The child re-imports the changed file and stops half-way inside the transaction,
        // tells the parent, and waits to be killed.
        ::close(ready[0]);
        KnowledgeStore store(kb);
        const auto counter = TokenCounter::wordCounter();
        std::atomic<bool> stop{false};
        ChunkOptions small;
        small.maxTokens = 16; // one paragraph a passage: 2000 passages
        importDocuments(store, {doc}, *counter, small, {},
                        [&](const ImportProgress& p) {
                            if (p.passagesDone >= 1000) {
                                const char byte = 1;
                                (void)!::write(ready[1], &byte, 1);
                                for (;;)
                                    ::pause();
                            }
                            return true;
                        },
                        stop);
        ::_exit(3); // not reached
    }
    ::close(ready[1]);
    char byte = 0;
    ASSERT_EQ(::read(ready[0], &byte, 1), 1) << "the child never reached the middle of the import";
    ::close(ready[0]);
    ASSERT_EQ(::kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(WTERMSIG(status), SIGKILL);

    // The file opens, holds the old document whole and nothing of the new one.
    KnowledgeStore store(kb);
    ASSERT_EQ(store.documents().size(), 1u);
    EXPECT_EQ(store.search("original fact", 5).size(), 1u);
    EXPECT_TRUE(store.search("zanzibar", 5).empty());
    EXPECT_EQ(store.passageCount(), 1);
    // And the interrupted import can simply be run again.
    const ImportReport again = importAll(store, {doc});
    EXPECT_EQ(again.files[0].status, ImportedFile::Status::Replaced);
    EXPECT_FALSE(store.search("zanzibar", 5).empty());
}

TEST(KnowledgeStore, NotADatabaseAndMissingFileAreClearErrors)
{
    const auto dir = test::makeTempDir("kb-bad");
    const auto garbage = test::writeFile(dir, "kb.sqlite", std::string(4096, 'z'));
    try {
        KnowledgeStore store(garbage);
        FAIL() << "opened a file that is no database";
    } catch (const KnowledgeError& e) {
        EXPECT_NE(std::string(e.what()).find("not"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("kb.sqlite"), std::string::npos) << e.what();
    }
    EXPECT_THROW(KnowledgeStore(dir / "missing.sqlite", false), KnowledgeError);
    EXPECT_THROW(KnowledgeStore(dir, true), KnowledgeError);
    EXPECT_FALSE(std::filesystem::exists(dir / "missing.sqlite"));
}

} // namespace
} // namespace falconry
