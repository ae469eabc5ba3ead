// falconry-cli download / upload against the fake Hub, as a user runs them.
#include "core/hub/sha256.h"
#include "core/util/atomic_file.h"
#include "hub_fixtures.h"
#include "test_paths.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace fs = std::filesystem;

namespace falconry {
namespace {

struct CliRun {
    int status = -1;
    std::string out;
    std::string err;
    std::string lastLine() const
    {
        std::string s = out;
        while (!s.empty() && s.back() == '\n')
            s.pop_back();
        const size_t nl = s.rfind('\n');
        return nl == std::string::npos ? s : s.substr(nl + 1);
    }
};

CliRun runCli(const std::string& args, const fs::path& scratch)
{
    const fs::path errFile = scratch / "stderr.txt";
    const std::string command = test::cliPath().string() + " " + args + " 2>" + errFile.string();
    CliRun r;
    FILE* pipe = ::popen(command.c_str(), "r");
    char buffer[4096];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
        r.out.append(buffer, n);
    r.status = ::pclose(pipe);
    r.err = test::readBytes(errFile);
    return r;
}

TEST(CliHub, DownloadPrintsTheSnapshotLastAndModelAcceptsTheRepoId)
{
    test::HubTestServer server;
    const test::FakeRepo repo = test::goldenRepo();
    server.addRepo(repo);
    const fs::path cache = test::makeTempDir("cli-hub-cache");
    ::unsetenv("HF_TOKEN");
    ::setenv("HF_TOKEN_PATH", (cache / "no-token").c_str(), 1);
    const CliRun r = runCli("download " + repo.id + " --cache-dir " + cache.string() + " --endpoint " + server.url(), cache);
    ASSERT_EQ(r.status, 0) << r.err;
    const fs::path snapshot = cache / "models--tiiuae-test--falcon-golden" / "snapshots" / repo.commit;
    EXPECT_EQ(r.lastLine(), snapshot.string());
    EXPECT_NE(r.err.find("model.safetensors"), std::string::npos) << "progress on stderr: " << r.err;
    EXPECT_EQ(Sha256::ofFile(snapshot / "model.safetensors"), Sha256::of(repo.files[2].content));

    ::setenv("HF_HUB_CACHE", cache.c_str(), 1);
    const CliRun info = runCli("info --model " + repo.id, cache);
    ::unsetenv("HF_HUB_CACHE");
    EXPECT_EQ(info.status, 0) << info.err;

    const CliRun missing = runCli("download tiiuae-test/nothing --cache-dir " + cache.string() + " --endpoint " + server.url(), cache);
    EXPECT_NE(missing.status, 0);
    EXPECT_NE(missing.err.find("tiiuae-test/nothing"), std::string::npos) << missing.err;
    EXPECT_TRUE(missing.out.empty()) << "no folder printed on failure";
    ::unsetenv("HF_TOKEN_PATH");
}

TEST(CliHub, UploadOfARunPrintsTheRepositoryUrlLast)
{
    test::HubTestServer server;
    server.addToken("hf_cli", "carol");
    const fs::path run = test::makeTempDir("cli-upload-run");
    const fs::path golden = test::referenceDir() / "golden" / "falcon7b" / "adapter";
    fs::create_directories(run / "adapter");
    for (const char* f : {"adapter_config.json", "adapter_model.safetensors"})
        fs::copy_file(golden / f, run / "adapter" / f);
    writeFileAtomically(run / "run.json", nlohmann::json{{"settings", {{"model", "tiiuae/falcon-7b"}, {"template", "alpaca"}, {"nf4", true}}},
                                                         {"dataset", {{"hash", "abc"}, {"train_examples", 10}, {"eval_examples", 0}}}}
                                              .dump());
    std::ofstream(run / "metrics.jsonl") << "{\"step\":1,\"loss\":2.0,\"eval_loss\":null}\n{\"step\":2,\"loss\":1.5,\"eval_loss\":null}\n";
    ::setenv("HF_TOKEN", "hf_cli", 1);
    const CliRun r = runCli("upload " + run.string() + " --repo falcon-cli-test --private --endpoint " + server.url(), run);
    ::unsetenv("HF_TOKEN");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.lastLine(), server.url() + "/carol/falcon-cli-test");
    const auto commits = server.commits();
    ASSERT_EQ(commits.size(), 1u);
    EXPECT_EQ(commits[0].files.size(), 4u) << "adapter_config.json, adapter_model.safetensors, README.md, loss.png";
    const std::string& card = commits[0].files.at("README.md");
    EXPECT_NE(card.find("base_model: tiiuae/falcon-7b"), std::string::npos) << card;
    EXPECT_NE(card.find("- qlora"), std::string::npos) << card;
    EXPECT_EQ(server.createdRepos(), std::vector<std::string>{"carol/falcon-cli-test private"});
}

} // namespace
} // namespace falconry
