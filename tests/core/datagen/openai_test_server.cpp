// A loopback OpenAI-compatible chat server for the datagen tests.
#include "openai_test_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>
#include <sstream>
#include <stdexcept>

namespace falconry::test {

using nlohmann::json;

struct OpenAiTestServer::Http {
    std::string method;
    std::string path;
    std::map<std::string, std::string> headers;
    std::string body;
    std::string header(const std::string& name) const
    {
        auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

namespace {

bool sendAll(int fd, const std::string& data)
{
    size_t sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += static_cast<size_t>(n);
    }
    return true;
}

const char* reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    default: return "Status";
    }
}

bool sendJson(int fd, int status, const json& body, const std::vector<std::string>& extraHeaders = {})
{
    const std::string text = body.dump();
    std::string head = "HTTP/1.1 " + std::to_string(status) + " " + reason(status) + "\r\n";
    head += "Content-Type: application/json\r\nContent-Length: " + std::to_string(text.size()) + "\r\n";
    for (const std::string& h : extraHeaders)
        head += h + "\r\n";
    return sendAll(fd, head + "\r\n" + text);
}

json openAiError(const std::string& message, const std::string& type, const std::string& code)
{
    return {{"error", {{"message", message}, {"type", type}, {"param", nullptr}, {"code", code}}}};
}

std::string chunk(const std::string& data)
{
    std::ostringstream out;
    out << std::hex << data.size() << "\r\n" << data << "\r\n";
    return out.str();
}

std::string sseEvent(const json& payload)
{
    return "data: " + payload.dump() + "\n\n";
}

} // namespace

OpenAiTestServer::OpenAiTestServer()
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(m_listen, 64) != 0)
        throw std::runtime_error(std::string("openai test server: bind/listen failed: ") + std::strerror(errno));
    socklen_t len = sizeof addr;
    ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_accept = std::thread([this] { acceptLoop(); });
}

OpenAiTestServer::~OpenAiTestServer()
{
    m_stopping = true;
    ::shutdown(m_listen, SHUT_RDWR);
    ::close(m_listen);
    m_accept.join();
    {
        std::lock_guard lock(m_mutex);
        for (int fd : m_fds)
            ::shutdown(fd, SHUT_RDWR);
    }
    for (auto& t : m_threads)
        t.join();
}

std::string OpenAiTestServer::baseUrl() const
{
    return "http://127.0.0.1:" + std::to_string(m_port) + "/v1";
}

std::vector<ReceivedRequest> OpenAiTestServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_log;
}

size_t OpenAiTestServer::chatRequests() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<size_t>(std::count_if(m_log.begin(), m_log.end(),
                                             [](const ReceivedRequest& r) { return r.path == "/v1/chat/completions"; }));
}

void OpenAiTestServer::acceptLoop()
{
    while (!m_stopping) {
        const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            break;
        int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::lock_guard lock(m_mutex);
        m_fds.push_back(fd);
        m_threads.emplace_back([this, fd] { serve(fd); });
    }
}

void OpenAiTestServer::serve(int fd)
{
    std::string buffer;
    char data[16384];
    while (!m_stopping) {
        size_t end;
        while ((end = buffer.find("\r\n\r\n")) == std::string::npos) {
            const ssize_t n = ::recv(fd, data, sizeof data, 0);
            if (n <= 0)
                goto done;
            buffer.append(data, static_cast<size_t>(n));
        }
        {
            Http req;
            std::istringstream head(buffer.substr(0, end));
            std::string line;
            std::getline(head, line);
            std::istringstream first(line);
            first >> req.method >> req.path;
            while (std::getline(head, line)) {
                if (!line.empty() && line.back() == '\r')
                    line.pop_back();
                const size_t colon = line.find(':');
                if (colon == std::string::npos)
                    continue;
                std::string name = line.substr(0, colon);
                std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
                req.headers[name] = line.substr(line.find_first_not_of(' ', colon + 1));
            }
            buffer.erase(0, end + 4);
            const size_t length = req.header("content-length").empty() ? 0 : std::stoull(req.header("content-length"));
            while (buffer.size() < length) {
                const ssize_t n = ::recv(fd, data, sizeof data, 0);
                if (n <= 0)
                    goto done;
                buffer.append(data, static_cast<size_t>(n));
            }
            req.body = buffer.substr(0, length);
            buffer.erase(0, length);
            if (!handle(fd, req))
                goto done;
        }
    }
done:
    ::shutdown(fd, SHUT_RDWR);
    ::close(fd);
    std::lock_guard lock(m_mutex);
    m_fds.erase(std::remove(m_fds.begin(), m_fds.end(), fd), m_fds.end());
}

