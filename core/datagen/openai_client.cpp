#include "core/datagen/openai_client.h"

#include "core/datagen/sse_parser.h"
#include "core/hub/http_client.h"
#include "core/hub/hub_error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <thread>

namespace falconry {
namespace {

using nlohmann::json;

/** openai-python's INITIAL_RETRY_DELAY and MAX_RETRY_DELAY (seconds). */
constexpr double kInitialRetryDelay = 0.5;
constexpr double kMaxRetryDelay = 8.0;

bool isRetryable(long status)
{
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

/** What the server said went wrong: error.message of OpenAI's error object, else the start of the body. */
std::string serverMessage(const std::string& body)
{
    try {
        const json j = json::parse(body);
        if (j.contains("error")) {
            const json& e = j["error"];
            if (e.is_object() && e.contains("message") && e["message"].is_string())
                return e["message"].get<std::string>();
            if (e.is_string())
                return e.get<std::string>();
        }
        if (j.contains("message") && j["message"].is_string())
            return j["message"].get<std::string>();
        if (j.contains("detail") && j["detail"].is_string())
            return j["detail"].get<std::string>(); // FastAPI-style servers (vLLM)
    } catch (const json::exception&) {
    }
    std::string text = body.substr(0, 200);
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text.empty() ? std::string("no message") : text;
}

/** Sleeps `seconds`, waking early when `stop` is set; returns false then. */
bool waitFor(double seconds, const std::atomic<bool>& stop)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < until) {
        if (stop.load())
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return !stop.load();
}

/** An HTTP error status as an EndpointError in plain words. */
EndpointError statusError(const EndpointSettings& s, const std::string& url, long status, const std::string& body,
                          int retries)
{
    const std::string msg = serverMessage(body);
    switch (status) {
    case 401:
        return EndpointError(EndpointErrorKind::Unauthorized,
                             s.apiKey.empty()
                                 ? s.baseUrl + " needs an API key (401 Unauthorized): " + msg
                                 : s.baseUrl + " did not accept the API key (401 Unauthorized): " + msg +
                                       ". Check the key, or leave it empty for a local server that needs none.",
                             status);
    case 403:
        return EndpointError(EndpointErrorKind::Forbidden,
                             "the API key may not use model '" + s.model + "' at " + s.baseUrl + " (403 Forbidden): " + msg,
                             status);
    case 404:
        return EndpointError(EndpointErrorKind::NotFound,
                             url + " was not found (404): " + msg +
                                 ". The base URL must end in /v1 (e.g. http://localhost:11434/v1) and the model must be "
                                 "one the server lists.",
                             status);
    case 429:
        return EndpointError(EndpointErrorKind::RateLimited,
                             s.baseUrl + " is limiting how fast requests may come (429 Too Many Requests), still after " +
                                 std::to_string(retries) + " retries: " + msg,
                             status);
    default:
        break;
    }
    if (status >= 500)
        return EndpointError(EndpointErrorKind::Server,
                             s.baseUrl + " failed to answer (" + std::to_string(status) + ") after " +
                                 std::to_string(retries) + " retries: " + msg,
                             status);
    return EndpointError(EndpointErrorKind::BadRequest,
                         s.baseUrl + " refused the request (" + std::to_string(status) + "): " + msg, status);
}

/** A request that may be retried, with the wait the server asked for (< 0 = none). */
struct RetryableFailure {
    EndpointError error;
    double retryAfter;
};

HttpRequest baseRequest(const EndpointSettings& s, const std::string& method, const std::string& url)
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.followRedirects = true;
    r.totalTimeoutSeconds = s.timeoutSeconds;
    r.stallSeconds = 120; // a big model on a busy server may think a while before its first token
    if (!s.apiKey.empty())
        addHeader(r, "Authorization", "Bearer " + s.apiKey);
    addHeader(r, "Accept", "application/json");
    return r;
}

/** The text and finish reason of one non-streamed completion. */
ChatCompletion parseCompletion(const EndpointSettings& s, const std::string& body)
{
    try {
        const json j = json::parse(body);
        const json& choice = j.at("choices").at(0);
        ChatCompletion c;
        const json& content = choice.at("message").at("content");
        c.text = content.is_string() ? content.get<std::string>() : std::string();
        if (choice.contains("finish_reason") && choice["finish_reason"].is_string())
            c.finishReason = choice["finish_reason"].get<std::string>();
        return c;
    } catch (const json::exception& e) {
        throw EndpointError(EndpointErrorKind::Protocol,
                            s.baseUrl + " answered something that is not an OpenAI chat completion (" + e.what() + ")");
    }
}

} // namespace

const char* toString(EndpointErrorKind kind)
{
    switch (kind) {
    case EndpointErrorKind::Unauthorized: return "unauthorized";
    case EndpointErrorKind::Forbidden: return "forbidden";
    case EndpointErrorKind::NotFound: return "not-found";
    case EndpointErrorKind::BadRequest: return "bad-request";
    case EndpointErrorKind::RateLimited: return "rate-limited";
    case EndpointErrorKind::Server: return "server";
    case EndpointErrorKind::Network: return "network";
    case EndpointErrorKind::Dropped: return "dropped";
    case EndpointErrorKind::Protocol: return "protocol";
    case EndpointErrorKind::Cancelled: return "cancelled";
    }
    return "unknown";
}

