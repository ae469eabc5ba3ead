#include "core/data/role_mapping.h"

#include "core/data/json_reader.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"
#include "core/util/lower_case.h"

#include <algorithm>

namespace falconry {
namespace {

std::string trim(std::string_view s)
{
    const size_t b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos)
        return {};
    const size_t e = s.find_last_not_of(" \t");
    return std::string(s.substr(b, e - b + 1));
}

std::string rowWhere(const DatasetRow& row, const std::string& column)
{
    return "row id " + std::to_string(row.id) + ", column '" + column + "'";
}

TurnRole roleFromName(const std::string& name, bool& known)
{
    const std::string r = lowerCase(name);
    known = true;
    if (r == "system")
        return TurnRole::System;
    if (r == "human" || r == "user" || r == "prompter")
        return TurnRole::User;
    if (r == "gpt" || r == "assistant" || r == "model" || r == "chatgpt" || r == "bard" || r == "bing" ||
        r == "falcon" || r == "bot")
        return TurnRole::Assistant;
    known = false; // tool/function/observation: shown to the model as input, never trained
    return TurnRole::User;
}

/** Text of an OpenAI content value: a string, or parts [{"type":"text","text":...}]. */
std::string contentText(const JsonValue& content)
{
    if (content.is_string())
        return content.get<std::string>();
    if (content.is_null())
        return {};
    if (content.is_array()) {
        std::string text;
        for (const auto& part : content) {
            if (part.is_string())
                text += part.get<std::string>();
            else if (part.is_object() && part.contains("text") && part["text"].is_string())
                text += part["text"].get<std::string>();
        }
        return text;
    }
    return content.dump();
}

void appendTurnsFrom(const JsonValue& value, const DatasetRow& row, const std::string& column, Conversation& out)
{
    if (!value.is_array())
        throw DatasetError(rowWhere(row, column) + ": expected an array of turns ({\"from\",\"value\"} or "
                                                   "{\"role\",\"content\"}), found " + std::string(value.type_name()));
    for (size_t i = 0; i < value.size(); ++i) {
        const JsonValue& turn = value[i];
        if (!turn.is_object())
            throw DatasetError(rowWhere(row, column) + ", turn " + std::to_string(i + 1) +
                               ": expected an object, found " + std::string(turn.type_name()));
        const char* roleKey = turn.contains("from") ? "from" : turn.contains("role") ? "role" : nullptr;
        const char* textKey = turn.contains("value") ? "value" : turn.contains("content") ? "content" : nullptr;
        if (!roleKey || !textKey || !turn[roleKey].is_string())
            throw DatasetError(rowWhere(row, column) + ", turn " + std::to_string(i + 1) +
                               ": expected keys \"from\"/\"value\" (ShareGPT) or \"role\"/\"content\" (OpenAI), found " +
                               turn.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).substr(0, 80));
        bool known = false;
        const std::string roleName = turn[roleKey].get<std::string>();
        const TurnRole role = roleFromName(roleName, known);
        std::string text = contentText(turn[textKey]);
        if (!known)
            text = roleName + ": " + text;
        out.turns.push_back(Turn{role, std::move(text), {}});
    }
}

struct RoleName {
    const char* name;
    std::string RoleMapping::*field;
};

const RoleName kRoleNames[] = {
    {"system", &RoleMapping::system},       {"user", &RoleMapping::user},
    {"instruction", &RoleMapping::user},    {"prompt", &RoleMapping::user},
    {"question", &RoleMapping::user},       {"input", &RoleMapping::input},
    {"context", &RoleMapping::input},       {"assistant", &RoleMapping::assistant},
    {"output", &RoleMapping::assistant},    {"response", &RoleMapping::assistant},
    {"completion", &RoleMapping::assistant}, {"answer", &RoleMapping::assistant},
    {"text", &RoleMapping::text},           {"conversation", &RoleMapping::conversation},
    {"conversations", &RoleMapping::conversation}, {"messages", &RoleMapping::conversation},
};

} // namespace

std::string turnRoleName(TurnRole role)
{
    switch (role) {
    case TurnRole::System: return "system";
    case TurnRole::User: return "user";
    case TurnRole::Assistant: return "assistant";
    case TurnRole::Text: return "text";
    }
    return "user";
}

bool RoleMapping::empty() const
{
    return system.empty() && user.empty() && input.empty() && assistant.empty() && text.empty() && conversation.empty();
}

RoleMapping RoleMapping::parse(std::string_view spec)
{
    RoleMapping mapping;
    size_t start = 0;
    while (start <= spec.size()) {
        size_t comma = spec.find(',', start);
        if (comma == std::string_view::npos)
            comma = spec.size();
        const std::string item = trim(spec.substr(start, comma - start));
        start = comma + 1;
        if (item.empty())
            continue;
        const size_t eq = item.find('=');
        if (eq == std::string::npos)
            throw DatasetError("mapping '" + item + "': expected role=column (e.g. user=question,assistant=answer)");
        const std::string role = lowerCase(trim(item.substr(0, eq)));
        const std::string column = trim(item.substr(eq + 1));
        const auto it = std::find_if(std::begin(kRoleNames), std::end(kRoleNames),
                                     [&](const RoleName& r) { return role == r.name; });
        if (it == std::end(kRoleNames))
            throw DatasetError("mapping '" + item + "': unknown role '" + role +
                               "': expected system, user, input, assistant, text or conversation");
        mapping.*(it->field) = column;
    }
    return mapping;
}

