#include "core/export/chat_template.h"

#include <sstream>

namespace falconry {
namespace {

/** A Jinja single-quoted string literal. */
std::string jq(const std::string& text)
{
    std::string out = "'";
    for (const char c : text) {
        switch (c) {
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\'': out += "\\'"; break;
        case '\\': out += "\\\\"; break;
        default: out += c;
        }
    }
    return out + "'";
}

/** Role markers of the line-based templates, as renderConversation() uses them. */
struct Markers {
    std::string system;     // before a system turn's text
    std::string user;       // before a user turn's text
    std::string afterUser;  // after a user turn ("\n"; nothing for Guanaco)
    std::string answer;     // the answer marker; the answer itself starts with " "
    std::string separator;  // after an answer that is not the last turn
    bool space = true;      // a space between the answer marker and the answer
};

Markers markersOf(const PromptTemplate& tpl)
{
    switch (tpl.kind) {
    case TemplateKind::FalconInstruct: return {"", "User: ", "\n", "Assistant:", "\n", true};
    case TemplateKind::FalconChat: return {"System: ", "User: ", "\n", "Falcon:", "\n", true};
    case TemplateKind::Guanaco: return {"", "### Human: ", "", "### Assistant:", "", true};
    case TemplateKind::Alpaca:
    case TemplateKind::Plain:
    case TemplateKind::Custom: break;
    }
    return {"", "", "\n", "", "\n", false};
}

std::string alpacaJinja()
{
    std::ostringstream j;
    j << "{%- set ns = namespace(system='', first=true) -%}"
      << "{%- for message in messages -%}{%- if message['role'] == 'system' -%}"
      << "{%- set ns.system = ns.system + ('\\n' if ns.system else '') + message['content'] -%}"
      << "{%- endif -%}{%- endfor -%}"
      << "{%- for message in messages -%}"
      << "{%- if message['role'] == 'user' -%}"
      << "{%- if ns.first -%}{{- ns.system if ns.system else " << jq(kAlpacaPreambleNoInput) << " -}}"
      << "{%- set ns.first = false -%}{%- endif -%}"
      << "{{- '\\n\\n### Instruction:\\n' + message['content'] + '\\n\\n### Response:\\n' -}}"
      << "{%- elif message['role'] == 'assistant' -%}{{- message['content'] + eos_token -}}"
      << "{%- endif -%}{%- endfor -%}";
    return j.str();
}

} // namespace

std::string jinjaChatTemplate(const PromptTemplate& tpl)
{
    if (tpl.kind == TemplateKind::Alpaca)
        return alpacaJinja();
    const Markers m = markersOf(tpl);
    std::ostringstream j;
    j << "{%- for message in messages -%}"
      << "{%- if message['role'] == 'system' -%}{{- " << jq(m.system) << " + message['content'] + '\\n' -}}"
      << "{%- elif message['role'] == 'user' -%}{{- " << jq(m.user) << " + message['content'] + " << jq(m.afterUser)
      << " -}}"
      << "{%- elif message['role'] == 'assistant' -%}{{- " << jq(m.answer + (m.space ? " " : ""))
      << " + message['content'] + eos_token -}}"
      << "{%- if not loop.last -%}{{- " << jq(m.separator) << " -}}{%- endif -%}"
      << "{%- endif -%}{%- endfor -%}"
      << "{%- if add_generation_prompt -%}{{- " << jq(m.answer) << " -}}{%- endif -%}";
    return j.str();
}

std::string ollamaTemplate(const PromptTemplate& tpl, const std::string& eosText)
{
    std::ostringstream t;
    if (tpl.kind == TemplateKind::Alpaca) {
        // Ollama has no namespace: the system turn (or the standard preamble) opens the prompt.
        t << "{{ if .System }}{{ .System }}{{ else }}" << kAlpacaPreambleNoInput << "{{ end }}"
          << "{{- range .Messages }}"
          << "{{- if eq .Role \"user\" }}\n\n### Instruction:\n{{ .Content }}\n\n### Response:\n"
          << "{{- else if eq .Role \"assistant\" }}{{ .Content }}" << eosText << "{{ end }}"
          << "{{- end }}";
        return t.str();
    }
    const Markers m = markersOf(tpl);
    t << "{{- range .Messages }}"
      << "{{- if eq .Role \"system\" }}" << m.system << "{{ .Content }}\n"
      << "{{- else if eq .Role \"user\" }}" << m.user << "{{ .Content }}" << m.afterUser
      << "{{- else if eq .Role \"assistant\" }}" << m.answer << (m.space ? " " : "") << "{{ .Content }}" << eosText
      << m.separator << "{{ end }}"
      << "{{- end }}" << m.answer;
    return t.str();
}

std::vector<std::string> templateStopStrings(const PromptTemplate& tpl)
{
    switch (tpl.kind) {
    case TemplateKind::FalconInstruct:
    case TemplateKind::FalconChat: return {"\nUser:"};
    case TemplateKind::Guanaco: return {"### Human:"};
    case TemplateKind::Alpaca: return {"### Instruction:"};
    case TemplateKind::Plain:
    case TemplateKind::Custom: break;
    }
    return {};
}

std::string ollamaModelfile(const std::string& ggufFileName, const std::string& modelName, const PromptTemplate& tpl,
                            const std::string& eosText, int64_t contextLength)
{
    std::ostringstream f;
    f << "# Ollama Modelfile written by Falconry for " << ggufFileName << " (prompt template: " << tpl.name() << ")\n"
      << "# Run it with:  ollama create " << modelName << " -f Modelfile  &&  ollama run " << modelName << "\n"
      << "FROM ./" << ggufFileName << "\n"
      << "TEMPLATE \"\"\"" << ollamaTemplate(tpl, eosText) << "\"\"\"\n";
    for (const std::string& stop : templateStopStrings(tpl)) {
        std::string escaped;
        for (const char c : stop)
            escaped += c == '\n' ? std::string("\\n") : c == '"' ? std::string("\\\"") : std::string(1, c);
        f << "PARAMETER stop \"" << escaped << "\"\n";
    }
    if (!eosText.empty())
        f << "PARAMETER stop \"" << eosText << "\"\n";
    f << "PARAMETER num_ctx " << contextLength << "\n"
      << "PARAMETER temperature 0.7\n"
      << "PARAMETER top_p 0.9\n"
      << "PARAMETER repeat_penalty 1.1\n";
    return f.str();
}

} // namespace falconry
