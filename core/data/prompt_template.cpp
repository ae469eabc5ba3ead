#include "core/data/prompt_template.h"

#include "core/util/errors.h"

namespace falconry {

const char* const kAlpacaPreambleWithInput =
    "Below is an instruction that describes a task, paired with an input that provides further context. "
    "Write a response that appropriately completes the request.";
const char* const kAlpacaPreambleNoInput =
    "Below is an instruction that describes a task. Write a response that appropriately completes the request.";

namespace {

/** Accumulates text and segments; consecutive prompt text forms one segment. */
class SegmentBuilder {
public:
    void prompt(std::string_view s)
    {
        if (s.empty())
            return;
        if (m_out.segments.empty() || m_out.segments.back().trained || m_out.segments.back().eosAfter)
            m_out.segments.push_back(TextSegment{m_out.text.size(), m_out.text.size(), false, false, TurnRole::User});
        m_out.text += s;
        m_out.segments.back().end = m_out.text.size();
    }
    void answer(std::string_view s, TurnRole role, bool eos = true)
    {
        m_out.segments.push_back(TextSegment{m_out.text.size(), m_out.text.size() + s.size(), true, eos, role});
        m_out.text += s;
    }
    RenderedText take() { return std::move(m_out); }

private:
    RenderedText m_out;
};

std::string unescape(std::string_view s)
{
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            const char n = s[i + 1];
            if (n == 'n' || n == 't' || n == '\\') {
                out += n == 'n' ? '\n' : n == 't' ? '\t' : '\\';
                ++i;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

std::string escape(std::string_view s)
{
    std::string out;
    for (char c : s)
        out += c == '\n' ? std::string("\\n") : c == '\t' ? std::string("\\t") : c == '\\' ? std::string("\\\\") : std::string(1, c);
    return out;
}

void renderAlpaca(const Conversation& conversation, SegmentBuilder& b)
{
    std::string system;
    bool firstUser = true;
    for (const Turn& turn : conversation.turns)
        if (turn.role == TurnRole::System)
            system += (system.empty() ? "" : "\n") + turn.text;
    for (const Turn& turn : conversation.turns) {
        switch (turn.role) {
        case TurnRole::System:
            break;
        case TurnRole::User:
            if (firstUser)
                b.prompt(!system.empty() ? system : turn.input.empty() ? kAlpacaPreambleNoInput : kAlpacaPreambleWithInput);
            firstUser = false;
            b.prompt("\n\n### Instruction:\n" + turn.text);
            if (!turn.input.empty())
                b.prompt("\n\n### Input:\n" + turn.input);
            b.prompt("\n\n### Response:\n");
            break;
        case TurnRole::Assistant:
        case TurnRole::Text:
            b.answer(turn.text, turn.role);
            break;
        }
    }
}

} // namespace

PromptTemplate PromptTemplate::fromName(std::string_view name)
{
    PromptTemplate t;
    if (name == "falcon-instruct" || name == "falcon" || name == "instruct")
        t.kind = TemplateKind::FalconInstruct;
    else if (name == "falcon-chat" || name == "chat")
        t.kind = TemplateKind::FalconChat;
    else if (name == "guanaco")
        t.kind = TemplateKind::Guanaco;
    else if (name == "alpaca")
        t.kind = TemplateKind::Alpaca;
    else if (name == "plain" || name == "none")
        t.kind = TemplateKind::Plain;
    else if (name.substr(0, 7) == "custom:") {
        t.kind = TemplateKind::Custom;
        t.customText = unescape(name.substr(7));
    } else
        throw DatasetError("unknown template '" + std::string(name) +
                           "': expected falcon-instruct, falcon-chat, guanaco, alpaca, plain or custom:TEXT with "
                           "{column} placeholders");
    return t;
}

std::string PromptTemplate::name() const
{
    switch (kind) {
    case TemplateKind::FalconInstruct: return "falcon-instruct";
    case TemplateKind::FalconChat: return "falcon-chat";
    case TemplateKind::Guanaco: return "guanaco";
    case TemplateKind::Alpaca: return "alpaca";
    case TemplateKind::Plain: return "plain";
    case TemplateKind::Custom: return "custom:" + escape(customText);
    }
    return "falcon-instruct";
}

RenderedText renderConversation(const PromptTemplate& tpl, const Conversation& conversation)
{
    SegmentBuilder b;
    if (tpl.kind == TemplateKind::Alpaca) {
        renderAlpaca(conversation, b);
        return b.take();
    }
    // Role markers per template; the answer marker ends the prompt, the answer starts with its space.
    const char* systemPrefix = "";
    const char* userPrefix = "User: ";
    const char* answerMarker = "Assistant:";
    const char* separator = "\n"; // after each turn except the last
    bool spaceBeforeAnswer = true;
    switch (tpl.kind) {
    case TemplateKind::FalconInstruct:
        break;
    case TemplateKind::FalconChat:
        systemPrefix = "System: ";
        answerMarker = "Falcon:";
        break;
    case TemplateKind::Guanaco:
        userPrefix = "### Human: ";
        answerMarker = "### Assistant:";
        separator = "";
        break;
    case TemplateKind::Plain:
    case TemplateKind::Custom:
        userPrefix = "";
        answerMarker = "";
        spaceBeforeAnswer = false;
        break;
    case TemplateKind::Alpaca:
        break;
    }
    const auto& turns = conversation.turns;
    for (size_t i = 0; i < turns.size(); ++i) {
        const Turn& turn = turns[i];
        const bool last = i + 1 == turns.size();
        switch (turn.role) {
        case TurnRole::System:
            b.prompt(std::string(systemPrefix) + turn.text + "\n");
            continue; // the system line always ends with its own newline
        case TurnRole::User:
            b.prompt(userPrefix + turn.text + (turn.input.empty() ? std::string() : "\n" + turn.input));
            // Guanaco has no separator, the others put a newline before the answer marker.
            if (tpl.kind != TemplateKind::Guanaco)
                b.prompt("\n");
            continue;
        case TurnRole::Assistant:
            b.prompt(answerMarker);
            b.answer((spaceBeforeAnswer ? " " : "") + turn.text, turn.role);
            break;
        case TurnRole::Text:
            b.answer(turn.text, turn.role);
            break;
        }
        if (!last)
            b.prompt(separator);
    }
    return b.take();
}

RenderedText renderRow(const PromptTemplate& tpl, const Dataset& dataset, const DatasetRow& row, const RoleMapping& mapping)
{
    if (tpl.kind != TemplateKind::Custom)
        return renderConversation(tpl, buildConversation(dataset, row, mapping));
    SegmentBuilder b;
    const std::string& t = tpl.customText;
    std::string literal;
    for (size_t i = 0; i < t.size(); ++i) {
        if ((t[i] == '{' || t[i] == '}') && i + 1 < t.size() && t[i + 1] == t[i]) {
            literal += t[i++];
            continue;
        }
        if (t[i] != '{') {
            literal += t[i];
            continue;
        }
        const size_t close = t.find('}', i);
        if (close == std::string::npos)
            throw DatasetError("custom template: expected '}' closing the placeholder at character " +
                               std::to_string(i + 1) + " (write {{ for a literal brace)");
        std::string name = t.substr(i + 1, close - i - 1);
        i = close;
        if (dataset.columnIndex(name) < 0) {
            const std::string* mapped = name == "system" ? &mapping.system : name == "user" ? &mapping.user
                                      : name == "input" ? &mapping.input : name == "assistant" ? &mapping.assistant
                                      : name == "text" ? &mapping.text : nullptr;
            if (!mapped || mapped->empty() || dataset.columnIndex(*mapped) < 0) {
                std::string columns;
                for (const auto& c : dataset.columns)
                    columns += (columns.empty() ? "" : ", ") + c;
                throw DatasetError("custom template: no column '" + name + "': expected one of " + columns);
            }
            name = *mapped;
        }
        const int index = dataset.columnIndex(name);
        const std::string value = dataset.cellText(row, index);
        const int assistantIndex = mapping.assistant.empty() ? -2 : dataset.columnIndex(mapping.assistant);
        const int textIndex = mapping.text.empty() ? -2 : dataset.columnIndex(mapping.text);
        const bool trained = index == assistantIndex || index == textIndex;
        if (trained) {
            b.prompt(literal);
            literal.clear();
            b.answer(value, mapping.text.empty() ? TurnRole::Assistant : TurnRole::Text);
        } else {
            literal += value;
        }
    }
    b.prompt(literal);
    return b.take();
}

} // namespace falconry
