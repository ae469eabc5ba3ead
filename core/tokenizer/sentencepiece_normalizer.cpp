#include "core/tokenizer/sentencepiece_normalizer.h"

#include "core/tokenizer/unicode.h"
#include "core/util/errors.h"

#include <algorithm>
#include <cstring>

namespace falconry {

namespace {

constexpr std::string_view kSpaceSymbol = "\xE2\x96\x81"; // U+2581 "▁"

// darts-clone DoubleArrayUnit accessors (third_party/darts_clone/darts.h).
bool unitHasLeaf(uint32_t unit) { return ((unit >> 8) & 1) == 1; }
uint32_t unitValue(uint32_t unit) { return unit & ((1U << 31) - 1); }
uint32_t unitLabel(uint32_t unit) { return unit & ((1U << 31) | 0xFF); }
uint32_t unitOffset(uint32_t unit) { return (unit >> 10) << ((unit & (1U << 9)) >> 6); }

} // namespace

SentencePieceNormalizer::SentencePieceNormalizer(const SentencePieceModel& model, std::vector<std::string> userDefined,
                                                 const std::string& where)
    : m_spec(model.normalizer), m_treatWhitespaceAsSuffix(model.treatWhitespaceAsSuffix),
      m_userDefined(std::move(userDefined))
{
    std::stable_sort(m_userDefined.begin(), m_userDefined.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    const std::string& blob = m_spec.precompiledCharsmap;
    if (blob.empty())
        return;
    if (blob.size() <= 4)
        throw TokenizerError(where + ": normalizer_spec.precompiled_charsmap is broken: " + std::to_string(blob.size())
                             + " bytes");
    uint32_t trieBytes = 0;
    for (int i = 3; i >= 0; --i)
        trieBytes = (trieBytes << 8) | static_cast<uint8_t>(blob[static_cast<size_t>(i)]);
    if (trieBytes >= blob.size() - 4 + 1 || trieBytes % 4 != 0 || trieBytes == 0)
        throw TokenizerError(where + ": normalizer_spec.precompiled_charsmap: trie size " + std::to_string(trieBytes)
                             + " does not fit the " + std::to_string(blob.size()) + "-byte blob");
    m_trie.resize(trieBytes / 4);
    for (size_t i = 0; i < m_trie.size(); ++i) {
        uint32_t unit = 0;
        for (int k = 3; k >= 0; --k)
            unit = (unit << 8) | static_cast<uint8_t>(blob[4 + i * 4 + static_cast<size_t>(k)]);
        m_trie[i] = unit;
    }
    m_outputs = blob.substr(4 + trieBytes);
    m_outputs.push_back('\0'); // every output ends at a NUL even in a damaged blob
}

std::pair<size_t, uint32_t> SentencePieceNormalizer::longestRule(std::string_view input) const
{
    // darts-clone commonPrefixSearch, keeping the last (longest) hit.
    std::pair<size_t, uint32_t> best{0, 0};
    if (m_trie.empty())
        return best;
    size_t node = unitOffset(m_trie[0]);
    for (size_t i = 0; i < input.size(); ++i) {
        const auto label = static_cast<uint8_t>(input[i]);
        node ^= label;
        if (node >= m_trie.size())
            return best;
        const uint32_t unit = m_trie[node];
        if (unitLabel(unit) != label)
            return best;
        node ^= unitOffset(unit);
        if (node >= m_trie.size())
            return best;
        if (unitHasLeaf(unit))
            best = {i + 1, unitValue(m_trie[node])};
    }
    return best;
}

std::pair<std::string_view, size_t> SentencePieceNormalizer::normalizePrefix(std::string_view input) const
{
    for (const std::string& symbol : m_userDefined)
        if (input.substr(0, symbol.size()) == symbol)
            return {input.substr(0, symbol.size()), symbol.size()};
    const auto [length, value] = longestRule(input);
    if (length > 0 && value < m_outputs.size()) {
        const char* text = m_outputs.data() + value;
        return {std::string_view(text, std::strlen(text)), length};
    }
    size_t len = 1;
    if (unicode::decodeUtf8(input.data(), input.size(), len) == unicode::kInvalid)
        return {"\xEF\xBF\xBD", 1}; // malformed UTF-8: U+FFFD for one byte, as sentencepiece does
    return {input.substr(0, len), len};
}

void SentencePieceNormalizer::normalize(std::string_view input, std::string& normalized,
                                        std::vector<size_t>& normToOrig) const
{
    normalized.clear();
    normToOrig.clear();
    if (input.empty())
        return;
    size_t consumed = 0;
    if (m_spec.removeExtraWhitespaces) {
        while (!input.empty()) {
            const auto p = normalizePrefix(input);
            if (p.first != " ")
                break;
            input.remove_prefix(p.second);
            consumed += p.second;
        }
    }
    if (input.empty())
        return;
    normalized.reserve(input.size() * 3);
    normToOrig.reserve(input.size() * 3);
    auto addSpace = [&]() {
        if (m_spec.escapeWhitespaces) {
            normalized += kSpaceSymbol;
            normToOrig.insert(normToOrig.end(), kSpaceSymbol.size(), consumed);
        } else {
            normalized += ' ';
            normToOrig.push_back(consumed);
        }
    };
    if (!m_treatWhitespaceAsSuffix && m_spec.addDummyPrefix)
        addSpace();

    bool previousSpace = m_spec.removeExtraWhitespaces;
    while (!input.empty()) {
        const auto p = normalizePrefix(input);
        std::string_view sp = p.first;
        while (previousSpace && !sp.empty() && sp.front() == ' ')
            sp.remove_prefix(1);
        if (!sp.empty()) {
            for (const char c : sp) {
                if (m_spec.escapeWhitespaces && c == ' ') {
                    normalized += kSpaceSymbol;
                    normToOrig.insert(normToOrig.end(), kSpaceSymbol.size(), consumed);
                } else {
                    normalized += c;
                    normToOrig.push_back(consumed);
                }
            }
            previousSpace = sp.back() == ' ';
        }
        consumed += p.second;
        input.remove_prefix(p.second);
        if (!m_spec.removeExtraWhitespaces)
            previousSpace = false;
    }
    if (m_spec.removeExtraWhitespaces) {
        const std::string_view space = m_spec.escapeWhitespaces ? kSpaceSymbol : std::string_view(" ");
        while (normalized.size() >= space.size()
               && std::string_view(normalized).substr(normalized.size() - space.size()) == space) {
            const size_t length = normalized.size() - space.size();
            consumed = normToOrig[length];
            normalized.resize(length);
            normToOrig.resize(length);
        }
    }
    if (m_treatWhitespaceAsSuffix && m_spec.addDummyPrefix)
        addSpace();
    normToOrig.push_back(consumed);
}

} // namespace falconry