bool OpenAiTestServer::handle(int fd, const Http& req)
{
    ReceivedRequest received{req.method, req.path, req.header("authorization"), json()};
    try {
        if (!req.body.empty())
            received.body = json::parse(req.body);
    } catch (const json::exception&) {
    }
    std::string key;
    Responder responder;
    bool limited = false;
    bool drop = false;
    std::string retryAfter;
    size_t number = 0;
    {
        std::lock_guard lock(m_mutex);
        m_log.push_back(received);
        key = m_key;
        responder = m_responder;
        if (req.path == "/v1/chat/completions") {
            if (m_limit > 0) {
                --m_limit;
                limited = true;
                retryAfter = m_retryAfter;
            } else if (received.body.value("stream", false) && m_drops > 0) {
                --m_drops;
                drop = true;
            }
            number = ++m_counter;
        }
    }
    if (!key.empty() && req.header("authorization") != "Bearer " + key)
        return sendJson(fd, 401,
                        openAiError("Incorrect API key provided. You can find your API key in your account settings.",
                                    "invalid_request_error", "invalid_api_key"));
    if (req.method == "GET" && req.path == "/v1/models")
        return sendJson(fd, 200,
                        {{"object", "list"},
                         {"data", json::array({{{"id", "test-model"}, {"object", "model"}, {"owned_by", "falconry-tests"}},
                                               {{"id", "other-model"}, {"object", "model"}, {"owned_by", "falconry-tests"}}})}});
    if (req.method != "POST" || req.path != "/v1/chat/completions")
        return sendJson(fd, 404, openAiError("Unknown request URL: " + req.method + " " + req.path, "invalid_request_error",
                                             "unknown_url"));
    if (limited)
        return sendJson(fd, 429, openAiError("Rate limit reached for requests", "requests", "rate_limit_exceeded"),
                        {"Retry-After: " + retryAfter});
    const json& body = received.body;
    if (!body.is_object() || !body.contains("messages") || !body["messages"].is_array() || body["messages"].empty() ||
        !body.contains("model"))
        return sendJson(fd, 400, openAiError("'messages' and 'model' are required", "invalid_request_error", "invalid"));
    if (m_delayMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(m_delayMs.load()));

    std::string text;
    if (responder) {
        text = responder(body);
    } else {
        const std::string last = body["messages"].back().value("content", std::string());
        const std::string system = body["messages"].front().value("content", std::string());
        const bool question = system.find("You write questions") != std::string::npos;
        text = question ? "Question " + std::to_string(number) + ": what matters most about " + last.substr(0, 40) + "?"
                        : "Answer " + std::to_string(number) + " to: " + last.substr(0, 60);
    }
    const std::string id = "chatcmpl-" + std::to_string(number);
    const std::string model = body["model"].get<std::string>();
    if (!body.value("stream", false)) {
        return sendJson(fd, 200,
                        {{"id", id}, {"object", "chat.completion"}, {"created", 1700000000}, {"model", model},
                         {"choices", json::array({{{"index", 0},
                                                   {"message", {{"role", "assistant"}, {"content", text}}},
                                                   {"finish_reason", "stop"}}})},
                         {"usage", {{"prompt_tokens", 10}, {"completion_tokens", 10}, {"total_tokens", 20}}}});
    }
    std::string head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                       "Transfer-Encoding: chunked\r\n\r\n";
    if (!sendAll(fd, head))
        return false;
    auto delta = [&](const json& d, const json& finish) {
        return sseEvent({{"id", id}, {"object", "chat.completion.chunk"}, {"created", 1700000000}, {"model", model},
                         {"choices", json::array({{{"index", 0}, {"delta", d}, {"finish_reason", finish}}})}});
    };
    if (!sendAll(fd, chunk(": keep-alive\n\n" + delta({{"role", "assistant"}, {"content", ""}}, nullptr))))
        return false;
    for (size_t at = 0; at < text.size(); at += 7) {
        if (drop && at >= text.size() / 2)
            return false; // closes the connection without the terminating chunk
        // CRLF line ends in one of the events: the parser must accept both.
        std::string event = delta({{"content", text.substr(at, 7)}}, nullptr);
        if (at == 7)
            event = "data: " + event.substr(6, event.size() - 8) + "\r\n\r\n";
        if (!sendAll(fd, chunk(event)))
            return false;
    }
    if (drop)
        return false;
    return sendAll(fd, chunk(delta(json::object(), "stop")) + chunk("data: [DONE]\n\n") + "0\r\n\r\n");
}

} // namespace falconry::test
