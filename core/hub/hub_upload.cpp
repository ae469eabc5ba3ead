#include "core/hub/hub_upload.h"

#include "core/hub/base64.h"
#include "core/hub/hub_error.h"
#include "core/hub/sha256.h"
#include "core/util/atomic_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <fstream>

namespace fs = std::filesystem;

namespace falconry {
namespace {

constexpr size_t kChunk = 256; // files per preupload / batch request, as huggingface_hub

/** One file of the commit: on disk or generated in memory. */
struct Addition {
    std::string pathInRepo;
    fs::path local;                 // empty: `content`
    std::string content;
    uint64_t size = 0;
    std::string sha256;
    std::string sample;             // first 512 bytes
    bool lfs = false;
    bool ignored = false;
};

std::string readSample(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::string s(512, '\0');
    in.read(s.data(), 512);
    s.resize(static_cast<size_t>(in.gcount()));
    return s;
}

std::vector<Addition> collect(const UploadRequest& request)
{
    std::vector<Addition> out;
    std::error_code ec;
    if (!request.folder.empty()) {
        if (!fs::is_directory(request.folder, ec))
            throw HubError(HubErrorKind::Refused, "nothing to upload: " + request.folder.string() + " is not a folder");
        for (auto it = fs::recursive_directory_iterator(request.folder, ec); it != fs::recursive_directory_iterator(); it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (!name.empty() && name[0] == '.') { // .git, .cache, temporary files
                if (it->is_directory(ec))
                    it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file(ec))
                continue;
            Addition a;
            a.pathInRepo = fs::relative(it->path(), request.folder).generic_string();
            if (request.extraFiles.count(a.pathInRepo))
                continue;
            a.local = it->path();
            a.size = fs::file_size(it->path());
            out.push_back(std::move(a));
        }
    }
    for (const auto& [path, content] : request.extraFiles) {
        Addition a;
        a.pathInRepo = path;
        a.content = content;
        a.size = content.size();
        out.push_back(std::move(a));
    }
    std::sort(out.begin(), out.end(), [](const Addition& a, const Addition& b) { return a.pathInRepo < b.pathInRepo; });
    if (out.empty())
        throw HubError(HubErrorKind::Refused, "nothing to upload: " + request.folder.string() + " has no files");
    return out;
}

nlohmann::json parseJson(const HttpResponse& response, const std::string& what)
{
    auto j = nlohmann::json::parse(response.body, nullptr, false);
    if (j.is_discarded())
        throw HubError(HubErrorKind::Protocol, what + ": the answer is not JSON");
    return j;
}

class Uploader {
public:
    Uploader(const UploadRequest& request, const UploadProgressFn& progress, const std::atomic<bool>* stop)
        : m_request(request), m_progress(progress), m_api(request.settings, stop)
    {
    }

    UploadResult run()
    {
        std::vector<Addition> files = collect(m_request);
        for (Addition& a : files) { // hash before any request: a bad folder fails fast
            report("hashing", a.pathInRepo);
            a.sha256 = a.local.empty() ? Sha256::of(a.content) : Sha256::ofFile(a.local);
            a.sample = a.local.empty() ? a.content.substr(0, 512) : readSample(a.local);
            m_total += a.size;
        }
        UploadResult result;
        result.repoId = qualifiedRepoId();
        result.createdRepo = createRepo(result.repoId);
        preupload(result.repoId, files);
        std::vector<Addition*> lfs;
        for (Addition& a : files)
            if (a.lfs && !a.ignored)
                lfs.push_back(&a);
        result.lfsUploaded = uploadLfs(result.repoId, lfs);
        commit(result, files);
        result.repoUrl = m_api.endpoint() + "/" + result.repoId;
        result.files = static_cast<size_t>(std::count_if(files.begin(), files.end(), [](const Addition& a) { return !a.ignored; }));
        result.lfsFiles = lfs.size();
        result.bytesSent = m_sent;
        report("done", "");
        return result;
    }

private:
    void report(const std::string& phase, const std::string& file)
    {
        m_api.checkStopped("the upload");
        if (!m_progress)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (phase == m_lastPhase && file == m_lastFile && now - m_lastReport < std::chrono::milliseconds(100))
            return; // curl calls back very often; the UI needs ~10 updates a second
        m_lastPhase = phase;
        m_lastFile = file;
        m_lastReport = now;
        UploadProgress p;
        p.phase = phase;
        p.file = file;
        p.done = m_sent;
        p.total = m_total;
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
        p.bytesPerSecond = seconds > 0 ? static_cast<double>(m_sent) / seconds : 0.0;
        if (!m_progress(p))
            throw HubError(HubErrorKind::Cancelled, "the upload was stopped; nothing was committed");
    }

