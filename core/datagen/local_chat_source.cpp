#include "core/datagen/local_chat_source.h"

#include "core/data/chat_prompt.h"
#include "core/data/role_mapping.h"
#include "core/generate/generator.h"
#include "core/util/errors.h"

#include <algorithm>

namespace falconry {
namespace {

/** The request as a chat prompt: system turns joined, user/assistant pairs as history, the last user turn as the message. */
ChatPrompt renderRequest(const PromptTemplate& tpl, const ChatRequest& request)
{
    std::string system;
    std::vector<ChatExchange> history;
    std::string pendingUser;
    for (const ChatMessage& m : request.messages) {
        if (m.role == "system") {
            system += (system.empty() ? "" : "\n") + m.content;
        } else if (m.role == "user") {
            if (!pendingUser.empty())
                history.push_back({pendingUser, {}});
            pendingUser = m.content;
        } else if (m.role == "assistant") {
            history.push_back({pendingUser, m.content});
            pendingUser.clear();
        } else {
            throw ConfigError("chat message role '" + m.role + "': expected system, user or assistant");
        }
    }
    if (pendingUser.empty())
        throw ConfigError("a chat request must end with a user message");
    return renderChatPrompt(tpl, RoleMapping{}, history, pendingUser, system);
}

std::string trimmed(const std::string& text)
{
    const size_t a = text.find_first_not_of(" \t\r\n");
    if (a == std::string::npos)
        return {};
    const size_t b = text.find_last_not_of(" \t\r\n");
    return text.substr(a, b - a + 1);
}

} // namespace

LocalChatSource::LocalChatSource(FalconModelImpl& model, const Tokenizer& tokenizer, PromptTemplate chatTemplate,
                                 std::string name, size_t batchSize)
    : m_model(model), m_tokenizer(tokenizer), m_template(std::move(chatTemplate)), m_name(std::move(name)),
      m_batchSize(std::max<size_t>(1, batchSize))
{
}

std::vector<std::string> LocalChatSource::complete(const std::vector<ChatRequest>& requests, const ChatStreamFn& onText,
                                                   const std::atomic<bool>& stop)
{
    if (requests.empty())
        return {};
    std::vector<std::vector<int64_t>> prompts;
    GenerationSettings settings;
    const ChatRequest& first = requests.front();
    settings.sampling.greedy = first.temperature <= 0.0;
    settings.sampling.temperature = settings.sampling.greedy ? 1.0 : first.temperature;
    settings.sampling.topP = std::clamp(first.topP, 0.01, 1.0);
    settings.sampling.topK = 50;
    settings.sampling.repetitionPenalty = 1.1; // small models loop without it
    settings.maxNewTokens = 0;
    for (const ChatRequest& r : requests) {
        const ChatPrompt prompt = renderRequest(m_template, r);
        prompts.push_back(encodeChatPrompt(prompt, m_tokenizer));
        for (const std::string& s : prompt.stopStrings)
            if (std::find(settings.stopStrings.begin(), settings.stopStrings.end(), s) == settings.stopStrings.end())
                settings.stopStrings.push_back(s);
        settings.rowSeeds.push_back(r.seed);
        settings.maxNewTokens = std::max<int64_t>(settings.maxNewTokens, r.maxTokens);
    }
    const GenerationResult result = generate(
        m_model, &m_tokenizer, prompts, settings,
        [&](const GenerationChunk& chunk) {
            if (onText && !chunk.text.empty() && !onText(static_cast<size_t>(chunk.row), chunk.text))
                return false;
            return !stop.load();
        },
        stop);
    std::vector<std::string> out;
    for (const GeneratedRow& row : result.rows)
        out.push_back(row.finishReason == FinishReason::Cancelled ? std::string() : trimmed(row.text));
    return out;
}

} // namespace falconry
