// Unicode classes for the pre-tokenizers. PCRE2 (built with Unicode support)
// is the authority: each block of 256 code points is classified once by
// matching `(\p{L})|(\p{N})|(\p{P})|(\s)` against each character, then looked
// up from a table, so the hot loops never run a regex per character.
#include "core/tokenizer/unicode.h"

#include "core/util/errors.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <array>
#include <atomic>
#include <memory>

namespace falconry::unicode {
namespace {

constexpr size_t kBlockCount = 0x110000 / 256;

class ClassRegex {
public:
    ClassRegex()
    {
        static const char kPattern[] = "(\\p{L})|(\\p{N})|(\\p{P})|(\\s)";
        int error = 0;
        PCRE2_SIZE offset = 0;
        m_code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(kPattern), PCRE2_ZERO_TERMINATED,
                               PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED, &error, &offset, nullptr);
        if (m_code == nullptr)
            throw TokenizerError("PCRE2 lacks Unicode property support (compiling \\p{L} failed)");
        pcre2_jit_compile(m_code, PCRE2_JIT_COMPLETE);
    }
    ~ClassRegex() { pcre2_code_free(m_code); }
    ClassRegex(const ClassRegex&) = delete;
    ClassRegex& operator=(const ClassRegex&) = delete;

    const uint8_t* computeBlock(size_t block) const
    {
        auto table = std::make_unique<uint8_t[]>(256);
        pcre2_match_data* match = pcre2_match_data_create_from_pattern(m_code, nullptr);
        std::string buffer;
        for (size_t i = 0; i < 256; ++i) {
            const auto cp = static_cast<char32_t>(block * 256 + i);
            table[i] = 0;
            if (cp >= 0xD800 && cp <= 0xDFFF)
                continue; // surrogates cannot appear in UTF-8
            buffer.clear();
            appendUtf8(buffer, cp);
            const int rc = pcre2_match(m_code, reinterpret_cast<PCRE2_SPTR>(buffer.data()), buffer.size(), 0,
                                       PCRE2_NO_UTF_CHECK, match, nullptr);
            if (rc >= 2) // rc - 1 = the highest group that matched; only one can
                table[i] = static_cast<uint8_t>(1u << (rc - 2));
        }
        pcre2_match_data_free(match);
        return table.release();
    }

private:
    pcre2_code* m_code = nullptr;
};

const ClassRegex& classRegex()
{
    static const ClassRegex regex;
    return regex;
}

std::array<std::atomic<const uint8_t*>, kBlockCount> g_blocks{};

} // namespace

uint8_t classify(char32_t cp)
{
    if (cp >= 0x110000)
        return 0;
    const size_t block = cp >> 8;
    const uint8_t* table = g_blocks[block].load(std::memory_order_acquire);
    if (table == nullptr) {
        const uint8_t* fresh = classRegex().computeBlock(block);
        const uint8_t* expected = nullptr;
        if (g_blocks[block].compare_exchange_strong(expected, fresh, std::memory_order_acq_rel)) {
            table = fresh;
        } else {
            delete[] fresh; // another thread won the race; its table is identical
            table = expected;
        }
    }
    return table[cp & 0xFF];
}

char32_t decodeUtf8(const char* s, size_t avail, size_t& len)
{
    const auto c0 = static_cast<unsigned char>(s[0]);
    len = 1;
    if (c0 < 0x80)
        return c0;
    size_t need = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c0 & 0xE0) == 0xC0) {
        need = 2;
        cp = c0 & 0x1F;
        min = 0x80;
    } else if ((c0 & 0xF0) == 0xE0) {
        need = 3;
        cp = c0 & 0x0F;
        min = 0x800;
    } else if ((c0 & 0xF8) == 0xF0) {
        need = 4;
        cp = c0 & 0x07;
        min = 0x10000;
    } else {
        return kInvalid;
    }
    if (avail < need)
        return kInvalid;
    for (size_t i = 1; i < need; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80)
            return kInvalid;
        cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return kInvalid;
    len = need;
    return cp;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

namespace {
// Length a lead byte announces (0 = not a lead byte).
size_t announcedLength(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0)
        return 2;
    if ((c & 0xF0) == 0xE0)
        return 3;
    if ((c & 0xF8) == 0xF0)
        return 4;
    return 0;
}

// True when bytes[pos..] is a valid but incomplete start of a character.
bool isIncompleteTail(std::string_view bytes, size_t pos)
{
    const size_t need = announcedLength(static_cast<unsigned char>(bytes[pos]));
    if (need <= 1 || pos + need <= bytes.size())
        return false;
    for (size_t i = pos + 1; i < bytes.size(); ++i)
        if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80)
            return false;
    return true;
}
} // namespace

std::string sanitizeUtf8(std::string_view bytes, bool dropIncompleteTail)
{
    std::string out;
    out.reserve(bytes.size());
    size_t pos = 0;
    while (pos < bytes.size()) {
        size_t len = 0;
        const char32_t cp = decodeUtf8(bytes.data() + pos, bytes.size() - pos, len);
        if (cp != kInvalid) {
            out.append(bytes.data() + pos, len);
            pos += len;
            continue;
        }
        if (dropIncompleteTail && isIncompleteTail(bytes, pos))
            break;
        out += "\xEF\xBF\xBD";
        pos += 1;
    }
    return out;
}

size_t completeUtf8Prefix(std::string_view bytes)
{
    // Look back at most 3 bytes for a lead byte whose sequence is cut.
    const size_t n = bytes.size();
    for (size_t back = 1; back <= 3 && back <= n; ++back) {
        const auto c = static_cast<unsigned char>(bytes[n - back]);
        if ((c & 0xC0) == 0x80)
            continue;
        const size_t need = announcedLength(c);
        return need > back ? n - back : n;
    }
    return n;
}

} // namespace falconry::unicode
