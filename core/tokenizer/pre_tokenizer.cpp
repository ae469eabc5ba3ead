// Hugging Face pre-tokenizers over byte ranges. Semantics follow
// huggingface/tokenizers (src/pre_tokenizers/*.rs, src/tokenizer/pattern.rs and
// NormalizedString::split for the five split behaviours).
#include "core/tokenizer/pre_tokenizer.h"

#include "core/tokenizer/byte_level.h"
#include "core/tokenizer/unicode.h"
#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace falconry {

/** One pre-tokenizer of a Sequence. */
class PreTokenizerStep {
public:
    virtual ~PreTokenizerStep() = default;
    virtual void split(std::string_view text, size_t begin, size_t end, RangeSink sink) const = 0;
};

namespace {

using unicode::classify;

// The pattern of GPT-2 (openai/gpt-2 encoder.py), used by HF's ByteLevel.
constexpr std::string_view kGpt2Pattern =
    "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

enum class SplitBehavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };

SplitBehavior parseBehavior(const nlohmann::json& step, const std::string& where)
{
    const auto it = step.find("behavior");
    const std::string name = it != step.end() && it->is_string() ? it->get<std::string>() : "";
    if (name == "Removed")
        return SplitBehavior::Removed;
    if (name == "Isolated")
        return SplitBehavior::Isolated;
    if (name == "MergedWithPrevious")
        return SplitBehavior::MergedWithPrevious;
    if (name == "MergedWithNext")
        return SplitBehavior::MergedWithNext;
    if (name == "Contiguous")
        return SplitBehavior::Contiguous;
    throw TokenizerError(where + ": pre_tokenizer " + step.value("type", std::string("?"))
                         + ": expected behavior Removed, Isolated, MergedWithPrevious, MergedWithNext or "
                           "Contiguous, found '" + name + "'");
}

/**
 * Folds a stream of (range, isMatch) segments covering a piece into output
 * pieces by a split behaviour, with one pending piece (no allocation).
 * Mirrors the folds of NormalizedString::split; empty pieces are dropped.
 */
class BehaviorFolder {
public:
    BehaviorFolder(SplitBehavior behavior, RangeSink sink) : m_behavior(behavior), m_sink(sink) {}

    void add(size_t begin, size_t end, bool isMatch)
    {
        switch (m_behavior) {
        case SplitBehavior::Removed:
            if (!isMatch)
                emit(begin, end);
            break;
        case SplitBehavior::Isolated:
            emit(begin, end);
            break;
        case SplitBehavior::Contiguous:
            if (m_hasPending && isMatch == m_previousMatch) {
                m_end = end;
            } else {
                flush();
                hold(begin, end);
            }
            break;
        case SplitBehavior::MergedWithPrevious:
            if (m_hasPending && isMatch && !m_previousMatch) {
                m_end = end;
            } else {
                flush();
                hold(begin, end);
            }
            break;
        case SplitBehavior::MergedWithNext:
            // A delimiter joins the piece after it unless that piece is a delimiter too.
            if (isMatch) {
                flush();
                hold(begin, end);
            } else if (m_hasPending && m_previousMatch) {
                m_hasPending = false;
                emit(m_begin, end);
            } else {
                flush();
                emit(begin, end);
            }
            break;
        }
        m_previousMatch = isMatch;
    }
    void finish() { flush(); }

private:
    void hold(size_t begin, size_t end)
    {
        m_begin = begin;
        m_end = end;
        m_hasPending = true;
    }
    void flush()
    {
        if (m_hasPending)
            emit(m_begin, m_end);
        m_hasPending = false;
    }
    void emit(size_t begin, size_t end)
    {
        if (end > begin)
            m_sink(begin, end);
    }

    SplitBehavior m_behavior;
    RangeSink m_sink;
    bool m_hasPending = false;
    bool m_previousMatch = false;
    size_t m_begin = 0;
    size_t m_end = 0;
};

/** Splits on characters that satisfy a class test (Punctuation, Digits, WhitespaceSplit). */
class CharClassStep final : public PreTokenizerStep {
public:
    enum class Test { Punctuation, Numeric, Whitespace };

    CharClassStep(Test test, SplitBehavior behavior, bool mapped) : m_test(test), m_behavior(behavior), m_mapped(mapped) {}

