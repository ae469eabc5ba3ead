// Files no dataset reader should accept or choke on: a CSV header that already holds the name of
// an extra column (once a hang), numbers too large for a double, binary files, empty files, a
// single JSON object, records without end (/dev/zero), and tokenizer files with 1e999 in them.
#include "core/data/dataset_reader.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/error_info.h"
#include "core/util/errors.h"

#include "test_paths.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <future>
#include <random>
#include <thread>

using namespace falconry;
namespace fs = std::filesystem;

namespace {

/** The DatasetError's message (and kind) reading `bytes`; fails the test when it reads without error. */
std::pair<std::string, std::string> refusal(std::string_view bytes, const std::string& name, ReadOptions options = {})
{
    try {
        readDatasetFromBytes(bytes, options, name);
    } catch (const DatasetError& e) {
        const auto* info = dynamic_cast<const ErrorInfo*>(&e);
        return {e.what(), info ? info->kind() : std::string()};
    }
    ADD_FAILURE() << name << " was read without an error";
    return {};
}

void writeFile(const fs::path& path, std::string_view bytes)
{
    std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace

TEST(HostileInputs, CsvHeaderHoldingTheNextColumnNameEndsAndKeepsEveryCell)
{
    // Used to loop forever: the ragged row's extra cell wanted "column_3", which the header already had.
    auto reading = std::async(std::launch::async, [] {
        return readDatasetFromBytes("customer_message,column_3\nhello,there,extra\nhi,you,more,and more\n", {}, "x.csv");
    });
    if (reading.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
        ADD_FAILURE() << "reading the CSV did not end within 20 s";
        std::_Exit(1); // the reader thread cannot be stopped
    }
    const ReadResult r = reading.get();
    EXPECT_EQ(r.dataset.columns, (std::vector<std::string>{"customer_message", "column_3", "column_3_2", "column_4"}));
    ASSERT_EQ(r.dataset.rows.size(), 2U);
    EXPECT_EQ(r.dataset.cellText(r.dataset.rows[0], 2), "extra");
    EXPECT_EQ(r.dataset.cellText(r.dataset.rows[1], 3), "and more");
}

TEST(HostileInputs, NumberTooLargeInAJsonlLineNamesLineAndColumn)
{
    const auto [message, kind] = refusal("{\"prompt\": \"a\", \"completion\": \"b\"}\n{\"prompt\": \"x\", \"completion\": 1e999}\n",
                                         "data.jsonl");
    EXPECT_NE(message.find("data.jsonl:2:"), std::string::npos) << message;
    EXPECT_NE(message.find("1e999"), std::string::npos) << message;
    EXPECT_EQ(message.find("json.exception"), std::string::npos) << message;
    ReadOptions skip;
    skip.skipBad = true;
    const ReadResult r = readDatasetFromBytes("{\"a\": 1e999}\n{\"a\": 2}\n", skip, "data.jsonl");
    EXPECT_EQ(r.dataset.rows.size(), 1U);
    ASSERT_EQ(r.report.skipped.size(), 1U);
    EXPECT_EQ(r.report.skipped[0].line, 1U);
}

TEST(HostileInputs, NumberTooLargeInAJsonArrayNamesLineAndColumn)
{
    const auto [message, kind] = refusal("[\n  {\"a\": 1},\n  {\"a\": 1e999}\n]\n", "data.json");
    EXPECT_NE(message.find("data.json:3:"), std::string::npos) << message;
    EXPECT_EQ(message.find("json.exception"), std::string::npos) << message;
}

TEST(HostileInputs, BinaryFilesAreRefusedAsNotText)
{
    // A program: this test's own executable, as a CSV and with no extension.
    std::ifstream self("/proc/self/exe", std::ios::binary);
    std::string elf(65536, '\0');
    self.read(elf.data(), static_cast<std::streamsize>(elf.size()));
    elf.resize(static_cast<size_t>(self.gcount()));
    for (const char* name : {"program.csv", "program", "program.jsonl", "program.txt"}) {
        const auto [message, kind] = refusal(elf, name);
        EXPECT_EQ(kind, "dataset.binary") << name << ": " << message;
        EXPECT_NE(message.find("not a text file"), std::string::npos) << message;
    }
    std::mt19937 rng(5);
    std::string noise(4096, '\0');
    for (char& c : noise)
        c = static_cast<char>(rng());
    EXPECT_EQ(refusal(noise, "noise.csv").second, "dataset.binary");
    // Text in other scripts and an invalid byte or two are still text.
    EXPECT_NO_THROW(readDatasetFromBytes("question,answer\n\xE4\xBD\xA0\xE5\xA5\xBD,\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82\ncaf\xE9,ok\n",
                                         {}, "mixed.csv"));
}

TEST(HostileInputs, DevZeroIsRefusedWithoutGrowingMemory)
{
    const auto start = std::chrono::steady_clock::now();
    for (const char* format : {"csv", "jsonl", "text"}) {
        ReadOptions options;
        options.format = parseSourceFormat(format);
        try {
            readDataset("/dev/zero", options);
            ADD_FAILURE() << "/dev/zero was read as " << format;
        } catch (const DatasetError& e) {
            const auto* info = dynamic_cast<const ErrorInfo*>(&e);
            ASSERT_NE(info, nullptr) << e.what();
            EXPECT_EQ(info->kind(), "dataset.binary") << e.what();
        }
    }
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::minutes(1));
}

TEST(HostileInputs, ARecordWithoutEndIsCutAtTheLimit)
{
    ReadOptions options;
    options.maxRecordBytes = 1 << 16;
    const std::string unclosed = "a,b\n\"" + std::string(200000, 'x') + "\n";
    const auto [message, kind] = refusal(unclosed, "open.csv", options);
    EXPECT_EQ(kind, "dataset.record_too_long") << message;
    EXPECT_NE(message.find("open.csv:2:"), std::string::npos) << message;
    const std::string longLine = "{\"a\": \"" + std::string(200000, 'y') + "\"}\n";
    EXPECT_EQ(refusal(longLine, "long.jsonl", options).second, "dataset.record_too_long");
    EXPECT_EQ(refusal("[" + longLine + "]", "long.json", options).second, "dataset.record_too_long");
}

TEST(HostileInputs, EmptyFilesSayTheFileIsEmpty)
{
    for (const char* name : {"empty.csv", "empty.jsonl", "empty.json", "empty.txt"}) {
        const auto [message, kind] = refusal("", name);
        EXPECT_EQ(kind, "dataset.empty") << name;
        EXPECT_NE(message.find("the file is empty"), std::string::npos) << message;
    }
    EXPECT_EQ(refusal("\n\r\n  \n", "blank.csv").second, "dataset.empty");
}

TEST(HostileInputs, ASingleJsonObjectIsOneExample)
{
    for (const char* text : {"{\"instruction\": \"Say hi\", \"output\": \"Hi!\"}",
                             "{\n  \"instruction\": \"Say hi\",\n  \"output\": \"Hi!\"\n}\n"}) {
        const ReadResult r = readDatasetFromBytes(text, {}, "one.json");
        EXPECT_EQ(r.dataset.columns, (std::vector<std::string>{"instruction", "output"})) << text;
        ASSERT_EQ(r.dataset.rows.size(), 1U) << text;
        EXPECT_EQ(r.dataset.cellText(r.dataset.rows[0], 1), "Hi!");
    }
    // An object holding the rows array still reads the rows.
    const ReadResult wrapped = readDatasetFromBytes("{\"data\": [{\"q\": 1}, {\"q\": 2}], \"version\": 3}", {}, "w.json");
    EXPECT_EQ(wrapped.dataset.rows.size(), 2U);
}

TEST(HostileInputs, TokenizerFilesWithHugeNumbersNameFileLineAndColumn)
{
    const fs::path dir = test::makeTempDir("hostile_tokenizer");
    const fs::path reference = test::referenceDir() / "falcon-tokenizer";
    for (const char* file : {"tokenizer.json", "tokenizer_config.json"}) {
        const fs::path model = dir / file;
        fs::create_directories(model);
        for (const auto& entry : fs::directory_iterator(reference))
            if (entry.is_regular_file())
                fs::copy_file(entry.path(), model / entry.path().filename());
        writeFile(model / file, std::string("{\n  \"version\": \"1.0\",\n  \"model_max_length\": 1e999\n}\n"));
        try {
            Tokenizer::load(model);
            ADD_FAILURE() << file << " with 1e999 loaded";
        } catch (const TokenizerError& e) {
            const std::string what = e.what();
            EXPECT_NE(what.find(std::string(file) + ":3:"), std::string::npos) << what;
            EXPECT_EQ(what.find("json.exception"), std::string::npos) << what;
        }
    }
}
