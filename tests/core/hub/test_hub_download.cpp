// The Hub client's download against a loopback fake Hub: cache layout, resume, sha256, errors.
#include "core/hub/hub_download.h"
#include "core/hub/hub_error.h"
#include "core/hub/sha256.h"
#include "core/io/falcon_loader.h"
#include "core/io/hf_cache.h"
#include "core/io/safetensors_file.h"
#include "core/model/falcon_model.h"
#include "hub_fixtures.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace fs = std::filesystem;

namespace falconry {
namespace {

using test::FakeRepo;
using test::HubTestServer;

HubSettings settingsFor(const HubTestServer& server, const std::string& token = "")
{
    HubSettings s;
    s.endpoint = server.url();
    s.token = token;
    s.retry.attempts = 3;
    s.retry.firstDelaySeconds = 0.01;
    s.retry.maxDelaySeconds = 0.05;
    s.retry.connectTimeoutSeconds = 5;
    return s;
}

DownloadRequest requestFor(const HubTestServer& server, const fs::path& cache, const std::string& repo,
                           const std::string& token = "")
{
    DownloadRequest r;
    r.repoId = repo;
    r.cacheDir = cache;
    r.settings = settingsFor(server, token);
    return r;
}

HubError downloadError(const DownloadRequest& request, const DownloadProgressFn& progress = {})
{
    try {
        HubDownloader(request).run(progress);
    } catch (const HubError& e) {
        return e;
    }
    ADD_FAILURE() << "the download of " << request.repoId << " should have failed";
    return HubError(HubErrorKind::Protocol, "no error");
}

size_t countRequests(const HubTestServer& server, const std::string& needle)
{
    const auto log = server.requests();
    return static_cast<size_t>(std::count_if(log.begin(), log.end(), [&](const std::string& l) { return l.find(needle) != std::string::npos; }));
}

class HubDownload : public ::testing::Test {
protected:
    void SetUp() override
    {
        repo = test::goldenRepo();
        weights = &*std::find_if(repo.files.begin(), repo.files.end(), [](const auto& f) { return f.path == "model.safetensors"; });
        weightsSha = Sha256::of(weights->content);
        server.addToken("hf_testtoken", "alice");
        server.addRepo(repo);
        cache = test::makeTempDir("hub-cache");
    }
    fs::path repoDir() const { return cache / "models--tiiuae-test--falcon-golden"; }

    HubTestServer server;
    FakeRepo repo;
    const test::FakeFile* weights = nullptr;
    std::string weightsSha;
    fs::path cache;
};

TEST_F(HubDownload, GoldenModelLandsInTheCacheLayoutAndGivesTheGoldenLogits)
{
    std::vector<DownloadProgress> seen;
    HubDownloader downloader(requestFor(server, cache, repo.id, "hf_testtoken"));
    const DownloadPlan& plan = downloader.plan();
    EXPECT_EQ(plan.commit, repo.commit);
    EXPECT_EQ(plan.license, "apache-2.0");
    EXPECT_NE(plan.configJson.find("\"falcon\""), std::string::npos) << "config.json is read before the download";
    std::vector<std::string> planned;
    for (const auto& f : plan.files)
        planned.push_back(f.path);
    EXPECT_EQ(planned, (std::vector<std::string>{"config.json", "generation_config.json", "model.safetensors", "tokenizer.model",
                                                 "tokenizer_config.json"}))
        << "no pickle, no subfolder, no .gitattributes";
    EXPECT_FALSE(fs::exists(repoDir() / "snapshots")) << "planning writes nothing";

    const DownloadResult result = downloader.run([&](const DownloadProgress& p) {
        seen.push_back(p);
        return true;
    });
    const fs::path snapshot = repoDir() / "snapshots" / repo.commit;
    EXPECT_EQ(result.snapshotDir, snapshot);
    EXPECT_EQ(test::readBytes(repoDir() / "refs" / "main"), repo.commit);
    // snapshots/<commit>/<file> are relative links to blobs/<etag>; LFS blobs are named by their sha256.
    ASSERT_TRUE(fs::is_symlink(snapshot / "model.safetensors"));
    EXPECT_EQ(fs::read_symlink(snapshot / "model.safetensors"), fs::path("../../blobs") / weightsSha);
    EXPECT_EQ(Sha256::ofFile(repoDir() / "blobs" / weightsSha), weightsSha);
    EXPECT_TRUE(fs::is_symlink(snapshot / "config.json"));
    EXPECT_FALSE(fs::exists(snapshot / "pytorch_model.bin"));
    EXPECT_FALSE(fs::exists(snapshot / "onnx"));
    EXPECT_EQ(result.totalBytes, plan.totalBytes);
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back().done, plan.totalBytes);
    // The token goes to the Hub, never to the signed LFS location on another origin.
    EXPECT_GT(countRequests(server, "/resolve/" + repo.commit + "/model.safetensors auth"), 0u);
    EXPECT_EQ(countRequests(server, "/lfs-objects/" + weightsSha + " auth"), 0u);
    EXPECT_EQ(countRequests(server, "pytorch_model.bin"), 0u);

