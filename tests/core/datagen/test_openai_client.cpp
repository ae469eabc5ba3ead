// The OpenAI-compatible client against a loopback server: stream and non-stream completions,
// /v1/models, 401, 429 with Retry-After, a dropped stream; and the server-sent-events parser.
#include "core/datagen/openai_client.h"
#include "core/datagen/sse_parser.h"
#include "openai_test_server.h"

#include <gtest/gtest.h>

#include <ctime>

using namespace falconry;
using falconry::test::OpenAiTestServer;

namespace {

ChatRequest question(const std::string& text)
{
    ChatRequest r;
    r.messages = {{"system", "You are terse."}, {"user", text}};
    r.maxTokens = 32;
    r.seed = 7;
    return r;
}

EndpointSettings settingsFor(const OpenAiTestServer& server, bool stream)
{
    EndpointSettings s;
    s.baseUrl = server.baseUrl();
    s.model = "test-model";
    s.stream = stream;
    return s;
}

} // namespace

TEST(SseParser, SplitsEventsAtBlankLinesWhereverTheBytesAreCut)
{
    const std::string stream = ": comment\r\ndata: {\"a\":1}\r\n\r\nevent: error\ndata: line one\ndata:line two\n\ndata: [DONE]\n\n";
    for (size_t cut = 0; cut <= stream.size(); ++cut) {
        SseParser p;
        p.feed(std::string_view(stream).substr(0, cut));
        std::vector<SseEvent> events = p.take();
        p.feed(std::string_view(stream).substr(cut));
        for (SseEvent& e : p.take())
            events.push_back(std::move(e));
        ASSERT_EQ(events.size(), 3u) << "cut at " << cut;
        EXPECT_EQ(events[0].data, "{\"a\":1}");
        EXPECT_EQ(events[1].event, "error");
        EXPECT_EQ(events[1].data, "line one\nline two");
        EXPECT_EQ(events[2].data, "[DONE]");
        EXPECT_FALSE(p.midEvent());
    }
    SseParser partial;
    partial.feed("data: {\"cho");
    EXPECT_TRUE(partial.take().empty());
    EXPECT_TRUE(partial.midEvent());
}

TEST(OpenAiClient, RetryAfterHeadersAreReadAsOpenAiPythonReadsThem)
{
    EXPECT_DOUBLE_EQ(retryAfterSeconds("1500", "9"), 1.5); // milliseconds win
    EXPECT_DOUBLE_EQ(retryAfterSeconds("", "2"), 2.0);
    EXPECT_DOUBLE_EQ(retryAfterSeconds("", "0.25"), 0.25);
    EXPECT_LT(retryAfterSeconds("", ""), 0.0);
    EXPECT_LT(retryAfterSeconds("", "soon"), 0.0);
    // An HTTP date 30 s ahead.
    const std::time_t later = std::time(nullptr) + 30;
    char date[64];
    std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", std::gmtime(&later));
    const double wait = retryAfterSeconds("", date);
    EXPECT_GT(wait, 25.0);
    EXPECT_LE(wait, 31.0);
}

TEST(OpenAiClient, RequestBodyIsAChatCompletionRequest)
{
    EndpointSettings s;
    s.baseUrl = "http://localhost/v1";
    s.model = "m";
    s.stream = true;
    const auto body = nlohmann::json::parse(chatRequestBody(s, question("hi")));
    EXPECT_EQ(body["model"], "m");
    EXPECT_EQ(body["stream"], true);
    EXPECT_EQ(body["messages"].size(), 2u);
    EXPECT_EQ(body["messages"][1]["role"], "user");
    EXPECT_EQ(body["messages"][1]["content"], "hi");
    EXPECT_EQ(body["max_tokens"], 32);
    s.stream = false;
    EXPECT_FALSE(nlohmann::json::parse(chatRequestBody(s, question("hi"))).contains("stream"));
}

TEST(OpenAiClient, StreamedAndWholeAnswersGiveTheSameText)
{
    OpenAiTestServer server;
    server.setResponder([](const nlohmann::json& request) {
        return "Echo: " + request["messages"].back()["content"].get<std::string>() + " — ünïcode ✓ and more text";
    });
    std::atomic<bool> stop{false};
    for (bool stream : {true, false}) {
        OpenAiClient client(settingsFor(server, stream));
        std::string streamed;
        size_t pieces = 0;
        const ChatCompletion c = client.chat(question("tell me"), [&](const std::string& piece) {
            streamed += piece;
            ++pieces;
            return true;
        }, stop);
        EXPECT_EQ(c.text, "Echo: tell me — ünïcode ✓ and more text") << "stream " << stream;
        EXPECT_EQ(streamed, c.text);
        EXPECT_EQ(c.finishReason, "stop");
        if (stream)
            EXPECT_GT(pieces, 3u); // it did arrive in pieces
        else
            EXPECT_EQ(pieces, 1u);
        const auto sent = server.requests().back();
        EXPECT_EQ(sent.path, "/v1/chat/completions");
        EXPECT_EQ(sent.body.value("stream", false), stream);
        EXPECT_EQ(sent.body["model"], "test-model");
    }
}

TEST(OpenAiClient, ListsModels)
{
    OpenAiTestServer server;
    server.setApiKey("sk-good");
    EndpointSettings s = settingsFor(server, true);
    s.apiKey = "sk-good";
    s.baseUrl += "/"; // a trailing slash is tolerated
    OpenAiClient client(s);
    std::atomic<bool> stop{false};
    const std::vector<std::string> models = client.listModels(stop);
    EXPECT_EQ(models, (std::vector<std::string>{"test-model", "other-model"}));
    EXPECT_EQ(server.requests().back().path, "/v1/models");
    EXPECT_EQ(server.requests().back().authorization, "Bearer sk-good");
}