    std::string qualifiedRepoId()
    {
        const HubAccount me = m_api.whoami(); // also checks the token before anything is sent
        m_user = me.name;
        const std::string id = m_request.repoId.find('/') == std::string::npos ? me.name + "/" + m_request.repoId : m_request.repoId;
        if (!isValidRepoId(id))
            throw HubError(HubErrorKind::Refused, "'" + m_request.repoId + "' is not a repository name (letters, digits, '-', '_', '.'; e.g. falcon-7b-support)");
        return id;
    }

    bool createRepo(const std::string& repoId)
    {
        const std::string ns = repoId.substr(0, repoId.find('/'));
        nlohmann::json body = {{"name", repoId.substr(repoId.find('/') + 1)}, {"private", m_request.isPrivate}};
        if (ns != m_user)
            body["organization"] = ns;
        HttpRequest r;
        r.method = "POST";
        r.url = m_api.endpoint() + "/api/repos/create";
        r.headers = m_api.baseHeaders();
        addHeader(r, "Content-Type", "application/json");
        r.body = body.dump();
        try {
            m_api.send(r, "creating " + repoId, repoId);
            return true;
        } catch (const HubError& e) {
            if (e.httpStatus() == 409)
                return false; // it exists: upload into it
            throw;
        }
    }

    void preupload(const std::string& repoId, std::vector<Addition>& files)
    {
        for (size_t start = 0; start < files.size(); start += kChunk) {
            report("preparing", "");
            const size_t end = std::min(files.size(), start + kChunk);
            nlohmann::json list = nlohmann::json::array();
            for (size_t i = start; i < end; ++i)
                list.push_back({{"path", files[i].pathInRepo}, {"sample", base64Encode(files[i].sample)}, {"size", files[i].size},
                                {"sha", files[i].sha256}});
            HttpRequest r;
            r.method = "POST";
            r.url = m_api.endpoint() + "/api/models/" + repoId + "/preupload/" + urlEncode(m_request.revision, false);
            r.headers = m_api.baseHeaders();
            addHeader(r, "Content-Type", "application/json");
            r.body = nlohmann::json{{"files", list}}.dump();
            const std::string what = "asking " + repoId + " how to upload the files";
            const auto j = parseJson(m_api.send(r, what, repoId), what);
            if (!j.contains("files") || !j["files"].is_array())
                throw HubError(HubErrorKind::Protocol, what + ": no \"files\" in the answer");
            for (const auto& f : j["files"]) {
                const std::string path = f.value("path", std::string());
                const std::string mode = f.value("uploadMode", std::string());
                if (mode != "lfs" && mode != "regular")
                    throw HubError(HubErrorKind::Protocol, what + ": upload mode '" + mode + "' for " + path);
                auto it = std::find_if(files.begin() + static_cast<long>(start), files.begin() + static_cast<long>(end),
                                       [&](const Addition& a) { return a.pathInRepo == path; });
                if (it == files.begin() + static_cast<long>(end))
                    continue;
                it->lfs = mode == "lfs" && it->size > 0; // empty files cannot go through LFS
                it->ignored = f.value("shouldIgnore", false);
            }
        }
    }

