#pragma once

#include "core/tokenizer/sentencepiece_model.h"
#include "core/tokenizer/sentencepiece_normalizer.h"
#include "core/tokenizer/tokenizer.h"

#include <array>
#include <filesystem>
#include <functional>
#include <unordered_map>

namespace falconry {

/**
 * A sentencepiece tokenizer.model (BPE, Unigram, Word, Char) encoded the way
 * sentencepiece 0.1.97's SentencePieceProcessor::Encode does: normalize, the
 * model's segmentation, then unknown pieces as <0xXX> byte pieces (byte
 * fallback) or merged runs of <unk>. tokenBytes() spells "▁" as a space,
 * including the dummy prefix of the first token (decode() drops that one).
 */
class SentencePieceTokenizer final : public Tokenizer {
public:
    static std::unique_ptr<SentencePieceTokenizer> fromBytes(std::string_view bytes, const std::string& where);
    static std::unique_ptr<SentencePieceTokenizer> fromFile(const std::filesystem::path& path);

    std::vector<int64_t> encode(std::string_view text) const override;
    Encoding encodeWithOffsets(std::string_view text) const override;
    std::string decode(const std::vector<int64_t>& ids) const override;
    std::string tokenBytes(int64_t id) const override;
    std::string tokenText(int64_t id) const override;
    std::optional<int64_t> tokenId(std::string_view tokenText) const override;
    int64_t vocabSize() const override { return static_cast<int64_t>(m_model.pieces.size()); }
    std::optional<int64_t> eosId() const override { return m_eosId; }
    std::optional<int64_t> bosId() const override { return m_bosId; }
    std::optional<int64_t> padId() const override { return m_padId; }

    void setSpecialIds(std::optional<int64_t> eos, std::optional<int64_t> bos, std::optional<int64_t> pad);
    SentencePieceModel::ModelType modelType() const { return m_model.modelType; }

private:
    /** A segment of the normalized text: [begin, begin + length) and its piece id. */
    struct Segment {
        size_t begin;
        size_t length;
        int32_t id;
    };
    struct StringHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using PieceMap = std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>>;

    SentencePieceTokenizer(SentencePieceModel model, const std::string& where);
    int32_t pieceToId(std::string_view piece) const;
    SentencePieceModel::PieceType type(int32_t id) const { return m_model.pieces[static_cast<size_t>(id)].type; }
    /** Length of the user-defined piece at the start of `text`, or 0. */
    size_t userDefinedPrefix(std::string_view text) const;
    std::vector<Segment> encodeBpe(std::string_view normalized) const;
    std::vector<Segment> encodeUnigram(std::string_view normalized) const;
    std::vector<Segment> encodeWordOrChar(std::string_view normalized) const;
    void encodeInto(std::string_view text, std::vector<int64_t>& ids,
                    std::vector<std::pair<size_t, size_t>>* offsets) const;

    SentencePieceModel m_model;
    SentencePieceNormalizer m_normalizer;
    PieceMap m_pieces;   // NORMAL, USER_DEFINED, UNUSED (what segmentation may produce)
    PieceMap m_reserved; // CONTROL, UNKNOWN, BYTE
    PieceMap m_prefixes; // Unigram: every prefix of a piece in m_pieces -> id or -1 (a trie as a hash map)
    std::vector<std::string> m_userDefined;
    std::array<int32_t, 256> m_byteIds{};
    float m_minScore = 0.0f;
    float m_maxScore = 0.0f;
    std::optional<int64_t> m_eosId;
    std::optional<int64_t> m_bosId;
    std::optional<int64_t> m_padId;
};

} // namespace falconry
