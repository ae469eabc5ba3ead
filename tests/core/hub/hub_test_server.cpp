// A fake Hugging Face Hub on 127.0.0.1 for the hub client's tests and benchmark.
#include "hub_test_server.h"

#include "core/hub/base64.h"
#include "core/hub/sha256.h"

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <sstream>
#include <stdexcept>

namespace falconry::test {

struct HubTestServer::Request {
    std::string method;
    std::string path;   // without the query
    std::string query;
    std::map<std::string, std::string> headers; // lower-case names
    std::string body;
    std::string header(const std::string& name) const
    {
        auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

struct HubTestServer::Response {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    bool sendBody = true;  // false for HEAD (Content-Length still announced)
    size_t announcedLength = std::string::npos; // HEAD: the length a GET would have
};

namespace {

const char* reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 206: return "Partial Content";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 416: return "Range Not Satisfiable";
    case 422: return "Unprocessable Entity";
    default: return "Status";
    }
}

bool sendAll(int fd, const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

std::string headerBlock(const HubTestServer::Response& r, size_t length)
{
    std::ostringstream out;
    out << "HTTP/1.1 " << r.status << ' ' << reason(r.status) << "\r\n";
    for (const auto& [k, v] : r.headers)
        out << k << ": " << v << "\r\n";
    out << "Content-Length: " << length << "\r\n\r\n";
    return out.str();
}

HubTestServer::Response error(int status, const std::string& code, const std::string& message)
{
    HubTestServer::Response r;
    r.status = status;
    if (!code.empty())
        r.headers.emplace_back("X-Error-Code", code);
    r.headers.emplace_back("X-Error-Message", message);
    r.headers.emplace_back("Content-Type", "application/json");
    r.body = nlohmann::json{{"error", message}}.dump();
    return r;
}

HubTestServer::Response json(const nlohmann::json& j, int status = 200)
{
    HubTestServer::Response r;
    r.status = status;
    r.headers.emplace_back("Content-Type", "application/json");
    r.body = j.dump();
    return r;
}

std::string percentDecode(const std::string& s)
{
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<std::string> split(const std::string& path)
{
    std::vector<std::string> parts;
    std::string cur;
    for (char c : path) {
        if (c == '/') {
            if (!cur.empty())
                parts.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty())
        parts.push_back(cur);
    return parts;
}

/** The git blob id of a regular file, as the Hub's ETag for non-LFS files (here: a stand-in of 40 hex). */
std::string blobId(const std::string& content)
{
    return Sha256::of("blob " + std::to_string(content.size()) + '\0' + content).substr(0, 40);
}

} // namespace

HubTestServer::HubTestServer()
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0; // a free port
    if (::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(m_listen, 64) != 0)
        throw std::runtime_error(std::string("test server: bind/listen failed: ") + std::strerror(errno));
    socklen_t len = sizeof addr;
    ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_acceptThread = std::thread([this] { acceptLoop(); });
}

HubTestServer::~HubTestServer()
{
    m_stopping = true;
    ::shutdown(m_listen, SHUT_RDWR);
    ::close(m_listen);
    m_acceptThread.join();
    {
        std::lock_guard lock(m_mutex);
        for (int fd : m_fds)
            ::shutdown(fd, SHUT_RDWR);
    }
    for (auto& t : m_connections)
        t.join();
}

std::string HubTestServer::url() const
{
    return "http://127.0.0.1:" + std::to_string(m_port);
}

void HubTestServer::addRepo(FakeRepo repo)
{
    std::lock_guard lock(m_mutex);
    for (const FakeFile& f : repo.files)
        if (f.lfs)
            m_lfs[digest(repo.id, f).first] = std::make_shared<const std::string>(f.content);
    m_repos[repo.id] = std::move(repo);
}

const std::pair<std::string, std::string>& HubTestServer::digest(const std::string& repo, const FakeFile& file)
{
    auto& d = m_digests[repo + "/" + file.path];
    if (d.first.empty())
        d = {Sha256::of(file.content), blobId(file.content)};
    return d;
}

void HubTestServer::addToken(const std::string& token, const std::string& user)
{
    std::lock_guard lock(m_mutex);
    m_tokens[token] = user;
}

void HubTestServer::dropOnce(const std::string& sha256, uint64_t afterBytes)
{
    std::lock_guard lock(m_mutex);
    m_drop[sha256] = afterBytes;
}

void HubTestServer::corrupt(const std::string& sha256, uint64_t index)
{
    std::lock_guard lock(m_mutex);
    m_corrupt[sha256] = index;
}

std::vector<std::string> HubTestServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_log;
}

std::vector<ReceivedCommit> HubTestServer::commits() const
{
    std::lock_guard lock(m_mutex);
    return m_commits;
}

std::vector<std::string> HubTestServer::createdRepos() const
{
    std::lock_guard lock(m_mutex);
    return m_created;
}

size_t HubTestServer::lfsObjectCount() const
{
    std::lock_guard lock(m_mutex);
    return m_lfs.size();
}

void HubTestServer::acceptLoop()
{
    while (!m_stopping) {
        const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            break;
        int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::lock_guard lock(m_mutex);
        m_fds.push_back(fd);
        m_connections.emplace_back([this, fd] { serve(fd); });
    }
}

void HubTestServer::serve(int fd)
{
    std::string buffer;
    char chunk[65536];
    while (!m_stopping) {
        size_t headerEnd;
        while ((headerEnd = buffer.find("\r\n\r\n")) == std::string::npos) {
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                goto done;
            buffer.append(chunk, static_cast<size_t>(n));
        }
        Request req;
        {
            std::istringstream head(buffer.substr(0, headerEnd));
            std::string line;
            std::getline(head, line);
            std::istringstream first(line);
            std::string target;
            first >> req.method >> target;
            const size_t q = target.find('?');
            req.path = percentDecode(target.substr(0, q));
            req.query = q == std::string::npos ? std::string() : target.substr(q + 1);
            while (std::getline(head, line)) {
                if (!line.empty() && line.back() == '\r')
                    line.pop_back();
                const size_t colon = line.find(':');
                if (colon == std::string::npos)
                    continue;
                std::string name = line.substr(0, colon);
                std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
                size_t v = colon + 1;
                while (v < line.size() && line[v] == ' ')
                    ++v;
                req.headers[name] = line.substr(v);
            }
        }
        buffer.erase(0, headerEnd + 4);
        const size_t length = req.header("content-length").empty() ? 0 : std::stoull(req.header("content-length"));
        while (buffer.size() < length) {
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                goto done;
            buffer.append(chunk, static_cast<size_t>(n));
        }
        req.body = buffer.substr(0, length);
        buffer.erase(0, length);
        {
            std::lock_guard lock(m_mutex);
            m_log.push_back(req.method + " " + req.path + (req.header("range").empty() ? "" : " range=" + req.header("range")) +
                            (req.header("authorization").empty() ? "" : " auth"));
        }
        bool handled = false; // the handler wrote the response itself (or dropped the connection)
        Response r = handle(req, fd, handled);
        if (handled) {
            if (r.status < 0)
                goto done;
            continue;
        }
        const size_t announced = r.announcedLength != std::string::npos ? r.announcedLength : r.body.size();
        const std::string head = headerBlock(r, announced);
        if (!sendAll(fd, head.data(), head.size()))
            goto done;
        if (r.sendBody && req.method != "HEAD" && !sendAll(fd, r.body.data(), r.body.size()))
            goto done;
    }
done:
    ::shutdown(fd, SHUT_RDWR);
    ::close(fd);
    std::lock_guard lock(m_mutex);
    m_fds.erase(std::remove(m_fds.begin(), m_fds.end(), fd), m_fds.end());
}

std::string HubTestServer::userOf(const Request& request) const
{
    const std::string auth = request.header("authorization");
    if (auth.rfind("Bearer ", 0) != 0)
        return {};
    auto it = m_tokens.find(auth.substr(7));
    return it == m_tokens.end() ? std::string() : it->second;
}

HubTestServer::Response HubTestServer::handle(const Request& req, int fd, bool& handled)
{
    const auto parts = split(req.path);
    if (req.path.rfind("/lfs-objects/", 0) == 0)
        return serveLfs(req, fd, handled);
    std::lock_guard lock(m_mutex);
    if (req.path == "/api/whoami-v2") {
        const std::string user = userOf(req);
        if (user.empty())
            return error(401, "", "Invalid credentials in Authorization header");
        return json({{"type", "user"}, {"name", user}, {"fullname", "Test User"}, {"orgs", nlohmann::json::array()},
                     {"auth", {{"type", "access_token"}, {"accessToken", {{"role", "write"}}}}}});
    }
    if (parts.size() >= 6 && parts[0] == "api" && parts[1] == "models" && parts[4] == "revision" && req.method == "GET")
        return modelInfo(req);
    if (parts.size() >= 5 && parts[2] == "resolve" && (req.method == "GET" || req.method == "HEAD"))
        return resolve(req, req.method == "HEAD");
    return upload(req);
}

HubTestServer::Response HubTestServer::modelInfo(const Request& req)
{
    const auto parts = split(req.path);
    const std::string id = parts[2] + "/" + parts[3];
    auto it = m_repos.find(id);
    if (it == m_repos.end())
        return error(404, "RepoNotFound", "Repository not found");
    const FakeRepo& repo = it->second;
    const std::string revision = parts[5];
    if (revision != "main" && revision != repo.commit)
        return error(404, "RevisionNotFound", "Invalid rev id: " + revision);
    nlohmann::json siblings = nlohmann::json::array();
    for (const FakeFile& f : repo.files) {
        nlohmann::json s = {{"rfilename", f.path}};
        if (req.query.find("blobs=true") != std::string::npos || req.query.find("blobs=True") != std::string::npos) {
            s["size"] = f.content.size();
            s["blobId"] = digest(repo.id, f).second;
            if (f.lfs)
                s["lfs"] = {{"sha256", digest(repo.id, f).first}, {"size", f.content.size()}, {"pointerSize", 134}};
        }
        siblings.push_back(s);
    }
    return json({{"_id", "0"},
                 {"id", repo.id},
                 {"modelId", repo.id},
                 {"sha", repo.commit},
                 {"private", false},
                 {"gated", repo.gated ? nlohmann::json("manual") : nlohmann::json(false)},
                 {"tags", {"transformers", "safetensors", "falcon", "license:" + repo.license}},
                 {"cardData", {{"license", repo.license}}},
                 {"siblings", siblings}});
}

HubTestServer::Response HubTestServer::resolve(const Request& req, bool head)
{
    const auto parts = split(req.path);
    const std::string id = parts[0] + "/" + parts[1];
    auto it = m_repos.find(id);
    if (it == m_repos.end())
        return error(404, "RepoNotFound", "Repository not found");
    const FakeRepo& repo = it->second;
    if (repo.gated && userOf(req).empty())
        return error(401, "GatedRepo", "Access to model " + id + " is restricted. You must have access to it and be authenticated to access it. Please log in.");
    const std::string revision = parts[3];
    if (revision != "main" && revision != repo.commit)
        return error(404, "RevisionNotFound", "Invalid rev id: " + revision);
    std::string path;
    for (size_t i = 4; i < parts.size(); ++i)
        path += (i > 4 ? "/" : "") + parts[i];
    auto file = std::find_if(repo.files.begin(), repo.files.end(), [&](const FakeFile& f) { return f.path == path; });
    if (file == repo.files.end()) {
        Response r = error(404, "EntryNotFound", "Entry not found");
        r.headers.emplace_back("X-Repo-Commit", repo.commit);
        return r;
    }
    Response r;
    r.headers.emplace_back("X-Repo-Commit", repo.commit);
    if (file->lfs) {
        const std::string sha = digest(repo.id, *file).first;
        r.status = 302;
        const std::string target = "/lfs-objects/" + sha + "?X-Amz-Signature=abc&response-content-disposition=attachment";
        r.headers.emplace_back("Location", m_relativeRedirects ? target : "http://localhost:" + std::to_string(m_port) + target);
        r.headers.emplace_back("X-Linked-Etag", "\"" + sha + "\"");
        r.headers.emplace_back("X-Linked-Size", std::to_string(file->content.size()));
        r.headers.emplace_back("ETag", "\"" + blobId(sha) + "\""); // the pointer file's id, not the content's
        r.body = "Found. Redirecting";
        return r;
    }
    r.headers.emplace_back("ETag", "\"" + digest(repo.id, *file).second + "\"");
    r.headers.emplace_back("Content-Type", "application/octet-stream");
    r.body = file->content;
    r.sendBody = !head;
    return r;
}

HubTestServer::Response HubTestServer::serveLfs(const Request& req, int fd, bool& handled)
{
    const std::string sha = split(req.path).back();
    std::shared_ptr<const std::string> stored;
    uint64_t dropAfter = UINT64_MAX;
    uint64_t corruptAt = UINT64_MAX;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_lfs.find(sha);
        if (it == m_lfs.end())
            return error(404, "", "NoSuchKey");
        stored = it->second;
        if (!req.header("authorization").empty())
            return error(400, "", "Only one auth mechanism allowed; a signed URL must not get an Authorization header");
        if (auto d = m_drop.find(sha); d != m_drop.end() && req.method == "GET") {
            dropAfter = d->second;
            m_drop.erase(d);
        }
        if (auto c = m_corrupt.find(sha); c != m_corrupt.end())
            corruptAt = c->second;
    }
    if (corruptAt < stored->size()) {
        auto copy = std::make_shared<std::string>(*stored);
        (*copy)[corruptAt] = static_cast<char>((*copy)[corruptAt] ^ 0x5a);
        stored = copy;
    }
    const std::string& content = *stored;
    Response r;
    r.headers.emplace_back("ETag", "\"s3-" + sha.substr(0, 32) + "\"");
    r.headers.emplace_back("Accept-Ranges", "bytes");
    size_t start = 0;
    if (const std::string range = req.header("range"); range.rfind("bytes=", 0) == 0) {
        start = std::stoull(range.substr(6));
        if (start >= content.size()) {
            Response bad = error(416, "", "InvalidRange");
            bad.headers.emplace_back("Content-Range", "bytes */" + std::to_string(content.size()));
            return bad;
        }
        r.status = 206;
        r.headers.emplace_back("Content-Range", "bytes " + std::to_string(start) + "-" + std::to_string(content.size() - 1) + "/" +
                                                    std::to_string(content.size()));
    }
    if (req.method == "HEAD") {
        r.announcedLength = content.size() - start;
        r.sendBody = false;
        return r;
    }
    handled = true;
    const size_t length = content.size() - start;
    const std::string head = headerBlock(r, length);
    if (!sendAll(fd, head.data(), head.size())) {
        r.status = -1;
        return r;
    }
    const size_t toSend = dropAfter < length ? static_cast<size_t>(dropAfter) : length;
    const uint64_t throttle = m_throttle.load();
    if (throttle == 0) {
        if (!sendAll(fd, content.data() + start, toSend))
            r.status = -1;
    } else {
        const size_t piece = std::max<size_t>(1024, static_cast<size_t>(throttle / 20)); // 20 pieces a second
        for (size_t sent = 0; sent < toSend && !m_stopping; sent += piece) {
            if (!sendAll(fd, content.data() + start + sent, std::min(piece, toSend - sent))) {
                r.status = -1;
                return r;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    if (toSend < length)
        r.status = -1; // dropped mid-file: close the connection
    return r;
}

HubTestServer::Response HubTestServer::upload(const Request& req)
{
    // Called with m_mutex held.
    const auto parts = split(req.path);
    const std::string user = userOf(req);
    const bool writes = req.method == "POST" || req.method == "PUT";
    if (writes && req.path.rfind("/lfs-upload/", 0) == 0) {
        // The LFS upload action: authorised by the action's own header, not by the Hub token.
        if (req.header("x-upload-token") != "lfs-secret")
            return error(403, "", "missing the upload action's header");
        const std::string oid = parts.back();
        if (Sha256::of(req.body) != oid)
            return error(400, "", "content does not match its oid");
        m_lfs[oid] = std::make_shared<const std::string>(req.body);
        return Response{};
    }
    if (writes && user.empty())
        return error(401, "", "Invalid credentials in Authorization header");
    if (req.path == "/api/repos/create" && req.method == "POST") {
        const auto j = nlohmann::json::parse(req.body, nullptr, false);
        if (!j.is_object() || !j.contains("name") || !j["name"].is_string())
            return error(400, "", "name is required");
        const std::string ns = j.contains("organization") && j["organization"].is_string() ? j["organization"].get<std::string>() : user;
        const std::string id = ns + "/" + j["name"].get<std::string>();
        if (ns != user)
            return error(403, "", "You don't have the rights to create a model under the namespace \"" + ns + "\"");
        if (m_repos.count(id))
            return json({{"error", "You already created this model repo"}, {"url", url() + "/" + id}}, 409);
        FakeRepo repo;
        repo.id = id;
        repo.commit = std::string(40, '0');
        m_repos[id] = repo;
        m_created.push_back(id + (j.value("private", false) ? " private" : " public"));
        return json({{"url", url() + "/" + id}, {"name", id}, {"id", "x"}});
    }
    if (req.path == "/lfs-verify" && req.method == "POST") {
        const auto j = nlohmann::json::parse(req.body, nullptr, false);
        if (!j.is_object() || !m_lfs.count(j.value("oid", std::string())))
            return error(404, "", "object not uploaded");
        return Response{};
    }
    if (parts.size() >= 6 && req.method == "POST" && parts[1].size() > 4 && parts[1].substr(parts[1].size() - 4) == ".git" &&
        parts[2] == "info" && parts[3] == "lfs" && parts[4] == "objects" && parts[5] == "batch") {
        if (req.header("accept") != "application/vnd.git-lfs+json")
            return error(400, "", "Accept must be application/vnd.git-lfs+json");
        const auto j = nlohmann::json::parse(req.body, nullptr, false);
        if (!j.is_object() || j.value("operation", std::string()) != "upload" || !j.contains("objects"))
            return error(422, "", "bad batch request");
        nlohmann::json objects = nlohmann::json::array();
        for (const auto& o : j["objects"]) {
            const std::string oid = o.value("oid", std::string());
            nlohmann::json out = {{"oid", oid}, {"size", o.value("size", 0)}};
            if (!m_lfs.count(oid))
                out["actions"] = {{"upload", {{"href", url() + "/lfs-upload/" + oid}, {"header", {{"X-Upload-Token", "lfs-secret"}}}}},
                                  {"verify", {{"href", url() + "/lfs-verify"}, {"header", {{"X-Verify", "1"}}}}}};
            objects.push_back(out);
        }
        Response r = json({{"transfer", "basic"}, {"objects", objects}, {"hash_algo", "sha256"}});
        r.headers[0].second = "application/vnd.git-lfs+json";
        return r;
    }
    if (parts.size() >= 6 && parts[0] == "api" && parts[1] == "models" && req.method == "POST") {
        const std::string id = parts[2] + "/" + parts[3];
        auto it = m_repos.find(id);
        if (it == m_repos.end())
            return error(404, "RepoNotFound", "Repository not found");
        if (parts[2] != user)
            return error(403, "", "You don't have the rights to write to " + id);
        if (parts[4] == "preupload") {
            const auto j = nlohmann::json::parse(req.body, nullptr, false);
            nlohmann::json files = nlohmann::json::array();
            for (const auto& f : j.value("files", nlohmann::json::array())) {
                const std::string path = f.value("path", std::string());
                const auto sample = base64Decode(f.value("sample", std::string()));
                if (!sample || f.value("sha", std::string()).size() != 64)
                    return error(400, "", "each file needs a base64 sample and a sha256");
                const bool binary = sample->find('\0') != std::string::npos;
                const bool lfs = f.value("size", 0ull) >= 10'000'000 || binary || path.find(".safetensors") != std::string::npos ||
                                 path.find(".png") != std::string::npos;
                files.push_back({{"path", path}, {"uploadMode", lfs ? "lfs" : "regular"}, {"shouldIgnore", false}});
            }
            return json({{"files", files}});
        }
        if (parts[4] == "commit") {
            if (req.header("content-type") != "application/x-ndjson")
                return error(400, "", "the commit payload is NDJSON");
            ReceivedCommit commit;
            commit.repo = id;
            commit.revision = parts[5];
            std::istringstream lines(req.body);
            std::string line;
            bool sawHeader = false;
            while (std::getline(lines, line)) {
                if (line.empty())
                    continue;
                const auto j = nlohmann::json::parse(line, nullptr, false);
                if (!j.is_object() || !j.contains("key") || !j.contains("value"))
                    return error(400, "", "bad NDJSON line");
                const std::string key = j["key"].get<std::string>();
                const auto& v = j["value"];
                if (key == "header") {
                    sawHeader = true;
                    commit.summary = v.value("summary", std::string());
                } else if (key == "file") {
                    if (v.value("encoding", std::string()) != "base64")
                        return error(400, "", "file content must be base64");
                    const auto content = base64Decode(v.value("content", std::string()));
                    if (!content)
                        return error(400, "", "bad base64");
                    commit.files[v.value("path", std::string())] = *content;
                } else if (key == "lfsFile") {
                    const std::string oid = v.value("oid", std::string());
                    if (v.value("algo", std::string()) != "sha256" || !m_lfs.count(oid))
                        return error(422, "", "LFS object " + oid + " was not uploaded");
                    commit.files[v.value("path", std::string())] = *m_lfs[oid];
                    commit.lfsPaths.insert(v.value("path", std::string()));
                } else {
                    return error(400, "", "unknown key " + key);
                }
            }
            if (!sawHeader || commit.summary.empty())
                return error(400, "", "the first line must be the header with a summary");
            FakeRepo& repo = it->second;
            for (const auto& [path, content] : commit.files) {
                auto f = std::find_if(repo.files.begin(), repo.files.end(), [&](const FakeFile& x) { return x.path == path; });
                const FakeFile nf{path, content, commit.lfsPaths.count(path) > 0};
                m_digests.erase(id + "/" + path);
                if (f == repo.files.end())
                    repo.files.push_back(nf);
                else
                    *f = nf;
            }
            repo.commit = Sha256::of(req.body).substr(0, 40);
            m_commits.push_back(commit);
            return json({{"commitUrl", url() + "/" + id + "/commit/" + repo.commit}, {"commitOid", repo.commit}});
        }
    }
    return error(404, "", "no route for " + req.method + " " + req.path);
}

} // namespace falconry::test