double retryAfterSeconds(const std::string& retryAfterMs, const std::string& retryAfter)
{
    // The order openai-python reads them in: milliseconds, seconds (floats allowed), an HTTP date.
    try {
        if (!retryAfterMs.empty())
            return std::stod(retryAfterMs) / 1000.0;
    } catch (const std::exception&) {
    }
    if (retryAfter.empty())
        return -1.0;
    try {
        size_t used = 0;
        const double seconds = std::stod(retryAfter, &used);
        if (used == retryAfter.size())
            return seconds;
    } catch (const std::exception&) {
    }
    std::tm tm{};
    if (strptime(retryAfter.c_str(), "%a, %d %b %Y %H:%M:%S", &tm)) // IMF-fixdate, always GMT
        return std::difftime(timegm(&tm), std::time(nullptr));
    return -1.0;
}

std::string chatRequestBody(const EndpointSettings& settings, const ChatRequest& request)
{
    json messages = json::array();
    for (const ChatMessage& m : request.messages)
        messages.push_back({{"role", m.role}, {"content", m.content}});
    json body = {{"model", settings.model}, {"messages", messages}, {"max_tokens", request.maxTokens},
                 {"temperature", request.temperature}, {"top_p", request.topP}, {"seed", request.seed}};
    if (settings.stream)
        body["stream"] = true;
    return body.dump();
}

OpenAiClient::OpenAiClient(EndpointSettings settings) : m_settings(std::move(settings)), m_http(new HttpClient)
{
    while (!m_settings.baseUrl.empty() && m_settings.baseUrl.back() == '/')
        m_settings.baseUrl.pop_back();
    if (m_settings.baseUrl.rfind("http://", 0) != 0 && m_settings.baseUrl.rfind("https://", 0) != 0)
        throw ConfigError("endpoint '" + m_settings.baseUrl +
                          "': expected a base URL starting with http:// or https:// and ending in /v1, e.g. "
                          "http://localhost:11434/v1");
}

OpenAiClient::~OpenAiClient() = default;

std::string OpenAiClient::url(const std::string& path) const
{
    return m_settings.baseUrl + path;
}

std::vector<std::string> OpenAiClient::listModels(const std::atomic<bool>& stop)
{
    const std::string where = url("/models");
    for (int attempt = 0;; ++attempt) {
        HttpRequest r = baseRequest(m_settings, "GET", where);
        r.totalTimeoutSeconds = 60;
        r.onProgress = [&stop](uint64_t) { return !stop.load(); };
        HttpResponse response;
        try {
            response = m_http->perform(r);
        } catch (const HubError& e) {
            if (e.kind() == HubErrorKind::Cancelled)
                throw EndpointError(EndpointErrorKind::Cancelled, "listing the models was stopped");
            throw EndpointError(EndpointErrorKind::Network, "could not reach " + m_settings.baseUrl + ": " + e.what());
        }
        if (response.status >= 200 && response.status < 300) {
            std::vector<std::string> ids;
            try {
                const json list = json::parse(response.body); // kept: a range-for does not extend it
                for (const json& m : list.at("data"))
                    ids.push_back(m.at("id").get<std::string>());
            } catch (const json::exception& e) {
                throw EndpointError(EndpointErrorKind::Protocol,
                                    where + " answered something that is not a model list (" + e.what() + ")");
            }
            return ids;
        }
        if (!isRetryable(response.status) || attempt >= m_settings.maxRetries)
            throw statusError(m_settings, where, response.status, response.body, attempt);
        double wait = retryAfterSeconds(response.header("retry-after-ms"), response.header("retry-after"));
        if (!(wait > 0 && wait <= 60))
            wait = std::min(kInitialRetryDelay * std::pow(2.0, attempt), kMaxRetryDelay);
        if (!waitFor(wait, stop))
            throw EndpointError(EndpointErrorKind::Cancelled, "listing the models was stopped");
    }
}

ChatCompletion OpenAiClient::chat(const ChatRequest& request, const std::function<bool(const std::string&)>& onText,
                                  const std::atomic<bool>& stop)
{
    const std::string body = chatRequestBody(m_settings, request);
    bool droppedOnce = false;
    for (int attempt = 0;; ++attempt) {
        double retryAfter = -1.0;
        try {
            return chatOnce(body, onText, stop, retryAfter);
        } catch (const EndpointError& e) {
            const bool dropped = e.kind() == EndpointErrorKind::Dropped && !droppedOnce;
            const bool retry = (isRetryable(e.httpStatus()) && attempt < m_settings.maxRetries) || dropped;
            if (!retry)
                throw;
            droppedOnce = droppedOnce || e.kind() == EndpointErrorKind::Dropped;
            double wait = retryAfter;
            if (!(wait > 0 && wait <= 60))
                wait = std::min(kInitialRetryDelay * std::pow(2.0, attempt), kMaxRetryDelay);
            if (m_onNotice) {
                char seconds[32];
                std::snprintf(seconds, sizeof seconds, "%.1f", wait);
                m_onNotice(e.kind() == EndpointErrorKind::RateLimited || e.httpStatus() == 429
                               ? "rate limited by " + m_settings.baseUrl + "; retrying in " + seconds + " s"
                               : std::string(e.what()) + "; retrying in " + seconds + " s");
            }
            if (!waitFor(wait, stop))
                throw EndpointError(EndpointErrorKind::Cancelled, "generation was stopped");
        }
    }
}

