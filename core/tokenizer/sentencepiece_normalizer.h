#pragma once

#include "core/tokenizer/sentencepiece_model.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace falconry {

/**
 * sentencepiece's Normalizer (src/normalizer.cc): the precompiled character
 * map (a darts-clone double-array trie of rules such as nmt_nfkc's; empty for
 * "identity"), then whitespace handling: leading/trailing/repeated spaces
 * removed, a dummy "▁" prefix, spaces escaped as "▁". User-defined pieces are
 * copied unchanged.
 */
class SentencePieceNormalizer {
public:
    SentencePieceNormalizer(const SentencePieceModel& model, std::vector<std::string> userDefined,
                            const std::string& where);

    /**
     * Normalizes `input`. `normToOrig` gets, for each byte of `normalized` and
     * one past its end, the input byte offset it comes from.
     */
    void normalize(std::string_view input, std::string& normalized, std::vector<size_t>& normToOrig) const;

private:
    /** The normalized text of the longest rule at the start of `input`, and the bytes it consumes. */
    std::pair<std::string_view, size_t> normalizePrefix(std::string_view input) const;
    /** Longest rule of the trie matching a prefix of `input`: (length, value) or (0, 0). */
    std::pair<size_t, uint32_t> longestRule(std::string_view input) const;

    SentencePieceModel::Normalizer m_spec;
    bool m_treatWhitespaceAsSuffix = false;
    std::vector<std::string> m_userDefined; // longest first
    std::vector<uint32_t> m_trie;           // darts-clone units
    std::string m_outputs;                  // NUL-terminated replacement strings
};

} // namespace falconry
