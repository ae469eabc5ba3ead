#pragma once

#include "core/datagen/chat_source.h"
#include "core/util/errors.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace falconry {

class HttpClient;

/** Why a request to an OpenAI-compatible server failed; the UI words its advice by kind. Do not reorder. */
enum class EndpointErrorKind {
    Unauthorized, // 401: no key, or a key the server does not accept
    Forbidden,    // 403: the key may not use this model
    NotFound,     // 404: wrong base URL (it must end in /v1) or unknown model
    BadRequest,   // 400 / 422: the server refused the request's contents
    RateLimited,  // 429 after the retries
    Server,       // 5xx after the retries
    Network,      // no connection, DNS, TLS, timeouts
    Dropped,      // the stream ended before the answer was complete
    Protocol,     // an answer the protocol does not allow (not JSON, no choices)
    Cancelled,    // the user stopped it
};

const char* toString(EndpointErrorKind kind);

/** A failed request: what() says what was asked, of whom, and what came back, in plain words. */
class EndpointError : public Error {
public:
    EndpointError(EndpointErrorKind kind, const std::string& message, long httpStatus = 0)
        : Error(message), m_kind(kind), m_httpStatus(httpStatus)
    {
    }
    EndpointErrorKind kind() const { return m_kind; }
    long httpStatus() const { return m_httpStatus; }

private:
    EndpointErrorKind m_kind;
    long m_httpStatus;
};

/** Where the server is. baseUrl ends in /v1, as OpenAI's clients take it (http://localhost:11434/v1 for Ollama). */
struct EndpointSettings {
    std::string baseUrl;
    std::string apiKey;       // sent as "Authorization: Bearer KEY" when not empty
    std::string model;        // e.g. "gpt-4o-mini", "llama3.1:8b"
    bool stream = true;       // stream:true (server-sent events) or one JSON answer
    int maxRetries = 2;       // as openai-python: 408, 409, 429 and 5xx are retried
    long timeoutSeconds = 600;
};

/** One chat completion's outcome. */
struct ChatCompletion {
    std::string text;
    std::string finishReason; // "stop", "length", ... as the server said
};

/**
 * An OpenAI-compatible client over the app's libcurl HttpClient: GET {base}/models and
 * POST {base}/chat/completions, with or without `stream: true` (server-sent events ending in
 * `data: [DONE]`). Retries like openai-python: retry-after-ms / Retry-After (seconds or an HTTP
 * date) when 0 < wait <= 60 s, else 0.5 s doubling to 8 s; the wait is cut short by `stop`.
 * A stream that ends without [DONE] or a finish_reason is a Dropped error (retried once).
 * Not thread-safe: one client per thread.
 */
class OpenAiClient {
public:
    explicit OpenAiClient(EndpointSettings settings);
    ~OpenAiClient();
    OpenAiClient(const OpenAiClient&) = delete;
    OpenAiClient& operator=(const OpenAiClient&) = delete;

    const EndpointSettings& settings() const { return m_settings; }
    /** The model ids the server lists (GET /models). */
    std::vector<std::string> listModels(const std::atomic<bool>& stop);
    ChatCompletion chat(const ChatRequest& request, const std::function<bool(const std::string& piece)>& onText,
                        const std::atomic<bool>& stop);
    void setNoticeCallback(ChatNoticeFn onNotice) { m_onNotice = std::move(onNotice); }

private:
    ChatCompletion chatOnce(const std::string& body, const std::function<bool(const std::string&)>& onText,
                            const std::atomic<bool>& stop, double& retryAfter);
    std::string url(const std::string& path) const;

    EndpointSettings m_settings;
    std::unique_ptr<HttpClient> m_http;
    ChatNoticeFn m_onNotice;
};

/** The request body of POST /chat/completions (exposed for tests). */
std::string chatRequestBody(const EndpointSettings& settings, const ChatRequest& request);

/** Seconds the server asked to wait (retry-after-ms, then Retry-After as seconds or an HTTP date); < 0 when absent. */
double retryAfterSeconds(const std::string& retryAfterMs, const std::string& retryAfter);

/** A ChatSource over an OpenAiClient: the requests of a batch go one after another. */
class OpenAiChatSource final : public ChatSource {
public:
    explicit OpenAiChatSource(EndpointSettings settings, ChatNoticeFn onNotice = {});
    std::vector<std::string> complete(const std::vector<ChatRequest>& requests, const ChatStreamFn& onText,
                                      const std::atomic<bool>& stop) override;
    size_t preferredBatch() const override { return 1; }
    std::string describe() const override;

private:
    OpenAiClient m_client;
};

} // namespace falconry
