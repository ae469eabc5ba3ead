#include "core/hub/hub_download.h"

#include "core/hub/hub_error.h"
#include "core/hub/sha256.h"
#include "core/io/hf_cache.h"
#include "core/util/atomic_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <vector>

namespace fs = std::filesystem;

namespace falconry {
namespace {

using Clock = std::chrono::steady_clock;

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string repoFolder(const std::string& repoId)
{
    std::string out = "models--";
    for (char c : repoId)
        out += c == '/' ? std::string("--") : std::string(1, c);
    return out;
}

/** flock() on .locks/<repo>/<etag>.lock: one process at a time writes a blob (GUI and CLI may race). */
class BlobLock {
public:
    BlobLock(const fs::path& file, const std::atomic<bool>* stop)
    {
        fs::create_directories(file.parent_path());
        m_fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd < 0)
            throw IoError("cannot create the lock file " + file.string() + ": " + std::strerror(errno));
        while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            if (!sleepUnlessStopped(0.2, stop)) {
                ::close(m_fd);
                throw HubError(HubErrorKind::Cancelled, "waiting for another download of the same file was stopped");
            }
        }
    }
    ~BlobLock()
    {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
    BlobLock(const BlobLock&) = delete;
    BlobLock& operator=(const BlobLock&) = delete;

private:
    int m_fd = -1;
};

/**
 * SHA-256 on its own thread, fed the bytes as they arrive, so that hashing overlaps the network
 * and the disk instead of adding to them. The queue is bounded (64 MiB) so a slow hash slows the
 * download rather than filling memory.
 */
class BackgroundHash {
public:
    BackgroundHash() : m_thread([this] { loop(); }) {}
    ~BackgroundHash()
    {
        finish();
    }
    void update(const char* data, size_t n)
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [&] { return m_queued < kMaxQueued; });
        // Recycled buffers: a fresh 512 KiB allocation per chunk is an mmap + page faults each time.
        std::string buffer;
        if (!m_free.empty()) {
            buffer = std::move(m_free.back());
            m_free.pop_back();
        }
        buffer.assign(data, n);
        m_queue.push_back(std::move(buffer));
        m_queued += n;
        m_ready.notify_one();
    }
    /** Starts over (the server sent the file from its first byte). */
    void reset()
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [&] { return m_queue.empty() && !m_busy; });
        m_hash.reset();
    }
    std::string hex()
    {
        finish();
        return m_hash.hex();
    }

private:
    static constexpr size_t kMaxQueued = 64u << 20;
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
            m_ready.notify_one();
        }
        if (m_thread.joinable())
            m_thread.join();
    }
    void loop()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_ready.wait(lock, [&] { return !m_queue.empty() || m_done; });
            if (m_queue.empty())
                return;
            std::string chunk = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
            lock.unlock();
            m_hash.update(chunk.data(), chunk.size());
            lock.lock();
            m_busy = false;
            m_queued -= chunk.size();
            if (m_free.size() < 256)
                m_free.push_back(std::move(chunk));
            m_room.notify_all();
        }
    }

    Sha256 m_hash;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_room;
    std::deque<std::string> m_queue;
    std::vector<std::string> m_free;
    size_t m_queued = 0;
    bool m_busy = false;
    bool m_done = false;
    std::thread m_thread;
};

/** Content-Range: bytes START-END/TOTAL → START; -1 when absent or unreadable. */
long long contentRangeStart(const std::string& value)
{
    const size_t sp = value.find(' ');
    if (sp == std::string::npos)
        return -1;
    char* end = nullptr;
    const long long start = std::strtoll(value.c_str() + sp + 1, &end, 10);
    return (end && *end == '-') ? start : -1;
}

} // namespace

std::string formatBytes(uint64_t bytes)
{
    const char* units[] = {"B", "kB", "MB", "GB", "TB"};
    double v = static_cast<double>(bytes);
    int u = 0;
    while (v >= 1000.0 && u < 4) {
        v /= 1000.0;
        ++u;
    }
    char text[32];
    std::snprintf(text, sizeof text, u == 0 ? "%.0f %s" : (v < 10 ? "%.2f %s" : (v < 100 ? "%.1f %s" : "%.0f %s")), v, units[u]);
    return text;
}

