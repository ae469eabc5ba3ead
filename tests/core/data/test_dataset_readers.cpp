// Readers against fixtures with real-world quirks; each checks the exact rows.
#include "core/data/csv_reader.h"
#include "core/data/dataset_reader.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <fstream>

namespace falconry {
namespace {

std::filesystem::path fixture(const std::string& name)
{
    return test::testDataDir() / "datasets" / name;
}

std::vector<std::vector<std::string>> table(const Dataset& d)
{
    std::vector<std::vector<std::string>> out;
    for (const auto& row : d.rows) {
        std::vector<std::string> cells;
        for (size_t c = 0; c < d.columns.size(); ++c)
            cells.push_back(d.cellText(row, static_cast<int>(c)));
        out.push_back(cells);
    }
    return out;
}

using Rows = std::vector<std::vector<std::string>>;
using Columns = std::vector<std::string>;

TEST(DatasetReader, SpreadsheetExportWithBomCrlfAndQuotedMultilineCells)
{
    const ReadResult r = readDataset(fixture("spreadsheet_export.csv"));
    EXPECT_EQ(r.report.format, SourceFormat::Csv);
    EXPECT_EQ(r.report.encoding, TextEncoding::Utf8Bom);
    EXPECT_EQ(r.report.delimiter, ',');
    EXPECT_EQ(r.dataset.columns, (Columns{"instruction", "input", "output"}));
    EXPECT_EQ(table(r.dataset),
              (Rows{{"Write a haiku, about rain", "",
                     "Soft rain on the roof\nwhispers to the sleeping town\nmorning smells of earth"},
                    {"Translate to French", "Good morning", "\"Bonjour\", as people say"},
                    {"Sum, then explain", "2, 3", "5\nbecause 2 + 3 = 5"}}));
    EXPECT_EQ(r.dataset.rows[0].id, 1u);
    EXPECT_EQ(r.dataset.rows[2].id, 3u);
    EXPECT_TRUE(r.report.ragged.empty());
}

TEST(DatasetReader, SemicolonCsvIsSniffed)
{
    const ReadResult r = readDataset(fixture("semicolon.csv"));
    EXPECT_EQ(r.report.delimiter, ';');
    EXPECT_EQ(r.dataset.columns, (Columns{"question", "answer"}));
    EXPECT_EQ(table(r.dataset), (Rows{{"Wie geht's?", "Gut; danke"}, {"2,5 + 1", "3,5"}}));
}

TEST(DatasetReader, MixedLineEndings)
{
    const ReadResult r = readDataset(fixture("mixed_endings.csv"));
    EXPECT_EQ(table(r.dataset), (Rows{{"hello", "world"}, {"foo", "bar"}, {"last", "line"}}));
}

TEST(DatasetReader, RaggedRowsAreKeptAndReported)
{
    const ReadResult r = readDataset(fixture("ragged.csv"));
    EXPECT_EQ(r.dataset.columns, (Columns{"question", "answer", "column_3"}));
    EXPECT_EQ(table(r.dataset), (Rows{{"q1", "a1", ""}, {"q2", "", ""}, {"q3", "a3", "extra"}}));
    ASSERT_EQ(r.report.ragged.size(), 2u);
    EXPECT_EQ(r.report.ragged[0].line, 3u);
    EXPECT_NE(r.report.ragged[0].message.find("expected 2 fields as in the header, found 1"), std::string::npos);
    EXPECT_EQ(r.report.ragged[1].line, 4u);
    EXPECT_NE(r.report.ragged[1].message.find("found 3"), std::string::npos);
}

TEST(DatasetReader, JsonlBadLineNamesLineAndColumn)
{
    try {
        readDataset(fixture("bad_line.jsonl"));
        FAIL() << "expected DatasetError";
    } catch (const DatasetError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("bad_line.jsonl:2:34: "), std::string::npos) << what;
        EXPECT_NE(what.find("unexpected '}'"), std::string::npos) << what;
    }
    ReadOptions options;
    options.skipBad = true;
    const ReadResult r = readDataset(fixture("bad_line.jsonl"), options);
    EXPECT_EQ(r.report.format, SourceFormat::Jsonl);
    EXPECT_EQ(table(r.dataset), (Rows{{"2+2?", " 4"}, {"1+1?", " 2"}}));
    ASSERT_EQ(r.report.skipped.size(), 1u);
    EXPECT_EQ(r.report.skipped[0].line, 2u);
    EXPECT_EQ(r.report.skipped[0].column, 34u);
    EXPECT_EQ(r.dataset.rows[1].id, 2u); // ids number kept rows
}

TEST(DatasetReader, NestedShareGptStaysStructured)
{
    const ReadResult r = readDataset(fixture("sharegpt.json"));
    EXPECT_EQ(r.report.format, SourceFormat::Json);
    EXPECT_EQ(r.dataset.columns, (Columns{"id", "conversations"}));
    ASSERT_EQ(r.dataset.rows.size(), 2u);
    const JsonValue& turns = r.dataset.rows[0].cells[1];
    ASSERT_TRUE(turns.is_array());
    ASSERT_EQ(turns.size(), 5u);
    EXPECT_EQ(turns[3]["from"], "human");
    EXPECT_EQ(turns[3]["value"], "Capital of France?");
    EXPECT_EQ(r.dataset.rows[1].cells[1][0]["value"], "Say \"yes\"");
    // Key order is kept (ordered JSON), so exports read like the source.
    EXPECT_EQ(turns[0].dump(), R"({"from":"system","value":"You are terse."})");
}

TEST(DatasetReader, OpenAiMessagesJsonl)
{
    const ReadResult r = readDataset(fixture("messages.jsonl"));
    EXPECT_EQ(r.report.format, SourceFormat::Jsonl);
    EXPECT_EQ(r.dataset.columns, (Columns{"messages"}));
    EXPECT_EQ(r.dataset.rows[0].cells[0][0]["role"], "system");
    EXPECT_EQ(r.dataset.rows[0].cells[0][2]["content"], "Merci");
}

TEST(DatasetReader, JsonObjectHoldingTheRowsArray)
{
    const ReadResult r = readDataset(fixture("alpaca_wrapped.json"));
    EXPECT_EQ(r.report.rowsKey, "data"); // "tags" is an array too, but not of objects
    EXPECT_EQ(r.dataset.columns, (Columns{"instruction", "input", "output"}));
    EXPECT_EQ(table(r.dataset), (Rows{{"Give a synonym.", "happy", "glad"}, {"Name a prime.", "", "7"}}));
}

TEST(DatasetReader, Utf16WithBomIsConverted)
{
    const ReadResult r = readDataset(fixture("utf16le.csv"));
    EXPECT_EQ(r.report.encoding, TextEncoding::Utf16Le);
    EXPECT_EQ(r.dataset.columns, (Columns{"prompt", "completion"}));
    EXPECT_EQ(table(r.dataset), (Rows{{"Caf\xC3\xA9?", "Oui \xE2\x98\x95"}, {"\xF0\x9D\x84\x9E clef", "music"}}));
    EXPECT_EQ(r.report.invalidTextCount, 0u);
}

TEST(DatasetReader, InvalidUtf8IsReportedByPosition)
{
    const ReadResult r = readDataset(fixture("invalid_utf8.csv"));
    ASSERT_EQ(r.report.invalidTextCount, 3u); // 0xFF, then the cut E2 82 is two invalid bytes
    EXPECT_EQ(r.report.invalidText[0].line, 3u);
    EXPECT_EQ(r.report.invalidText[0].column, 5u);
    EXPECT_NE(r.report.invalidText[0].message.find("0xFF"), std::string::npos);
    EXPECT_EQ(r.report.invalidText[1].line, 4u);
    EXPECT_EQ(r.report.invalidText[1].column, 5u);
    EXPECT_EQ(table(r.dataset),
              (Rows{{"fine line"}, {"bad \xEF\xBF\xBD byte here"}, {"and \xEF\xBF\xBD\xEF\xBF\xBD cut"}}));
}

TEST(DatasetReader, TextBlocks)
{
    const ReadResult r = readDataset(fixture("blocks.txt"));
    EXPECT_EQ(r.report.format, SourceFormat::Text);
    EXPECT_EQ(table(r.dataset), (Rows{{"First block\nstill first."}, {"Second block."}, {"Third"}}));
}

TEST(DatasetReader, TsvByExtension)
{
    const ReadResult r = readDataset(fixture("dolly.tsv"));
    EXPECT_EQ(r.report.format, SourceFormat::Tsv);
    EXPECT_EQ(table(r.dataset), (Rows{{"What is X?", "X is a letter.", "A letter.", "qa"}}));
}

TEST(DatasetReader, TinyChunksGiveTheSameRows)
{
    // Every chunk boundary (inside quotes, CRLF, multi-byte chars, UTF-16 pairs) must not matter.
    for (const char* name : {"spreadsheet_export.csv", "utf16le.csv", "sharegpt.json", "bad_line.jsonl",
                             "invalid_utf8.csv", "mixed_endings.csv", "blocks.txt"}) {
        ReadOptions whole;
        whole.skipBad = true;
        ReadOptions tiny = whole;
        for (size_t chunk : {1, 2, 3, 7}) {
            tiny.chunkBytes = chunk;
            const ReadResult a = readDataset(fixture(name), whole);
            const ReadResult b = readDataset(fixture(name), tiny);
            EXPECT_EQ(table(a.dataset), table(b.dataset)) << name << " chunk " << chunk;
            EXPECT_EQ(a.report.invalidTextCount, b.report.invalidTextCount) << name;
        }
    }
}

TEST(DatasetReader, UnclosedQuoteNamesWhereItOpened)
{
    ReadOptions options;
    options.format = SourceFormat::Csv;
    try {
        readDatasetFromBytes("a,b\n1,\"open\n2,3\n", options, "x.csv");
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_NE(std::string(e.what()).find("x.csv:2:3: the quoted field opened here is never closed: expected a "
                                             "closing '\"'"),
                  std::string::npos)
            << e.what();
    }
    try {
        readDatasetFromBytes("a,b\n\"x\"y,2\n", options, "x.csv");
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_NE(std::string(e.what()).find("x.csv:2:4: expected the delimiter ',' or the end of the line after the "
                                             "closing quote"),
                  std::string::npos)
            << e.what();
    }
    options.skipBad = true;
    const ReadResult r = readDatasetFromBytes("a,b\n\"x\"y,2\n3,4\n", options, "x.csv");
    EXPECT_EQ(table(r.dataset), (Rows{{"3", "4"}}));
    ASSERT_EQ(r.report.skipped.size(), 1u);
    EXPECT_EQ(r.report.skipped[0].line, 2u);
}

TEST(DatasetReader, JsonErrorsNameLineAndColumn)
{
    ReadOptions options;
    options.format = SourceFormat::Json;
    try {
        readDatasetFromBytes("[\n  {\"a\": 1},\n  {\"a\": tru}\n]", options, "x.json");
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_NE(std::string(e.what()).find("x.json:3:"), std::string::npos) << e.what();
    }
    try {
        readDatasetFromBytes("[{\"a\": 1}", options, "x.json");
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_NE(std::string(e.what()).find("the JSON ends early"), std::string::npos) << e.what();
    }
    try {
        readDatasetFromBytes("hello", options, "x.json");
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_NE(std::string(e.what()).find("x.json:1:1: expected '['"), std::string::npos) << e.what();
    }
}

TEST(DatasetReader, SniffPrefersConsistentDelimiter)
{
    EXPECT_EQ(sniffCsvDelimiter("a|b|c\n1|2|3\n4|5,5|6\n"), '|');
    EXPECT_EQ(sniffCsvDelimiter("a\tb\n1\t2\n"), '\t');
    EXPECT_EQ(sniffCsvDelimiter("a,b\n\"x;y\",2\n"), ',');
}

} // namespace
} // namespace falconry
