#include "core/tokenizer/bpe_model.h"

#include "core/tokenizer/byte_level.h"
#include "core/tokenizer/unicode.h"
#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <queue>

namespace falconry {

namespace {

std::string optionalString(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

BpeModel BpeModel::fromJson(const nlohmann::json& model, bool byteLevel, const std::string& where)
{
    if (!model.is_object())
        throw TokenizerError(where + ": expected an object \"model\", found " + std::string(model.type_name()));
    const std::string type = optionalString(model, "type");
    if (!type.empty() && type != "BPE")
        throw TokenizerError(where + ": model type '" + type + "' is not supported (expected BPE)");
    const auto vocab = model.find("vocab");
    if (vocab == model.end() || !vocab->is_object() || vocab->empty())
        throw TokenizerError(where + ": model.vocab is missing or empty (expected an object token -> id)");
    const auto merges = model.find("merges");
    if (merges == model.end() || !merges->is_array())
        throw TokenizerError(where + ": model.merges is missing (expected an array of merges); a BPE tokenizer "
                                     "without merges cannot encode");

    BpeModel result;
    result.m_byteLevel = byteLevel;
    result.m_continuingPrefix = optionalString(model, "continuing_subword_prefix");
    result.m_endOfWordSuffix = optionalString(model, "end_of_word_suffix");
    result.m_fuseUnk = model.value("fuse_unk", false) == true;
    const auto ignore = model.find("ignore_merges");
    result.m_ignoreMerges = ignore != model.end() && ignore->is_boolean() && ignore->get<bool>();

    constexpr int64_t kMaxVocab = 1 << 24;
    result.m_ids.reserve(vocab->size());
    for (const auto& [token, idValue] : vocab->items()) {
        if (!idValue.is_number_integer() || idValue.get<int64_t>() < 0 || idValue.get<int64_t>() >= kMaxVocab)
            throw TokenizerError(where + ": model.vocab[\"" + token + "\"]: expected an id in [0, 2^24), found "
                                 + idValue.dump());
        const auto id = idValue.get<int32_t>();
        if (static_cast<size_t>(id) >= result.m_tokens.size())
            result.m_tokens.resize(static_cast<size_t>(id) + 1);
        result.m_tokens[static_cast<size_t>(id)] = token;
        result.m_ids[token] = id;
    }

    const std::string unk = optionalString(model, "unk_token");
    if (!unk.empty()) {
        const auto it = result.m_ids.find(unk);
        if (it == result.m_ids.end())
            throw TokenizerError(where + ": model.unk_token '" + unk + "' is not in model.vocab");
        result.m_unkId = it->second;
    }

    result.m_byteIds.fill(-1);
    if (byteLevel) {
        const ByteLevel& bl = ByteLevel::instance();
        for (int b = 0; b < 256; ++b) {
            const auto it = result.m_ids.find(std::string(bl.mapped(static_cast<uint8_t>(b))));
            if (it != result.m_ids.end())
                result.m_byteIds[static_cast<size_t>(b)] = it->second;
        }
    }

    result.m_merges.reserve(merges->size());
    int32_t rank = 0;
    for (const auto& merge : *merges) {
        std::string left;
        std::string right;
        if (merge.is_string()) {
            const std::string& line = merge.get_ref<const std::string&>();
            const size_t space = line.find(' ');
            if (space == std::string::npos || line.find(' ', space + 1) != std::string::npos)
                throw TokenizerError(where + ": model.merges[" + std::to_string(rank)
                                     + "]: expected two tokens separated by one space, found '" + line + "'");
            left = line.substr(0, space);
            right = line.substr(space + 1);
        } else if (merge.is_array() && merge.size() == 2 && merge[0].is_string() && merge[1].is_string()) {
            left = merge[0].get<std::string>();
            right = merge[1].get<std::string>();
        } else {
            throw TokenizerError(where + ": model.merges[" + std::to_string(rank)
                                 + "]: expected \"a b\" or [\"a\", \"b\"], found " + merge.dump());
        }
        const auto leftId = result.m_ids.find(left);
        const auto rightId = result.m_ids.find(right);
        if (leftId == result.m_ids.end() || rightId == result.m_ids.end())
            throw TokenizerError(where + ": model.merges[" + std::to_string(rank) + "]: token '"
                                 + (leftId == result.m_ids.end() ? left : right) + "' is not in model.vocab");
        std::string merged = left;
        if (!result.m_continuingPrefix.empty() && right.rfind(result.m_continuingPrefix, 0) == 0)
            merged += right.substr(result.m_continuingPrefix.size());
        else
            merged += right;
        const auto mergedId = result.m_ids.find(merged);
        if (mergedId == result.m_ids.end())
            throw TokenizerError(where + ": model.merges[" + std::to_string(rank) + "]: the merged token '" + merged
                                 + "' is not in model.vocab");
        // The first occurrence of a pair keeps its (lowest) rank, as HF does.
        result.m_merges.try_emplace(pairKey(leftId->second, rightId->second), Merge{rank, mergedId->second});
        ++rank;
    }
    return result;
}

std::optional<int32_t> BpeModel::tokenId(std::string_view token) const
{
    const auto it = m_ids.find(std::string(token));
    if (it == m_ids.end())
        return std::nullopt;
    return it->second;
}

const std::string* BpeModel::token(int64_t id) const
{
    if (id < 0 || id >= size() || m_tokens[static_cast<size_t>(id)].empty())
        return nullptr;
    return &m_tokens[static_cast<size_t>(id)];
}

void BpeModel::encode(std::string_view part, std::vector<Piece>& out) const
{
    if (part.empty())
        return;
    if (m_ignoreMerges) {
        const std::string spelled = m_byteLevel ? ByteLevel::instance().encode(part) : std::string(part);
        const auto it = m_ids.find(spelled);
        if (it != m_ids.end()) {
            out.push_back({it->second, 0, static_cast<uint32_t>(part.size())});
            return;
        }
    }

    std::vector<Piece> symbols;
    symbols.reserve(part.size());
    auto addUnknown = [&](uint32_t begin, uint32_t length) {
        if (!m_unkId)
            return; // HF drops characters it cannot spell when the model has no unk token
        if (m_fuseUnk && !symbols.empty() && symbols.back().id == *m_unkId
            && symbols.back().begin + symbols.back().length == begin) {
            symbols.back().length += length;
            return;
        }
        symbols.push_back({*m_unkId, begin, length});
    };
    if (m_byteLevel) {
        for (size_t i = 0; i < part.size(); ++i) {
            const int32_t id = m_byteIds[static_cast<unsigned char>(part[i])];
            if (id >= 0)
                symbols.push_back({id, static_cast<uint32_t>(i), 1});
            else
                addUnknown(static_cast<uint32_t>(i), 1);
        }
    } else {
        std::string spelled;
        size_t pos = 0;
        while (pos < part.size()) {
            size_t len = 1;
            unicode::decodeUtf8(part.data() + pos, part.size() - pos, len);
            spelled.clear();
            if (pos > 0)
                spelled += m_continuingPrefix;
            spelled.append(part.data() + pos, len);
            if (pos + len == part.size())
                spelled += m_endOfWordSuffix;
            const auto it = m_ids.find(spelled);
            if (it != m_ids.end())
                symbols.push_back({it->second, static_cast<uint32_t>(pos), static_cast<uint32_t>(len)});
            else
                addUnknown(static_cast<uint32_t>(pos), static_cast<uint32_t>(len));
            pos += len;
        }
    }
    applyMerges(symbols);
    out.insert(out.end(), symbols.begin(), symbols.end());
}

void BpeModel::applyMerges(std::vector<Piece>& symbols) const
{
    if (symbols.size() < 2)
        return;
    struct Candidate {
        int32_t rank;
        int32_t pos;
        int32_t newId;
        bool operator>(const Candidate& other) const
        {
            return rank != other.rank ? rank > other.rank : pos > other.pos;
        }
    };
    const auto n = static_cast<int32_t>(symbols.size());
    std::vector<int32_t> prev(static_cast<size_t>(n));
    std::vector<int32_t> next(static_cast<size_t>(n));
    for (int32_t i = 0; i < n; ++i) {
        prev[static_cast<size_t>(i)] = i - 1;
        next[static_cast<size_t>(i)] = i + 1 < n ? i + 1 : -1;
    }
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> queue;
    auto consider = [&](int32_t left) {
        const int32_t right = next[static_cast<size_t>(left)];
        if (right < 0)
            return;
        const auto it = m_merges.find(pairKey(symbols[static_cast<size_t>(left)].id, symbols[static_cast<size_t>(right)].id));
        if (it != m_merges.end())
            queue.push({it->second.rank, left, it->second.newId});
    };
    for (int32_t i = 0; i + 1 < n; ++i)
        consider(i);

    while (!queue.empty()) {
        const Candidate top = queue.top();
        queue.pop();
        Piece& left = symbols[static_cast<size_t>(top.pos)];
        const int32_t right = next[static_cast<size_t>(top.pos)];
        if (left.length == 0 || right < 0)
            continue; // merged away, or now last
        const auto it = m_merges.find(pairKey(left.id, symbols[static_cast<size_t>(right)].id));
        if (it == m_merges.end() || it->second.newId != top.newId)
            continue; // stale: a neighbour changed since this pair was queued
        left.id = top.newId;
        left.length += symbols[static_cast<size_t>(right)].length;
        symbols[static_cast<size_t>(right)].length = 0;
        const int32_t after = next[static_cast<size_t>(right)];
        next[static_cast<size_t>(top.pos)] = after;
        if (after >= 0)
            prev[static_cast<size_t>(after)] = top.pos;
        if (prev[static_cast<size_t>(top.pos)] >= 0)
            consider(prev[static_cast<size_t>(top.pos)]);
        consider(top.pos);
    }
    size_t kept = 0;
    for (int32_t i = 0; i >= 0; i = next[static_cast<size_t>(i)])
        symbols[kept++] = symbols[static_cast<size_t>(i)];
    symbols.resize(kept);
}

} // namespace falconry
