#include "core/data/chat_prompt.h"

#include "core/data/dataset.h"
#include "core/data/example_renderer.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"

#include <algorithm>

namespace falconry {
namespace {

/** Where the last trained segment (the empty answer) starts. */
size_t lastAnswerBegin(const RenderedText& rendered)
{
    const auto last = std::find_if(rendered.segments.rbegin(), rendered.segments.rend(),
                                   [](const TextSegment& s) { return s.trained; });
    if (last == rendered.segments.rend())
        throw DatasetError("chat: the template has no place for the answer (no assistant placeholder)");
    return last->begin;
}

/** Built-in templates: the conversation with an empty last answer. */
RenderedText builtInChat(const PromptTemplate& tpl, const std::vector<ChatExchange>& history, std::string_view message,
                          std::string_view system)
{
    Conversation c;
    if (!system.empty())
        c.turns.push_back(Turn{TurnRole::System, std::string(system), {}});
    for (const ChatExchange& e : history) {
        c.turns.push_back(Turn{TurnRole::User, e.user, {}});
        c.turns.push_back(Turn{TurnRole::Assistant, e.assistant, {}});
    }
    c.turns.push_back(Turn{TurnRole::User, std::string(message), {}});
    c.turns.push_back(Turn{TurnRole::Assistant, std::string(), {}});
    return renderConversation(tpl, c);
}

/** Appends `part` to `whole`, its segments shifted. */
void append(RenderedText& whole, const RenderedText& part)
{
    const size_t shift = whole.text.size();
    whole.text += part.text;
    for (TextSegment s : part.segments) {
        s.begin += shift;
        s.end += shift;
        whole.segments.push_back(s);
    }
}

/** A Custom template filled once per exchange (as one training row each), joined. */
RenderedText customChat(const PromptTemplate& tpl, const RoleMapping& mapping, const std::vector<ChatExchange>& history,
                         std::string_view message, std::string_view system)
{
    // A one-row table whose columns are the mapped ones, so {column} placeholders resolve as in training.
    Dataset table;
    const auto column = [&](const std::string& mapped, const char* role) {
        return table.ensureColumn(mapped.empty() ? std::string(role) : mapped);
    };
    const int userColumn = column(mapping.user, "user");
    const int assistantColumn = column(mapping.assistant, "assistant");
    const int systemColumn = column(mapping.system, "system");
    RoleMapping roles = mapping;
    roles.user = table.columns[static_cast<size_t>(userColumn)];
    roles.assistant = table.columns[static_cast<size_t>(assistantColumn)];
    roles.system = table.columns[static_cast<size_t>(systemColumn)];
    roles.text.clear();
    const auto render = [&](std::string_view user, std::string_view assistant) {
        DatasetRow row;
        row.cells.assign(table.columns.size(), JsonValue());
        row.cells[static_cast<size_t>(userColumn)] = std::string(user);
        row.cells[static_cast<size_t>(assistantColumn)] = std::string(assistant);
        row.cells[static_cast<size_t>(systemColumn)] = std::string(system);
        return renderRow(tpl, table, row, roles);
    };
    RenderedText out;
    for (const ChatExchange& e : history)
        append(out, render(e.user, e.assistant));
    append(out, render(message, {}));
    return out;
}

/** The text at which the next user turn starts, for each template. */
std::vector<std::string> stopStringsOf(const PromptTemplate& tpl)
{
    switch (tpl.kind) {
    case TemplateKind::FalconInstruct:
    case TemplateKind::FalconChat: return {"\nUser:"};
    case TemplateKind::Guanaco: return {"### Human:"};
    case TemplateKind::Alpaca: return {"### Instruction:"};
    case TemplateKind::Plain: return {};
    case TemplateKind::Custom: {
        // What the template writes before its first placeholder starts the next exchange.
        const std::string& t = tpl.customText;
        const std::string head = t.substr(0, t.find('{'));
        const size_t start = head.find_first_not_of(" \t\r\n");
        if (start == std::string::npos)
            return {};
        return {head.substr(start)};
    }
    }
    return {};
}

} // namespace

ChatPrompt renderChatPrompt(const PromptTemplate& tpl, const RoleMapping& mapping, const std::vector<ChatExchange>& history,
                            std::string_view message, std::string_view system)
{
    ChatPrompt out;
    out.conversation = tpl.kind == TemplateKind::Custom ? customChat(tpl, mapping, history, message, system)
                                                        : builtInChat(tpl, history, message, system);
    out.text = out.conversation.text.substr(0, lastAnswerBegin(out.conversation));
    out.stopStrings = stopStringsOf(tpl);
    return out;
}

std::vector<int64_t> encodeChatPrompt(const ChatPrompt& prompt, const Tokenizer& tokenizer)
{
    // The conversation up to the empty answer, with the earlier answers' EOS as training has them.
    const size_t answer = lastAnswerBegin(prompt.conversation);
    RenderedText before;
    before.text = prompt.conversation.text.substr(0, answer);
    for (const TextSegment& s : prompt.conversation.segments)
        if (s.end <= answer && !(s.trained && s.begin == answer))
            before.segments.push_back(s);
    const RenderedExample example = tokenizeRendered(before, tokenizer, TokenizeOptions{});
    std::vector<int64_t> ids = example.ids;
    size_t end = example.offsets.empty() ? 0 : example.offsets.back().second; // bytes the last token covers
    // A trailing space that the tokenizer keeps apart only because nothing follows it: in
    // training it was part of the answer's first token, so the model writes it.
    if (!ids.empty() && end == answer && answer > 0 && before.text[answer - 1] == ' ') {
        const auto [b, e] = example.offsets.back();
        if (before.text.find_first_not_of(' ', b) >= e)
            ids.pop_back();
    }
    return ids;
}

} // namespace falconry
