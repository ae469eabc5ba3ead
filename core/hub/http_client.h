#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace falconry {

struct HttpResponse;

/** One HTTP request. Redirects are not followed unless asked (the Hub's HEAD needs each hop's headers). */
struct HttpRequest {
    std::string method = "GET";        // GET, HEAD, POST, PUT
    std::string url;
    std::vector<std::string> headers;  // "Name: value"
    std::string body;                  // request body (POST/PUT), unless uploadFile is set
    std::filesystem::path uploadFile;  // PUT/POST this byte range of a file instead of `body`
    uint64_t uploadOffset = 0;
    uint64_t uploadLength = 0;
    bool followRedirects = false;
    /** Streams the response body (2xx only); return false to abort. Without it the body is kept in memory. */
    std::function<bool(const char* data, size_t size)> onBody;
    /** Called once before the first streamed body byte, with the status and headers of that response. */
    std::function<void(const HttpResponse& response)> onHeaders;
    /** Bytes moved so far in this request (received for downloads, sent for uploads); false aborts. */
    std::function<bool(uint64_t done)> onProgress;
    long connectTimeoutSeconds = 15;
    long stallSeconds = 30;            // abort when under 1 byte/s for this long
    long totalTimeoutSeconds = 0;      // 0 = none (large files)
};

/** The final response: status, its headers (names lower-cased, in order) and the body when not streamed. */
struct HttpResponse {
    long status = 0;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::string url;                    // the URL that answered (after redirects, if followed)
    /** The first header of that name (case-insensitive); empty when absent. */
    std::string header(const std::string& name) const;
    bool has(const std::string& name) const;
};

/**
 * A libcurl easy handle reused across requests (keeps connections alive). TLS with the system's
 * CA store; proxies from http_proxy / https_proxy / no_proxy as libcurl reads them. Not thread-safe:
 * one client per thread. Transport failures throw HubError(Network) saying what failed and where;
 * an abort from a callback throws HubError(Cancelled) unless the callback stored its own exception.
 */
class HttpClient {
public:
    HttpClient();
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    HttpResponse perform(const HttpRequest& request);

private:
    void* m_curl;
};

/** Appends "name: value" to the request's headers. */
void addHeader(HttpRequest& request, const std::string& name, const std::string& value);

/** Percent-encodes everything but unreserved characters and, when `keepSlash`, '/'. */
std::string urlEncode(const std::string& text, bool keepSlash);
/** scheme://host[:port] of a URL (lower-cased), for same-origin checks. */
std::string urlOrigin(const std::string& url);
/** Resolves a Location header against the URL it came from (absolute, //host, /path or relative). */
std::string resolveUrl(const std::string& base, const std::string& location);

} // namespace falconry
