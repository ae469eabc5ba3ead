// `falconry-cli tokenize` run as a child process, against the HF reference ids.
#include "test_paths.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <sys/wait.h>

namespace falconry {
namespace {

struct CliRun {
    int exitCode;
    std::string output; // stdout and stderr
};

CliRun runCli(const std::string& arguments)
{
    const std::string command = test::cliPath().string() + " tokenize " + arguments + " 2>&1";
    CliRun run{-1, {}};
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr)
        return run;
    char buffer[4096];
    while (std::fgets(buffer, sizeof(buffer), pipe) != nullptr)
        run.output += buffer;
    const int status = ::pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string falconDir() { return (test::referenceDir() / "falcon-tokenizer").string(); }

TEST(TokenizeCli, PrintsIdsOnOneLineAndAsJson)
{
    // Reference ids: vectors.out for " Hello, world!" and "333333333".
    EXPECT_EQ(runCli("--tokenizer " + falconDir() + " --text ' Hello, world!'").output, "23090 23 1079 12\n");
    const CliRun json = runCli("--tokenizer " + falconDir() + "/tokenizer.json --text 333333333 --json");
    EXPECT_EQ(json.exitCode, 0);
    EXPECT_EQ(json.output, "{\"ids\": [22287, 22287, 22287]}\n");

    const auto dir = test::makeTempDir("tokenize-cli");
    const auto file = dir / "text.txt";
    std::ofstream(file, std::ios::binary) << "ied 4 ½ months";
    EXPECT_EQ(runCli("--tokenizer " + falconDir() + " --text-file " + file.string()).output, "878 204 31 3068 133 2137\n");
    // A sentencepiece folder works too (the golden model's folder).
    const CliRun spm = runCli("--tokenizer " + (test::referenceDir() / "golden/falcon7b/model-fp32").string() + " --text Hello");
    EXPECT_EQ(spm.exitCode, 0);
    EXPECT_FALSE(spm.output.empty());
}

TEST(TokenizeCli, ErrorsExitNonZeroWithTheReason)
{
    const CliRun noText = runCli("--tokenizer " + falconDir());
    EXPECT_EQ(noText.exitCode, 2);
    EXPECT_NE(noText.output.find("--text"), std::string::npos) << noText.output;
    const CliRun badPath = runCli("--tokenizer /nonexistent/tok.json --text hi");
    EXPECT_EQ(badPath.exitCode, 1);
    EXPECT_NE(badPath.output.find("/nonexistent/tok.json"), std::string::npos) << badPath.output;
}

} // namespace
} // namespace falconry
