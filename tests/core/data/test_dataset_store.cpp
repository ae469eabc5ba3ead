// Project copy, journal, crash safety (a real SIGKILL), compaction, export.
#include "core/data/dataset_export.h"
#include "core/data/dataset_store.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

namespace falconry {
namespace {

std::filesystem::path fixture(const std::string& name)
{
    return test::testDataDir() / "datasets" / name;
}

std::string cell(const DatasetStore& s, uint64_t id, const std::string& column)
{
    return s.dataset().cellText(s.dataset().rows[s.rowIndex(id)], s.dataset().columnIndex(column));
}

TEST(DatasetStore, ImportEditReopenSave)
{
    const auto dir = test::makeTempDir("store") / "project";
    const std::string sourceBefore = readWholeFile(fixture("spreadsheet_export.csv"));
    {
        DatasetStore s = DatasetStore::importFile(fixture("spreadsheet_export.csv"), dir);
        EXPECT_EQ(s.dataset().rows.size(), 3u);
        s.setCell(2, "output", "Bonjour !");
        const uint64_t id = s.insertRow(0, JsonValue{{"instruction", "New"}, {"output", "Row"}, {"note", "extra"}});
        EXPECT_EQ(id, 4u);
        s.deleteRow(1);
        EXPECT_EQ(s.replaceAll("French", "German"), 1u);
        EXPECT_EQ(s.replaceAll("zzz", "y"), 0u);
        EXPECT_EQ(s.journalEntries(), 4u);
        EXPECT_THROW(s.setCell(99, "output", "x"), DatasetError);
        EXPECT_THROW(s.replaceAll("", "x"), DatasetError);
    }
    EXPECT_EQ(readWholeFile(fixture("spreadsheet_export.csv")), sourceBefore); // source never written
    {
        DatasetStore s = DatasetStore::open(dir);
        const Dataset& d = s.dataset();
        ASSERT_EQ(d.rows.size(), 3u);
        EXPECT_EQ(d.rows[0].id, 4u);
        EXPECT_EQ(d.rows[1].id, 2u);
        EXPECT_EQ(d.rows[2].id, 3u);
        EXPECT_EQ(cell(s, 4, "note"), "extra");
        EXPECT_EQ(cell(s, 2, "output"), "Bonjour !");
        EXPECT_EQ(s.journalEntries(), 4u);
        EXPECT_EQ(d.nextId, 5u);
        s.save();
        EXPECT_EQ(s.journalEntries(), 0u);
        s.setCell(3, "input", "7, 8");
    }
    DatasetStore s = DatasetStore::open(dir);
    EXPECT_EQ(cell(s, 3, "input"), "7, 8");
    EXPECT_EQ(cell(s, 4, "instruction"), "New");
    EXPECT_EQ(s.journalEntries(), 1u);
    EXPECT_EQ(s.dataset().nextId, 5u); // ids are never reused after a delete
}

TEST(DatasetStore, TornLastJournalLineIsIgnoredAndStaleJournalSkipped)
{
    const auto dir = test::makeTempDir("store") / "project";
    {
        DatasetStore s = DatasetStore::importFile(fixture("semicolon.csv"), dir);
        s.setCell(1, "answer", "first");
        s.setCell(2, "answer", "second");
    }
    {
        std::ofstream j(dir / "journal.jsonl", std::ios::app | std::ios::binary);
        j << R"({"op":"set","id":1,"column":"answer","value":"tor)"; // a crash in the middle of a write
    }
    {
        DatasetStore s = DatasetStore::open(dir);
        EXPECT_EQ(s.ignoredJournalLines(), 1u);
        EXPECT_EQ(cell(s, 1, "answer"), "first");
        EXPECT_EQ(cell(s, 2, "answer"), "second");
        s.setCell(1, "answer", "third");
    }
    // A save that crashed after writing rows.jsonl but before the journal restarted:
    // the journal's generation is older than the rows', so its edits are not applied twice.
    {
        DatasetStore s = DatasetStore::open(dir);
        EXPECT_EQ(cell(s, 1, "answer"), "third");
        EXPECT_EQ(s.replaceAll("d", "dd"), 2u); // "third" and "second"
    }
    const std::string journal = readWholeFile(dir / "journal.jsonl");
    {
        DatasetStore s = DatasetStore::open(dir);
        s.save();
    }
    writeFileAtomically(dir / "journal.jsonl", journal); // the pre-save journal reappears
    DatasetStore s = DatasetStore::open(dir);
    EXPECT_EQ(cell(s, 1, "answer"), "thirdd");
    EXPECT_EQ(cell(s, 2, "answer"), "secondd");
}

TEST(DatasetStore, SigkillLosesNoAcknowledgedEdit)
{
    const auto dir = test::makeTempDir("store") / "project";
    { DatasetStore::importFile(fixture("semicolon.csv"), dir); }
    int pipeFds[2];
    ASSERT_EQ(::pipe(pipeFds), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // Child: edit forever; after each edit returns, acknowledge its number.
        ::close(pipeFds[0]);
        try {
            DatasetStore s = DatasetStore::open(dir);
            for (uint32_t i = 1;; ++i) {
                if (i % 3 == 0)
                    s.insertRow(0, JsonValue{{"question", "q" + std::to_string(i)}, {"answer", "a"}});
                else
                    s.setCell(1 + (i % 2), "answer", "edit " + std::to_string(i));
                if (::write(pipeFds[1], &i, sizeof i) != sizeof i)
                    ::_exit(3);
            }
        } catch (...) {
            ::_exit(2);
        }
    }
    ::close(pipeFds[1]);
    uint32_t acknowledged = 0, value = 0;
    while (acknowledged < 60 && ::read(pipeFds[0], &value, sizeof value) == sizeof value)
        acknowledged = value;
    ::kill(child, SIGKILL);
    // Acks written before the kill may still sit in the pipe.
    while (::read(pipeFds[0], &value, sizeof value) == sizeof value)
        acknowledged = value;
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(pipeFds[0]);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the child did not run until killed";
    ASSERT_GE(acknowledged, 60u);

    DatasetStore s = DatasetStore::open(dir);
    // Every acknowledged edit is present: all inserted rows up to `acknowledged`, and the last set of each row.
    size_t inserts = 0;
    for (uint32_t i = 3; i <= acknowledged; i += 3)
        ++inserts;
    EXPECT_GE(s.dataset().rows.size(), 2u + inserts);
    EXPECT_LE(s.dataset().rows.size(), 2u + inserts + 1); // at most one more edit landed unacknowledged
    for (uint32_t i = 3; i <= acknowledged; i += 3) {
        bool found = false;
        for (const auto& row : s.dataset().rows)
            found = found || s.dataset().cellText(row, 0) == "q" + std::to_string(i);
        EXPECT_TRUE(found) << "inserted row q" << i << " lost";
    }
    uint32_t lastSet[2] = {0, 0};
    for (uint32_t i = 1; i <= acknowledged; ++i)
        if (i % 3 != 0)
            lastSet[i % 2] = i;
    for (int r = 0; r < 2; ++r) {
        const std::string value = cell(s, static_cast<uint64_t>(1 + r), "answer");
        const uint32_t got = static_cast<uint32_t>(std::stoul(value.substr(5)));
        EXPECT_GE(got, lastSet[r]) << "row " << 1 + r << " lost acknowledged edit " << lastSet[r];
    }
}

TEST(DatasetExport, JsonlAndCsvRoundTrip)
{
    const auto dir = test::makeTempDir("export");
    const Dataset d = readDataset(fixture("spreadsheet_export.csv")).dataset;
    exportDataset(d, dir / "out.csv", ExportFormat::Csv);
    EXPECT_EQ(readWholeFile(dir / "out.csv"),
              "instruction,input,output\r\n"
              "\"Write a haiku, about rain\",,\"Soft rain on the roof\nwhispers to the sleeping town\nmorning smells of "
              "earth\"\r\n"
              "Translate to French,Good morning,\"\"\"Bonjour\"\", as people say\"\r\n"
              "\"Sum, then explain\",\"2, 3\",\"5\nbecause 2 + 3 = 5\"\r\n");
    const Dataset back = readDataset(dir / "out.csv").dataset;
    ASSERT_EQ(back.rows.size(), d.rows.size());
    for (size_t r = 0; r < d.rows.size(); ++r)
        EXPECT_EQ(back.rows[r].cells, d.rows[r].cells);

    const Dataset share = readDataset(fixture("sharegpt.json")).dataset;
    exportDataset(share, dir / "out.jsonl", ExportFormat::Jsonl);
    const Dataset again = readDataset(dir / "out.jsonl").dataset;
    ASSERT_EQ(again.rows.size(), 2u);
    EXPECT_EQ(again.rows[0].cells, share.rows[0].cells); // nested turns survive, key order too
    EXPECT_EQ(exportFormatFor("x.CSV"), ExportFormat::Csv);
    EXPECT_THROW(exportFormatFor("x.xlsx"), DatasetError);
}

} // namespace
} // namespace falconry
