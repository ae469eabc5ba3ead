#pragma once
// A stand-in tokenizer for mask tests: one token per word piece
// ("\n", a space plus a word, or a run of spaces), ids given in order of first
// appearance from 100; EOS = 11 like Falcon's <|endoftext|>.
#include "core/tokenizer/tokenizer.h"

#include <map>
#include <stdexcept>

namespace falconry::test {

class FakeWordTokenizer : public Tokenizer {
public:
    explicit FakeWordTokenizer(bool withEos = true) : m_withEos(withEos) {}

    std::vector<int64_t> encode(std::string_view text) const override { return encodeWithOffsets(text).ids; }
    Encoding encodeWithOffsets(std::string_view text) const override
    {
        Encoding e;
        size_t i = 0;
        while (i < text.size()) {
            size_t j = i + 1;
            if (text[i] == '\n') {
            } else if (text[i] == ' ' && j < text.size() && text[j] != ' ' && text[j] != '\n') {
                while (j < text.size() && text[j] != ' ' && text[j] != '\n')
                    ++j;
            } else if (text[i] == ' ') {
                while (j < text.size() && text[j] == ' ')
                    ++j;
            } else {
                while (j < text.size() && text[j] != ' ' && text[j] != '\n')
                    ++j;
            }
            e.ids.push_back(idOf(std::string(text.substr(i, j - i))));
            e.offsets.emplace_back(i, j);
            i = j;
        }
        return e;
    }
    std::string decode(const std::vector<int64_t>& ids) const override
    {
        std::string out;
        for (int64_t id : ids)
            out += tokenBytes(id);
        return out;
    }
    std::string tokenBytes(int64_t id) const override
    {
        for (const auto& [piece, pid] : m_vocab)
            if (pid == id)
                return piece;
        return id == 11 ? "" : "?";
    }
    std::string tokenText(int64_t id) const override { return tokenBytes(id); }
    std::optional<int64_t> tokenId(std::string_view text) const override
    {
        const auto it = m_vocab.find(std::string(text));
        return it == m_vocab.end() ? std::nullopt : std::optional<int64_t>(it->second);
    }
    int64_t vocabSize() const override { return 100 + static_cast<int64_t>(m_vocab.size()); }
    std::optional<int64_t> eosId() const override { return m_withEos ? std::optional<int64_t>(11) : std::nullopt; }
    std::optional<int64_t> bosId() const override { return std::nullopt; }
    std::optional<int64_t> padId() const override { return std::nullopt; }

    int64_t idOf(const std::string& piece) const
    {
        const auto it = m_vocab.find(piece);
        if (it != m_vocab.end())
            return it->second;
        const int64_t id = 100 + static_cast<int64_t>(m_vocab.size());
        m_vocab.emplace(piece, id);
        return id;
    }

private:
    bool m_withEos;
    mutable std::map<std::string, int64_t> m_vocab;
};

} // namespace falconry::test
