// `falconry-cli kb add|search|remove|list|ask` run as a child process.
#include "knowledge_fixtures.h"
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
    std::string out; // stdout only
};

CliRun cli(const std::string& args, bool withStderr = true)
{
    const std::string command = test::cliPath().string() + " " + args + (withStderr ? " 2>&1" : " 2>/dev/null");
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

std::string quoted(const std::filesystem::path& p)
{
    return "'" + p.string() + "'";
}

std::filesystem::path demoModel()
{
    return test::demoKnowledgeDir().parent_path() / "demo-model";
}

TEST(CliKb, AddSearchJsonRemove)
{
    const auto dir = test::makeTempDir("kb-cli");
    const auto kb = dir / "manual.sqlite";
    const auto md = test::demoKnowledgeDir() / "aerie_manual.md";
    const auto pdf = test::demoKnowledgeDir() / "aerie_manual.pdf";
    const CliRun add = cli("kb add " + quoted(kb) + " " + quoted(md) + " " + quoted(pdf) + " --model " +
                           quoted(test::falconTokenizerDir()));
    ASSERT_EQ(add.exitCode, 0) << add.out;
    EXPECT_NE(add.out.find("added  " + md.string() + " ("), std::string::npos) << add.out;
    EXPECT_NE(add.out.find("2 documents"), std::string::npos) << add.out;
    EXPECT_NE(add.out.find("tokens of falcon-tokenizer"), std::string::npos) << add.out;

    const CliRun again = cli("kb add " + quoted(kb) + " " + quoted(md));
    ASSERT_EQ(again.exitCode, 0) << again.out;
    EXPECT_NE(again.out.find("unchanged  " + md.string()), std::string::npos) << again.out;

    const CliRun search = cli("kb search " + quoted(kb) + " \"How much does the squirrel baffle cost?\" --k 4 --json", false);
    ASSERT_EQ(search.exitCode, 0) << search.out;
    const nlohmann::json hits = nlohmann::json::parse(search.out);
    ASSERT_TRUE(hits.is_array());
    ASSERT_EQ(hits.size(), 4u);
    EXPECT_NE(hits[0]["text"].get<std::string>().find("squirrel baffle 24 euros"), std::string::npos) << hits[0];
    EXPECT_NE(hits[0]["heading"].get<std::string>().find("34. Accessories"), std::string::npos);
    for (size_t i = 0; i < hits.size(); ++i) {
        const std::string source = hits[i]["source"];
        EXPECT_TRUE(source == md.string() || source == pdf.string()) << source;
        EXPECT_TRUE(hits[i]["score"].is_number());
        EXPECT_TRUE(hits[i].contains("page"));
        if (i > 0) {
            EXPECT_GE(hits[i - 1]["score"].get<double>(), hits[i]["score"].get<double>());
        }
        if (source == pdf.string()) {
            EXPECT_GE(hits[i]["page"].get<int>(), 1);
        }
    }
    const CliRun text = cli("kb search " + quoted(kb) + " \"squirrel baffle\"");
    EXPECT_NE(text.out.find("**baffle**"), std::string::npos) << text.out;

    const CliRun remove = cli("kb remove " + quoted(kb) + " " + quoted(pdf));
    ASSERT_EQ(remove.exitCode, 0) << remove.out;
    const nlohmann::json after = nlohmann::json::parse(cli("kb search " + quoted(kb) + " baffle --json", false).out);
    for (const auto& hit : after)
        EXPECT_EQ(hit["source"], md.string());
    const nlohmann::json list = nlohmann::json::parse(cli("kb list " + quoted(kb) + " --json", false).out);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["source"], md.string());
    EXPECT_GT(list[0]["passages"].get<int>(), 30);
}

TEST(CliKb, ErrorsAreClear)
{
    const auto dir = test::makeTempDir("kb-cli-errors");
    const auto kb = dir / "kb.sqlite";
    const auto binary = test::writeFile(dir, "data.txt", std::string("\0\1\2\3binary", 10));
    const CliRun bad = cli("kb add " + quoted(kb) + " " + quoted(binary));
    EXPECT_EQ(bad.exitCode, 1) << bad.out;
    EXPECT_NE(bad.out.find("failed  " + binary.string() + ": " + binary.string() + ": not a text document"),
              std::string::npos)
        << bad.out;
    const CliRun missing = cli("kb search " + quoted(dir / "none.sqlite") + " question");
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.out.find("no such knowledge base"), std::string::npos) << missing.out;
    EXPECT_EQ(cli("kb").exitCode, 2);
    EXPECT_EQ(cli("kb frobnicate x").exitCode, 2);
    EXPECT_EQ(cli("kb search " + quoted(kb) + " q --k 0").exitCode, 2);
    const CliRun notThere = cli("kb remove " + quoted(kb) + " nothing.md");
    EXPECT_EQ(notThere.exitCode, 1);
    EXPECT_NE(notThere.out.find("nothing.md: not in"), std::string::npos) << notThere.out;
}

TEST(CliKb, AskAnswersAndListsThePassages)
{
    const auto dir = test::makeTempDir("kb-cli-ask");
    const auto kb = dir / "kb.sqlite";
    ASSERT_EQ(cli("kb add " + quoted(kb) + " " + quoted(test::demoKnowledgeDir() / "aerie_manual.md") + " --model " +
                  quoted(demoModel()))
                  .exitCode,
              0);
    const CliRun ask = cli("kb ask --model " + quoted(demoModel()) + " " + quoted(kb) +
                               " \"What wavelength is the infrared light?\" --max-new-tokens 8 --json",
                           false);
    ASSERT_EQ(ask.exitCode, 0) << ask.out;
    const nlohmann::json j = nlohmann::json::parse(ask.out);
    EXPECT_TRUE(j["answer"].is_string());
    ASSERT_FALSE(j["passages"].empty());
    EXPECT_NE(j["passages"][0]["text"].get<std::string>().find("940 nanometres"), std::string::npos);
    EXPECT_EQ(j["passages"][0]["n"], 1);
    EXPECT_LE(j["passage_tokens"].get<int>(), j["budget_tokens"].get<int>());
    const CliRun plain = cli("kb ask --model " + quoted(demoModel()) + " " + quoted(kb) +
                             " \"What wavelength is the infrared light?\" --max-new-tokens 4");
    ASSERT_EQ(plain.exitCode, 0) << plain.out;
    EXPECT_NE(plain.out.find("Passages ("), std::string::npos) << plain.out;
    EXPECT_NE(plain.out.find("[1] "), std::string::npos) << plain.out;
    EXPECT_NE(plain.out.find("18. Night mode"), std::string::npos) << plain.out;
}

} // namespace
} // namespace falconry
