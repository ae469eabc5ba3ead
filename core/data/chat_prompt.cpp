#include "core/data/chat_prompt.h"

#include "core/data/dataset.h"
#include "core/util/errors.h"

#include <algorithm>

namespace falconry {
namespace {

/** The rendered text up to the start of its last trained segment (the empty answer). */
std::string promptBeforeLastAnswer(const RenderedText& rendered)
{
    const auto last = std::find_if(rendered.segments.rbegin(), rendered.segments.rend(),
                                   [](const TextSegment& s) { return s.trained; });
    if (last == rendered.segments.rend())
        throw DatasetError("chat: the template has no place for the answer (no assistant placeholder)");
    return rendered.text.substr(0, last->begin);
}

/** Built-in templates: the conversation with an empty last answer, cut before it. */
std::string builtInPrompt(const PromptTemplate& tpl, const std::vector<ChatExchange>& history, std::string_view message,
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
    return promptBeforeLastAnswer(renderConversation(tpl, c));
}

/** A Custom template filled once per exchange (as one training row each), joined. */
std::string customPrompt(const PromptTemplate& tpl, const RoleMapping& mapping, const std::vector<ChatExchange>& history,
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
    std::string out;
    for (const ChatExchange& e : history)
        out += render(e.user, e.assistant).text;
    return out + promptBeforeLastAnswer(render(message, {}));
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
    out.text = tpl.kind == TemplateKind::Custom ? customPrompt(tpl, mapping, history, message, system)
                                                : builtInPrompt(tpl, history, message, system);
    out.stopStrings = stopStringsOf(tpl);
    return out;
}

} // namespace falconry
