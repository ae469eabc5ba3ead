// `falconry-cli dataset generate` as a child process: against the loopback OpenAI-compatible
// server, with the demo model, and a job killed with SIGKILL that resumes.
#include "core/util/atomic_file.h"
#include "openai_test_server.h"
#include "test_paths.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace falconry {
namespace {

struct CliRun {
    int exitCode = -1;
    std::string out;
};

CliRun cli(const std::string& args, const std::string& env = {})
{
    const std::string command = env + " " + test::cliPath().string() + " " + args + " 2>&1";
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

std::vector<nlohmann::json> readJsonl(const std::filesystem::path& path)
{
    std::vector<nlohmann::json> rows;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty())
            rows.push_back(nlohmann::json::parse(line));
    return rows;
}

size_t journalRows(const std::filesystem::path& path)
{
    std::ifstream in(path);
    std::string line;
    size_t rows = 0;
    while (std::getline(in, line))
        rows += line.find("\"completion\"") != std::string::npos;
    return rows;
}

std::filesystem::path writeTopics(const std::filesystem::path& dir, size_t n)
{
    const std::vector<std::string> all = {"tides", "comets", "deserts", "coral reefs", "auroras", "earthquakes"};
    std::string text = "# one topic per line\n";
    for (size_t i = 0; i < n; ++i)
        text += all[i] + "\n";
    writeFileAtomically(dir / "topics.txt", text);
    return dir / "topics.txt";
}

} // namespace

TEST(CliDatasetGenerate, TopicsAgainstAnOpenAiCompatibleServerEachTopicOnce)
{
    test::OpenAiTestServer server;
    server.setApiKey("sk-cli");
    const auto dir = test::makeTempDir("gen_cli");
    const auto topics = writeTopics(dir, 4);
    const auto out = dir / "out.jsonl";
    const std::string args = "dataset generate --topics " + topics.string() +
                             " --instruction 'Ask a question about {topic}.' --persona 'You are a ship captain.'"
                             " --count 4 --out " + out.string() + " --endpoint " + server.baseUrl() +
                             " --api-model test-model";
    const CliRun run = cli(args, "OPENAI_API_KEY=sk-cli");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto rows = readJsonl(out);
    ASSERT_EQ(rows.size(), 4u);
    std::set<std::string> seen;
    for (const auto& row : rows) {
        for (const char* key : {"prompt", "completion", "source", "recipe", "topic"})
            EXPECT_TRUE(row.contains(key)) << key << " in " << row.dump();
        EXPECT_EQ(row["source"], "generated");
        EXPECT_EQ(row["recipe"], "topics");
        seen.insert(row["topic"].get<std::string>());
    }
    EXPECT_EQ(seen, (std::set<std::string>{"tides", "comets", "deserts", "coral reefs"}));
    EXPECT_FALSE(std::filesystem::exists(out.string() + ".journal")); // removed once OUT is written
    // The answer's request: the persona as system message, the generated question as the last user message.
    std::set<std::string> questions;
    for (const auto& row : rows)
        questions.insert(row["prompt"].get<std::string>());
    size_t answers = 0;
    for (const auto& r : server.requests()) {
        if (r.path != "/v1/chat/completions")
            continue;
        EXPECT_EQ(r.authorization, "Bearer sk-cli");
        if (r.body["messages"][0]["content"] == "You are a ship captain.") {
            ++answers;
            EXPECT_TRUE(questions.count(r.body["messages"].back()["content"].get<std::string>()));
        }
    }
    EXPECT_EQ(answers, 4u);

    // Without the key: 401 in plain words, exit code 1.
    const CliRun denied = cli(args + " --fresh", "OPENAI_API_KEY=");
    EXPECT_EQ(denied.exitCode, 1);
    EXPECT_NE(denied.out.find("401"), std::string::npos) << denied.out;
}

TEST(CliDatasetGenerate, RecipeFileWithTheDemoModel)
{
    const auto dir = test::makeTempDir("gen_cli_demo");
    const auto demo = test::testDataDir().parent_path().parent_path() / "resources" / "demo-model";
    writeFileAtomically(dir / "recipe.json", nlohmann::json{{"recipe", "topics"},
                                                            {"topics", {"lists", "strings"}},
                                                            {"instruction", "Ask about {topic}."},
                                                            {"count", 3},
                                                            {"max_tokens", 12}}
                                                 .dump());
    const auto out = dir / "demo.jsonl";
    const CliRun run = cli("dataset generate --recipe " + (dir / "recipe.json").string() + " --out " + out.string() +
                           " --model " + demo.string() + " --batch 3");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const auto rows = readJsonl(out);
    EXPECT_EQ(rows.size(), 3u);
    for (const auto& row : rows) {
        EXPECT_FALSE(row["prompt"].get<std::string>().empty());
        EXPECT_FALSE(row["completion"].get<std::string>().empty());
    }
    const CliRun bad = cli("dataset generate --out " + out.string() + " --model " + demo.string());
    EXPECT_EQ(bad.exitCode, 2);
}

TEST(CliDatasetGenerate, AKilledJobResumesWithoutRedoingFinishedRows)
{
    test::OpenAiTestServer server;
    server.setDelayMs(120); // slow enough to be killed midway
    const auto dir = test::makeTempDir("gen_cli_kill");
    const auto topics = writeTopics(dir, 6);
    const auto out = dir / "out.jsonl";
    const auto journal = std::filesystem::path(out.string() + ".journal");
    const std::vector<std::string> args = {test::cliPath().string(), "dataset", "generate", "--topics", topics.string(),
                                           "--instruction", "Ask about {topic}.", "--count", "6", "--out", out.string(),
                                           "--endpoint", server.baseUrl(), "--api-model", "test-model"};
    std::vector<char*> argv;
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    ASSERT_EQ(::posix_spawn(&pid, argv[0], &quiet, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&quiet);
    // Kill it once two rows are in the journal (polling; no timing assumption).
    while (journalRows(journal) < 2) {
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, WNOHANG), 0) << "the CLI ended before it could be killed";
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));
    const size_t finished = journalRows(journal);
    ASSERT_GE(finished, 2u);
    ASSERT_LT(finished, 6u);
    EXPECT_FALSE(std::filesystem::exists(out));
    const size_t requestsBefore = server.chatRequests();

    server.setDelayMs(0);
    std::string command;
    for (size_t i = 1; i < args.size(); ++i)
        command += "'" + args[i] + "' ";
    const CliRun resumed = cli(command);
    ASSERT_EQ(resumed.exitCode, 0) << resumed.out;
    EXPECT_NE(resumed.out.find(std::to_string(finished) + " resumed"), std::string::npos) << resumed.out;
    const auto rows = readJsonl(out);
    ASSERT_EQ(rows.size(), 6u);
    std::set<std::string> topicsSeen;
    for (const auto& row : rows)
        topicsSeen.insert(row["topic"].get<std::string>());
    EXPECT_EQ(topicsSeen.size(), 6u);
    // Only the missing rows were asked for again (two requests each; a killed in-flight one at most redone).
    EXPECT_LE(server.chatRequests() - requestsBefore, 2u * (6u - finished));
}
} // namespace falconry
