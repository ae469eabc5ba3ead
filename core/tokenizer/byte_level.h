#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace falconry {

/**
 * GPT-2's reversible byte <-> printable character mapping (`bytes_to_unicode`
 * in openai/gpt-2 encoder.py and HF tokenizers' ByteLevel): printable Latin-1
 * bytes map to themselves, the other 68 bytes to U+0100.. in byte order.
 * Byte-level vocabularies spell every token in these characters ("Ġ" = space).
 */
class ByteLevel {
public:
    static const ByteLevel& instance();

    char32_t codepoint(uint8_t byte) const { return m_codepoints[byte]; }
    /** UTF-8 spelling of the character `byte` maps to. */
    std::string_view mapped(uint8_t byte) const { return m_mapped[byte]; }
    /** Bytes to their byte-level spelling. */
    std::string encode(std::string_view bytes) const;
    /** Byte-level spelling back to bytes; characters outside the map are kept as their UTF-8. */
    std::string decode(std::string_view text) const;
    /** The byte a character stands for, or -1. */
    int byteOf(char32_t cp) const { return cp < m_bytes.size() ? m_bytes[cp] : -1; }

private:
    ByteLevel();

    std::array<char32_t, 256> m_codepoints{};
    std::array<std::string, 256> m_mapped;
    std::array<int16_t, 324> m_bytes{}; // mapped code points are < 0x144
};

} // namespace falconry
