#pragma once

#include "core/data/dataset.h"
#include "core/data/role_mapping.h"

#include <string>
#include <string_view>
#include <vector>

namespace falconry {

enum class TemplateKind {
    FalconInstruct, // "User: {msg}\nAssistant: {reply}\n..." (falcon-*-instruct, FastEval)
    FalconChat,     // "System: {sys}\nUser: {msg}\nFalcon: {reply}\n..." (FastChat "falcon-chat")
    Guanaco,        // "### Human: {q}### Assistant: {a}" (timdettmers/openassistant-guanaco)
    Alpaca,         // the Stanford Alpaca prompt, with or without "### Input:"
    Plain,          // the turns' text separated by "\n"
    Custom,         // a string with {column} placeholders
};

/** A template by kind; Custom carries its text. */
struct PromptTemplate {
    TemplateKind kind = TemplateKind::FalconInstruct;
    std::string customText; // Custom only: "Q: {question}\nA: {answer}"; {{ and }} are literal braces

    /** "falcon-instruct", "falcon-chat", "guanaco", "alpaca", "plain", or "custom:TEXT" (with \n, \t escapes). */
    static PromptTemplate fromName(std::string_view name);
    std::string name() const;
};

/** A byte range [begin, end) of the rendered text: prompt (masked) or trained answer. */
struct TextSegment {
    size_t begin = 0;
    size_t end = 0;
    bool trained = false;  // an answer (assistant turn, text document, custom answer placeholder)
    bool eosAfter = false; // an end-of-sequence token follows this segment
    TurnRole role = TurnRole::User; // of trained segments; prompt segments may span several turns
};

/** The text exactly as the model sees it, cut into prompt and answer segments that cover it in order. */
struct RenderedText {
    std::string text;
    std::vector<TextSegment> segments;
};

/**
 * Renders turns with a built-in template. Answers keep the space after the
 * role marker ("Assistant:" is prompt, " reply" is trained) because at
 * generation time the prompt ends with "Assistant:" and the model writes " reply".
 */
RenderedText renderConversation(const PromptTemplate& tpl, const Conversation& conversation);

/**
 * Renders one row: builds its Conversation (buildConversation) for built-in
 * templates, or fills a Custom template's {column} placeholders, where the
 * column mapped to `assistant` (or `text`) is trained and followed by EOS.
 * Placeholders {system} {user} {input} {assistant} {text} name the mapped
 * columns when no column has that name. Throws DatasetError on an unknown column.
 */
RenderedText renderRow(const PromptTemplate& tpl, const Dataset& dataset, const DatasetRow& row,
                       const RoleMapping& mapping);

/** The standard Alpaca preambles (Stanford Alpaca, train.py PROMPT_DICT). */
extern const char* const kAlpacaPreambleWithInput;
extern const char* const kAlpacaPreambleNoInput;

} // namespace falconry