    // The repo id now resolves through the cache, as --model accepts it, and the model is the golden one.
    EXPECT_EQ(resolveModelPath(repo.id, cache), snapshot);
    EXPECT_EQ(repoIdOfSnapshot(snapshot), repo.id);
    torch::NoGradGuard noGrad;
    FalconModel model = loadFalconModel(snapshot);
    SafetensorsFile reference(test::referenceDir() / "golden" / "falcon7b" / "reference.safetensors");
    const torch::Tensor logits = model->forward(reference.tensor("input_ids"));
    EXPECT_LT((logits - reference.tensor("logits")).abs().max().item<double>(), 1e-4);

    // A second download fetches nothing.
    const size_t lfsGets = countRequests(server, "GET /lfs-objects/");
    const DownloadResult again = HubDownloader(requestFor(server, cache, repo.id, "hf_testtoken")).run();
    EXPECT_EQ(again.bytesFetched, 0u);
    EXPECT_EQ(countRequests(server, "GET /lfs-objects/"), lfsGets);
}

TEST_F(HubDownload, DroppedConnectionResumesWithARangeAndTheSha256Matches)
{
    server.dropOnce(weightsSha, 200000);
    const DownloadResult result = HubDownloader(requestFor(server, cache, repo.id)).run();
    EXPECT_EQ(countRequests(server, "GET /lfs-objects/" + weightsSha + " range=bytes=200000-"), 1u);
    EXPECT_EQ(Sha256::ofFile(result.snapshotDir / "model.safetensors"), weightsSha);
    EXPECT_EQ(test::readBytes(result.snapshotDir / "model.safetensors"), weights->content);
}

TEST_F(HubDownload, PartialFileOfAnEarlierProcessIsContinued)
{
    fs::create_directories(repoDir() / "blobs");
    {
        std::ofstream partial(repoDir() / "blobs" / (weightsSha + ".incomplete"), std::ios::binary);
        partial.write(weights->content.data(), 100000);
    }
    HubDownloader downloader(requestFor(server, cache, repo.id));
    const DownloadPlan& plan = downloader.plan();
    EXPECT_EQ(plan.bytesToFetch, plan.totalBytes - 100000);
    const DownloadResult result = downloader.run();
    EXPECT_EQ(countRequests(server, "range=bytes=100000-"), 1u);
    EXPECT_EQ(result.bytesFetched, plan.bytesToFetch);
    EXPECT_EQ(Sha256::ofFile(result.snapshotDir / "model.safetensors"), weightsSha);
    EXPECT_FALSE(fs::exists(repoDir() / "blobs" / (weightsSha + ".incomplete")));
}

TEST_F(HubDownload, CancelKeepsThePartialFileAndTheNextRunResumes)
{
    const auto cancelInWeights = [](const DownloadProgress& p) { return !(p.file == "model.safetensors" && p.fileDone > 0); };
    const HubError e = downloadError(requestFor(server, cache, repo.id), cancelInWeights);
    EXPECT_EQ(e.kind(), HubErrorKind::Cancelled) << e.what();
    const fs::path partial = repoDir() / "blobs" / (weightsSha + ".incomplete");
    ASSERT_TRUE(fs::exists(partial));
    const uint64_t kept = fs::file_size(partial);
    EXPECT_GT(kept, 0u);
    EXPECT_FALSE(resolveCachedRepo(repo.id, "main", cache)) << "a half-downloaded model is not offered";
    const DownloadResult result = HubDownloader(requestFor(server, cache, repo.id)).run();
    if (kept < weights->content.size()) {
        EXPECT_EQ(countRequests(server, "range=bytes=" + std::to_string(kept) + "-"), 1u);
    }
    EXPECT_EQ(Sha256::ofFile(result.snapshotDir / "model.safetensors"), weightsSha);
}

TEST_F(HubDownload, CorruptedByteIsDetectedNamedAndNeverUsed)
{
    server.corrupt(weightsSha, 12345);
    const HubError e = downloadError(requestFor(server, cache, repo.id));
    EXPECT_EQ(e.kind(), HubErrorKind::Checksum);
    EXPECT_NE(std::string(e.what()).find("model.safetensors"), std::string::npos) << e.what();
    EXPECT_FALSE(fs::exists(repoDir() / "blobs" / weightsSha));
    EXPECT_FALSE(fs::exists(repoDir() / "blobs" / (weightsSha + ".incomplete")));
    EXPECT_FALSE(fs::exists(repoDir() / "snapshots" / repo.commit / "model.safetensors"));
    EXPECT_FALSE(resolveCachedRepo(repo.id, "main", cache));
}

TEST_F(HubDownload, RelativeLfsRedirectOnTheSameServerWorksToo)
{
    server.setRelativeLfsRedirects(true);
    const DownloadResult result = HubDownloader(requestFor(server, cache, repo.id)).run();
    EXPECT_EQ(fs::read_symlink(result.snapshotDir / "model.safetensors").filename(), weightsSha);
    EXPECT_EQ(Sha256::ofFile(result.snapshotDir / "model.safetensors"), weightsSha);
}

TEST_F(HubDownload, GatedModelNeedsASignedInAccount)
{
    FakeRepo gated = test::goldenRepo("tiiuae-test/falcon-gated");
    gated.gated = true;
    server.addRepo(gated);
    const HubError e = downloadError(requestFor(server, cache, gated.id));
    EXPECT_EQ(e.kind(), HubErrorKind::Gated) << e.what();
    EXPECT_EQ(e.httpStatus(), 401);
    EXPECT_NE(std::string(e.what()).find("licence"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find(server.url() + "/" + gated.id), std::string::npos) << "names the page to accept it on";
    EXPECT_FALSE(fs::exists(cache / "models--tiiuae-test--falcon-gated" / "snapshots"));
    const DownloadResult ok = HubDownloader(requestFor(server, cache, gated.id, "hf_testtoken")).run();
    EXPECT_TRUE(fs::exists(ok.snapshotDir / "model.safetensors"));
}

TEST_F(HubDownload, UnknownModelIsNotFound)
{
    const HubError e = downloadError(requestFor(server, cache, "tiiuae-test/no-such-model"));
    EXPECT_EQ(e.kind(), HubErrorKind::NotFound) << e.what();
    EXPECT_EQ(e.httpStatus(), 404);
    EXPECT_NE(std::string(e.what()).find("tiiuae-test/no-such-model"), std::string::npos);
    EXPECT_EQ(downloadError(requestFor(server, cache, "not a repo id")).kind(), HubErrorKind::NotFound);
}

TEST_F(HubDownload, PickleOnlyRepositoryIsRefusedBeforeAnyDownload)
{
    FakeRepo pickles;
    pickles.id = "someone/pickled-falcon";
    pickles.commit = std::string(40, 'a');
    pickles.files = {{"config.json", repo.files[0].content, false}, {"pytorch_model.bin", std::string(5000, 'x'), true}};
    server.addRepo(pickles);
    const HubError e = downloadError(requestFor(server, cache, pickles.id));
    EXPECT_EQ(e.kind(), HubErrorKind::Refused);
    EXPECT_NE(std::string(e.what()).find("pytorch_model.bin"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("safetensors"), std::string::npos);
    EXPECT_EQ(countRequests(server, "/resolve/"), 0u);
    EXPECT_FALSE(fs::exists(cache / "models--someone--pickled-falcon"));
}

TEST_F(HubDownload, NoServerIsANetworkErrorAfterTheRetries)
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(fd); // nothing listens there now
    DownloadRequest r = requestFor(server, cache, repo.id);
    r.settings.endpoint = "http://127.0.0.1:" + std::to_string(ntohs(addr.sin_port));
    const HubError e = downloadError(r);
    EXPECT_EQ(e.kind(), HubErrorKind::Network) << e.what();
    EXPECT_NE(std::string(e.what()).find("3 tries"), std::string::npos) << e.what();
}

TEST(HubFiles, ShardedSafetensorsWithTheirIndexAndTokenizerFiles)
{
    RepoInfo info;
    info.id = "org/m";
    for (const char* p : {"config.json", "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors",
                          "model.safetensors.index.json", "pytorch_model-00001-of-00002.bin", "tokenizer.json",
                          "special_tokens_map.json", "coreml/model.mlpackage", "flax_model.msgpack"})
        info.files.push_back({p, 1, ""});
    std::vector<std::string> got;
    for (const auto& f : selectModelFiles(info))
        got.push_back(f.path);
    EXPECT_EQ(got, (std::vector<std::string>{"config.json", "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors",
                                             "model.safetensors.index.json", "tokenizer.json", "special_tokens_map.json"}));
}

TEST(HubFiles, TokenComesFromTheEnvironmentThenTheLoginFile)
{
    const fs::path dir = test::makeTempDir("hub-token");
    ::setenv("HF_TOKEN_PATH", (dir / "token").c_str(), 1);
    ::unsetenv("HF_TOKEN");
    ::unsetenv("HUGGING_FACE_HUB_TOKEN");
    EXPECT_EQ(hubToken(), "");
    std::ofstream(dir / "token") << "hf_fromfile\n";
    EXPECT_EQ(hubToken(), "hf_fromfile");
    ::setenv("HF_TOKEN", "hf_fromenv", 1);
    EXPECT_EQ(hubToken(), "hf_fromenv");
    ::unsetenv("HF_TOKEN");
    ::unsetenv("HF_TOKEN_PATH");
    ::setenv("HF_ENDPOINT", "http://hub.example:8080/", 1);
    EXPECT_EQ(hubEndpoint(), "http://hub.example:8080");
    ::unsetenv("HF_ENDPOINT");
    EXPECT_EQ(hubEndpoint(), "https://huggingface.co");
}

} // namespace
} // namespace falconry