void RoleMapping::apply(const RoleMapping& o)
{
    for (auto field : {&RoleMapping::system, &RoleMapping::user, &RoleMapping::input, &RoleMapping::assistant,
                       &RoleMapping::text, &RoleMapping::conversation})
        if (!(o.*field).empty())
            this->*field = o.*field;
    // An explicit mapping of one kind replaces the detected mapping of the other kind.
    if (!o.conversation.empty() || !o.text.empty() || !o.user.empty() || !o.assistant.empty()) {
        if (o.conversation.empty())
            conversation.clear();
        if (o.text.empty())
            text.clear();
        if (!o.conversation.empty() || !o.text.empty()) {
            user.clear();
            assistant.clear();
            input.clear();
        }
    }
    splitGuanaco = splitGuanaco || o.splitGuanaco;
}

std::string RoleMapping::toString() const
{
    std::string out;
    const auto add = [&](const char* role, const std::string& column) {
        if (column.empty())
            return;
        if (!out.empty())
            out += ",";
        out += std::string(role) + "=" + column;
    };
    add("system", system);
    add("user", user);
    add("input", input);
    add("assistant", assistant);
    add("text", text);
    add("conversation", conversation);
    return out;
}

std::vector<std::string> RoleMapping::requiredColumns() const
{
    if (!conversation.empty())
        return {conversation};
    if (!text.empty())
        return {text};
    std::vector<std::string> out;
    if (!user.empty())
        out.push_back(user);
    if (!assistant.empty())
        out.push_back(assistant);
    return out;
}

void RoleMapping::check(const Dataset& dataset) const
{
    if (empty())
        throw DatasetError("no column is mapped to a role: expected e.g. --map user=question,assistant=answer "
                           "(columns: " + [&] {
                               std::string c;
                               for (const auto& name : dataset.columns)
                                   c += (c.empty() ? "" : ", ") + name;
                               return c;
                           }() + ")");
    for (auto field : {&RoleMapping::system, &RoleMapping::user, &RoleMapping::input, &RoleMapping::assistant,
                       &RoleMapping::text, &RoleMapping::conversation}) {
        const std::string& column = this->*field;
        if (!column.empty() && dataset.columnIndex(column) < 0) {
            std::string columns;
            for (const auto& name : dataset.columns)
                columns += (columns.empty() ? "" : ", ") + name;
            throw DatasetError("mapped column '" + column + "' is not in the dataset: expected one of " + columns);
        }
    }
}

Conversation parseGuanacoText(std::string_view text)
{
    static constexpr std::string_view kHuman = "### Human:";
    static constexpr std::string_view kAssistant = "### Assistant:";
    Conversation conversation;
    size_t pos = 0;
    const auto nextMarker = [&](size_t from, TurnRole& role) {
        const size_t h = text.find(kHuman, from);
        const size_t a = text.find(kAssistant, from);
        if (h == std::string_view::npos && a == std::string_view::npos)
            return std::string_view::npos;
        role = h < a ? TurnRole::User : TurnRole::Assistant;
        return std::min(h, a);
    };
    TurnRole role = TurnRole::User;
    size_t marker = nextMarker(0, role);
    if (marker == std::string_view::npos) {
        conversation.turns.push_back(Turn{TurnRole::Text, std::string(text), {}});
        return conversation;
    }
    if (marker > 0 && text.substr(0, marker).find_first_not_of(" \t\r\n") != std::string_view::npos)
        conversation.turns.push_back(Turn{TurnRole::System, std::string(text.substr(0, marker)), {}});
    while (marker != std::string_view::npos) {
        const TurnRole current = role;
        pos = marker + (current == TurnRole::User ? kHuman.size() : kAssistant.size());
        if (pos < text.size() && text[pos] == ' ')
            ++pos;
        marker = nextMarker(pos, role);
        const size_t end = marker == std::string_view::npos ? text.size() : marker;
        conversation.turns.push_back(Turn{current, std::string(text.substr(pos, end - pos)), {}});
    }
    return conversation;
}

Conversation buildConversation(const Dataset& dataset, const DatasetRow& row, const RoleMapping& mapping)
{
    Conversation conversation;
    const auto cell = [&](const std::string& column) { return dataset.cellText(row, dataset.columnIndex(column)); };
    const std::string system = mapping.system.empty() ? std::string() : cell(mapping.system);
    if (!mapping.conversation.empty()) {
        const int index = dataset.columnIndex(mapping.conversation);
        JsonValue value = index >= 0 && static_cast<size_t>(index) < row.cells.size() ? row.cells[static_cast<size_t>(index)]
                                                                                       : JsonValue();
        if (value.is_string()) {
            try {
                value = JsonValue::parse(value.get<std::string>());
            } catch (const JsonValue::exception&) {
                throw DatasetError(rowWhere(row, mapping.conversation) +
                                   ": expected a JSON array of turns, found text that is not JSON (" +
                                   findJsonProblem(value.get<std::string>()).message + ")");
            }
        }
        if (!system.empty())
            conversation.turns.push_back(Turn{TurnRole::System, system, {}});
        if (!value.is_null())
            appendTurnsFrom(value, row, mapping.conversation, conversation);
        return conversation;
    }
    if (!mapping.text.empty()) {
        const std::string text = cell(mapping.text);
        if (mapping.splitGuanaco)
            return parseGuanacoText(text);
        conversation.turns.push_back(Turn{TurnRole::Text, text, {}});
        return conversation;
    }
    if (!system.empty())
        conversation.turns.push_back(Turn{TurnRole::System, system, {}});
    if (!mapping.user.empty())
        conversation.turns.push_back(
            Turn{TurnRole::User, cell(mapping.user), mapping.input.empty() ? std::string() : cell(mapping.input)});
    if (!mapping.assistant.empty())
        conversation.turns.push_back(Turn{TurnRole::Assistant, cell(mapping.assistant), {}});
    return conversation;
}

} // namespace falconry
