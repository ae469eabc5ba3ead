#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace falconry {

/** One message of a chat request; role is "system", "user" or "assistant" (OpenAI's names). */
struct ChatMessage {
    std::string role;
    std::string content;
};

/** One chat completion to produce: the conversation so far and how to sample the reply. */
struct ChatRequest {
    std::vector<ChatMessage> messages; // the last one is the user's
    int maxTokens = 256;
    double temperature = 0.8;          // 0 = greedy
    double topP = 0.95;
    uint64_t seed = 0;                 // sources that can be seeded use it (the local model; OpenAI's `seed`)
};

/** Text of request `index` as it streams in; return false to stop the whole batch. */
using ChatStreamFn = std::function<bool(size_t index, const std::string& piece)>;
/** Something worth telling the user while waiting (a rate limit, a retry). */
using ChatNoticeFn = std::function<void(const std::string& notice)>;

/**
 * Where generated text comes from: a model loaded in Falconry (one batch on its thread) or an
 * OpenAI-compatible server (one request after another). complete() returns one reply per request,
 * in order; when `stop` is set midway it returns early with the replies that are finished and
 * empty strings for the rest (check `stop` afterwards). Errors throw (EndpointError, the model's).
 */
class ChatSource {
public:
    virtual ~ChatSource() = default;
    virtual std::vector<std::string> complete(const std::vector<ChatRequest>& requests, const ChatStreamFn& onText,
                                              const std::atomic<bool>& stop) = 0;
    /** How many requests one complete() call should carry (a batch for the local model). */
    virtual size_t preferredBatch() const = 0;
    /** "model <name> at <url>" / "local model <folder>": recorded as the rows' source. */
    virtual std::string describe() const = 0;
};

} // namespace falconry