    void split(std::string_view text, size_t begin, size_t end, RangeSink sink) const override
    {
        BehaviorFolder folder(m_behavior, sink);
        const ByteLevel& byteLevel = ByteLevel::instance();
        size_t gapBegin = begin;
        size_t pos = begin;
        while (pos < end) {
            size_t len = 1;
            char32_t cp = 0;
            if (m_mapped)
                cp = byteLevel.codepoint(static_cast<uint8_t>(text[pos]));
            else
                cp = unicode::decodeUtf8(text.data() + pos, end - pos, len);
            if (cp != unicode::kInvalid && matches(cp)) {
                if (gapBegin < pos)
                    folder.add(gapBegin, pos, false);
                folder.add(pos, pos + len, true);
                gapBegin = pos + len;
            }
            pos += len;
        }
        if (gapBegin < end)
            folder.add(gapBegin, end, false);
        folder.finish();
    }

private:
    bool matches(char32_t cp) const
    {
        switch (m_test) {
        case Test::Punctuation:
            return unicode::isAsciiPunctuation(cp) || (classify(cp) & unicode::kPunctuation) != 0;
        case Test::Numeric:
            return (classify(cp) & unicode::kNumber) != 0;
        case Test::Whitespace:
            return (classify(cp) & unicode::kSpace) != 0;
        }
        return false;
    }

    Test m_test;
    SplitBehavior m_behavior;
    bool m_mapped;
};

/** One character of the input with its class; invalid UTF-8 bytes are class 0, length 1. */
struct Char {
    char32_t cp;
    size_t len;
    uint8_t cls;
};

inline Char charAt(const char* s, size_t pos, size_t end)
{
    const auto c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80)
        return {c, 1, classify(c)};
    size_t len = 1;
    const char32_t cp = unicode::decodeUtf8(s + pos, end - pos, len);
    return {cp, len, cp == unicode::kInvalid ? uint8_t{0} : classify(cp)};
}

/**
 * The GPT-2 pattern as a hand-written scanner (same matches as the regex, no
 * backtracking engine): returns the end of the match that starts at `pos`.
 */
size_t gpt2MatchEnd(const char* s, size_t pos, size_t end)
{
    constexpr uint8_t kLN = unicode::kLetter | unicode::kNumber;
    const Char c = charAt(s, pos, end);
    if (c.cp == '\'' && pos + 1 < end) { // 's|'t|'re|'ve|'m|'ll|'d
        const char n = s[pos + 1];
        if (n == 's' || n == 't' || n == 'm' || n == 'd')
            return pos + 2;
        if (pos + 2 < end) {
            const char n2 = s[pos + 2];
            if ((n == 'r' && n2 == 'e') || (n == 'v' && n2 == 'e') || (n == 'l' && n2 == 'l'))
                return pos + 3;
        }
    }
    Char first = c;
    size_t runStart = pos;
    if (c.cp == ' ' && pos + 1 < end) { // the optional leading space of ` ?X+`
        const Char next = charAt(s, pos + 1, end);
        if ((next.cls & unicode::kSpace) == 0) {
            first = next;
            runStart = pos + 1;
        }
    }
    if ((first.cls & unicode::kSpace) == 0) { // ` ?\p{L}+`, ` ?\p{N}+`, ` ?[^\s\p{L}\p{N}]+`
        const uint8_t kind = first.cls & kLN;
        size_t p = runStart + first.len;
        while (p < end) {
            const Char ch = charAt(s, p, end);
            const bool same = kind != 0 ? (ch.cls & kind) != 0 : (ch.cls & (kLN | unicode::kSpace)) == 0;
            if (!same)
                break;
            p += ch.len;
        }
        return p;
    }
    // `\s+(?!\S)|\s+`: a whitespace run leaves its last char to the next word.
    size_t p = pos;
    size_t lastStart = pos;
    size_t count = 0;
    while (p < end) {
        const Char ch = charAt(s, p, end);
        if ((ch.cls & unicode::kSpace) == 0)
            break;
        lastStart = p;
        p += ch.len;
        ++count;
    }
    if (p == end || count < 2)
        return p;
    return lastStart;
}

/** ByteLevel with use_regex (or a Split with the GPT-2 pattern, Isolated): the GPT-2 words. */
class Gpt2Step final : public PreTokenizerStep {
public:
    void split(std::string_view text, size_t begin, size_t end, RangeSink sink) const override
    {
        size_t pos = begin;
        while (pos < end) {
            const size_t next = gpt2MatchEnd(text.data(), pos, end);
            sink(pos, next);
            pos = next;
        }
    }
};