std::vector<RepoFileInfo> selectModelFiles(const RepoInfo& info)
{
    static const char* kExact[] = {"config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json",
                                   "special_tokens_map.json", "added_tokens.json", "tokenizer.model", "vocab.json",
                                   "merges.txt", "README.md"};
    static const char* kPickles[] = {".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle"};
    std::vector<RepoFileInfo> out;
    std::vector<std::string> pickles;
    bool hasSafetensors = false;
    bool hasConfig = false;
    for (const RepoFileInfo& f : info.files) {
        if (f.path.find('/') != std::string::npos)
            continue; // subfolders (onnx/, original/, ...) are other formats of the same model
        const bool exact = std::any_of(std::begin(kExact), std::end(kExact), [&](const char* n) { return f.path == n; });
        const bool weights = endsWith(f.path, ".safetensors");
        const bool index = endsWith(f.path, ".safetensors.index.json");
        if (std::any_of(std::begin(kPickles), std::end(kPickles), [&](const char* e) { return endsWith(f.path, e); }))
            pickles.push_back(f.path);
        hasSafetensors = hasSafetensors || weights;
        hasConfig = hasConfig || f.path == "config.json";
        if (exact || weights || index)
            out.push_back(f);
    }
    if (!hasSafetensors) {
        if (!pickles.empty())
            throw HubError(HubErrorKind::Refused,
                           info.id + " has its weights only as PyTorch pickle files (" + pickles.front() +
                               (pickles.size() > 1 ? ", ..." : "") +
                               "). Falconry does not download or open pickles, because opening one can run any code. "
                               "Look for a safetensors version of this model (on its page, a community conversion, or a "
                               "\"safetensors\" pull request).");
        throw HubError(HubErrorKind::Refused, info.id + " has no model weights (no *.safetensors file at the top of the repository)");
    }
    if (!hasConfig)
        throw HubError(HubErrorKind::Refused, info.id + " has no config.json: it is not a Hugging Face transformers model");
    return out;
}

HubDownloader::HubDownloader(DownloadRequest request, const std::atomic<bool>* stop)
    : m_request(std::move(request)), m_stop(stop), m_api(m_request.settings, stop)
{
    if (!isValidRepoId(m_request.repoId))
        throw HubError(HubErrorKind::NotFound, "'" + m_request.repoId + "' is not a model name of the form organisation/model (for example tiiuae/falcon-7b)");
    if (m_request.revision.empty())
        m_request.revision = "main";
    if (m_request.cacheDir.empty())
        m_request.cacheDir = huggingFaceCacheDir();
}

