#include "core/hub/http_client.h"

#include "core/hub/hub_error.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <exception>
#include <mutex>

namespace falconry {
namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trim(const std::string& s)
{
    size_t a = 0;
    size_t b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a])))
        ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1])))
        --b;
    return s.substr(a, b - a);
}

/** What the callbacks of one transfer share. */
struct Transfer {
    const HttpRequest* request = nullptr;
    HttpResponse* response = nullptr;
    std::FILE* upload = nullptr;
    uint64_t uploadLeft = 0;
    size_t bodyOffset = 0;          // into request->body when sent by the read callback
    bool aborted = false;           // a callback said stop
    bool bodyStarted = false;       // onHeaders was called for this response
    std::exception_ptr error;       // a callback threw (stored: exceptions must not cross libcurl's C frames)
};

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const std::string line(data, size * count);
    if (line.rfind("HTTP/", 0) == 0) {
        // A new response (a 100 Continue, or the next hop when redirects are followed).
        t->response->headers.clear();
        t->bodyStarted = false;
        const size_t sp = line.find(' ');
        t->response->status = sp == std::string::npos ? 0 : std::strtol(line.c_str() + sp + 1, nullptr, 10);
    } else if (const size_t colon = line.find(':'); colon != std::string::npos) {
        t->response->headers.emplace_back(lower(trim(line.substr(0, colon))), trim(line.substr(colon + 1)));
    }
    return size * count;
}

size_t onWrite(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    const long status = t->response->status;
    if (t->request->onBody && status >= 200 && status < 300) {
        try {
            if (!t->bodyStarted) {
                t->bodyStarted = true;
                if (t->request->onHeaders)
                    t->request->onHeaders(*t->response);
            }
            if (!t->request->onBody(data, n)) {
                t->aborted = true;
                return 0;
            }
        } catch (...) {
            t->error = std::current_exception();
            return 0;
        }
        return n;
    }
    t->response->body.append(data, n);
    return n;
}

size_t onRead(char* buffer, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t room = size * count;
    if (t->upload) {
        const size_t want = static_cast<size_t>(std::min<uint64_t>(room, t->uploadLeft));
        const size_t got = want ? std::fread(buffer, 1, want, t->upload) : 0;
        if (got < want)
            return CURL_READFUNC_ABORT;
        t->uploadLeft -= got;
        return got;
    }
    const std::string& body = t->request->body;
    const size_t n = std::min(room, body.size() - t->bodyOffset);
    std::copy_n(body.data() + t->bodyOffset, n, buffer);
    t->bodyOffset += n;
    return n;
}

int onProgress(void* user, curl_off_t, curl_off_t dlnow, curl_off_t, curl_off_t ulnow)
{
    auto* t = static_cast<Transfer*>(user);
    if (!t->request->onProgress)
        return 0;
    const bool sending = t->upload || (!t->request->body.empty() && t->request->method != "GET");
    try {
        if (!t->request->onProgress(static_cast<uint64_t>(sending ? ulnow : dlnow))) {
            t->aborted = true;
            return 1;
        }
    } catch (...) {
        t->error = std::current_exception();
        return 1;
    }
    return 0;
}

} // namespace

std::string HttpResponse::header(const std::string& name) const
{
    const std::string key = lower(name);
    for (const auto& [k, v] : headers)
        if (k == key)
            return v;
    return {};
}

bool HttpResponse::has(const std::string& name) const
{
    const std::string key = lower(name);
    return std::any_of(headers.begin(), headers.end(), [&](const auto& h) { return h.first == key; });
}

HttpClient::HttpClient()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl = curl_easy_init();
    if (!m_curl)
        throw HubError(HubErrorKind::Network, "libcurl could not be initialised");
}

HttpClient::~HttpClient()
{
    curl_easy_cleanup(static_cast<CURL*>(m_curl));
}

HttpResponse HttpClient::perform(const HttpRequest& request)
{
    CURL* curl = static_cast<CURL*>(m_curl);
    curl_easy_reset(curl); // keeps the connection cache
    HttpResponse response;
    Transfer t;
    t.request = &request;
    t.response = &response;

    curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, request.connectTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, request.stallSeconds);
    if (request.totalTimeoutSeconds > 0)
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, request.totalTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, 512L * 1024L);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, request.followRedirects ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 10L);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);

    curl_slist* headers = nullptr;
    for (const std::string& h : request.headers)
        headers = curl_slist_append(headers, h.c_str());
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip before uploads

    if (request.method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (!request.uploadFile.empty() || request.method == "PUT") {
        if (!request.uploadFile.empty()) {
            t.upload = std::fopen(request.uploadFile.c_str(), "rb");
            if (!t.upload || std::fseek(t.upload, static_cast<long>(request.uploadOffset), SEEK_SET) != 0) {
                if (t.upload)
                    std::fclose(t.upload);
                curl_slist_free_all(headers);
                throw IoError("cannot read " + request.uploadFile.string() + " to upload it");
            }
            t.uploadLeft = request.uploadLength;
        }
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, &onRead);
        curl_easy_setopt(curl, CURLOPT_READDATA, &t);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE,
                         static_cast<curl_off_t>(t.upload ? request.uploadLength : request.body.size()));
        if (request.method != "PUT")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    } else if (request.method == "POST") {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    } else if (request.method != "GET") {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    char errorText[CURL_ERROR_SIZE] = {0};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    const CURLcode code = curl_easy_perform(curl);
    char* effective = nullptr;
    curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &effective);
    response.url = effective ? effective : request.url;
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    if (status)
        response.status = status;
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(headers);
    if (t.upload)
        std::fclose(t.upload);

    if (t.error)
        std::rethrow_exception(t.error);
    if (code != CURLE_OK) {
        if (t.aborted)
            throw HubError(HubErrorKind::Cancelled, request.method + " " + request.url + " was stopped");
        const std::string detail = errorText[0] ? errorText : curl_easy_strerror(code);
        throw HubError(HubErrorKind::Network, request.method + " " + request.url + " failed: " + detail);
    }
    return response;
}

void addHeader(HttpRequest& request, const std::string& name, const std::string& value)
{
    request.headers.push_back(name + ": " + value);
}

std::string urlEncode(const std::string& text, bool keepSlash)
{
    static const char* kHex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/')) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string urlOrigin(const std::string& url)
{
    const size_t scheme = url.find("://");
    if (scheme == std::string::npos)
        return {};
    const size_t end = url.find_first_of("/?#", scheme + 3);
    return lower(url.substr(0, end));
}

std::string resolveUrl(const std::string& base, const std::string& location)
{
    if (location.find("://") != std::string::npos)
        return location;
    const size_t scheme = base.find("://");
    if (location.rfind("//", 0) == 0)
        return base.substr(0, scheme + 1) + location;
    const std::string origin = base.substr(0, base.find_first_of("/?#", scheme + 3));
    if (location.rfind('/', 0) == 0)
        return origin + location;
    // Relative to the base's folder.
    std::string path = base.substr(origin.size());
    path = path.substr(0, path.find_first_of("?#"));
    const size_t slash = path.rfind('/');
    return origin + (slash == std::string::npos ? "/" : path.substr(0, slash + 1)) + location;
}

} // namespace falconry
