#pragma once

#include <nlohmann/json.hpp>

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace falconry::test {

/** One request the server received. */
struct ReceivedRequest {
    std::string method;
    std::string path;
    std::string authorization; // the Authorization header as sent
    nlohmann::json body;       // parsed JSON body (null when none)
};

/**
 * A loopback OpenAI-compatible server (127.0.0.1, a free port), started by the constructor and
 * stopped by the destructor, for what Falconry uses: GET /v1/models and POST /v1/chat/completions
 * with and without `stream: true` (text/event-stream over chunked encoding: a role delta, content
 * deltas of a few characters, a finish_reason chunk, then `data: [DONE]`). Errors use OpenAI's
 * {"error": {"message", "type", "code"}} bodies. Faults: a wrong key gets 401; the next N chat
 * requests get 429 with Retry-After; the next stream is dropped mid-answer (the connection closes
 * without the last chunk). Replies come from `responder` (default: a numbered question or answer
 * that names the last user message's first words).
 */
class OpenAiTestServer {
public:
    using Responder = std::function<std::string(const nlohmann::json& request)>;

    OpenAiTestServer();
    ~OpenAiTestServer();
    OpenAiTestServer(const OpenAiTestServer&) = delete;
    OpenAiTestServer& operator=(const OpenAiTestServer&) = delete;

    std::string baseUrl() const; // http://127.0.0.1:PORT/v1

    void setApiKey(const std::string& key) { std::lock_guard l(m_mutex); m_key = key; }
    void setResponder(Responder responder) { std::lock_guard l(m_mutex); m_responder = std::move(responder); }
    void rateLimitNext(int requests, const std::string& retryAfter) { std::lock_guard l(m_mutex); m_limit = requests; m_retryAfter = retryAfter; }
    void dropNextStreams(int streams) { std::lock_guard l(m_mutex); m_drops = streams; }
    /** Each chat reply waits this long first (to kill a client mid-run). */
    void setDelayMs(int ms) { m_delayMs = ms; }

    std::vector<ReceivedRequest> requests() const;
    size_t chatRequests() const;

private:
    struct Http;
    void acceptLoop();
    void serve(int fd);
    bool handle(int fd, const Http& request);

    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_delayMs{0};
    std::thread m_accept;
    mutable std::mutex m_mutex;
    std::vector<std::thread> m_threads;
    std::vector<int> m_fds;
    std::vector<ReceivedRequest> m_log;
    std::string m_key;
    Responder m_responder;
    int m_limit = 0;
    std::string m_retryAfter = "1";
    int m_drops = 0;
    size_t m_counter = 0;
};

} // namespace falconry::test
