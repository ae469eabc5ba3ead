#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace falconry::unicode {

/** Character classes the pre-tokenizers need; disjoint bits. */
enum : uint8_t {
    kLetter = 1,      // \p{L}
    kNumber = 2,      // \p{N} (Nd, Nl, No: Rust's char::is_numeric)
    kPunctuation = 4, // \p{P}
    kSpace = 8,       // \s with PCRE2_UCP (White_Space)
};

constexpr char32_t kInvalid = 0xFFFFFFFF;

/** Class bits of a code point, taken from PCRE2's Unicode tables (computed per 256-block on first use). */
uint8_t classify(char32_t cp);

/** Rust's char::is_ascii_punctuation: ASCII P and S categories alike ($ + < = > ^ ` | ~ included). */
inline bool isAsciiPunctuation(char32_t cp)
{
    return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) || (cp >= 0x5B && cp <= 0x60)
        || (cp >= 0x7B && cp <= 0x7E);
}

/**
 * Decodes the UTF-8 character at `s` (at most `avail` bytes). Returns the code
 * point and its length in `len`; an invalid or cut sequence gives kInvalid and len 1.
 */
char32_t decodeUtf8(const char* s, size_t avail, size_t& len);

void appendUtf8(std::string& out, char32_t cp);

/**
 * Makes `bytes` valid UTF-8: an incomplete sequence at the very end is dropped
 * when `dropIncompleteTail` (a multi-byte char cut by a token boundary), every
 * other invalid byte becomes U+FFFD.
 */
std::string sanitizeUtf8(std::string_view bytes, bool dropIncompleteTail);

/** Length of the longest prefix of `bytes` that is complete UTF-8 (for streaming). */
size_t completeUtf8Prefix(std::string_view bytes);

} // namespace falconry::unicode