ChatCompletion OpenAiClient::chatOnce(const std::string& body, const std::function<bool(const std::string&)>& onText,
                                      const std::atomic<bool>& stop, double& retryAfter)
{
    const std::string where = url("/chat/completions");
    HttpRequest r = baseRequest(m_settings, "POST", where);
    addHeader(r, "Content-Type", "application/json");
    r.body = body;
    r.onProgress = [&stop](uint64_t) { return !stop.load(); };

    ChatCompletion out;
    SseParser parser;
    bool done = false;    // data: [DONE] arrived
    bool started = false; // at least one event arrived
    std::string streamError;
    if (m_settings.stream) {
        addHeader(r, "Accept", "text/event-stream");
        r.onBody = [&](const char* data, size_t size) {
            parser.feed(std::string_view(data, size));
            for (const SseEvent& event : parser.take()) {
                started = true;
                if (event.data.rfind("[DONE]", 0) == 0) {
                    done = true;
                    continue;
                }
                json chunk;
                try {
                    chunk = json::parse(event.data);
                } catch (const json::exception&) {
                    throw EndpointError(EndpointErrorKind::Protocol,
                                        where + " streamed an event that is not JSON: " + event.data.substr(0, 120));
                }
                if (chunk.contains("error") || event.event == "error") {
                    streamError = serverMessage(event.data);
                    return false;
                }
                if (!chunk.contains("choices") || !chunk["choices"].is_array() || chunk["choices"].empty())
                    continue; // e.g. the usage chunk of stream_options.include_usage
                const json& choice = chunk["choices"][0];
                if (choice.contains("delta") && choice["delta"].contains("content") &&
                    choice["delta"]["content"].is_string()) {
                    const std::string piece = choice["delta"]["content"].get<std::string>();
                    out.text += piece;
                    if (!piece.empty() && onText && !onText(piece))
                        return false;
                }
                if (choice.contains("finish_reason") && choice["finish_reason"].is_string())
                    out.finishReason = choice["finish_reason"].get<std::string>();
            }
            return !stop.load();
        };
    }
    HttpResponse response;
    try {
        response = m_http->perform(r);
    } catch (const HubError& e) {
        if (!streamError.empty())
            throw EndpointError(EndpointErrorKind::Server, m_settings.baseUrl + " reported an error mid-answer: " + streamError);
        if (e.kind() == HubErrorKind::Cancelled || stop.load())
            throw EndpointError(EndpointErrorKind::Cancelled, "generation was stopped");
        if (started)
            throw EndpointError(EndpointErrorKind::Dropped,
                                m_settings.baseUrl + " closed the stream before the answer was complete (after " +
                                    std::to_string(out.text.size()) + " bytes of text): " + e.what());
        throw EndpointError(EndpointErrorKind::Network, "could not reach " + m_settings.baseUrl + ": " + e.what());
    }
    if (response.status < 200 || response.status >= 300) {
        retryAfter = retryAfterSeconds(response.header("retry-after-ms"), response.header("retry-after"));
        throw statusError(m_settings, where, response.status, response.body, m_settings.maxRetries);
    }
    if (!m_settings.stream) {
        out = parseCompletion(m_settings, response.body);
        if (onText && !out.text.empty())
            onText(out.text);
        return out;
    }
    if (!done && out.finishReason.empty())
        throw EndpointError(EndpointErrorKind::Dropped,
                            m_settings.baseUrl + " closed the stream before the answer was complete (after " +
                                std::to_string(out.text.size()) + " bytes of text, no finish_reason, no [DONE])");
    return out;
}

OpenAiChatSource::OpenAiChatSource(EndpointSettings settings, ChatNoticeFn onNotice) : m_client(std::move(settings))
{
    m_client.setNoticeCallback(std::move(onNotice));
}

std::vector<std::string> OpenAiChatSource::complete(const std::vector<ChatRequest>& requests, const ChatStreamFn& onText,
                                                    const std::atomic<bool>& stop)
{
    std::vector<std::string> out(requests.size());
    for (size_t i = 0; i < requests.size() && !stop.load(); ++i) {
        try {
            out[i] = m_client.chat(requests[i],
                                   [&](const std::string& piece) { return !onText || onText(i, piece); }, stop).text;
        } catch (const EndpointError& e) {
            if (e.kind() == EndpointErrorKind::Cancelled)
                break;
            throw;
        }
    }
    return out;
}

std::string OpenAiChatSource::describe() const
{
    return "model " + m_client.settings().model + " at " + m_client.settings().baseUrl;
}

} // namespace falconry
