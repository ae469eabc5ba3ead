#pragma once

#include "core/tokenizer/bpe_model.h"
#include "core/tokenizer/pre_tokenizer.h"
#include "core/tokenizer/tokenizer.h"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <filesystem>
#include <functional>
#include <shared_mutex>
#include <unordered_map>

namespace falconry {

/**
 * A Hugging Face tokenizer.json with a BPE model: byte-level (Falcon, GPT-2 /
 * RW-1B) or character-level. Added tokens are matched in the raw text first
 * (leftmost, longest), the rest goes through the pre-tokenizer and BPE.
 * Words (the pieces the pre-tokenizer makes up to its ByteLevel step) are
 * cached with their tokens, so common words cost one hash lookup.
 * Thread-safe: encode may run on several threads at once.
 */
class BpeTokenizer final : public Tokenizer {
public:
    /** Parses the text of a tokenizer.json; `where` names the file in errors. */
    static std::unique_ptr<BpeTokenizer> fromJsonText(std::string_view jsonText, const std::string& where);
    static std::unique_ptr<BpeTokenizer> fromFile(const std::filesystem::path& path);

    std::vector<int64_t> encode(std::string_view text) const override;
    Encoding encodeWithOffsets(std::string_view text) const override;
    std::string decode(const std::vector<int64_t>& ids) const override;
    std::string tokenBytes(int64_t id) const override;
    std::string tokenText(int64_t id) const override;
    std::optional<int64_t> tokenId(std::string_view tokenText) const override;
    int64_t vocabSize() const override;
    std::optional<int64_t> eosId() const override { return m_eosId; }
    std::optional<int64_t> bosId() const override { return m_bosId; }
    std::optional<int64_t> padId() const override { return m_padId; }

    void setSpecialIds(std::optional<int64_t> eos, std::optional<int64_t> bos, std::optional<int64_t> pad);
    size_t mergeCount() const { return m_model.mergeCount(); }

private:
    /** An entry of tokenizer.json's added_tokens. */
    struct AddedToken {
        std::string content;
        int32_t id = 0;
        bool special = false;
        bool lstrip = false;
        bool rstrip = false;
        bool singleWord = false;
    };
    struct StringHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using WordCache = std::unordered_map<std::string, std::vector<BpeModel::Piece>, StringHash, std::equal_to<>>;

    BpeTokenizer() = default;
    static std::unique_ptr<BpeTokenizer> fromJson(const nlohmann::json& root, const std::string& where);
    void encodeInto(std::string_view text, std::vector<int64_t>& ids,
                    std::vector<std::pair<size_t, size_t>>* offsets) const;
    /** Finds the next added token at or after `from`: its index and [begin, end) with l/rstrip applied. */
    bool findAddedToken(std::string_view text, size_t from, size_t& index, size_t& begin, size_t& end) const;
    const AddedToken* addedToken(int64_t id) const;

    BpeModel m_model;
    PreTokenizer m_preTokenizer;
    bool m_byteLevelDecoder = false;
    std::vector<AddedToken> m_added;
    std::array<std::vector<uint32_t>, 256> m_addedByFirstByte; // longest first
    std::unordered_map<int64_t, size_t> m_addedById;
    std::unordered_map<std::string, int64_t> m_addedByContent;
    std::optional<int64_t> m_eosId;
    std::optional<int64_t> m_bosId;
    std::optional<int64_t> m_padId;

    mutable std::shared_mutex m_cacheMutex;
    mutable WordCache m_cache;
};

} // namespace falconry
