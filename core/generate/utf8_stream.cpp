#include "core/generate/utf8_stream.h"

#include <algorithm>

namespace falconry {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

/** Length of the UTF-8 sequence that `lead` starts (RFC 3629), or 0 if it cannot start one. */
size_t sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0; // continuation byte, overlong lead C0/C1, or beyond U+10FFFF
}

/** Whether `byte` may follow `lead` at continuation position `index` (1-based). */
bool validContinuation(unsigned char lead, size_t index, unsigned char byte)
{
    if (index == 1) {
        // The second byte's range excludes overlongs, surrogates and > U+10FFFF (Unicode table 3-7).
        switch (lead) {
        case 0xE0: return byte >= 0xA0 && byte <= 0xBF;
        case 0xED: return byte >= 0x80 && byte <= 0x9F;
        case 0xF0: return byte >= 0x90 && byte <= 0xBF;
        case 0xF4: return byte >= 0x80 && byte <= 0x8F;
        default: break;
        }
    }
    return byte >= 0x80 && byte <= 0xBF;
}

} // namespace

Utf8Stream::Utf8Stream(std::vector<std::string> stopStrings)
{
    for (auto& stop : stopStrings) {
        if (!stop.empty())
            m_stopStrings.push_back(std::move(stop));
    }
}

void Utf8Stream::decodeBytes(bool final)
{
    size_t i = 0;
    const size_t n = m_bytes.size();
    while (i < n) {
        const auto lead = static_cast<unsigned char>(m_bytes[i]);
        const size_t length = sequenceLength(lead);
        if (length == 0) {
            m_pending += kReplacement;
            ++i;
            continue;
        }
        size_t j = 1;
        while (j < length && i + j < n && validContinuation(lead, j, static_cast<unsigned char>(m_bytes[i + j])))
            ++j;
        if (j == length) {
            m_pending.append(m_bytes, i, length);
            i += length;
        } else if (i + j == n) {
            // Cut by the token boundary: wait for the next token, or drop it at the end
            // (as Tokenizer::decode drops an incomplete character at the end).
            if (final)
                i = n;
            break;
        } else {
            // One U+FFFD for the maximal invalid subpart, then resume at the offending byte.
            m_pending += kReplacement;
            i += j;
        }
    }
    m_bytes.erase(0, i);
}

std::string Utf8Stream::release()
{
    // The earliest stop string wins; at equal positions the first one listed.
    size_t best = std::string::npos;
    const std::string* bestStop = nullptr;
    for (const auto& stop : m_stopStrings) {
        const size_t pos = m_pending.find(stop);
        if (pos < best) {
            best = pos;
            bestStop = &stop;
        }
    }
    std::string out;
    if (bestStop) {
        out = m_pending.substr(0, best);
        m_matchedStop = *bestStop;
        m_stopped = true;
        m_pending.clear();
        m_bytes.clear();
    } else {
        // Hold back the longest tail that is a proper prefix of a stop string. Such a tail
        // starts at a character boundary, since a stop string starts with one.
        size_t hold = 0;
        for (const auto& stop : m_stopStrings) {
            for (size_t len = std::min(stop.size() - 1, m_pending.size()); len > hold; --len) {
                if (m_pending.compare(m_pending.size() - len, len, stop, 0, len) == 0) {
                    hold = len;
                    break;
                }
            }
        }
        out = m_pending.substr(0, m_pending.size() - hold);
        m_pending.erase(0, m_pending.size() - hold);
    }
    m_text += out;
    return out;
}

std::string Utf8Stream::push(std::string_view bytes)
{
    if (m_stopped)
        return {};
    m_bytes.append(bytes);
    decodeBytes(false);
    return release();
}

std::string Utf8Stream::finish()
{
    if (m_stopped)
        return {};
    decodeBytes(true);
    std::string out = release();
    out += m_pending; // no more bytes: a partial stop string is plain text after all
    m_text += m_pending;
    m_pending.clear();
    return out;
}

} // namespace falconry