/** ByteLevel without its regex: the piece as is. */
class IdentityStep final : public PreTokenizerStep {
public:
    void split(std::string_view, size_t begin, size_t end, RangeSink sink) const override { sink(begin, end); }
};

/** Split (regex or literal string), Whitespace: PCRE2 with UTF, UCP and JIT. */
class RegexStep final : public PreTokenizerStep {
public:
    RegexStep(const std::string& pattern, bool literal, SplitBehavior behavior, bool invert, bool mapped,
              const std::string& where)
        : m_behavior(behavior), m_invert(invert), m_mapped(mapped)
    {
        int error = 0;
        PCRE2_SIZE offset = 0;
        uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
        if (literal)
            options |= PCRE2_LITERAL;
        m_code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), options, &error,
                               &offset, nullptr);
        if (m_code == nullptr) {
            PCRE2_UCHAR message[256];
            pcre2_get_error_message(error, message, sizeof(message));
            throw TokenizerError(where + ": pre_tokenizer Split: the pattern '" + pattern
                                 + "' does not compile at offset " + std::to_string(offset) + ": "
                                 + reinterpret_cast<const char*>(message));
        }
        pcre2_jit_compile(m_code, PCRE2_JIT_COMPLETE);
    }
    ~RegexStep() override { pcre2_code_free(m_code); }
    RegexStep(const RegexStep&) = delete;
    RegexStep& operator=(const RegexStep&) = delete;

    void split(std::string_view text, size_t begin, size_t end, RangeSink sink) const override
    {
        // After ByteLevel the pattern sees the mapped characters; map offsets back to bytes.
        std::string mapped;
        std::vector<size_t> toByte;
        std::string_view subject = text.substr(begin, end - begin);
        if (m_mapped) {
            const ByteLevel& byteLevel = ByteLevel::instance();
            for (size_t i = begin; i < end; ++i) {
                const std::string_view m = byteLevel.mapped(static_cast<uint8_t>(text[i]));
                for (size_t k = 0; k < m.size(); ++k)
                    toByte.push_back(i);
                mapped += m;
            }
            toByte.push_back(end);
            subject = mapped;
        }
        auto position = [&](size_t offset) { return m_mapped ? toByte[offset] : begin + offset; };

        BehaviorFolder folder(m_behavior, sink);
        pcre2_match_data* match = pcre2_match_data_create_from_pattern(m_code, nullptr);
        size_t gapBegin = 0;
        size_t start = 0;
        while (start <= subject.size()) {
            const int rc = pcre2_match(m_code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), start, 0,
                                       match, nullptr);
            if (rc < 0)
                break;
            const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(match);
            const size_t matchBegin = ovector[0];
            const size_t matchEnd = ovector[1];
            if (matchEnd <= matchBegin) { // empty match: step one character
                if (matchBegin >= subject.size())
                    break;
                size_t len = 1;
                unicode::decodeUtf8(subject.data() + matchBegin, subject.size() - matchBegin, len);
                start = matchBegin + len;
                continue;
            }
            if (gapBegin < matchBegin)
                folder.add(position(gapBegin), position(matchBegin), m_invert);
            folder.add(position(matchBegin), position(matchEnd), !m_invert);
            gapBegin = matchEnd;
            start = matchEnd;
        }
        pcre2_match_data_free(match);
        if (gapBegin < subject.size())
            folder.add(position(gapBegin), position(subject.size()), m_invert);
        folder.finish();
    }

private:
    pcre2_code* m_code = nullptr;
    SplitBehavior m_behavior;
    bool m_invert;
    bool m_mapped;
};

} // namespace

PreTokenizer::PreTokenizer() = default;
PreTokenizer::~PreTokenizer() = default;
PreTokenizer::PreTokenizer(PreTokenizer&&) noexcept = default;
PreTokenizer& PreTokenizer::operator=(PreTokenizer&&) noexcept = default;