TEST(OpenAiClient, WrongKeyIsUnauthorizedInPlainWords)
{
    OpenAiTestServer server;
    server.setApiKey("sk-good");
    EndpointSettings s = settingsFor(server, true);
    s.apiKey = "sk-wrong";
    OpenAiClient client(s);
    std::atomic<bool> stop{false};
    try {
        client.chat(question("hi"), {}, stop);
        FAIL() << "expected a 401";
    } catch (const EndpointError& e) {
        EXPECT_EQ(e.kind(), EndpointErrorKind::Unauthorized);
        EXPECT_EQ(e.httpStatus(), 401);
        const std::string what = e.what();
        EXPECT_NE(what.find("did not accept the API key"), std::string::npos) << what;
        EXPECT_NE(what.find("Incorrect API key"), std::string::npos) << what; // the server's own message
    }
    EXPECT_EQ(server.chatRequests(), 1u); // 401 is not retried
    try {
        client.listModels(stop);
        FAIL() << "expected a 401";
    } catch (const EndpointError& e) {
        EXPECT_EQ(e.kind(), EndpointErrorKind::Unauthorized);
    }
}

TEST(OpenAiClient, RateLimitIsRetriedAfterTheWaitTheServerAsks)
{
    OpenAiTestServer server;
    server.rateLimitNext(1, "1");
    OpenAiClient client(settingsFor(server, true));
    std::vector<std::string> notices;
    client.setNoticeCallback([&](const std::string& n) { notices.push_back(n); });
    std::atomic<bool> stop{false};
    const auto before = std::chrono::steady_clock::now();
    const ChatCompletion c = client.chat(question("hi"), {}, stop);
    const double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - before).count();
    EXPECT_FALSE(c.text.empty());
    EXPECT_EQ(server.chatRequests(), 2u);
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_NE(notices[0].find("rate limited"), std::string::npos) << notices[0];
    EXPECT_NE(notices[0].find("1.0 s"), std::string::npos) << notices[0]; // the server's Retry-After, not a guess
    EXPECT_GE(waited, 1.0); // it did wait what was asked (a lower bound only: no timing threshold above)
}

TEST(OpenAiClient, PersistentRateLimitFailsAfterTheRetries)
{
    OpenAiTestServer server;
    server.rateLimitNext(10, "0.05");
    EndpointSettings s = settingsFor(server, false);
    s.maxRetries = 2;
    OpenAiClient client(s);
    std::atomic<bool> stop{false};
    try {
        client.chat(question("hi"), {}, stop);
        FAIL() << "expected a 429";
    } catch (const EndpointError& e) {
        EXPECT_EQ(e.kind(), EndpointErrorKind::RateLimited);
        EXPECT_NE(std::string(e.what()).find("429"), std::string::npos);
    }
    EXPECT_EQ(server.chatRequests(), 3u); // the first try and two retries
}

TEST(OpenAiClient, ADroppedStreamIsRetriedOnceThenReported)
{
    OpenAiTestServer server;
    server.dropNextStreams(1);
    OpenAiClient client(settingsFor(server, true));
    std::atomic<bool> stop{false};
    const ChatCompletion c = client.chat(question("hi"), {}, stop);
    EXPECT_EQ(c.finishReason, "stop");
    EXPECT_EQ(server.chatRequests(), 2u);

    server.dropNextStreams(2);
    try {
        client.chat(question("again"), {}, stop);
        FAIL() << "expected a dropped stream";
    } catch (const EndpointError& e) {
        EXPECT_EQ(e.kind(), EndpointErrorKind::Dropped);
        EXPECT_NE(std::string(e.what()).find("closed the stream before the answer was complete"), std::string::npos)
            << e.what();
    }
    EXPECT_EQ(server.chatRequests(), 4u);
}

TEST(OpenAiClient, NothingListeningIsANetworkError)
{
    std::string url;
    {
        OpenAiTestServer server;
        url = server.baseUrl();
    } // stopped: the port is closed now
    EndpointSettings s;
    s.baseUrl = url;
    s.model = "m";
    s.maxRetries = 0;
    OpenAiClient client(s);
    std::atomic<bool> stop{false};
    try {
        client.chat(question("hi"), {}, stop);
        FAIL() << "expected a network error";
    } catch (const EndpointError& e) {
        EXPECT_EQ(e.kind(), EndpointErrorKind::Network);
        EXPECT_NE(std::string(e.what()).find("could not reach"), std::string::npos);
    }
    EXPECT_THROW(OpenAiClient(EndpointSettings{"localhost:11434/v1", "", "m"}), ConfigError);
}

TEST(OpenAiClient, WrongPathIsNotFoundWithTheV1Hint)
{
    OpenAiTestServer server;
    EndpointSettings s = settingsFor(server, false);
    s.baseUrl = s.baseUrl.substr(0, s.baseUrl.size() - 3); // without /v1
    OpenAiClient client(s);
    std::atomic<bool> stop{false};
    try {
        client.chat(question("hi"), {}, stop);
        FAIL() << "expected a 404";
    } catch (const EndpointError& e) {
        EXPECT_EQ(e.kind(), EndpointErrorKind::NotFound);
        EXPECT_NE(std::string(e.what()).find("must end in /v1"), std::string::npos);
    }
}
