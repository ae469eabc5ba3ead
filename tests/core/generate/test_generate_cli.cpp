// `falconry-cli generate` run as a child process: the golden greedy output, streaming text,
// reproducible sampling, and a clear error with a non-zero exit for each bad command line.
#include "core/io/safetensors_file.h"
#include "core/tokenizer/tokenizer.h"
#include "test_paths.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace falconry {
namespace {

struct CliRun {
    int exitCode = -1;
    std::string out; // stdout
    std::string all; // stdout + stderr
};

std::string quote(const std::string& s)
{
    std::string q = "'";
    for (const char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

CliRun runCli(const std::vector<std::string>& args, bool withStderr)
{
    std::string command = quote(test::cliPath().string()) + " generate";
    for (const auto& a : args)
        command += " " + quote(a);
    command += withStderr ? " 2>&1" : " 2>/dev/null";
    CliRun run;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return run;
    char buffer[4096];
    size_t n = 0;
    std::string text;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
        text.append(buffer, n);
    const int status = ::pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    (withStderr ? run.all : run.out) = text;
    return run;
}

std::string lastLine(const std::string& text)
{
    std::string t = text;
    while (!t.empty() && t.back() == '\n')
        t.pop_back();
    const size_t nl = t.rfind('\n');
    return nl == std::string::npos ? t : t.substr(nl + 1);
}

std::string idsLine(const torch::Tensor& t)
{
    const torch::Tensor r = t.contiguous().view(-1);
    std::string line;
    for (int64_t i = 0; i < r.numel(); ++i)
        line += (i ? " " : "") + std::to_string(r[i].item<int64_t>());
    return line;
}

std::string modelDir(const std::string& name)
{
    return (test::referenceDir() / "golden" / name / "model-fp32").string();
}

std::string goldenLine(const std::string& name, const std::string& key)
{
    return idsLine(SafetensorsFile(test::referenceDir() / "golden" / name / "reference.safetensors").tensor(key));
}

TEST(GenerateCli, GreedyIdsMatchTransformers)
{
    for (const std::string name : {"falcon7b", "falconrw"}) {
        const CliRun run = runCli({"--model", modelDir(name), "--prompt-ids", goldenLine(name, "greedy_prompt"),
                                "--max-new-tokens", "10", "--greedy", "--print-ids"},
                               false);
        ASSERT_EQ(run.exitCode, 0) << name;
        EXPECT_EQ(lastLine(run.out), goldenLine(name, "greedy_output")) << name;
    }
}

TEST(GenerateCli, TextPromptStreamsTheDecodedContinuation)
{
    const std::string dir = modelDir("falcon40b");
    const auto tokenizer = Tokenizer::load(dir);
    const std::string prompt = "Hello there";
    const CliRun run = runCli({"--model", dir, "--prompt", prompt, "--max-new-tokens", "6", "--print-ids"}, false);
    ASSERT_EQ(run.exitCode, 0);
    std::istringstream lastIds(lastLine(run.out));
    std::vector<int64_t> ids;
    for (int64_t id = 0; lastIds >> id;)
        ids.push_back(id);
    const std::vector<int64_t> promptIds = tokenizer->encode(prompt);
    ASSERT_GE(ids.size(), promptIds.size());
    EXPECT_EQ(std::vector<int64_t>(ids.begin(), ids.begin() + static_cast<long>(promptIds.size())), promptIds);
    std::string expected;
    for (size_t i = promptIds.size(); i < ids.size(); ++i) {
        if (ids[i] != tokenizer->eosId())
            expected += tokenizer->tokenBytes(ids[i]);
    }
    EXPECT_EQ(run.out.substr(0, expected.size()), expected);
}

TEST(GenerateCli, SeededSamplingIsReproducible)
{
    const std::vector<std::string> args = {"--model",       modelDir("falcon7b"), "--prompt-ids", "35 331 337",
                                           "--temperature", "0.9",                "--top-k",      "40",
                                           "--top-p",       "0.95",               "--seed",       "3",
                                           "--max-new-tokens", "12",              "--print-ids"};
    const CliRun a = runCli(args, false);
    const CliRun b = runCli(args, false);
    ASSERT_EQ(a.exitCode, 0);
    EXPECT_EQ(lastLine(a.out), lastLine(b.out));
    EXPECT_EQ(lastLine(a.out).rfind("35 331 337 ", 0), 0u);
}

TEST(GenerateCli, BadCommandLinesFailWithASpecificMessage)
{
    const std::string dir = modelDir("falcon7b");
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    const std::vector<Case> cases = {
        {{"--prompt-ids", "1 2"}, "--model"},
        {{"--model", dir}, "exactly one of --prompt"},
        {{"--model", dir, "--prompt", "a", "--prompt-ids", "1"}, "exactly one of --prompt"},
        {{"--model", dir, "--prompt-ids", "35 x 2"}, "item 2 is 'x'"},
        {{"--model", dir, "--prompt-ids", "1", "--greedy", "--temperature", "0.5"}, "--greedy cannot be combined"},
        {{"--model", dir, "--prompt-ids", "1", "--top-p", "1.5"}, "--top-p must be in (0, 1]"},
        {{"--model", dir, "--prompt-ids", "1", "--temperature", "0"}, "--temperature must be > 0"},
        {{"--model", dir, "--prompt-ids", "1", "--max-new-tokens", "ten"}, "expects an integer"},
        {{"--model", dir, "--prompt-ids", "1", "--dtype", "fp16"}, "--dtype must be fp32 or bf16"},
        {{"--model", dir, "--prompt-ids", "1", "--bogus"}, "unknown option --bogus"},
        {{"--model", dir, "--prompt-ids", "1 999"}, "outside the model's vocabulary"},
        {{"--model", "/nonexistent/falcon", "--prompt-ids", "1"}, "/nonexistent/falcon"},
        {{"--model", test::referenceDir().string(), "--prompt-ids", "1"}, "no config.json"},
        {{"--model", dir, "--prompt-ids", "1", "--adapter", "/nonexistent/adapter"}, "/nonexistent/adapter"},
    };
    for (const auto& c : cases) {
        const CliRun run = runCli(c.args, true);
        EXPECT_NE(run.exitCode, 0) << run.all;
        EXPECT_NE(run.all.find(c.message), std::string::npos) << "expected '" << c.message << "' in:\n" << run.all;
    }
}

} // namespace
} // namespace falconry