const DownloadPlan& HubDownloader::plan()
{
    if (m_planned)
        return m_plan;
    const RepoInfo info = m_api.modelInfo(m_request.repoId, m_request.revision);
    const std::vector<RepoFileInfo> wanted = selectModelFiles(info);
    DownloadPlan p;
    p.repoId = m_request.repoId;
    p.revision = m_request.revision;
    p.license = info.license;
    p.gated = info.gated;
    p.repoDir = m_request.cacheDir / repoFolder(m_request.repoId);
    // Pin every file to one commit, so that a push during the download cannot mix two versions.
    const std::string pinned = info.sha.empty() ? m_request.revision : info.sha;
    for (const RepoFileInfo& f : wanted) {
        PlannedFile pf;
        pf.path = f.path;
        pf.meta = m_api.fileMetadata(m_request.repoId, pinned, f.path);
        if (p.commit.empty())
            p.commit = !info.sha.empty() ? info.sha : pf.meta.commit;
        if (!pf.meta.commit.empty() && !info.sha.empty() && pf.meta.commit != info.sha)
            throw HubError(HubErrorKind::Protocol, f.path + " resolved to commit " + pf.meta.commit + ", the model info said " + info.sha);
        pf.sha256 = !f.lfsSha256.empty() ? f.lfsSha256 : (pf.meta.isLfs ? pf.meta.etag : std::string());
        if (pf.meta.etag.find('/') != std::string::npos || pf.meta.etag.find("..") != std::string::npos)
            throw HubError(HubErrorKind::Protocol, f.path + ": ETag '" + pf.meta.etag + "' cannot name a file");
        std::error_code ec;
        const fs::path blob = p.repoDir / "blobs" / pf.meta.etag;
        if (fs::is_regular_file(blob, ec)) {
            pf.complete = true;
            pf.cachedBytes = pf.meta.size;
        } else if (const auto partial = fs::file_size(fs::path(blob.string() + ".incomplete"), ec); !ec) {
            pf.cachedBytes = std::min<uint64_t>(partial, pf.meta.size);
        }
        p.totalBytes += pf.meta.size;
        p.bytesToFetch += pf.meta.size - pf.cachedBytes;
        p.files.push_back(std::move(pf));
    }
    if (p.commit.empty())
        throw HubError(HubErrorKind::Protocol, "the server named no commit for " + m_request.repoId + " (neither \"sha\" nor X-Repo-Commit)");
    p.snapshotDir = p.repoDir / "snapshots" / p.commit;
    std::error_code ec;
    fs::path existing = m_request.cacheDir;
    while (!existing.empty() && !fs::exists(existing, ec))
        existing = existing.parent_path();
    p.freeBytes = existing.empty() ? 0 : fs::space(existing, ec).available;
    // config.json is small: read it now so that the memory plan can be shown before downloading.
    for (const PlannedFile& f : p.files) {
        if (f.path != "config.json")
            continue;
        HttpRequest r;
        r.url = f.meta.location;
        r.headers = m_api.baseHeaders(urlOrigin(r.url) == urlOrigin(m_api.endpoint()));
        r.followRedirects = true;
        r.totalTimeoutSeconds = 60;
        p.configJson = m_api.send(r, "config.json of " + p.repoId, p.repoId).body;
    }
    m_plan = std::move(p);
    m_planned = true;
    return m_plan;
}

DownloadResult HubDownloader::run(const DownloadProgressFn& progress)
{
    const auto started = Clock::now();
    plan();
    // Free space: what is left to fetch plus 1% (file-system overhead) must fit.
    const uint64_t needed = m_plan.bytesToFetch + m_plan.bytesToFetch / 100;
    if (needed > m_plan.freeBytes)
        throw HubError(HubErrorKind::DiskFull, m_plan.repoId + " needs " + formatBytes(m_plan.bytesToFetch) + " more, but only " +
                                                   formatBytes(m_plan.freeBytes) + " are free on the disk of " +
                                                   m_request.cacheDir.string() + ". Free some space or choose another cache folder.");
    fs::create_directories(m_plan.repoDir / "blobs");
    m_done = 0;
    for (const PlannedFile& f : m_plan.files)
        m_done += f.complete ? f.meta.size : 0;
    m_fetched = 0;
    for (size_t i = 0; i < m_plan.files.size(); ++i)
        if (!m_plan.files[i].complete)
            fetchFile(m_plan.files[i], static_cast<int>(i), progress);
    // The snapshot and the ref appear only once every blob is there, so that the Model page (and
    // resolveModelPath) never offer a half-downloaded model.
    fs::create_directories(m_plan.snapshotDir);
    for (const PlannedFile& f : m_plan.files)
        linkIntoSnapshot(f);
    if (m_plan.revision != m_plan.commit) {
        fs::create_directories((m_plan.repoDir / "refs" / m_plan.revision).parent_path());
        writeFileAtomically(m_plan.repoDir / "refs" / m_plan.revision, m_plan.commit);
    }
    if (progress) {
        DownloadProgress last;
        last.fileCount = static_cast<int>(m_plan.files.size());
        last.fileIndex = last.fileCount - 1;
        last.done = last.total = m_plan.totalBytes;
        last.secondsLeft = 0;
        last.bytesPerSecond = m_rate;
        last.note = "done";
        progress(last);
    }
    DownloadResult result;
    result.snapshotDir = m_plan.snapshotDir;
    result.commit = m_plan.commit;
    result.bytesFetched = m_fetched;
    result.totalBytes = m_plan.totalBytes;
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}

