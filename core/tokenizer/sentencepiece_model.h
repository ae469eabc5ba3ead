#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace falconry {

/**
 * The parts of a sentencepiece ModelProto (tokenizer.model) that encoding
 * needs, read straight from the protobuf wire format: Falconry does not link
 * libsentencepiece (see core/CMakeLists.txt). Field numbers follow
 * google/sentencepiece src/sentencepiece_model.proto; do not renumber.
 */
struct SentencePieceModel {
    enum class PieceType : int32_t { Normal = 1, Unknown = 2, Control = 3, UserDefined = 4, Unused = 5, Byte = 6 };
    enum class ModelType : int32_t { Unigram = 1, Bpe = 2, Word = 3, Char = 4 };

    struct Piece {
        std::string piece;
        float score = 0.0f;
        PieceType type = PieceType::Normal;
    };
    /** NormalizerSpec (ModelProto field 3). */
    struct Normalizer {
        std::string name;
        std::string precompiledCharsmap; // <u32 trie bytes><darts double array><NUL-separated outputs>
        bool addDummyPrefix = true;
        bool removeExtraWhitespaces = true;
        bool escapeWhitespaces = true;
    };

    std::vector<Piece> pieces;
    ModelType modelType = ModelType::Unigram;
    bool byteFallback = false;
    bool treatWhitespaceAsSuffix = false;
    int32_t unkId = 0;
    int32_t bosId = 1;
    int32_t eosId = 2;
    int32_t padId = -1;
    std::string unkSurface = " \xE2\x81\x87 ";
    Normalizer normalizer;

    /** Parses the bytes of a tokenizer.model; `where` names the file in errors (TokenizerError). */
    static SentencePieceModel parse(std::string_view bytes, const std::string& where);
};

} // namespace falconry
