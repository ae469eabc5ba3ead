#include "core/tokenizer/bpe_tokenizer.h"

#include "core/tokenizer/byte_level.h"
#include "core/tokenizer/unicode.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <mutex>
#include <sstream>

namespace falconry {

namespace {

constexpr size_t kMaxCachedWords = 1 << 20; // the cache is cleared when it would grow past this

bool isWordChar(char32_t cp)
{
    return cp == '_' || (unicode::classify(cp) & (unicode::kLetter | unicode::kNumber)) != 0;
}

bool isSpaceByte(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

} // namespace

std::unique_ptr<BpeTokenizer> BpeTokenizer::fromFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw TokenizerError(path.string() + ": cannot open the tokenizer file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return fromJsonText(buffer.str(), path.string());
}

std::unique_ptr<BpeTokenizer> BpeTokenizer::fromJsonText(std::string_view jsonText, const std::string& where)
{
    const nlohmann::json root = parseJson<TokenizerError>(jsonText, where);
    if (!root.is_object())
        throw TokenizerError(where + ": expected a JSON object at the top, found " + std::string(root.type_name()));
    try {
        return fromJson(root, where);
    } catch (const nlohmann::json::exception& e) {
        // A field of the wrong JSON type (e.g. "type": 3) that the checks above did not name.
        throw TokenizerError(where + ": unexpected JSON structure: " + plainJsonMessage(e));
    }
}

std::unique_ptr<BpeTokenizer> BpeTokenizer::fromJson(const nlohmann::json& root, const std::string& where)
{
    std::unique_ptr<BpeTokenizer> result(new BpeTokenizer());

    const auto normalizer = root.find("normalizer");
    if (normalizer != root.end() && !normalizer->is_null()) {
        const bool emptySequence = normalizer->is_object() && normalizer->value("type", std::string()) == "Sequence"
            && normalizer->contains("normalizers") && (*normalizer)["normalizers"].is_array()
            && (*normalizer)["normalizers"].empty();
        if (!emptySequence)
            throw TokenizerError(where + ": normalizer " + normalizer->dump().substr(0, 80)
                                 + " is not supported (byte-level BPE tokenizers such as Falcon's and GPT-2's have "
                                   "none)");
    }

    const auto preTokenizer = root.find("pre_tokenizer");
    result->m_preTokenizer =
        PreTokenizer::fromJson(preTokenizer != root.end() ? *preTokenizer : nlohmann::json(), where);
    const auto model = root.find("model");
    if (model == root.end())
        throw TokenizerError(where + ": the object \"model\" (vocab and merges) is missing");
    result->m_model = BpeModel::fromJson(*model, result->m_preTokenizer.isByteLevel(), where);

    const auto decoder = root.find("decoder");
    result->m_byteLevelDecoder = result->m_preTokenizer.isByteLevel();
    if (decoder != root.end() && decoder->is_object())
        result->m_byteLevelDecoder = decoder->value("type", std::string()) == "ByteLevel";

    const auto added = root.find("added_tokens");
    if (added != root.end() && added->is_array()) {
        for (const auto& entry : *added) {
            if (!entry.is_object() || !entry.contains("id") || !entry["id"].is_number_integer()
                || !entry.contains("content") || !entry["content"].is_string() || entry["content"].get_ref<const std::string&>().empty()
                || entry["id"].get<int64_t>() < 0 || entry["id"].get<int64_t>() >= (int64_t{1} << 24))
                throw TokenizerError(where + ": added_tokens: expected {\"id\": 0.., \"content\": \"...\"}, found "
                                     + entry.dump().substr(0, 120));
            AddedToken token;
            token.content = entry["content"].get<std::string>();
            token.id = entry["id"].get<int32_t>();
            token.special = entry.value("special", false) == true;
            token.lstrip = entry.value("lstrip", false) == true;
            token.rstrip = entry.value("rstrip", false) == true;
            token.singleWord = entry.value("single_word", false) == true;
            result->m_addedById[token.id] = result->m_added.size();
            result->m_addedByContent[token.content] = token.id;
            result->m_added.push_back(std::move(token));
        }
    }
    for (size_t i = 0; i < result->m_added.size(); ++i)
        result->m_addedByFirstByte[static_cast<unsigned char>(result->m_added[i].content[0])].push_back(
            static_cast<uint32_t>(i));
    for (auto& candidates : result->m_addedByFirstByte)
        std::stable_sort(candidates.begin(), candidates.end(), [&](uint32_t a, uint32_t b) {
            return result->m_added[a].content.size() > result->m_added[b].content.size();
        });

    if (const auto eos = result->tokenId("<|endoftext|>"))
        result->m_eosId = eos;
    else if (const auto sentenceEnd = result->tokenId("</s>"))
        result->m_eosId = sentenceEnd;
    return result;
}

void BpeTokenizer::setSpecialIds(std::optional<int64_t> eos, std::optional<int64_t> bos, std::optional<int64_t> pad)
{
    m_eosId = eos;
    m_bosId = bos;
    m_padId = pad;
}

bool BpeTokenizer::findAddedToken(std::string_view text, size_t from, size_t& index, size_t& begin, size_t& end) const
{
    if (m_added.empty())
        return false;
    for (size_t pos = from; pos < text.size(); ++pos) {
        const auto& candidates = m_addedByFirstByte[static_cast<unsigned char>(text[pos])];
        for (const uint32_t i : candidates) {
            const AddedToken& token = m_added[i];
            if (text.compare(pos, token.content.size(), token.content) != 0)
                continue;
            size_t b = pos;
            size_t e = pos + token.content.size();
            if (token.singleWord) {
                size_t len = 0;
                const bool wordBefore = b > 0 && isWordChar(unicode::decodeUtf8(text.data() + b - 1, 1, len));
                const bool wordAfter = e < text.size() && isWordChar(unicode::decodeUtf8(text.data() + e, text.size() - e, len));
                if (wordBefore || wordAfter)
                    continue;
            }
            if (token.lstrip)
                while (b > from && isSpaceByte(text[b - 1]))
                    --b;
            if (token.rstrip)
                while (e < text.size() && isSpaceByte(text[e]))
                    ++e;
            index = i;
            begin = b;
            end = e;
            return true;
        }
    }
    return false;
}

void BpeTokenizer::encodeInto(std::string_view text, std::vector<int64_t>& ids,
                              std::vector<std::pair<size_t, size_t>>* offsets) const
{
    WordCache fresh; // words first seen in this call, merged into m_cache at the end
    std::vector<BpeModel::Piece> computed;
    std::shared_lock lock(m_cacheMutex);

    // Encodes text[begin, end) of `source`; `toInput` maps a position of `source` to the input.
    auto encodeSegment = [&](std::string_view source, size_t begin, size_t end, auto&& toInput) {
        m_preTokenizer.splitWords(source, begin, end, [&](size_t wordBegin, size_t wordEnd) {
            const std::string_view word = source.substr(wordBegin, wordEnd - wordBegin);
            const std::vector<BpeModel::Piece>* pieces = nullptr;
            if (const auto it = m_cache.find(word); it != m_cache.end()) {
                pieces = &it->second;
            } else if (const auto local = fresh.find(word); local != fresh.end()) {
                pieces = &local->second;
            } else {
                computed.clear();
                m_preTokenizer.splitWordParts(source, wordBegin, wordEnd, [&](size_t partBegin, size_t partEnd) {
                    const size_t first = computed.size();
                    m_model.encode(source.substr(partBegin, partEnd - partBegin), computed);
                    for (size_t k = first; k < computed.size(); ++k)
                        computed[k].begin += static_cast<uint32_t>(partBegin - wordBegin);
                });
                pieces = &fresh.emplace(std::string(word), computed).first->second;
            }
            for (const BpeModel::Piece& piece : *pieces) {
                ids.push_back(piece.id);
                if (offsets != nullptr)
                    offsets->emplace_back(toInput(wordBegin + piece.begin),
                                          toInput(wordBegin + piece.begin + piece.length));
            }
        });
    };
    auto encodePlain = [&](size_t begin, size_t end) {
        if (begin >= end)
            return;
        if (m_preTokenizer.addsPrefixSpace() && text[begin] != ' ') {
            // ByteLevel add_prefix_space: encode " " + text; the added space maps to no input bytes.
            std::string prefixed;
            prefixed.reserve(end - begin + 1);
            prefixed += ' ';
            prefixed.append(text.data() + begin, end - begin);
            encodeSegment(prefixed, 0, prefixed.size(), [&](size_t p) { return begin + (p == 0 ? 0 : p - 1); });
        } else {
            encodeSegment(text, begin, end, [](size_t p) { return p; });
        }
    };

    size_t pos = 0;
    size_t index = 0;
    size_t matchBegin = 0;
    size_t matchEnd = 0;
    while (findAddedToken(text, pos, index, matchBegin, matchEnd)) {
        encodePlain(pos, matchBegin);
        ids.push_back(m_added[index].id);
        if (offsets != nullptr)
            offsets->emplace_back(matchBegin, matchEnd);
        pos = matchEnd;
    }
    encodePlain(pos, text.size());
    lock.unlock();

    if (!fresh.empty()) {
        std::unique_lock writer(m_cacheMutex);
        if (m_cache.size() + fresh.size() > kMaxCachedWords)
            m_cache.clear();
        m_cache.merge(fresh);
    }
}

std::vector<int64_t> BpeTokenizer::encode(std::string_view text) const
{
    std::vector<int64_t> ids;
    ids.reserve(text.size() / 3 + 1);
    encodeInto(text, ids, nullptr);
    return ids;
}

Encoding BpeTokenizer::encodeWithOffsets(std::string_view text) const
{
    Encoding encoding;
    encodeInto(text, encoding.ids, &encoding.offsets);
    return encoding;
}

const BpeTokenizer::AddedToken* BpeTokenizer::addedToken(int64_t id) const
{
    const auto it = m_addedById.find(id);
    return it == m_addedById.end() ? nullptr : &m_added[it->second];
}

std::string BpeTokenizer::tokenBytes(int64_t id) const
{
    if (const AddedToken* added = addedToken(id))
        return added->content;
    const std::string* token = m_model.token(id);
    if (token == nullptr)
        return {};
    return m_byteLevelDecoder ? ByteLevel::instance().decode(*token) : *token;
}

std::string BpeTokenizer::decode(const std::vector<int64_t>& ids) const
{
    std::string bytes;
    for (const int64_t id : ids)
        bytes += tokenBytes(id); // ids without a token are skipped, as HF does
    return unicode::sanitizeUtf8(bytes, true);
}

std::string BpeTokenizer::tokenText(int64_t id) const
{
    if (const AddedToken* added = addedToken(id))
        return added->content;
    const std::string* token = m_model.token(id);
    return token != nullptr ? *token : std::string();
}

std::optional<int64_t> BpeTokenizer::tokenId(std::string_view tokenText) const
{
    if (const auto it = m_addedByContent.find(std::string(tokenText)); it != m_addedByContent.end())
        return it->second;
    if (const auto id = m_model.tokenId(tokenText))
        return *id;
    return std::nullopt;
}

int64_t BpeTokenizer::vocabSize() const
{
    int64_t size = m_model.size();
    for (const AddedToken& token : m_added)
        size = std::max<int64_t>(size, token.id + 1);
    return size;
}

} // namespace falconry
