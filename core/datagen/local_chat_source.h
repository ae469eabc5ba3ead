#pragma once

#include "core/data/prompt_template.h"
#include "core/datagen/chat_source.h"

#include <string>

namespace falconry {

class FalconModelImpl;
class Tokenizer;

/**
 * A model loaded in Falconry (a base, or a base with its tuned adapter) as a ChatSource: each
 * request is rendered with the chat template the model was trained or instructed with (core/data's
 * renderChatPrompt, the same rendering as training and the Compare page), and a whole batch runs
 * as ONE generate() call (left-padded prompts, one prefill, cached decode), each row seeded by its
 * request's seed. Runs on the calling thread, which must own the model (the GUI's engine thread).
 */
class LocalChatSource final : public ChatSource {
public:
    LocalChatSource(FalconModelImpl& model, const Tokenizer& tokenizer, PromptTemplate chatTemplate,
                    std::string name, size_t batchSize = 4);
    std::vector<std::string> complete(const std::vector<ChatRequest>& requests, const ChatStreamFn& onText,
                                      const std::atomic<bool>& stop) override;
    size_t preferredBatch() const override { return m_batchSize; }
    std::string describe() const override { return "local model " + m_name; }

private:
    FalconModelImpl& m_model;
    const Tokenizer& m_tokenizer;
    PromptTemplate m_template;
    std::string m_name;
    size_t m_batchSize;
};

} // namespace falconry
