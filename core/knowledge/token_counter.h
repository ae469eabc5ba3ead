#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace falconry {

class Tokenizer;

/**
 * Counts tokens the way the chosen model will see them, so that chunks and the prompt's
 * passage budget are bounded in that model's tokens, not in characters.
 */
class TokenCounter {
public:
    virtual ~TokenCounter() = default;
    virtual size_t count(std::string_view text) const = 0;
    /** For each token, the byte offset in `text` where it ends (ascending; the last is text.size()). */
    virtual std::vector<size_t> tokenEnds(std::string_view text) const = 0;
    /** What counts: "tokenizer.json of falcon-7b" or "words (no tokenizer)". */
    virtual std::string description() const = 0;

    /** Counts with `tokenizer` (borrowed: it must outlive the counter). */
    static std::unique_ptr<TokenCounter> forTokenizer(const Tokenizer& tokenizer, std::string description);
    /**
     * Without a model: each word and each punctuation mark is one token. BPE tokenizers
     * split English into about 1.3 tokens per word, so a budget set with this counter
     * should leave room (used by `kb add` without --model).
     */
    static std::unique_ptr<TokenCounter> wordCounter();
};

} // namespace falconry
