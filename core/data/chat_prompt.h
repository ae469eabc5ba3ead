#pragma once

#include "core/data/prompt_template.h"
#include "core/data/role_mapping.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace falconry {

/** One finished exchange of a chat: what the user wrote and what the model answered. */
struct ChatExchange {
    std::string user;
    std::string assistant;
};

class Tokenizer;

/** What a chat sends to the generator: the prompt text and where the answer ends. */
struct ChatPrompt {
    std::string text;                     // ends exactly where the model's answer starts
    std::vector<std::string> stopStrings; // the next turn of the template starting
    RenderedText conversation;            // the whole chat as training renders it, the last answer empty
};

/**
 * The prompt for `history` followed by `message`, rendered by core/data's templates exactly
 * as training rendered the examples (renderConversation / renderRow): the text up to where
 * the trained answer begins. The answer's leading space stays with the answer, as it was
 * trained. `system` (may be empty) becomes a System turn for templates that have one
 * (falcon-chat, Alpaca's preamble); nothing is injected when it is empty.
 * A Custom template is filled per exchange through `mapping` (its {column} placeholders
 * name the columns mapped to user/input/system/assistant); one with no trained
 * placeholder throws DatasetError, since it says nowhere where the answer goes.
 */
ChatPrompt renderChatPrompt(const PromptTemplate& tpl, const RoleMapping& mapping, const std::vector<ChatExchange>& history,
                            std::string_view message, std::string_view system = {});

/**
 * The prompt's token ids exactly as training tokenized the same conversation
 * (tokenizeRendered): the EOS after each earlier answer is there, as in training (the text
 * alone cannot say it), and a prompt that ends in a space the tokenizer would join to the
 * answer's first word (a custom "A: {answer}") leaves that space to the model, as trained.
 */
std::vector<int64_t> encodeChatPrompt(const ChatPrompt& prompt, const Tokenizer& tokenizer);

} // namespace falconry
