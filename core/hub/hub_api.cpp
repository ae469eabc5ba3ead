#include "core/hub/hub_api.h"

#include "core/hub/hub_error.h"
#include "core/util/version.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace falconry {
namespace {

bool isHex(const std::string& s, size_t length)
{
    return s.size() == length && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

/** The server's own words: X-Error-Message, else {"error": "..."} in the body. */
std::string serverMessage(const HttpResponse& response)
{
    if (std::string m = response.header("x-error-message"); !m.empty())
        return m;
    const auto j = nlohmann::json::parse(response.body, nullptr, false);
    if (j.is_object() && j.contains("error") && j["error"].is_string())
        return j["error"].get<std::string>();
    return {};
}

std::optional<uint64_t> toSize(const std::string& s)
{
    if (s.empty() || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoull(s);
}

} // namespace

const char* toString(HubErrorKind kind)
{
    switch (kind) {
    case HubErrorKind::Network: return "network";
    case HubErrorKind::NotFound: return "not-found";
    case HubErrorKind::Unauthorized: return "unauthorized";
    case HubErrorKind::Gated: return "gated";
    case HubErrorKind::Forbidden: return "forbidden";
    case HubErrorKind::DiskFull: return "disk-full";
    case HubErrorKind::Checksum: return "checksum";
    case HubErrorKind::Refused: return "refused";
    case HubErrorKind::Protocol: return "protocol";
    case HubErrorKind::Cancelled: return "cancelled";
    case HubErrorKind::Server: return "server";
    }
    return "unknown";
}

std::string normalizeEtag(std::string etag)
{
    if (etag.rfind("W/", 0) == 0)
        etag = etag.substr(2);
    etag.erase(std::remove(etag.begin(), etag.end(), '"'), etag.end());
    return etag;
}

HubApi::HubApi(HubSettings settings, const std::atomic<bool>* stop)
    : m_settings(std::move(settings)), m_endpoint(m_settings.resolvedEndpoint()), m_token(m_settings.resolvedToken()),
      m_stop(stop)
{
}

std::vector<std::string> HubApi::baseHeaders(bool withToken) const
{
    std::vector<std::string> h = {std::string("User-Agent: falconry/") + falconryVersion() + "; hf_hub/compatible"};
    if (withToken && !m_token.empty())
        h.push_back("Authorization: Bearer " + m_token);
    return h;
}

std::string HubApi::resolveUrl(const std::string& repoId, const std::string& revision, const std::string& path) const
{
    return m_endpoint + "/" + repoId + "/resolve/" + urlEncode(revision, false) + "/" + urlEncode(path, true);
}

void HubApi::checkStopped(const std::string& what) const
{
    if (m_stop && m_stop->load())
        throw HubError(HubErrorKind::Cancelled, what + " was stopped");
}

bool HubApi::backoff(int attempt) const
{
    const double delay = std::min(m_settings.retry.maxDelaySeconds,
                                  m_settings.retry.firstDelaySeconds * std::pow(2.0, std::max(0, attempt - 1)));
    return sleepUnlessStopped(delay, m_stop);
}

void HubApi::raiseForStatus(const HttpResponse& response, const std::string& what, const std::string& repoId) const
{
    const long status = response.status;
    if (status >= 200 && status < 400)
        return;
    const std::string code = response.header("x-error-code");
    const std::string said = serverMessage(response);
    const std::string where = " (HTTP " + std::to_string(status) + (code.empty() ? "" : " " + code) +
                              (said.empty() ? "" : ": " + said) + ")";
    const std::string page = m_endpoint + "/" + repoId;
    if (code == "GatedRepo")
        throw HubError(HubErrorKind::Gated,
                       repoId + " is a gated model: accept its licence on " + page + " while signed in, then sign in here with a token of that account" + where,
                       status);
    if (code == "RepoNotFound" || (status == 401 && said != "Invalid credentials in Authorization header" && m_token.empty()))
        throw HubError(code == "RepoNotFound" ? HubErrorKind::NotFound : HubErrorKind::Unauthorized,
                       "no model named " + repoId + " on " + m_endpoint +
                           (m_token.empty() ? " (or it is private: sign in to see it)" : " that this account may see") + where,
                       status);
    if (code == "RevisionNotFound")
        throw HubError(HubErrorKind::NotFound, what + ": no such revision in " + repoId + where, status);
    if (code == "EntryNotFound" || status == 404)
        throw HubError(HubErrorKind::NotFound, what + ": not found" + where, status);
    if (status == 401)
        throw HubError(HubErrorKind::Unauthorized, what + ": the access token was refused; sign in again with a valid token" + where, status);
    if (status == 403)
        throw HubError(HubErrorKind::Forbidden, what + ": this account or token may not do that (a write token is needed to upload)" + where, status);
    if (status == 429 || status >= 500)
        throw HubError(HubErrorKind::Server, what + ": the Hub is busy or failing, try again later" + where, status);
    throw HubError(HubErrorKind::Protocol, what + ": unexpected answer" + where, status);
}

HttpResponse HubApi::send(HttpRequest request, const std::string& what, const std::string& repoId)
{
    request.connectTimeoutSeconds = m_settings.retry.connectTimeoutSeconds;
    request.stallSeconds = m_settings.retry.stallSeconds;
    for (int attempt = 1;; ++attempt) {
        checkStopped(what);
        try {
            HttpResponse response = m_http.perform(request);
            raiseForStatus(response, what, repoId);
            return response;
        } catch (const HubError& e) {
            const bool transient = e.kind() == HubErrorKind::Network || e.kind() == HubErrorKind::Server;
            if (!transient)
                throw;
            if (attempt >= m_settings.retry.attempts)
                throw HubError(e.kind(), std::string(e.what()) + " (gave up after " + std::to_string(attempt) + " tries)", e.httpStatus());
            if (!backoff(attempt))
                throw HubError(HubErrorKind::Cancelled, what + " was stopped");
        }
    }
}

RepoInfo HubApi::modelInfo(const std::string& repoId, const std::string& revision)
{
    HttpRequest r;
    r.url = m_endpoint + "/api/models/" + repoId + "/revision/" + urlEncode(revision, false) + "?blobs=true";
    r.headers = baseHeaders();
    r.totalTimeoutSeconds = 60;
    const std::string what = "model info of " + repoId + " at " + revision;
    const HttpResponse response = send(r, what, repoId);
    const auto j = nlohmann::json::parse(response.body, nullptr, false);
    if (!j.is_object())
        throw HubError(HubErrorKind::Protocol, what + ": the answer is not a JSON object (" + r.url + ")");
    RepoInfo info;
    info.id = j.value("id", j.value("modelId", repoId));
    info.sha = j.value("sha", std::string());
    if (j.contains("gated") && j["gated"].is_string())
        info.gated = j["gated"].get<std::string>();
    info.isPrivate = j.value("private", false);
    if (j.contains("cardData") && j["cardData"].is_object() && j["cardData"].contains("license") && j["cardData"]["license"].is_string())
        info.license = j["cardData"]["license"].get<std::string>();
    if (info.license.empty() && j.contains("tags") && j["tags"].is_array())
        for (const auto& tag : j["tags"])
            if (tag.is_string() && tag.get<std::string>().rfind("license:", 0) == 0)
                info.license = tag.get<std::string>().substr(8);
    if (!j.contains("siblings") || !j["siblings"].is_array())
        throw HubError(HubErrorKind::Protocol, what + ": no file list (\"siblings\") in the answer");
    for (const auto& s : j["siblings"]) {
        if (!s.is_object() || !s.contains("rfilename") || !s["rfilename"].is_string())
            continue;
        RepoFileInfo f;
        f.path = s["rfilename"].get<std::string>();
        if (s.contains("size") && s["size"].is_number_unsigned())
            f.size = s["size"].get<uint64_t>();
        if (s.contains("lfs") && s["lfs"].is_object()) {
            const auto& lfs = s["lfs"];
            const std::string sha = lfs.contains("sha256") && lfs["sha256"].is_string() ? lfs["sha256"].get<std::string>()
                                    : lfs.contains("oid") && lfs["oid"].is_string()     ? lfs["oid"].get<std::string>()
                                                                                        : std::string();
            f.lfsSha256 = sha;
            if (!f.size && lfs.contains("size") && lfs["size"].is_number_unsigned())
                f.size = lfs["size"].get<uint64_t>();
        }
        info.files.push_back(std::move(f));
    }
    return info;
}

FileMetadata HubApi::fileMetadata(const std::string& repoId, const std::string& revision, const std::string& path)
{
    const std::string what = "the metadata of " + path + " in " + repoId;
    std::string url = resolveUrl(repoId, revision, path);
    FileMetadata meta;
    std::string linkedEtag;
    std::string linkedSize;
    // HEAD, following relative redirects only (a renamed repository); an absolute redirect to
    // another host is the LFS/CDN location, taken as is (file_download.py does the same).
    for (int hop = 0; hop < 10; ++hop) {
        HttpRequest r;
        r.method = "HEAD";
        r.url = url;
        r.headers = baseHeaders(true);
        addHeader(r, "Accept-Encoding", "identity");
        r.totalTimeoutSeconds = 30;
        const HttpResponse response = send(r, what, repoId);
        if (meta.commit.empty())
            meta.commit = response.header("x-repo-commit");
        if (linkedEtag.empty())
            linkedEtag = response.header("x-linked-etag");
        if (linkedSize.empty())
            linkedSize = response.header("x-linked-size");
        const std::string location = response.header("location");
        if (response.status >= 300 && response.status < 400 && !location.empty()) {
            const std::string target = falconry::resolveUrl(url, location);
            if (location.find("://") == std::string::npos && location.rfind("//", 0) != 0) {
                url = target; // relative: same server, follow
                continue;
            }
            meta.location = target;
        } else {
            meta.location = url;
        }
        meta.etag = normalizeEtag(linkedEtag.empty() ? response.header("etag") : linkedEtag);
        const auto size = toSize(linkedSize.empty() ? response.header("content-length") : linkedSize);
        if (meta.etag.empty())
            throw HubError(HubErrorKind::Protocol, what + ": the server sent no ETag, so the file cannot be cached reliably (" + url + ")");
        if (!size)
            throw HubError(HubErrorKind::Protocol, what + ": the server sent no size (X-Linked-Size / Content-Length) (" + url + ")");
        meta.size = *size;
        meta.isLfs = !linkedEtag.empty() || isHex(meta.etag, 64);
        return meta;
    }
    throw HubError(HubErrorKind::Protocol, what + ": more than 10 redirects");
}

HubAccount HubApi::whoami()
{
    if (m_token.empty())
        throw HubError(HubErrorKind::Unauthorized, "not signed in: give an access token (HF_TOKEN, `huggingface-cli login`, or Sign in)");
    HttpRequest r;
    r.url = m_endpoint + "/api/whoami-v2";
    r.headers = baseHeaders();
    r.totalTimeoutSeconds = 30;
    HttpResponse response;
    try {
        response = send(r, "checking the access token", "");
    } catch (const HubError& e) {
        if (e.httpStatus() == 401)
            throw HubError(HubErrorKind::Unauthorized, "the Hub refused this access token (HTTP 401): check that it was copied whole and is not revoked", 401);
        throw;
    }
    const auto j = nlohmann::json::parse(response.body, nullptr, false);
    if (!j.is_object() || !j.contains("name") || !j["name"].is_string())
        throw HubError(HubErrorKind::Protocol, "whoami-v2 answered without an account name");
    HubAccount a;
    a.name = j["name"].get<std::string>();
    a.fullName = j.value("fullname", std::string());
    if (j.contains("orgs") && j["orgs"].is_array())
        for (const auto& o : j["orgs"])
            if (o.is_object() && o.contains("name") && o["name"].is_string())
                a.organizations.push_back(o["name"].get<std::string>());
    if (j.contains("auth") && j["auth"].is_object() && j["auth"].contains("accessToken") && j["auth"]["accessToken"].is_object())
        a.tokenRole = j["auth"]["accessToken"].value("role", std::string());
    return a;
}

} // namespace falconry
