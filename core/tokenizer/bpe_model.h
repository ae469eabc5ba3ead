#pragma once

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace falconry {

/**
 * The "model" of a Hugging Face tokenizer.json of type BPE: vocabulary and
 * rank-ordered merges. encode() turns one pre-tokenized part into tokens by
 * always merging the adjacent pair with the lowest merge rank (leftmost on a
 * tie), as HF's models/bpe/word.rs merge_all does.
 */
class BpeModel {
public:
    /** One token of a part and the bytes of the part it covers. */
    struct Piece {
        int32_t id;
        uint32_t begin;  // byte offset into the part
        uint32_t length; // bytes
    };

    /** `model` is tokenizer.json's "model"; `byteLevel`: the vocab spells bytes as GPT-2 characters. */
    static BpeModel fromJson(const nlohmann::json& model, bool byteLevel, const std::string& where);

    /** Appends the tokens of `part` (raw bytes) to `out`. */
    void encode(std::string_view part, std::vector<Piece>& out) const;

    std::optional<int32_t> tokenId(std::string_view token) const;
    /** The vocab spelling of `id`, or nullptr when no token has that id. */
    const std::string* token(int64_t id) const;
    int64_t size() const { return static_cast<int64_t>(m_tokens.size()); }
    size_t mergeCount() const { return m_merges.size(); }
    bool byteLevel() const { return m_byteLevel; }

private:
    struct Merge {
        int32_t rank;
        int32_t newId;
    };
    static uint64_t pairKey(int32_t a, int32_t b)
    {
        return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b);
    }
    void applyMerges(std::vector<Piece>& symbols) const;

    std::vector<std::string> m_tokens; // by id; "" for ids without a token
    std::unordered_map<std::string, int32_t> m_ids;
    std::unordered_map<uint64_t, Merge> m_merges;
    std::array<int32_t, 256> m_byteIds{}; // byte-level: id of each byte's character, -1 if absent
    std::optional<int32_t> m_unkId;
    std::string m_continuingPrefix;
    std::string m_endOfWordSuffix;
    bool m_fuseUnk = false;
    bool m_ignoreMerges = false;
    bool m_byteLevel = false;
};

} // namespace falconry
