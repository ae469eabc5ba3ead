#include "core/knowledge/token_counter.h"

#include "core/tokenizer/tokenizer.h"

#include <cctype>

namespace falconry {
namespace {

class TokenizerCounter final : public TokenCounter {
public:
    TokenizerCounter(const Tokenizer& tokenizer, std::string description)
        : m_tokenizer(tokenizer)
        , m_description(std::move(description))
    {
    }
    size_t count(std::string_view text) const override { return m_tokenizer.encode(text).size(); }
    std::vector<size_t> tokenEnds(std::string_view text) const override
    {
        const Encoding e = m_tokenizer.encodeWithOffsets(text);
        std::vector<size_t> ends;
        ends.reserve(e.offsets.size());
        for (const auto& [begin, end] : e.offsets)
            ends.push_back(std::max(end, ends.empty() ? size_t{0} : ends.back()));
        if (!ends.empty())
            ends.back() = text.size();
        return ends;
    }
    std::string description() const override { return m_description; }

private:
    const Tokenizer& m_tokenizer;
    std::string m_description;
};

class WordCounter final : public TokenCounter {
public:
    size_t count(std::string_view text) const override { return tokenEnds(text).size(); }
    std::vector<size_t> tokenEnds(std::string_view text) const override
    {
        std::vector<size_t> ends;
        size_t i = 0;
        while (i < text.size()) {
            while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
                ++i;
            if (i == text.size())
                break;
            const auto c = static_cast<unsigned char>(text[i]);
            if (std::isalnum(c) || c >= 0x80) {
                while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) ||
                                           static_cast<unsigned char>(text[i]) >= 0x80))
                    ++i;
            } else {
                ++i;
            }
            ends.push_back(i);
        }
        if (!ends.empty())
            ends.back() = text.size();
        return ends;
    }
    std::string description() const override { return "words (no tokenizer)"; }
};

} // namespace

std::unique_ptr<TokenCounter> TokenCounter::forTokenizer(const Tokenizer& tokenizer, std::string description)
{
    return std::make_unique<TokenizerCounter>(tokenizer, std::move(description));
}

std::unique_ptr<TokenCounter> TokenCounter::wordCounter()
{
    return std::make_unique<WordCounter>();
}

} // namespace falconry
