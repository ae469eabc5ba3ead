#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace falconry {

/** A non-owning callable reference (no allocation), for the splitting callbacks of the hot path. */
class RangeSink {
public:
    template <typename F, typename = std::enable_if_t<!std::is_same_v<std::decay_t<F>, RangeSink>>>
    RangeSink(F&& f) // NOLINT(google-explicit-constructor): used like a lambda parameter
        : m_object(const_cast<void*>(static_cast<const void*>(&f)))
        , m_call([](void* object, size_t begin, size_t end) { (*static_cast<std::remove_reference_t<F>*>(object))(begin, end); })
    {
    }
    void operator()(size_t begin, size_t end) const { m_call(m_object, begin, end); }

private:
    void* m_object;
    void (*m_call)(void*, size_t, size_t);
};

class PreTokenizerStep;

/**
 * A Hugging Face `pre_tokenizer` (Sequence, ByteLevel, Split, Digits,
 * Punctuation, Whitespace, WhitespaceSplit) applied to byte ranges of the
 * input. Text is never copied: the ByteLevel mapping is one character per
 * byte, so the steps after it work on the raw bytes with the mapped
 * characters' classes (HF's Digits after ByteLevel splits "Ã¼" as "Ã","¼").
 *
 * The steps up to and including ByteLevel produce "words" (the unit of the
 * encode cache); the steps after it split a word into the parts BPE sees.
 */
class PreTokenizer {
public:
    PreTokenizer();
    ~PreTokenizer();
    PreTokenizer(PreTokenizer&&) noexcept;
    PreTokenizer& operator=(PreTokenizer&&) noexcept;

    /** `config` is the tokenizer.json "pre_tokenizer" value (null = none); `where` names the file for errors. */
    static PreTokenizer fromJson(const nlohmann::json& config, const std::string& where);

    /** Calls `sink(begin, end)` for each word of text[begin, end). */
    void splitWords(std::string_view text, size_t begin, size_t end, RangeSink sink) const;
    /** Calls `sink(begin, end)` for each BPE part of the word text[begin, end). */
    void splitWordParts(std::string_view text, size_t begin, size_t end, RangeSink sink) const;

    /** True when a ByteLevel step maps bytes to GPT-2 characters (the vocab is byte-level). */
    bool isByteLevel() const { return m_byteLevel; }
    /** ByteLevel add_prefix_space: a space is put before text that does not start with one. */
    bool addsPrefixSpace() const { return m_addPrefixSpace; }

private:
    void apply(size_t step, size_t last, std::string_view text, size_t begin, size_t end, RangeSink sink) const;

    std::vector<std::unique_ptr<PreTokenizerStep>> m_steps;
    size_t m_wordSteps = 0; // steps [0, m_wordSteps) make words
    bool m_byteLevel = false;
    bool m_addPrefixSpace = false;
};

} // namespace falconry
