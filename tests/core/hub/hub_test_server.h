#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace falconry::test {

/** A file of a fake repository; LFS files are served through a redirect to /lfs-objects/<sha256>. */
struct FakeFile {
    std::string path;
    std::string content;
    bool lfs = false;
};

struct FakeRepo {
    std::string id;                 // "org/name"
    std::string commit;             // 40 hex
    std::vector<FakeFile> files;
    bool gated = false;             // resolve needs a valid token (401 GatedRepo otherwise)
    std::string license = "apache-2.0";
};

/** One commit the server received through POST /api/models/{repo}/commit/{revision}. */
struct ReceivedCommit {
    std::string repo;
    std::string revision;
    std::string summary;
    std::map<std::string, std::string> files; // path -> content (LFS files resolved from the store)
    std::set<std::string> lfsPaths;
};

/**
 * A loopback HTTP/1.1 server (127.0.0.1, a free port) that answers like the Hugging Face Hub for
 * what the client uses: model info by revision, HEAD/GET resolve with X-Repo-Commit,
 * X-Linked-Etag, X-Linked-Size and ETag, LFS files redirected to another origin
 * (http://localhost:PORT/lfs-objects/...), Range requests, whoami-v2, repo creation, preupload,
 * the git-LFS batch API with upload + verify actions, and NDJSON commits. Faults can be injected
 * (a connection dropped mid-file, a corrupted byte). Started by the constructor, stopped by the
 * destructor. Keep-alive; one thread per connection.
 */
class HubTestServer {
public:
    HubTestServer();
    ~HubTestServer();
    HubTestServer(const HubTestServer&) = delete;
    HubTestServer& operator=(const HubTestServer&) = delete;

    std::string url() const;        // http://127.0.0.1:PORT
    int port() const { return m_port; }

    void addRepo(FakeRepo repo);
    void addToken(const std::string& token, const std::string& user);
    /** The next GET of that LFS object closes the connection after `afterBytes` body bytes. */
    void dropOnce(const std::string& sha256, uint64_t afterBytes);
    /** Every GET of that LFS object has byte `index` flipped. */
    void corrupt(const std::string& sha256, uint64_t index);
    /** When set, LFS redirects are relative (/lfs-objects/...) instead of to another origin. */
    void setRelativeLfsRedirects(bool relative) { m_relativeRedirects = relative; }
    /** LFS bodies are sent at about this many bytes per second (0 = as fast as possible): to watch progress. */
    void setThrottle(uint64_t bytesPerSecond) { m_throttle = bytesPerSecond; }

    std::vector<std::string> requests() const;       // "METHOD /path range=..." in order
    std::vector<ReceivedCommit> commits() const;
    std::vector<std::string> createdRepos() const;
    size_t lfsObjectCount() const;

    struct Request;   // parsed request (defined in the .cpp)
    struct Response;  // response to send

private:
    void acceptLoop();
    void serve(int fd);
    Response handle(const Request& request, int fd, bool& handled);
    Response resolve(const Request& request, bool head);
    Response serveLfs(const Request& request, int fd, bool& handled);
    Response modelInfo(const Request& request);
    Response upload(const Request& request);
    std::string userOf(const Request& request) const;

    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptThread;
    mutable std::mutex m_mutex;
    std::vector<std::thread> m_connections;
    std::vector<int> m_fds;
    std::map<std::string, FakeRepo> m_repos;
    /** "repo/path" -> (sha256, git-blob stand-in): hashed once when added, not on every request. */
    std::map<std::string, std::pair<std::string, std::string>> m_digests;
    const std::pair<std::string, std::string>& digest(const std::string& repo, const FakeFile& file);
    std::map<std::string, std::string> m_tokens;      // token -> user
    std::map<std::string, std::shared_ptr<const std::string>> m_lfs; // sha256 -> content (served and uploaded)
    std::map<std::string, uint64_t> m_drop;
    std::map<std::string, uint64_t> m_corrupt;
    std::vector<std::string> m_log;
    std::vector<ReceivedCommit> m_commits;
    std::vector<std::string> m_created;
    bool m_relativeRedirects = false;
    std::atomic<uint64_t> m_throttle{0};
};

} // namespace falconry::test