    size_t uploadLfs(const std::string& repoId, const std::vector<Addition*>& lfs)
    {
        size_t uploaded = 0;
        for (size_t start = 0; start < lfs.size(); start += kChunk) {
            const size_t end = std::min(lfs.size(), start + kChunk);
            nlohmann::json objects = nlohmann::json::array();
            for (size_t i = start; i < end; ++i)
                objects.push_back({{"oid", lfs[i]->sha256}, {"size", lfs[i]->size}});
            HttpRequest r;
            r.method = "POST";
            r.url = m_api.endpoint() + "/" + repoId + ".git/info/lfs/objects/batch";
            r.headers = m_api.baseHeaders();
            addHeader(r, "Accept", "application/vnd.git-lfs+json");
            addHeader(r, "Content-Type", "application/vnd.git-lfs+json");
            r.body = nlohmann::json{{"operation", "upload"}, {"transfers", {"basic", "multipart"}}, {"objects", objects},
                                    {"hash_algo", "sha256"}, {"ref", {{"name", m_request.revision}}}}
                         .dump();
            const std::string what = "the LFS batch request for " + repoId;
            const auto j = parseJson(m_api.send(r, what, repoId), what);
            if (!j.contains("objects") || !j["objects"].is_array())
                throw HubError(HubErrorKind::Protocol, what + ": no \"objects\" in the answer");
            for (const auto& o : j["objects"]) {
                const std::string oid = o.value("oid", std::string());
                auto it = std::find_if(lfs.begin() + static_cast<long>(start), lfs.begin() + static_cast<long>(end),
                                       [&](const Addition* a) { return a->sha256 == oid; });
                if (it == lfs.begin() + static_cast<long>(end))
                    throw HubError(HubErrorKind::Protocol, what + ": an answer for an object not asked about (" + oid + ")");
                if (o.contains("error") && o["error"].is_object())
                    throw HubError(HubErrorKind::Protocol, (*it)->pathInRepo + " was refused by the LFS server: " +
                                                               o["error"].value("message", std::string("no reason given")));
                if (!o.contains("actions") || !o["actions"].is_object() || !o["actions"].contains("upload")) {
                    m_sent += (*it)->size; // the server has this content already
                    report("uploading", (*it)->pathInRepo);
                    continue;
                }
                uploadOne(**it, o["actions"]);
                ++uploaded;
            }
        }
        return uploaded;
    }

