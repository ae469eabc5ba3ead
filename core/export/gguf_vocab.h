#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace falconry {

class GgufWriter;

/**
 * The tokenizer of a model folder as llama.cpp's vocabulary keys hold it (gguf-py constants.py
 * Keys.Tokenizer, convert_hf_to_gguf.py get_vocab_base / _set_vocab_sentencepiece):
 * - byte-level BPE from tokenizer.json: model "gpt2", pre "falcon" (Falcon's Punctuation +
 *   ByteLevel + Digits pre-tokenizer; plain ByteLevel gives "gpt-2"), tokens in vocabulary
 *   spelling ("Ġhello"), merges "a b", types NORMAL / CONTROL (special added tokens) /
 *   USER_DEFINED (other added tokens);
 * - sentencepiece tokenizer.model: model "llama", pieces with their scores and sentencepiece
 *   types (BYTE pieces give the byte fallback), add_space_prefix from the normalizer.
 * Ids missing below the model's vocab size are padded with "[PAD<i>]" UNUSED tokens, as the
 * converter does. BOS/EOS/PAD/UNK are the ids Falconry itself uses (tokenizer_config.json,
 * config.json). BOS is never added automatically: Falconry encodes Falcon prompts without it.
 */
struct GgufVocab {
    // llama_token_type / gguf-py TokenType; sentencepiece's PieceType uses the same numbers.
    enum TokenType : int32_t { Normal = 1, Unknown = 2, Control = 3, UserDefined = 4, Unused = 5, Byte = 6 };

    std::string model;                  // "gpt2" or "llama"
    std::string pre;                    // "falcon", "gpt-2"; empty for llama
    std::vector<std::string> tokens;
    std::vector<float> scores;          // llama only
    std::vector<int32_t> types;
    std::vector<std::string> merges;    // gpt2 only
    std::optional<int64_t> bosId;
    std::optional<int64_t> eosId;
    std::optional<int64_t> unkId;
    std::optional<int64_t> padId;
    bool addSpacePrefix = false;

    /** Reads `folder` (tokenizer.json preferred, else tokenizer.model). Throws TokenizerError. */
    static GgufVocab read(const std::filesystem::path& folder, int64_t modelVocabSize,
                          std::optional<int64_t> configBosId, std::optional<int64_t> configEosId);
    /** Adds the tokenizer.ggml.* keys. */
    void write(GgufWriter& writer) const;
};

} // namespace falconry