void HubDownloader::linkIntoSnapshot(const PlannedFile& file) const
{
    const fs::path blob = m_plan.repoDir / "blobs" / file.meta.etag;
    const fs::path link = m_plan.snapshotDir / file.path;
    fs::create_directories(link.parent_path());
    std::error_code ec;
    if (fs::is_symlink(link, ec) || fs::exists(link, ec))
        fs::remove(link, ec);
    // Relative, as huggingface_hub makes them (../../blobs/<etag>): the cache can be moved.
    fs::create_symlink(fs::relative(blob, link.parent_path()), link, ec);
    if (ec) // a file system without symlinks: a copy still works for every reader
        fs::copy_file(blob, link, fs::copy_options::overwrite_existing);
}

void HubDownloader::fetchFile(PlannedFile& file, int index, const DownloadProgressFn& progress)
{
    const fs::path blob = m_plan.repoDir / "blobs" / file.meta.etag;
    const fs::path partial = blob.string() + ".incomplete";
    BlobLock lock(m_request.cacheDir / ".locks" / repoFolder(m_plan.repoId) / (file.meta.etag + ".lock"), m_stop);
    std::error_code ec;
    if (fs::is_regular_file(blob, ec)) { // another process finished it meanwhile
        file.complete = true;
        m_done += file.meta.size;
        return;
    }
    const uint64_t size = file.meta.size;
    const bool verify = !file.sha256.empty();
    BackgroundHash hash;
    uint64_t offset = 0;
    if (auto existing = fs::file_size(partial, ec); !ec && existing <= size) {
        offset = existing;
    } else if (!ec) {
        fs::resize_file(partial, 0); // longer than the file: not ours to trust
    }
    std::FILE* out = std::fopen(partial.c_str(), "ab");
    if (!out)
        throw HubError(HubErrorKind::DiskFull, "cannot write " + partial.string() + ": " + std::strerror(errno));
    struct Closer {
        std::FILE*& f;
        ~Closer()
        {
            if (f)
                std::fclose(f);
        }
    } closer{out};

    DownloadProgress p;
    p.file = file.path;
    p.fileIndex = index;
    p.fileCount = static_cast<int>(m_plan.files.size());
    p.fileSize = size;
    p.total = m_plan.totalBytes;
    auto lastReport = Clock::now() - std::chrono::seconds(1);
    auto rateMark = Clock::now();
    uint64_t rateBytes = 0;
    const auto report = [&](bool force) {
        const auto now = Clock::now();
        const double window = std::chrono::duration<double>(now - rateMark).count();
        if (window >= 0.5) { // rate over half-second windows, smoothed
            const double instant = static_cast<double>(rateBytes) / window;
            m_rate = m_rate == 0.0 ? instant : 0.7 * m_rate + 0.3 * instant;
            rateMark = now;
            rateBytes = 0;
        }
        if (!progress || (!force && now - lastReport < std::chrono::milliseconds(100)))
            return true;
        lastReport = now;
        p.fileDone = offset;
        p.done = m_done + offset;
        p.bytesPerSecond = m_rate;
        p.secondsLeft = m_rate > 0 ? static_cast<double>(p.total - p.done) / m_rate : -1.0;
        return progress(p);
    };

    if (verify && offset > 0) { // the bytes already on disk count towards the hash
        p.note = "checking the " + formatBytes(offset) + " downloaded before";
        report(true);
        std::ifstream in(partial, std::ios::binary);
        std::vector<char> buffer(1 << 20);
        uint64_t left = offset;
        while (left > 0 && in) {
            in.read(buffer.data(), static_cast<std::streamsize>(std::min<uint64_t>(buffer.size(), left)));
            hash.update(buffer.data(), static_cast<size_t>(in.gcount()));
            left -= static_cast<uint64_t>(in.gcount());
        }
        m_api.checkStopped("downloading " + file.path);
    }
    p.note = offset > 0 ? "resuming at " + formatBytes(offset) : std::string();

    const bool sameOrigin = urlOrigin(file.meta.location) == urlOrigin(m_api.endpoint());
    int failures = 0;
    while (offset < size) {
        m_api.checkStopped("downloading " + file.path);
        const uint64_t offsetBefore = offset;
        HttpRequest r;
        r.url = file.meta.location;
        r.headers = m_api.baseHeaders(sameOrigin); // signed CDN URLs must not get the token
        addHeader(r, "Accept-Encoding", "identity");
        if (offset > 0)
            addHeader(r, "Range", "bytes=" + std::to_string(offset) + "-");
        r.followRedirects = true;
        r.connectTimeoutSeconds = m_api.retry().connectTimeoutSeconds;
        r.stallSeconds = m_api.retry().stallSeconds;
        r.onHeaders = [&](const HttpResponse& response) {
            if (response.status == 206 && contentRangeStart(response.header("content-range")) == static_cast<long long>(offset))
                return;
            // 200 (Range ignored) or a range we did not ask for: start the file over.
            if (std::fflush(out) != 0 || ::ftruncate(::fileno(out), 0) != 0)
                throw HubError(HubErrorKind::DiskFull, "cannot rewrite " + partial.string() + ": " + std::strerror(errno));
            offset = 0;
            hash.reset();
        };
        r.onBody = [&](const char* data, size_t n) {
            if (offset + n > size)
                throw HubError(HubErrorKind::Protocol, file.path + ": the server sent more than the announced " + std::to_string(size) + " bytes");
            if (std::fwrite(data, 1, n, out) != n)
                throw HubError(HubErrorKind::DiskFull, "writing " + file.path + " failed (" + std::strerror(errno) +
                                                           "): free some space, the download resumes where it stopped");
            if (verify)
                hash.update(data, n);
            offset += n;
            m_fetched += n;
            rateBytes += n;
            return report(false) && !(m_stop && m_stop->load());
        };
        try {
            const HttpResponse response = m_api.http().perform(r);
            if (response.status == 416 && offset > 0) { // our range starts past the end: start over
                std::fflush(out);
                if (::ftruncate(::fileno(out), 0) != 0)
                    throw HubError(HubErrorKind::DiskFull, "cannot rewrite " + partial.string());
                offset = 0;
                hash.reset();
                continue;
            }
            m_api.raiseForStatus(response, "downloading " + file.path, m_plan.repoId);
            if (response.status < 200 || response.status >= 300)
                throw HubError(HubErrorKind::Protocol, "downloading " + file.path + ": HTTP " + std::to_string(response.status));
            if (offset < size) // the server closed the connection cleanly before the end
                throw HubError(HubErrorKind::Network, "downloading " + file.path + ": the connection ended at " + std::to_string(offset) + " of " + std::to_string(size) + " bytes");
        } catch (const HubError& e) {
            if (e.kind() == HubErrorKind::Cancelled || (m_stop && m_stop->load()))
                throw HubError(HubErrorKind::Cancelled, "the download of " + m_plan.repoId + " was stopped; it resumes where it stopped");
            if (e.kind() != HubErrorKind::Network && e.kind() != HubErrorKind::Server)
                throw;
            failures = offset > offsetBefore ? 1 : failures + 1; // progress since the last failure resets the count
            if (failures >= m_api.retry().attempts)
                throw HubError(e.kind(), "no connection to " + m_api.endpoint() + " while downloading " + file.path + " (" + e.what() +
                                             ", " + std::to_string(failures) + " tries): check the network; " + formatBytes(offset) +
                                             " are kept and the next download resumes there");
            p.note = "connection lost, retrying";
            report(true);
            if (!m_api.backoff(failures))
                throw HubError(HubErrorKind::Cancelled, "the download of " + m_plan.repoId + " was stopped; it resumes where it stopped");
            p.note.clear();
        }
    }
    if (std::fflush(out) != 0)
        throw HubError(HubErrorKind::DiskFull, "writing " + file.path + " failed (" + std::strerror(errno) + ")");
    std::fclose(out);
    out = nullptr;
    if (verify) {
        const std::string got = hash.hex();
        if (got != file.sha256) {
            fs::remove(partial, ec); // corrupt: never used, never resumed
            throw HubError(HubErrorKind::Checksum, file.path + " of " + m_plan.repoId + " is corrupt: its sha256 is " + got +
                                                       ", the Hub says " + file.sha256 + ". It was deleted; download again.");
        }
    }
    // No fsync, as huggingface_hub: a killed process leaves the page cache intact, and the blob's
    // name is only given once every byte is written and checked.
    fs::rename(partial, blob);
    file.complete = true;
    m_done += size;
    report(true);
}

} // namespace falconry
