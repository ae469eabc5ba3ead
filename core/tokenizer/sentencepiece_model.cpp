// Protobuf wire format (https://protobuf.dev/programming-guides/encoding/):
// each field is a varint key (number << 3 | wire type) followed by a varint
// (type 0), 8 bytes (1), a varint length and that many bytes (2) or 4 bytes (5).
#include "core/tokenizer/sentencepiece_model.h"

#include "core/util/errors.h"

#include <cstring>

namespace falconry {

namespace {

class WireReader {
public:
    WireReader(std::string_view data, const std::string& where, std::string context)
        : m_data(data), m_where(where), m_context(std::move(context))
    {
    }

    bool atEnd() const { return m_pos >= m_data.size(); }

    /** Reads the next key; returns the field number and sets the wire type. */
    uint32_t nextField(uint32_t& wireType)
    {
        const uint64_t key = varint();
        wireType = static_cast<uint32_t>(key & 7);
        if ((key >> 3) == 0 || (key >> 3) > 0x1FFFFFFF)
            fail("invalid field number");
        return static_cast<uint32_t>(key >> 3);
    }

    uint64_t varint()
    {
        uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_data.size())
                fail("truncated varint");
            const auto byte = static_cast<uint8_t>(m_data[m_pos++]);
            value |= static_cast<uint64_t>(byte & 0x7F) << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
        fail("varint longer than 10 bytes");
    }

    std::string_view bytes()
    {
        const uint64_t length = varint();
        if (length > m_data.size() - m_pos)
            fail("a field of " + std::to_string(length) + " bytes runs past the end");
        const std::string_view result = m_data.substr(m_pos, static_cast<size_t>(length));
        m_pos += static_cast<size_t>(length);
        return result;
    }

    float fixed32Float()
    {
        if (m_data.size() - m_pos < 4)
            fail("truncated 32-bit field");
        uint32_t bits = 0;
        for (int i = 3; i >= 0; --i)
            bits = (bits << 8) | static_cast<uint8_t>(m_data[m_pos + static_cast<size_t>(i)]);
        m_pos += 4;
        float value = 0;
        std::memcpy(&value, &bits, sizeof(value));
        return value;
    }

    void skip(uint32_t wireType)
    {
        switch (wireType) {
        case 0:
            varint();
            return;
        case 1:
            if (m_data.size() - m_pos < 8)
                fail("truncated 64-bit field");
            m_pos += 8;
            return;
        case 2:
            bytes();
            return;
        case 5:
            fixed32Float();
            return;
        default:
            fail("unsupported wire type " + std::to_string(wireType));
        }
    }

    void expect(uint32_t wireType, uint32_t expected, const char* field)
    {
        if (wireType != expected)
            fail(std::string("field ") + field + " has wire type " + std::to_string(wireType) + ", expected "
                 + std::to_string(expected));
    }