PreTokenizer PreTokenizer::fromJson(const nlohmann::json& config, const std::string& where)
{
    PreTokenizer result;
    if (config.is_null())
        return result;
    std::vector<const nlohmann::json*> flat;
    // Flatten nested Sequences in order.
    auto flatten = [&](auto&& self, const nlohmann::json& node, int depth) -> void {
        if (depth > 32)
            throw TokenizerError(where + ": pre_tokenizer: Sequences nested more than 32 deep");
        if (!node.is_object())
            throw TokenizerError(where + ": pre_tokenizer: expected an object, found " + std::string(node.type_name()));
        if (node.value("type", std::string()) == "Sequence") {
            const auto it = node.find("pretokenizers");
            if (it == node.end() || !it->is_array())
                throw TokenizerError(where + ": pre_tokenizer Sequence: expected an array 'pretokenizers'");
            for (const auto& child : *it)
                self(self, child, depth + 1);
        } else {
            flat.push_back(&node);
        }
    };
    flatten(flatten, config, 0);

    for (const nlohmann::json* stepPtr : flat) {
        const nlohmann::json& step = *stepPtr;
        const std::string type = step.value("type", std::string());
        const bool mapped = result.m_byteLevel;
        auto boolField = [&](const char* name, bool fallback) {
            const auto it = step.find(name);
            return it != step.end() && it->is_boolean() ? it->get<bool>() : fallback;
        };
        std::unique_ptr<PreTokenizerStep> made;
        if (type == "ByteLevel") {
            if (result.m_byteLevel)
                throw TokenizerError(where + ": pre_tokenizer: two ByteLevel steps");
            result.m_byteLevel = true;
            result.m_addPrefixSpace = boolField("add_prefix_space", true);
            if (boolField("use_regex", true))
                made = std::make_unique<Gpt2Step>();
            else
                made = std::make_unique<IdentityStep>();
            result.m_steps.push_back(std::move(made));
            result.m_wordSteps = result.m_steps.size();
            continue;
        }
        if (type == "Punctuation") {
            made = std::make_unique<CharClassStep>(CharClassStep::Test::Punctuation,
                                                   step.contains("behavior") ? parseBehavior(step, where)
                                                                             : SplitBehavior::Isolated,
                                                   mapped);
        } else if (type == "Digits") {
            made = std::make_unique<CharClassStep>(CharClassStep::Test::Numeric,
                                                   boolField("individual_digits", false) ? SplitBehavior::Isolated
                                                                                         : SplitBehavior::Contiguous,
                                                   mapped);
        } else if (type == "WhitespaceSplit") {
            made = std::make_unique<CharClassStep>(CharClassStep::Test::Whitespace, SplitBehavior::Removed, mapped);
        } else if (type == "Whitespace") {
            made = std::make_unique<RegexStep>("\\w+|[^\\w\\s]+", false, SplitBehavior::Removed, true, mapped, where);
        } else if (type == "Split") {
            const auto pattern = step.find("pattern");
            std::string text;
            bool literal = false;
            if (pattern != step.end() && pattern->is_object() && pattern->contains("Regex")
                && (*pattern)["Regex"].is_string()) {
                text = (*pattern)["Regex"].get<std::string>();
            } else if (pattern != step.end() && pattern->is_object() && pattern->contains("String")
                       && (*pattern)["String"].is_string()) {
                text = (*pattern)["String"].get<std::string>();
                literal = true;
            } else {
                throw TokenizerError(where + ": pre_tokenizer Split: expected \"pattern\": {\"Regex\": ...} or "
                                             "{\"String\": ...}");
            }
            const SplitBehavior behavior = parseBehavior(step, where);
            const bool invert = boolField("invert", false);
            if (!literal && !mapped && !invert && behavior == SplitBehavior::Isolated && text == kGpt2Pattern)
                made = std::make_unique<Gpt2Step>();
            else
                made = std::make_unique<RegexStep>(text, literal, behavior, invert, mapped, where);
        } else {
            throw TokenizerError(where + ": pre_tokenizer type '" + type
                                 + "' is not supported (supported: Sequence, ByteLevel, Split, Digits, Punctuation, "
                                   "Whitespace, WhitespaceSplit)");
        }
        result.m_steps.push_back(std::move(made));
    }
    if (!result.m_byteLevel)
        result.m_wordSteps = result.m_steps.size();
    return result;
}

void PreTokenizer::apply(size_t step, size_t last, std::string_view text, size_t begin, size_t end, RangeSink sink) const
{
    if (step == last) {
        sink(begin, end);
        return;
    }
    m_steps[step]->split(text, begin, end, [&](size_t b, size_t e) { apply(step + 1, last, text, b, e, sink); });
}

void PreTokenizer::splitWords(std::string_view text, size_t begin, size_t end, RangeSink sink) const
{
    if (begin < end)
        apply(0, m_wordSteps, text, begin, end, sink);
}

void PreTokenizer::splitWordParts(std::string_view text, size_t begin, size_t end, RangeSink sink) const
{
    if (begin < end)
        apply(m_wordSteps, m_steps.size(), text, begin, end, sink);
}

} // namespace falconry
