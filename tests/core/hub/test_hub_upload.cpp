// Upload (create repo, preupload, LFS batch, one NDJSON commit) and model cards, against the fake Hub.
#include "core/hub/hub_error.h"
#include "core/hub/hub_upload.h"
#include "core/hub/loss_plot_png.h"
#include "core/hub/model_card.h"
#include "core/hub/sha256.h"
#include "core/util/atomic_file.h"
#include "hub_fixtures.h"
#include "test_paths.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace fs = std::filesystem;

namespace falconry {
namespace {

using test::HubTestServer;

/** A finished run folder as the trainer leaves it, on tiiuae/falcon-7b, with the golden adapter. */
fs::path makeRun(const std::string& name, bool nf4 = false)
{
    const fs::path run = test::makeTempDir(name);
    const fs::path golden = test::referenceDir() / "golden" / "falcon7b" / "adapter";
    fs::create_directories(run / "adapter");
    fs::copy_file(golden / "adapter_model.safetensors", run / "adapter" / "adapter_model.safetensors");
    auto config = nlohmann::json::parse(test::readBytes(golden / "adapter_config.json"));
    config["base_model_name_or_path"] = "tiiuae/falcon-7b";
    writeFileAtomically(run / "adapter" / "adapter_config.json", config.dump(2));
    nlohmann::json settings = {{"model", "tiiuae/falcon-7b"}, {"data", "/home/me/data/support.jsonl"}, {"template", "falcon-instruct"},
                               {"lora_r", 4}, {"lora_alpha", 8}, {"lora_dropout", 0.05}, {"targets", {"query_key_value", "dense"}},
                               {"nf4", nf4}, {"lr", 2e-4}, {"epochs", 1.0}, {"batch", 4}, {"seed", 42}, {"full", false}};
    writeFileAtomically(run / "run.json", nlohmann::json{{"settings", settings},
                                                         {"dataset", {{"hash", "9f2c"}, {"train_examples", 95}, {"eval_examples", 5}}}}
                                              .dump(2));
    std::ofstream metrics(run / "metrics.jsonl");
    for (int step = 1; step <= 20; ++step)
        metrics << nlohmann::json{{"step", step}, {"loss", 3.0 - step * 0.1}, {"eval_loss", step % 10 == 0 ? nlohmann::json(2.5 - step * 0.05) : nlohmann::json(nullptr)}}.dump()
                << "\n";
    return run;
}

HubSettings settingsFor(const HubTestServer& server, const std::string& token)
{
    HubSettings s;
    s.endpoint = server.url();
    s.token = token;
    s.retry.attempts = 2;
    s.retry.firstDelaySeconds = 0.01;
    return s;
}

size_t countRequests(const HubTestServer& server, const std::string& needle)
{
    const auto log = server.requests();
    return static_cast<size_t>(std::count_if(log.begin(), log.end(), [&](const std::string& l) { return l.find(needle) != std::string::npos; }));
}

TEST(HubUpload, RunAdapterGoesUpAsOneCommitWithItsCardAndLossCurve)
{
    HubTestServer server;
    server.addToken("hf_write", "alice");
    const fs::path run = makeRun("upload-run");
    UploadBundle bundle = prepareUpload(run, "alice/falcon-support"); // the card names the full id; the request only the name
    bundle.card.license = "apache-2.0";
    bundle.extraFiles["README.md"] = renderModelCard(bundle.card);
    EXPECT_EQ(bundle.folder, run / "adapter");
    UploadRequest request;
    request.folder = bundle.folder;
    request.extraFiles = bundle.extraFiles;
    request.repoId = "falcon-support";
    request.commitMessage = "Upload LoRA adapter";
    request.settings = settingsFor(server, "hf_write");
    std::vector<UploadProgress> seen;
    const UploadResult result = uploadFolder(request, [&](const UploadProgress& p) {
        seen.push_back(p);
        return true;
    });

    EXPECT_EQ(result.repoId, "alice/falcon-support");
    EXPECT_EQ(result.repoUrl, server.url() + "/alice/falcon-support");
    EXPECT_TRUE(result.createdRepo);
    EXPECT_EQ(server.createdRepos(), std::vector<std::string>{"alice/falcon-support public"});
    const auto commits = server.commits();
    ASSERT_EQ(commits.size(), 1u) << "a single commit";
    const auto& c = commits[0];
    EXPECT_EQ(c.summary, "Upload LoRA adapter");
    std::vector<std::string> paths;
    for (const auto& [p, content] : c.files)
        paths.push_back(p);
    EXPECT_EQ(paths, (std::vector<std::string>{"README.md", "adapter_config.json", "adapter_model.safetensors", "loss.png"}));
    EXPECT_EQ(c.files.at("adapter_model.safetensors"), test::readBytes(run / "adapter" / "adapter_model.safetensors"));
    EXPECT_EQ(c.files.at("adapter_config.json"), test::readBytes(run / "adapter" / "adapter_config.json"));
    EXPECT_TRUE(c.lfsPaths.count("adapter_model.safetensors")) << "weights go through git-LFS";
    EXPECT_FALSE(c.lfsPaths.count("adapter_config.json"));
    EXPECT_EQ(c.files.at("loss.png").substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    const std::string& card = c.files.at("README.md");
    for (const char* needle : {"---\nbase_model: tiiuae/falcon-7b\n", "library_name: peft\n", "license: apache-2.0\n", "- falcon\n",
                               "- lora\n", "- falconry\n", "100 (95 for training, 5 held out", "`9f2c`", "`falcon-instruct`",
                               "Final training loss: 1.0000", "Final evaluation loss: 1.5000", "](loss.png)",
                               "PeftModel.from_pretrained(base, \"alice/falcon-support\")"})
        EXPECT_NE(card.find(needle), std::string::npos) << needle << "\n" << card;
    EXPECT_EQ(countRequests(server, "POST /api/models/alice/falcon-support/commit/main auth"), 1u);
    EXPECT_EQ(countRequests(server, "POST /api/models/alice/falcon-support/preupload/main auth"), 1u);
    EXPECT_EQ(countRequests(server, "POST /alice/falcon-support.git/info/lfs/objects/batch auth"), 1u);
    EXPECT_EQ(countRequests(server, "PUT /lfs-upload/"), 2u) << "the weights and the PNG";
    EXPECT_EQ(countRequests(server, "PUT /lfs-upload/" + Sha256::ofFile(run / "adapter" / "adapter_model.safetensors")), 1u);
    EXPECT_EQ(countRequests(server, "POST /lfs-verify"), 2u);
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back().phase, "done");

    // Again into the same repository: it exists (409 is fine), the LFS contents are there already.
    const UploadResult again = uploadFolder(request);
    EXPECT_FALSE(again.createdRepo);
    EXPECT_EQ(again.lfsUploaded, 0u);
    EXPECT_EQ(countRequests(server, "PUT /lfs-upload/"), 2u);
    EXPECT_EQ(server.commits().size(), 2u);
}

TEST(HubUpload, WithoutATokenNothingIsSent)
{
    HubTestServer server;
    const fs::path run = makeRun("upload-anon");
    UploadBundle bundle = prepareUpload(run, "x");
    UploadRequest request;
    request.folder = bundle.folder;
    request.repoId = "x";
    request.settings = settingsFor(server, "");
    try {
        uploadFolder(request);
        FAIL() << "uploading without a token should fail";
    } catch (const HubError& e) {
        EXPECT_EQ(e.kind(), HubErrorKind::Unauthorized) << e.what();
    }
    request.settings = settingsFor(server, "hf_wrong");
    try {
        uploadFolder(request);
        FAIL() << "a refused token should fail";
    } catch (const HubError& e) {
        EXPECT_EQ(e.kind(), HubErrorKind::Unauthorized) << e.what();
    }
    EXPECT_EQ(countRequests(server, "/api/repos/create"), 0u);
    EXPECT_TRUE(server.commits().empty());
}

TEST(HubUpload, PrivateRepositoryInTheAccountsNamespace)
{
    HubTestServer server;
    server.addToken("hf_write", "alice");
    UploadRequest request;
    request.folder = test::referenceDir() / "golden" / "falcon7b" / "adapter";
    request.repoId = "alice/secret-adapter";
    request.isPrivate = true;
    request.settings = settingsFor(server, "hf_write");
    const UploadResult result = uploadFolder(request);
    EXPECT_EQ(server.createdRepos(), std::vector<std::string>{"alice/secret-adapter private"});
    EXPECT_EQ(result.files, 3u) << "README.md, adapter_config.json, adapter_model.safetensors";
    request.repoId = "bob/not-mine";
    try {
        uploadFolder(request);
        FAIL() << "another namespace is forbidden";
    } catch (const HubError& e) {
        EXPECT_EQ(e.kind(), HubErrorKind::Forbidden) << e.what();
    }
}

TEST(ModelCard, QloraAndMergedCardsSayWhatTheyAre)
{
    ModelCardInput qlora = readRunForCard(makeRun("card-qlora", true));
    qlora.repoId = "alice/q";
    const std::string q = renderModelCard(qlora);
    EXPECT_NE(q.find("- qlora\n"), std::string::npos);
    EXPECT_EQ(q.find("- lora\n"), std::string::npos);
    EXPECT_NE(q.find("QLoRA"), std::string::npos);
    EXPECT_EQ(qlora.trainLoss.size(), 20u);
    EXPECT_EQ(qlora.evalLoss.size(), 2u);

    ModelCardInput merged;
    merged.repoId = "alice/m";
    merged.baseModel = "tiiuae/falcon-7b";
    merged.kind = "merged";
    merged.lossImage.clear();
    const std::string m = renderModelCard(merged);
    EXPECT_NE(m.find("library_name: transformers\n"), std::string::npos);
    EXPECT_NE(m.find("AutoModelForCausalLM.from_pretrained(\"alice/m\""), std::string::npos);
    EXPECT_EQ(m.find("license:"), std::string::npos) << "no licence invented";
}

TEST(ModelCard, LossPlotIsAValidPng)
{
    const std::string png = renderLossPlotPng({{1, 3.0}, {2, 2.5}, {3, 2.2}}, {{3, 2.4}}, 320, 200);
    ASSERT_GT(png.size(), 33u);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_EQ(png.substr(12, 4), "IHDR");
    const auto be32 = [&](size_t at) {
        return (uint32_t(uint8_t(png[at])) << 24) | (uint32_t(uint8_t(png[at + 1])) << 16) | (uint32_t(uint8_t(png[at + 2])) << 8) |
               uint32_t(uint8_t(png[at + 3]));
    };
    EXPECT_EQ(be32(16), 320u);
    EXPECT_EQ(be32(20), 200u);
    EXPECT_EQ(png.substr(png.size() - 8, 4), "IEND");
    // Raw RGB rows in stored deflate blocks: 200 * (1 + 3 * 320) bytes plus 5 per 64 KiB block.
    const size_t raw = 200 * (1 + 3 * 320);
    EXPECT_EQ(be32(33), 2 + raw + 5 * ((raw + 65534) / 65535) + 4);
}

} // namespace
} // namespace falconry
