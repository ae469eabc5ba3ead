#pragma once

#include "core/data/prompt_template.h"

#include <cstdint>
#include <string>
#include <vector>

namespace falconry {

/**
 * The prompt template a run was trained with, for chat front-ends: the same text
 * renderConversation() produces (core/data/prompt_template.cpp is the one home of the format;
 * these mirror it), written as
 * - a Jinja template for GGUF `tokenizer.chat_template` (messages, eos_token,
 *   add_generation_prompt, as transformers' apply_chat_template and llama.cpp read it), and
 * - an Ollama Go template for a Modelfile's TEMPLATE (.Messages, .Role, .Content).
 * The generation prompt ends with the answer marker ("Assistant:"), so the model writes the
 * space and the answer, as in training. Custom templates render their turns as plain text.
 */
std::string jinjaChatTemplate(const PromptTemplate& tpl);
std::string ollamaTemplate(const PromptTemplate& tpl, const std::string& eosText);
/** Text that starts the next user turn: where a chat front-end should stop ("\nUser:"). */
std::vector<std::string> templateStopStrings(const PromptTemplate& tpl);

/**
 * An Ollama Modelfile beside `ggufFileName` (FROM, TEMPLATE, stop strings, num_ctx and
 * moderate sampling PARAMETERs), with a comment line giving the `ollama create` command.
 */
std::string ollamaModelfile(const std::string& ggufFileName, const std::string& modelName, const PromptTemplate& tpl,
                            const std::string& eosText, int64_t contextLength);

} // namespace falconry