    [[noreturn]] void fail(const std::string& what) const
    {
        throw TokenizerError(m_where + ": not a valid sentencepiece model: " + m_context + " at byte "
                             + std::to_string(m_pos) + ": " + what);
    }

private:
    std::string_view m_data;
    size_t m_pos = 0;
    const std::string& m_where;
    std::string m_context;
};

int32_t asInt32(uint64_t value)
{
    return static_cast<int32_t>(static_cast<int64_t>(value)); // negative int32 are 10-byte varints
}

SentencePieceModel::Piece parsePiece(std::string_view data, const std::string& where, size_t index)
{
    SentencePieceModel::Piece piece;
    WireReader reader(data, where, "pieces[" + std::to_string(index) + "]");
    while (!reader.atEnd()) {
        uint32_t wireType = 0;
        switch (reader.nextField(wireType)) {
        case 1: // piece
            reader.expect(wireType, 2, "piece");
            piece.piece = std::string(reader.bytes());
            break;
        case 2: // score
            reader.expect(wireType, 5, "score");
            piece.score = reader.fixed32Float();
            break;
        case 3: { // type
            reader.expect(wireType, 0, "type");
            const int32_t type = asInt32(reader.varint());
            if (type < 1 || type > 6)
                reader.fail("piece type " + std::to_string(type) + " (expected 1..6)");
            piece.type = static_cast<SentencePieceModel::PieceType>(type);
            break;
        }
        default:
            reader.skip(wireType);
        }
    }
    if (piece.piece.empty())
        throw TokenizerError(where + ": not a valid sentencepiece model: pieces[" + std::to_string(index)
                             + "] is empty");
    return piece;
}

void parseTrainerSpec(std::string_view data, const std::string& where, SentencePieceModel& model)
{
    WireReader reader(data, where, "trainer_spec");
    while (!reader.atEnd()) {
        uint32_t wireType = 0;
        const uint32_t field = reader.nextField(wireType);
        switch (field) {
        case 3: { // model_type
            reader.expect(wireType, 0, "model_type");
            const int32_t type = asInt32(reader.varint());
            if (type < 1 || type > 4)
                reader.fail("model_type " + std::to_string(type) + " (expected 1 UNIGRAM, 2 BPE, 3 WORD, 4 CHAR)");
            model.modelType = static_cast<SentencePieceModel::ModelType>(type);
            break;
        }
        case 24: // treat_whitespace_as_suffix
            reader.expect(wireType, 0, "treat_whitespace_as_suffix");
            model.treatWhitespaceAsSuffix = reader.varint() != 0;
            break;
        case 35: // byte_fallback
            reader.expect(wireType, 0, "byte_fallback");
            model.byteFallback = reader.varint() != 0;
            break;
        case 40:
        case 41:
        case 42:
        case 43: { // unk_id, bos_id, eos_id, pad_id
            reader.expect(wireType, 0, "unk_id/bos_id/eos_id/pad_id");
            const int32_t id = asInt32(reader.varint());
            (field == 40 ? model.unkId : field == 41 ? model.bosId : field == 42 ? model.eosId : model.padId) = id;
            break;
        }
        case 44: // unk_surface
            reader.expect(wireType, 2, "unk_surface");
            model.unkSurface = std::string(reader.bytes());
            break;
        default:
            reader.skip(wireType);
        }
    }
}

void parseNormalizerSpec(std::string_view data, const std::string& where, SentencePieceModel::Normalizer& spec)
{
    WireReader reader(data, where, "normalizer_spec");
    while (!reader.atEnd()) {
        uint32_t wireType = 0;
        switch (reader.nextField(wireType)) {
        case 1:
            reader.expect(wireType, 2, "name");
            spec.name = std::string(reader.bytes());
            break;
        case 2:
            reader.expect(wireType, 2, "precompiled_charsmap");
            spec.precompiledCharsmap = std::string(reader.bytes());
            break;
        case 3:
            reader.expect(wireType, 0, "add_dummy_prefix");
            spec.addDummyPrefix = reader.varint() != 0;
            break;
        case 4:
            reader.expect(wireType, 0, "remove_extra_whitespaces");
            spec.removeExtraWhitespaces = reader.varint() != 0;
            break;
        case 5:
            reader.expect(wireType, 0, "escape_whitespaces");
            spec.escapeWhitespaces = reader.varint() != 0;
            break;
        default:
            reader.skip(wireType);
        }
    }
}

} // namespace

SentencePieceModel SentencePieceModel::parse(std::string_view bytes, const std::string& where)
{
    SentencePieceModel model;
    WireReader reader(bytes, where, "ModelProto");
    while (!reader.atEnd()) {
        uint32_t wireType = 0;
        switch (reader.nextField(wireType)) {
        case 1:
            reader.expect(wireType, 2, "pieces");
            model.pieces.push_back(parsePiece(reader.bytes(), where, model.pieces.size()));
            break;
        case 2:
            reader.expect(wireType, 2, "trainer_spec");
            parseTrainerSpec(reader.bytes(), where, model);
            break;
        case 3:
            reader.expect(wireType, 2, "normalizer_spec");
            parseNormalizerSpec(reader.bytes(), where, model.normalizer);
            break;
        default:
            reader.skip(wireType);
        }
    }
    if (model.pieces.empty())
        throw TokenizerError(where + ": not a valid sentencepiece model: it has no pieces (ModelProto field 1)");
    const auto count = static_cast<int32_t>(model.pieces.size());
    if (model.unkId < 0 || model.unkId >= count || model.pieces[static_cast<size_t>(model.unkId)].type != PieceType::Unknown)
        throw TokenizerError(where + ": sentencepiece model: unk_id " + std::to_string(model.unkId)
                             + " is not a piece of type UNKNOWN");
    for (const int32_t id : {model.bosId, model.eosId, model.padId})
        if (id >= count)
            throw TokenizerError(where + ": sentencepiece model: bos/eos/pad id " + std::to_string(id)
                                 + " is outside the " + std::to_string(count) + " pieces");
    return model;
}

} // namespace falconry
