#pragma once

#include "core/hub/http_client.h"
#include "core/hub/hub_settings.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace falconry {

/** One file of a repository at a revision, as the model-info API lists it (`siblings`). */
struct RepoFileInfo {
    std::string path;               // "model-00001-of-00002.safetensors"
    std::optional<uint64_t> size;   // with blobs=true
    std::string lfsSha256;          // LFS files: the sha256 of the content (64 hex); empty for git blobs
};

/** `GET /api/models/{repo}/revision/{revision}`: the commit a revision points to and its files. */
struct RepoInfo {
    std::string id;                 // "tiiuae/falcon-7b"
    std::string sha;                // commit hash (40 hex)
    std::vector<RepoFileInfo> files;
    std::string gated;              // "" (not gated), "auto" or "manual"
    bool isPrivate = false;
    std::string license;            // cardData.license, else a "license:..." tag; may be empty
};

/** What `HEAD resolve/{revision}/{path}` says of one file. */
struct FileMetadata {
    std::string commit;             // X-Repo-Commit
    std::string etag;               // X-Linked-Etag, else ETag, without W/ and quotes: the blob's name in the cache
    uint64_t size = 0;              // X-Linked-Size, else Content-Length
    std::string location;           // where to GET it (the CDN/LFS URL of a redirect, else the resolve URL)
    bool isLfs = false;             // the etag is a sha256 (LFS), not a git blob id
};

/** `GET /api/whoami-v2`. */
struct HubAccount {
    std::string name;               // the namespace ("alice")
    std::string fullName;
    std::vector<std::string> organizations;
    std::string tokenRole;          // "read", "write", "fineGrained" or empty
};

/**
 * The Hub's HTTP API as huggingface_hub uses it (hf_api.py, file_download.py): every request
 * carries `Authorization: Bearer <token>` when there is one and a user agent; network failures,
 * 429 and 5xx are retried with doubling delays; other failures throw HubError with a kind the UI
 * can word (not found, gated, unauthorized, ...). One instance per thread.
 */
class HubApi {
public:
    explicit HubApi(HubSettings settings = {}, const std::atomic<bool>* stop = nullptr);

    const std::string& endpoint() const { return m_endpoint; }
    const std::string& token() const { return m_token; }
    const RetryPolicy& retry() const { return m_settings.retry; }
    const std::atomic<bool>* stopFlag() const { return m_stop; }
    HttpClient& http() { return m_http; }

    RepoInfo modelInfo(const std::string& repoId, const std::string& revision = "main");
    FileMetadata fileMetadata(const std::string& repoId, const std::string& revision, const std::string& path);
    HubAccount whoami();

    /** {endpoint}/{repo}/resolve/{revision}/{path}, revision and path percent-encoded. */
    std::string resolveUrl(const std::string& repoId, const std::string& revision, const std::string& path) const;
    /** User agent, and the token unless `withToken` is false (signed CDN URLs must not get it). */
    std::vector<std::string> baseHeaders(bool withToken = true) const;

    /**
     * Performs `request`, retrying transport failures, 429 and 5xx; any other status outside
     * 2xx/3xx throws (raiseForStatus). `what` names the request in messages ("model info of X").
     */
    HttpResponse send(HttpRequest request, const std::string& what, const std::string& repoId);
    /** Throws the HubError that a non-2xx/3xx response means, worded for `repoId`. */
    void raiseForStatus(const HttpResponse& response, const std::string& what, const std::string& repoId) const;
    /** Throws HubError(Cancelled) when the stop flag is set. */
    void checkStopped(const std::string& what) const;
    /** Waits before retry number `attempt` (1-based); false when stopped meanwhile. */
    bool backoff(int attempt) const;

private:
    HubSettings m_settings;
    std::string m_endpoint;
    std::string m_token;
    const std::atomic<bool>* m_stop;
    HttpClient m_http;
};

/** An etag as the cache names blobs: without a leading W/ and without quotes. */
std::string normalizeEtag(std::string etag);

} // namespace falconry