    std::vector<std::string> actionHeaders(const nlohmann::json& action) const
    {
        std::vector<std::string> out;
        if (action.contains("header") && action["header"].is_object())
            for (const auto& [k, v] : action["header"].items())
                if (v.is_string() && k != "chunk_size" && !std::all_of(k.begin(), k.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
                    out.push_back(k + ": " + v.get<std::string>());
        return out;
    }

    HttpRequest putRequest(const Addition& a, const std::string& url, uint64_t offset, uint64_t length) const
    {
        HttpRequest r;
        r.method = "PUT";
        r.url = url;
        if (a.local.empty()) {
            r.body = a.content.substr(offset, length);
        } else {
            r.uploadFile = a.local;
            r.uploadOffset = offset;
            r.uploadLength = length;
        }
        r.headers.push_back("User-Agent: falconry");
        return r;
    }

    void uploadOne(const Addition& a, const nlohmann::json& actions)
    {
        const auto& upload = actions["upload"];
        const std::string href = upload.value("href", std::string());
        if (href.empty())
            throw HubError(HubErrorKind::Protocol, "the LFS upload action for " + a.pathInRepo + " has no href");
        const std::string what = "uploading " + a.pathInRepo;
        const uint64_t before = m_sent;
        const auto onProgress = [&](uint64_t part) {
            report("uploading", a.pathInRepo);
            (void)part;
            return true;
        };
        const auto header = upload.contains("header") && upload["header"].is_object() ? upload["header"] : nlohmann::json::object();
        if (header.contains("chunk_size")) {
            // Multipart: numbered part URLs in the header, each PUT returns an ETag, then a completion POST.
            const uint64_t chunk = header["chunk_size"].is_string() ? std::stoull(header["chunk_size"].get<std::string>())
                                                                    : header["chunk_size"].get<uint64_t>();
            std::vector<std::pair<int, std::string>> parts;
            for (const auto& [k, v] : header.items())
                if (!k.empty() && std::all_of(k.begin(), k.end(), [](unsigned char c) { return std::isdigit(c) != 0; }) && v.is_string())
                    parts.emplace_back(std::stoi(k), v.get<std::string>());
            std::sort(parts.begin(), parts.end());
            if (chunk == 0 || parts.size() != (a.size + chunk - 1) / chunk)
                throw HubError(HubErrorKind::Protocol, what + ": the server's part list does not fit the file size");
            nlohmann::json done = nlohmann::json::array();
            for (size_t i = 0; i < parts.size(); ++i) {
                const uint64_t offset = i * chunk;
                HttpRequest r = putRequest(a, parts[i].second, offset, std::min(chunk, a.size - offset));
                const uint64_t base = m_sent;
                r.onProgress = [&, base](uint64_t n) { m_sent = base + n; return onProgress(n); };
                const HttpResponse response = m_api.send(r, what, "");
                m_sent = base + std::min(chunk, a.size - offset);
                const std::string etag = response.header("etag");
                if (etag.empty())
                    throw HubError(HubErrorKind::Protocol, what + ": part " + std::to_string(i + 1) + " was stored without an ETag");
                done.push_back({{"partNumber", parts[i].first}, {"etag", etag}});
            }
            HttpRequest complete;
            complete.method = "POST";
            complete.url = href;
            addHeader(complete, "Accept", "application/vnd.git-lfs+json");
            addHeader(complete, "Content-Type", "application/vnd.git-lfs+json");
            complete.body = nlohmann::json{{"oid", a.sha256}, {"parts", done}}.dump();
            m_api.send(complete, what + " (completing the parts)", "");
        } else {
            HttpRequest r = putRequest(a, href, 0, a.size);
            for (const std::string& h : actionHeaders(upload))
                r.headers.push_back(h); // git-lfs: the action's headers go with its request
            r.onProgress = [&](uint64_t n) { m_sent = before + n; return onProgress(n); };
            m_api.send(r, what, "");
        }
        m_sent = before + a.size;
        if (actions.contains("verify") && actions["verify"].is_object()) {
            const auto& verify = actions["verify"];
            HttpRequest r;
            r.method = "POST";
            r.url = verify.value("href", std::string());
            r.headers = m_api.baseHeaders();
            for (const std::string& h : actionHeaders(verify))
                r.headers.push_back(h);
            addHeader(r, "Accept", "application/vnd.git-lfs+json");
            addHeader(r, "Content-Type", "application/vnd.git-lfs+json");
            r.body = nlohmann::json{{"oid", a.sha256}, {"size", a.size}}.dump();
            m_api.send(r, "verifying the upload of " + a.pathInRepo, "");
        }
        report("uploading", a.pathInRepo);
    }

    void commit(UploadResult& result, const std::vector<Addition>& files)
    {
        report("committing", "");
        std::string payload = nlohmann::json{{"key", "header"},
                                             {"value", {{"summary", m_request.commitMessage.empty() ? "Upload with Falconry" : m_request.commitMessage},
                                                        {"description", m_request.commitDescription}}}}
                                  .dump() +
                              "\n";
        for (const Addition& a : files) {
            if (a.ignored)
                continue;
            nlohmann::json line;
            if (a.lfs) {
                line = {{"key", "lfsFile"}, {"value", {{"path", a.pathInRepo}, {"algo", "sha256"}, {"oid", a.sha256}, {"size", a.size}}}};
            } else {
                const std::string bytes = a.local.empty() ? a.content : readWholeFile(a.local);
                line = {{"key", "file"}, {"value", {{"content", base64Encode(bytes)}, {"path", a.pathInRepo}, {"encoding", "base64"}}}};
                m_sent += a.size;
            }
            payload += line.dump() + "\n";
        }
        HttpRequest r;
        r.method = "POST";
        r.url = m_api.endpoint() + "/api/models/" + result.repoId + "/commit/" + urlEncode(m_request.revision, false);
        r.headers = m_api.baseHeaders();
        addHeader(r, "Content-Type", "application/x-ndjson");
        r.body = std::move(payload);
        const std::string what = "the commit to " + result.repoId;
        const auto j = parseJson(m_api.send(r, what, result.repoId), what);
        result.commitUrl = j.value("commitUrl", std::string());
        result.commitOid = j.value("commitOid", std::string());
    }

    const UploadRequest& m_request;
    const UploadProgressFn& m_progress;
    HubApi m_api;
    std::string m_user;
    uint64_t m_total = 0;
    uint64_t m_sent = 0;
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point m_lastReport;
    std::string m_lastPhase;
    std::string m_lastFile;
};

} // namespace

UploadResult uploadFolder(const UploadRequest& request, const UploadProgressFn& progress, const std::atomic<bool>* stop)
{
    return Uploader(request, progress, stop).run();
}

} // namespace falconry
