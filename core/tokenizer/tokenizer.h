#pragma once

#include "core/util/errors.h" // TokenizerError, which load() and the loaders throw

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace falconry {

/** Token ids with, for each, the byte range [begin, end) of the input text it covers. */
struct Encoding {
    std::vector<int64_t> ids;
    std::vector<std::pair<size_t, size_t>> offsets; // byte offsets into the encoded text
};

/**
 * The tokenizer interface every part of Falconry uses: byte-level BPE from a
 * Hugging Face tokenizer.json, or a sentencepiece tokenizer.model.
 * encode() adds no BOS/EOS (as transformers' add_special_tokens=False).
 */
class Tokenizer {
public:
    virtual ~Tokenizer() = default;

    virtual std::vector<int64_t> encode(std::string_view text) const = 0;
    /** Like encode(), with the byte range of the text that each token covers. */
    virtual Encoding encodeWithOffsets(std::string_view text) const = 0;
    /** Text of the ids; invalid UTF-8 at the end (a cut multi-byte char) is dropped. */
    virtual std::string decode(const std::vector<int64_t>& ids) const = 0;
    /** The raw bytes one token stands for (for streaming, where a char may span tokens). */
    virtual std::string tokenBytes(int64_t id) const = 0;
    /** The token as its vocabulary spells it (e.g. "Ġhello", "▁hello"). */
    virtual std::string tokenText(int64_t id) const = 0;
    virtual std::optional<int64_t> tokenId(std::string_view tokenText) const = 0;
    virtual int64_t vocabSize() const = 0;
    virtual std::optional<int64_t> eosId() const = 0;
    virtual std::optional<int64_t> bosId() const = 0;
    virtual std::optional<int64_t> padId() const = 0;

    /**
     * Loads `path`: a tokenizer.json, a tokenizer.model, or a model folder
     * holding one of them (tokenizer.json preferred) and optionally
     * tokenizer_config.json (eos/bos/pad names). Throws TokenizerError.
     */
    static std::unique_ptr<Tokenizer> load(const std::filesystem::path& path);
};

} // namespace falconry
