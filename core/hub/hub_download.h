#pragma once

#include "core/hub/hub_api.h"
#include "core/hub/hub_settings.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace falconry {

/** What to download and where to (the Hugging Face cache layout, shared with transformers). */
struct DownloadRequest {
    std::string repoId;             // "tiiuae/falcon-7b"
    std::string revision = "main";  // branch, tag or commit
    std::filesystem::path cacheDir; // empty: huggingFaceCacheDir()
    HubSettings settings;
};

/** One file of the plan. */
struct PlannedFile {
    std::string path;
    FileMetadata meta;              // commit, etag (= blob name), size, where to GET it
    std::string sha256;             // LFS files: expected content hash; empty for git blobs
    uint64_t cachedBytes = 0;       // already on disk: the whole blob, or the resumable part
    bool complete = false;          // blobs/<etag> exists
};

/** What a download will fetch, known before a byte of weights moves. */
struct DownloadPlan {
    std::string repoId;
    std::string revision;
    std::string commit;
    std::string license;            // from the model info (cardData / tags)
    std::string gated;              // "" / "auto" / "manual"
    std::vector<PlannedFile> files;
    uint64_t totalBytes = 0;        // every planned file
    uint64_t bytesToFetch = 0;      // minus what is cached or resumable
    uint64_t freeBytes = 0;         // free space where the blobs go
    std::string configJson;         // config.json's text (for the memory planner before downloading)
    std::filesystem::path repoDir;  // <cache>/models--org--name
    std::filesystem::path snapshotDir;
};

/** Progress of a download; `file` is the one moving now. */
struct DownloadProgress {
    std::string file;
    int fileIndex = 0;              // 0-based
    int fileCount = 0;
    uint64_t fileDone = 0;
    uint64_t fileSize = 0;
    uint64_t done = 0;              // all files, cached parts included
    uint64_t total = 0;
    double bytesPerSecond = 0.0;    // smoothed over the last seconds
    double secondsLeft = -1.0;      // < 0 while unknown
    std::string note;               // "resuming at 1.2 GB", "retrying in 2 s (connection lost)", "verifying"
};
using DownloadProgressFn = std::function<bool(const DownloadProgress&)>;

struct DownloadResult {
    std::filesystem::path snapshotDir; // give this to --model
    std::string commit;
    uint64_t bytesFetched = 0;      // over the network in this run
    uint64_t totalBytes = 0;
    double seconds = 0.0;
};

/**
 * The files of a repository Falconry needs: config, generation config, tokenizer files,
 * safetensors weights (single or sharded, with the index). Throws HubError(Refused) for a
 * repository whose weights exist only as pickles (*.bin, *.pt, ...): nothing from it is fetched.
 */
std::vector<RepoFileInfo> selectModelFiles(const RepoInfo& info);

/**
 * Downloads a model the way huggingface_hub's snapshot_download does, into the same cache:
 * blobs/<etag>, snapshots/<commit>/<file> as relative symlinks, refs/<revision>. An interrupted
 * file continues with a Range request from blobs/<etag>.incomplete (also in a later process);
 * every LFS file is checked against its sha256 before it becomes a blob (a mismatch removes the
 * partial file and throws HubError(Checksum) naming the file). Runs on the calling thread.
 */
class HubDownloader {
public:
    HubDownloader(DownloadRequest request, const std::atomic<bool>* stop = nullptr);

    /** Model info, each file's metadata, what is cached already and the free space. No weights move. */
    const DownloadPlan& plan();
    /** Plans if needed, checks the free space (HubError(DiskFull)), fetches and links. */
    DownloadResult run(const DownloadProgressFn& progress = {});

private:
    void fetchFile(PlannedFile& file, int index, const DownloadProgressFn& progress);
    void linkIntoSnapshot(const PlannedFile& file) const;

    DownloadRequest m_request;
    const std::atomic<bool>* m_stop;
    HubApi m_api;
    DownloadPlan m_plan;
    bool m_planned = false;
    // Progress state shared by the files of one run.
    uint64_t m_done = 0;
    uint64_t m_fetched = 0;
    double m_rate = 0.0;
};

/** "1.4 GB", "312 MB", "18 kB" (decimal units, as the Hub shows sizes). */
std::string formatBytes(uint64_t bytes);

} // namespace falconry
