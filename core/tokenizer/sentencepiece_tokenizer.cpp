// Segmentation ported from google/sentencepiece 0.1.97: bpe_model.cc
// (SampleEncode without dropout), unigram_model.cc (EncodeOptimized),
// word_model.cc, char_model.cc, and sentencepiece_processor.cc
// (PopulateSentencePieceText for byte fallback and offsets, Decode).
#include "core/tokenizer/sentencepiece_tokenizer.h"

#include "core/tokenizer/unicode.h"
#include "core/util/errors.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <fstream>
#include <queue>
#include <sstream>

namespace falconry {

namespace {

constexpr std::string_view kSpaceSymbol = "\xE2\x96\x81"; // "▁"
constexpr float kUnkPenalty = 10.0f;                       // unigram_model.cc

/** sentencepiece's string_util::OneCharLen: the length a lead byte announces (1 for stray bytes). */
size_t oneCharLen(char c)
{
    static constexpr unsigned char kLengths[16] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
    return kLengths[static_cast<unsigned char>(c) >> 4];
}

std::string replaceSpaceSymbol(std::string_view piece)
{
    std::string out;
    out.reserve(piece.size());
    size_t pos = 0;
    while (pos < piece.size()) {
        if (piece.substr(pos, kSpaceSymbol.size()) == kSpaceSymbol) {
            out += ' ';
            pos += kSpaceSymbol.size();
        } else {
            out += piece[pos++];
        }
    }
    return out;
}

} // namespace

std::unique_ptr<SentencePieceTokenizer> SentencePieceTokenizer::fromFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw TokenizerError(path.string() + ": cannot open the tokenizer file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return fromBytes(buffer.str(), path.string());
}

std::unique_ptr<SentencePieceTokenizer> SentencePieceTokenizer::fromBytes(std::string_view bytes, const std::string& where)
{
    return std::unique_ptr<SentencePieceTokenizer>(new SentencePieceTokenizer(SentencePieceModel::parse(bytes, where), where));
}

namespace {
std::vector<std::string> userDefinedPieces(const SentencePieceModel& model)
{
    std::vector<std::string> result;
    for (const auto& piece : model.pieces)
        if (piece.type == SentencePieceModel::PieceType::UserDefined)
            result.push_back(piece.piece);
    return result;
}
} // namespace

SentencePieceTokenizer::SentencePieceTokenizer(SentencePieceModel model, const std::string& where)
    : m_model(std::move(model)), m_normalizer(m_model, userDefinedPieces(m_model), where)
{
    using Type = SentencePieceModel::PieceType;
    m_byteIds.fill(-1);
    m_minScore = FLT_MAX;
    m_maxScore = FLT_MIN; // as unigram_model.cc initialises it
    for (size_t i = 0; i < m_model.pieces.size(); ++i) {
        const auto& piece = m_model.pieces[i];
        const auto id = static_cast<int32_t>(i);
        const bool normal = piece.type == Type::Normal || piece.type == Type::UserDefined || piece.type == Type::Unused;
        if (!(normal ? m_pieces : m_reserved).emplace(piece.piece, id).second)
            throw TokenizerError(where + ": sentencepiece model: the piece '" + piece.piece + "' appears twice");
        if (piece.type == Type::UserDefined)
            m_userDefined.push_back(piece.piece);
        if (piece.type == Type::Normal) {
            m_minScore = std::min(m_minScore, piece.score);
            m_maxScore = std::max(m_maxScore, piece.score);
        }
        if (piece.type == Type::Byte) {
            unsigned value = 0;
            char tail = 0;
            if (piece.piece.size() != 6 || std::sscanf(piece.piece.c_str(), "<0x%2X%c", &value, &tail) != 2 || tail != '>')
                throw TokenizerError(where + ": sentencepiece model: BYTE piece '" + piece.piece
                                     + "' is not of the form <0xXX>");
            m_byteIds[value & 0xFF] = id;
        }
    }
    std::stable_sort(m_userDefined.begin(), m_userDefined.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    if (m_model.byteFallback)
        for (int b = 0; b < 256; ++b)
            if (m_byteIds[static_cast<size_t>(b)] < 0)
                throw TokenizerError(where + ": sentencepiece model has byte_fallback but no piece for byte "
                                     + std::to_string(b));
    if (m_model.modelType == SentencePieceModel::ModelType::Unigram) {
        for (const auto& [piece, id] : m_pieces) {
            for (size_t len = 1; len < piece.size(); ++len)
                m_prefixes.try_emplace(piece.substr(0, len), -1);
            m_prefixes[piece] = id;
        }
    }
    auto optionalId = [](int32_t id) { return id >= 0 ? std::optional<int64_t>(id) : std::nullopt; };
    m_eosId = optionalId(m_model.eosId);
    m_bosId = optionalId(m_model.bosId);
    m_padId = optionalId(m_model.padId);
}

void SentencePieceTokenizer::setSpecialIds(std::optional<int64_t> eos, std::optional<int64_t> bos,
                                           std::optional<int64_t> pad)
{
    m_eosId = eos;
    m_bosId = bos;
    m_padId = pad;
}

int32_t SentencePieceTokenizer::pieceToId(std::string_view piece) const
{
    if (const auto it = m_reserved.find(piece); it != m_reserved.end())
        return it->second;
    if (const auto it = m_pieces.find(piece); it != m_pieces.end())
        return it->second;
    return m_model.unkId;
}

size_t SentencePieceTokenizer::userDefinedPrefix(std::string_view text) const
{
    for (const std::string& symbol : m_userDefined)
        if (text.substr(0, symbol.size()) == symbol)
            return symbol.size();
    return 0;
}

std::vector<SentencePieceTokenizer::Segment> SentencePieceTokenizer::encodeBpe(std::string_view normalized) const
{
    struct Symbol {
        int prev;
        int next;
        bool freeze;
        size_t begin;
        size_t length; // 0 once merged away
    };
    struct Pair {
        int left;
        int right;
        float score;
        size_t size;
    };
    auto lower = [](const Pair& a, const Pair& b) { // the agenda pops the highest score, then the leftmost
        return a.score < b.score || (a.score == b.score && a.left > b.left);
    };
    std::priority_queue<Pair, std::vector<Pair>, decltype(lower)> agenda(lower);
    std::vector<Symbol> symbols;
    symbols.reserve(normalized.size());
    std::unordered_map<std::string_view, std::pair<std::string_view, std::string_view>> reverseMerge;

    for (size_t pos = 0; pos < normalized.size();) {
        size_t length = userDefinedPrefix(normalized.substr(pos));
        const bool freeze = length > 0;
        if (!freeze)
            length = std::min(oneCharLen(normalized[pos]), normalized.size() - pos);
        const int index = static_cast<int>(symbols.size());
        symbols.push_back({index - 1, pos + length < normalized.size() ? index + 1 : -1, freeze, pos, length});
        pos += length;
    }
    auto piece = [&](int index) {
        return normalized.substr(symbols[static_cast<size_t>(index)].begin, symbols[static_cast<size_t>(index)].length);
    };
    auto maybeAdd = [&](int left, int right) {
        if (left == -1 || right == -1 || symbols[static_cast<size_t>(left)].freeze
            || symbols[static_cast<size_t>(right)].freeze)
            return;
        const size_t size = symbols[static_cast<size_t>(left)].length + symbols[static_cast<size_t>(right)].length;
        const std::string_view merged = normalized.substr(symbols[static_cast<size_t>(left)].begin, size);
        const auto it = m_pieces.find(merged);
        if (it == m_pieces.end())
            return;
        agenda.push({left, right, m_model.pieces[static_cast<size_t>(it->second)].score, size});
        if (type(it->second) == SentencePieceModel::PieceType::Unused)
            reverseMerge[merged] = {piece(left), piece(right)};
    };
    for (size_t i = 1; i < symbols.size(); ++i)
        maybeAdd(static_cast<int>(i - 1), static_cast<int>(i));

    while (!agenda.empty()) {
        const Pair top = agenda.top();
        agenda.pop();
        Symbol& left = symbols[static_cast<size_t>(top.left)];
        Symbol& right = symbols[static_cast<size_t>(top.right)];
        if (left.length == 0 || right.length == 0 || left.length + right.length != top.size)
            continue; // stale
        left.length += right.length;
        left.next = right.next;
        if (right.next >= 0)
            symbols[static_cast<size_t>(right.next)].prev = top.left;
        right.length = 0;
        maybeAdd(left.prev, top.left);
        maybeAdd(top.left, left.next);
    }

    std::vector<Segment> result;
    // UNUSED pieces are split back into the pieces they were merged from.
    auto resegment = [&](auto&& self, std::string_view w) -> void {
        const int32_t id = pieceToId(w);
        const auto it = reverseMerge.find(w);
        if (type(id) != SentencePieceModel::PieceType::Unused || it == reverseMerge.end()) {
            result.push_back({static_cast<size_t>(w.data() - normalized.data()), w.size(), id});
            return;
        }
        self(self, it->second.first);
        self(self, it->second.second);
    };
    for (int index = symbols.empty() ? -1 : 0; index != -1; index = symbols[static_cast<size_t>(index)].next)
        resegment(resegment, piece(index));
    return result;
}

std::vector<SentencePieceTokenizer::Segment> SentencePieceTokenizer::encodeUnigram(std::string_view normalized) const
{
    struct BestPath {
        int32_t id = -1;
        float score = 0.0f;
        long startsAt = -1;
    };
    const size_t size = normalized.size();
    const float unkScore = m_minScore - kUnkPenalty;
    std::vector<BestPath> best(size + 1);
    for (size_t startsAt = 0; startsAt < size;) {
        const float scoreHere = best[startsAt].score;
        bool hasSingleNode = false;
        const size_t charLength = std::min(oneCharLen(normalized[startsAt]), size - startsAt);
        for (size_t end = startsAt + 1; end <= size; ++end) {
            const auto it = m_prefixes.find(normalized.substr(startsAt, end - startsAt));
            if (it == m_prefixes.end())
                break;
            const int32_t id = it->second;
            if (id < 0 || type(id) == SentencePieceModel::PieceType::Unused)
                continue;
            const size_t length = end - startsAt;
            // User-defined pieces get a bonus so that they are always chosen.
            const float score = type(id) == SentencePieceModel::PieceType::UserDefined
                ? static_cast<float>(static_cast<double>(length) * m_maxScore - 0.1)
                : m_model.pieces[static_cast<size_t>(id)].score;
            const float candidate = score + scoreHere;
            BestPath& target = best[end];
            if (target.startsAt == -1 || candidate > target.score)
                target = {id, candidate, static_cast<long>(startsAt)};
            if (length == charLength)
                hasSingleNode = true;
        }
        if (!hasSingleNode) {
            BestPath& target = best[startsAt + charLength];
            const float candidate = unkScore + scoreHere;
            if (target.startsAt == -1 || candidate > target.score)
                target = {m_model.unkId, candidate, static_cast<long>(startsAt)};
        }
        startsAt += charLength;
    }
    std::vector<Segment> result;
    for (size_t end = size; end > 0;) {
        const BestPath& node = best[end];
        const auto begin = static_cast<size_t>(node.startsAt);
        result.push_back({begin, end - begin, node.id});
        end = begin;
    }
    std::reverse(result.begin(), result.end());
    return result;
}

std::vector<SentencePieceTokenizer::Segment> SentencePieceTokenizer::encodeWordOrChar(std::string_view normalized) const
{
    std::vector<Segment> result;
    if (m_model.modelType == SentencePieceModel::ModelType::Char) {
        for (size_t pos = 0; pos < normalized.size();) {
            const size_t length = std::min(oneCharLen(normalized[pos]), normalized.size() - pos);
            result.push_back({pos, length, pieceToId(normalized.substr(pos, length))});
            pos += length;
        }
        return result;
    }
    // WORD: a new word starts at the text's start and at each "▁" (SplitIntoWords).
    std::vector<std::pair<size_t, size_t>> words;
    for (size_t pos = 0; pos < normalized.size();) {
        const size_t length = std::min(oneCharLen(normalized[pos]), normalized.size() - pos);
        if (pos == 0 || normalized.substr(pos, length) == kSpaceSymbol)
            words.emplace_back(pos, 0);
        words.back().second += length;
        pos += length;
    }
    for (const auto& [begin, length] : words)
        result.push_back({begin, length, pieceToId(normalized.substr(begin, length))});
    return result;
}

void SentencePieceTokenizer::encodeInto(std::string_view text, std::vector<int64_t>& ids,
                                        std::vector<std::pair<size_t, size_t>>* offsets) const
{
    std::string normalized;
    std::vector<size_t> normToOrig;
    m_normalizer.normalize(text, normalized, normToOrig);
    if (normalized.empty())
        return;
    std::vector<Segment> segments;
    switch (m_model.modelType) {
    case SentencePieceModel::ModelType::Bpe:
        segments = encodeBpe(normalized);
        break;
    case SentencePieceModel::ModelType::Unigram:
        segments = encodeUnigram(normalized);
        break;
    default:
        segments = encodeWordOrChar(normalized);
    }
    bool previousUnknown = false;
    for (const Segment& segment : segments) {
        const bool unknown = type(segment.id) == SentencePieceModel::PieceType::Unknown;
        const size_t origBegin = normToOrig[segment.begin];
        const size_t origEnd = normToOrig[segment.begin + segment.length];
        if (type(segment.id) == SentencePieceModel::PieceType::Control) {
            ids.push_back(segment.id);
            if (offsets != nullptr)
                offsets->emplace_back(origBegin, origBegin);
        } else if (unknown && m_model.byteFallback) {
            // The last byte piece carries the character's input range; the others are empty.
            for (size_t i = 0; i < segment.length; ++i) {
                ids.push_back(m_byteIds[static_cast<unsigned char>(normalized[segment.begin + i])]);
                if (offsets != nullptr)
                    offsets->emplace_back(origBegin, i + 1 == segment.length ? origEnd : origBegin);
            }
        } else if (unknown && previousUnknown) {
            if (offsets != nullptr)
                offsets->back().second = origEnd; // runs of unknown characters become one <unk>
        } else {
            ids.push_back(segment.id);
            if (offsets != nullptr)
                offsets->emplace_back(origBegin, origEnd);
        }
        previousUnknown = unknown;
    }
}

std::vector<int64_t> SentencePieceTokenizer::encode(std::string_view text) const
{
    std::vector<int64_t> ids;
    encodeInto(text, ids, nullptr);
    return ids;
}

Encoding SentencePieceTokenizer::encodeWithOffsets(std::string_view text) const
{
    Encoding encoding;
    encodeInto(text, encoding.ids, &encoding.offsets);
    return encoding;
}

std::string SentencePieceTokenizer::tokenBytes(int64_t id) const
{
    if (id < 0 || id >= vocabSize())
        return {};
    const auto& piece = m_model.pieces[static_cast<size_t>(id)];
    switch (piece.type) {
    case SentencePieceModel::PieceType::Control:
        return {};
    case SentencePieceModel::PieceType::Unknown:
        return m_model.unkSurface;
    case SentencePieceModel::PieceType::Byte:
        for (size_t b = 0; b < 256; ++b)
            if (m_byteIds[b] == id)
                return std::string(1, static_cast<char>(b));
        return {};
    default:
        return replaceSpaceSymbol(piece.piece);
    }
}

std::string SentencePieceTokenizer::decode(const std::vector<int64_t>& ids) const
{
    std::string bytes;
    const bool stripFirstSpace = m_model.normalizer.addDummyPrefix || m_model.normalizer.removeExtraWhitespaces;
    for (const int64_t id : ids) {
        if (id < 0 || id >= vocabSize())
            continue;
        const auto& piece = m_model.pieces[static_cast<size_t>(id)];
        if (bytes.empty() && stripFirstSpace && piece.type != SentencePieceModel::PieceType::Byte
            && piece.type != SentencePieceModel::PieceType::Unknown && piece.type != SentencePieceModel::PieceType::Control
            && std::string_view(piece.piece).substr(0, kSpaceSymbol.size()) == kSpaceSymbol) {
            bytes += replaceSpaceSymbol(std::string_view(piece.piece).substr(kSpaceSymbol.size()));
            continue;
        }
        bytes += tokenBytes(id);
    }
    return unicode::sanitizeUtf8(bytes, true);
}

std::string SentencePieceTokenizer::tokenText(int64_t id) const
{
    if (id < 0 || id >= vocabSize())
        return {};
    return m_model.pieces[static_cast<size_t>(id)].piece;
}

std::optional<int64_t> SentencePieceTokenizer::tokenId(std::string_view tokenText) const
{
    if (const auto it = m_reserved.find(tokenText); it != m_reserved.end())
        return it->second;
    if (const auto it = m_pieces.find(tokenText); it != m_pieces.end())
        return it->second;
    return std::nullopt;
}

} // namespace falconry
