// `falconry-cli dataset inspect|convert` run as a child process.
#include "core/util/atomic_file.h"
#include "test_paths.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace falconry {
namespace {

struct CliRun {
    int exitCode = -1;
    std::string out; // stdout and stderr together
};

CliRun cli(const std::string& args)
{
    const std::string command = test::cliPath().string() + " " + args + " 2>&1";
    CliRun run;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return run;
    std::array<char, 4096> buffer{};
    size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        run.out.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string fixture(const std::string& name)
{
    return (test::testDataDir() / "datasets" / name).string();
}

TEST(CliDataset, MalformedInputExitsWithPositionAndSkipBadGoesOn)
{
    const CliRun bad = cli("dataset inspect " + fixture("bad_line.jsonl"));
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.out.find("bad_line.jsonl:2:34: "), std::string::npos) << bad.out;
    const CliRun skip = cli("dataset inspect " + fixture("bad_line.jsonl") + " --skip-bad");
    EXPECT_EQ(skip.exitCode, 0) << skip.out;
    EXPECT_NE(skip.out.find("skipped " + fixture("bad_line.jsonl") + ":2:34:"), std::string::npos) << skip.out;
    EXPECT_NE(skip.out.find("format: prompt-completion"), std::string::npos) << skip.out;
    EXPECT_NE(skip.out.find("User: 2+2?\n    Assistant:[  4]<eos>"), std::string::npos) << skip.out;
    EXPECT_EQ(cli("dataset inspect " + fixture("sharegpt.json") + " --template vicuna").exitCode, 1);
    EXPECT_EQ(cli("dataset inspect").exitCode, 2);
    EXPECT_EQ(cli("dataset inspect " + fixture("sharegpt.json") + " --rows 3:1").exitCode, 2);
}

TEST(CliDataset, InspectJsonShowsDetectionMappingAndSegments)
{
    const CliRun run = cli("dataset inspect " + fixture("sharegpt.json") + " --template falcon-chat --rows 1:2 --json");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto j = nlohmann::json::parse(run.out);
    EXPECT_EQ(j["detection"]["kind"], "sharegpt");
    EXPECT_EQ(j["mapping"]["conversation"], "conversations");
    EXPECT_EQ(j["template"], "falcon-chat");
    ASSERT_EQ(j["rows"].size(), 2u);
    EXPECT_EQ(j["rows"][1]["text"], "User: Say \"yes\"\nFalcon: yes");
    const auto& seg = j["rows"][1]["segments"][1];
    EXPECT_EQ(seg["begin"], 23);
    EXPECT_EQ(seg["trained"], true);
    EXPECT_EQ(seg["eos_after"], true);
    EXPECT_EQ(j["stats"]["multi_turn_rows"], 1);
}

TEST(CliDataset, ConvertWritesRowsOrRenderedText)
{
    const auto dir = test::makeTempDir("cli-convert");
    const CliRun plain = cli("dataset convert " + fixture("semicolon.csv") + " --out " + (dir / "a.jsonl").string());
    ASSERT_EQ(plain.exitCode, 0) << plain.out;
    EXPECT_EQ(readWholeFile(dir / "a.jsonl"),
              "{\"question\":\"Wie geht's?\",\"answer\":\"Gut; danke\"}\n{\"question\":\"2,5 + 1\",\"answer\":\"3,5\"}\n");
    const CliRun rendered = cli("dataset convert " + fixture("semicolon.csv") + " --template guanaco --out " +
                             (dir / "b.csv").string());
    ASSERT_EQ(rendered.exitCode, 0) << rendered.out;
    EXPECT_EQ(readWholeFile(dir / "b.csv"),
              "text\r\n### Human: Wie geht's?### Assistant: Gut; danke\r\n\"### Human: 2,5 + 1### Assistant: 3,5\"\r\n");
    EXPECT_EQ(cli("dataset convert " + fixture("semicolon.csv") + " --out " + (dir / "c.xlsx").string()).exitCode, 1);
}

} // namespace
} // namespace falconry
