#include "core/tokenizer/byte_level.h"

#include "core/tokenizer/unicode.h"

namespace falconry {

const ByteLevel& ByteLevel::instance()
{
    static const ByteLevel byteLevel;
    return byteLevel;
}

ByteLevel::ByteLevel()
{
    m_bytes.fill(-1);
    auto printable = [](int b) { return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF); };
    char32_t next = 256;
    for (int b = 0; b < 256; ++b) {
        const char32_t cp = printable(b) ? static_cast<char32_t>(b) : next++;
        m_codepoints[static_cast<size_t>(b)] = cp;
        m_bytes[cp] = static_cast<int16_t>(b);
        unicode::appendUtf8(m_mapped[static_cast<size_t>(b)], cp);
    }
}

std::string ByteLevel::encode(std::string_view bytes) const
{
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char c : bytes)
        out += m_mapped[static_cast<unsigned char>(c)];
    return out;
}

std::string ByteLevel::decode(std::string_view text) const
{
    std::string out;
    out.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        size_t len = 0;
        const char32_t cp = unicode::decodeUtf8(text.data() + pos, text.size() - pos, len);
        const int byte = cp == unicode::kInvalid ? -1 : byteOf(cp);
        if (byte >= 0)
            out += static_cast<char>(byte);
        else
            out.append(text.data() + pos, len);
        pos += len;
    }
    return out;
}

} // namespace falconry
