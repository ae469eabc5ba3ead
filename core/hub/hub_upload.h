#pragma once

#include "core/hub/hub_api.h"
#include "core/hub/hub_settings.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace falconry {

/** A folder (an adapter or a merged model) and generated files to put in one commit. */
struct UploadRequest {
    std::filesystem::path folder;   // every file below it, hidden ones (".*") skipped
    std::map<std::string, std::string> extraFiles; // path in the repo -> content (README.md card, loss.png); win over the folder's
    std::string repoId;             // "name" (the signed-in account's) or "namespace/name"
    bool isPrivate = false;         // for a new repository; an existing one keeps its visibility
    std::string revision = "main";
    std::string commitMessage;      // default "Upload with Falconry"
    std::string commitDescription;
    HubSettings settings;
};

struct UploadProgress {
    std::string phase;              // "hashing", "preparing", "uploading", "committing", "done"
    std::string file;
    uint64_t done = 0;              // bytes sent (LFS contents, then the commit payload)
    uint64_t total = 0;
    double bytesPerSecond = 0.0;
};
using UploadProgressFn = std::function<bool(const UploadProgress&)>;

struct UploadResult {
    std::string repoId;             // "alice/falcon-7b-support"
    std::string repoUrl;            // {endpoint}/{repoId}: show and copy this
    std::string commitUrl;
    std::string commitOid;
    bool createdRepo = false;       // false: it existed
    size_t files = 0;
    size_t lfsFiles = 0;
    size_t lfsUploaded = 0;         // LFS contents the server did not have yet
    uint64_t bytesSent = 0;
};

/**
 * Uploads a folder as huggingface_hub's upload_folder does (hf_api.py, _commit_api.py, lfs.py):
 * whoami-v2 (the namespace), POST /api/repos/create (409 = exists, fine), POST
 * /api/models/{repo}/preupload/{revision} (regular or LFS per file, from a 512-byte sample, size and
 * sha256), the git-LFS batch API for the LFS files (basic PUT with the action's headers, or
 * multipart when the action gives chunk_size, then verify), and one NDJSON commit
 * (POST /api/models/{repo}/commit/{revision}). Nothing is committed unless every file arrived.
 */
UploadResult uploadFolder(const UploadRequest& request, const UploadProgressFn& progress = {}, const std::atomic<bool>* stop = nullptr);

} // namespace falconry
