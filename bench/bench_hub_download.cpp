// Hub download throughput: Falconry's client fetching one large LFS file from the loopback fake
// Hub (HEAD resolve, cross-origin redirect, GET, sha256 while writing, move into blobs/), beside
// `curl` fetching the same LFS URL to a file in the same run. The ratio is the figure: the client
// should not be the bottleneck. Also the SHA-256 speed of this CPU alone, since the client hashes
// what curl does not.
//
//   bench_hub_download [--mb N] [--runs R] [--dir DIR]
//
// Prints one JSON object.
#include "core/hub/hub_download.h"
#include "core/hub/sha256.h"
#include "hub_test_server.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

/** Incompressible-looking bytes, fast to make (xorshift). */
std::string makeContent(size_t bytes)
{
    std::string s(bytes, '\0');
    uint64_t x = 0x9e3779b97f4a7c15ull;
    for (size_t i = 0; i + 8 <= bytes; i += 8) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        std::memcpy(&s[i], &x, 8);
    }
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    size_t mb = 512;
    int runs = 3;
    fs::path dir = fs::temp_directory_path() / "falconry-bench-hub";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--mb")
            mb = std::stoul(argv[i + 1]);
        else if (a == "--runs")
            runs = std::stoi(argv[i + 1]);
        else if (a == "--dir")
            dir = argv[i + 1];
    }
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string content = makeContent(mb << 20);
    const std::string sha = falconry::Sha256::of(content);

    falconry::test::HubTestServer server;
    falconry::test::FakeRepo repo;
    repo.id = "bench/big";
    repo.commit = std::string(40, 'b');
    const bool lfs = std::getenv("BENCH_HUB_NOT_LFS") == nullptr; // experiment: a git blob (no redirect, no sha256)
    repo.files = {{"config.json", "{\"model_type\": \"falcon\"}", false}, {"model.safetensors", content, lfs}};
    server.addRepo(repo);

    // SHA-256 of this CPU alone (what the client does on top of moving bytes).
    const auto h0 = Clock::now();
    (void)falconry::Sha256::of(content);
    const double shaSeconds = seconds(h0, Clock::now());

    std::vector<double> ours, theirs, plans;
    for (int run = 0; run < runs; ++run) {
        // Falconry: a fresh cache each time (no resume, no cached blob).
        const fs::path cache = dir / ("cache-" + std::to_string(run));
        falconry::DownloadRequest request;
        request.repoId = repo.id;
        request.cacheDir = cache;
        request.settings.endpoint = server.url();
        request.settings.token = "";
        const auto t0 = Clock::now();
        falconry::HubDownloader downloader(request);
        downloader.plan();
        plans.push_back(seconds(t0, Clock::now()));
        const auto result = downloader.run();
        ours.push_back(seconds(t0, Clock::now()));
        if (falconry::Sha256::ofFile(result.snapshotDir / "model.safetensors") != sha) {
            std::cerr << "bench_hub_download: the downloaded file is wrong\n";
            return 1;
        }
        fs::remove_all(cache);

        // curl: the same LFS bytes from the same server, to a file.
        const fs::path out = dir / "curl.bin";
        const std::string command = "curl -s -f -o " + out.string() + " http://127.0.0.1:" + std::to_string(server.port()) +
                                    "/lfs-objects/" + sha;
        const auto c0 = Clock::now();
        if (std::system(command.c_str()) != 0) {
            std::cerr << "bench_hub_download: curl failed (" << command << ")\n";
            return 1;
        }
        theirs.push_back(seconds(c0, Clock::now()));
        if (fs::file_size(out) != content.size()) {
            std::cerr << "bench_hub_download: curl fetched " << fs::file_size(out) << " bytes\n";
            return 1;
        }
        fs::remove(out);
    }
    fs::remove_all(dir);
    const double best = *std::min_element(ours.begin(), ours.end());
    const double bestCurl = *std::min_element(theirs.begin(), theirs.end());
    const double mbytes = static_cast<double>(content.size()) / 1e6;
    const nlohmann::json report = {
        {"benchmark", "hub_download"},
        {"file_bytes", content.size()},
        {"runs", runs},
        {"falconry_seconds", ours},
        {"curl_seconds", theirs},
        {"falconry_plan_seconds", plans},
        {"falconry_MBps", mbytes / best},
        {"curl_MBps", mbytes / bestCurl},
        {"ratio_falconry_to_curl", bestCurl / best},
        {"sha256_MBps_this_cpu", mbytes / shaSeconds},
        {"note", "best of runs; falconry also hashes (sha256) and does model info + HEAD; curl only GETs the LFS URL"}};
    std::cout << report.dump(2) << "\n";
    return 0;
}
