#include "core/data/text_source.h"

#include "core/util/errors.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace falconry {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

std::string hexByte(unsigned char c)
{
    static const char* kDigits = "0123456789ABCDEF";
    return std::string("0x") + kDigits[c >> 4] + kDigits[c & 15];
}

} // namespace

std::string encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return "utf-8";
    case TextEncoding::Utf8Bom: return "utf-8 (BOM)";
    case TextEncoding::Utf16Le: return "utf-16le";
    case TextEncoding::Utf16Be: return "utf-16be";
    }
    return "utf-8";
}

void appendUtf8(std::string& out, uint32_t cp)
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

size_t validUtf8Length(std::string_view s, size_t i)
{
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80)
        return 1;
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte (RFC 3629 table)
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0; // no overlongs
        if (c == 0xED)
            hi = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F; // <= U+10FFFF
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi)
        return 0;
    for (size_t k = 2; k < len; ++k)
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
    return len;
}

std::unique_ptr<TextSource> TextSource::fromFile(const std::filesystem::path& path, size_t chunkBytes)
{
    std::unique_ptr<TextSource> source(new TextSource());
    source->m_file.open(path, std::ios::binary);
    if (!source->m_file)
        throw IoError("cannot open '" + path.string() + "': " + std::strerror(errno));
    std::error_code ec;
    source->m_totalBytes = std::filesystem::file_size(path, ec);
    source->m_fromFile = true;
    source->m_chunk = chunkBytes == 0 ? kDefaultChunk : chunkBytes;
    return source;
}

std::unique_ptr<TextSource> TextSource::fromBytes(std::string_view bytes, size_t chunkBytes)
{
    std::unique_ptr<TextSource> source(new TextSource());
    source->m_buffer = bytes;
    source->m_totalBytes = bytes.size();
    source->m_chunk = chunkBytes == 0 ? kDefaultChunk : chunkBytes;
    return source;
}

bool TextSource::readRaw(std::string& raw)
{
    raw.clear();
    if (m_fromFile) {
        raw.resize(m_chunk);
        m_file.read(raw.data(), static_cast<std::streamsize>(m_chunk));
        raw.resize(static_cast<size_t>(m_file.gcount()));
        if (m_file.bad())
            throw IoError(std::string("cannot read the dataset file: ") + std::strerror(errno));
    } else {
        const size_t n = std::min(m_chunk, m_buffer.size() - m_bytesRead);
        raw.assign(m_buffer.substr(m_bytesRead, n));
    }
    m_bytesRead += raw.size();
    return !raw.empty();
}

void TextSource::detectEncoding(std::string& raw)
{
    const auto at = [&](size_t i) { return i < raw.size() ? static_cast<unsigned char>(raw[i]) : 0x100u; };
    if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
        m_encoding = TextEncoding::Utf8Bom;
        raw.erase(0, 3);
    } else if (at(0) == 0xFF && at(1) == 0xFE) {
        m_encoding = TextEncoding::Utf16Le;
        raw.erase(0, 2);
    } else if (at(0) == 0xFE && at(1) == 0xFF) {
        m_encoding = TextEncoding::Utf16Be;
        raw.erase(0, 2);
    } else if (raw.size() >= 4 && at(0) != 0 && at(0) < 0x80 && at(1) == 0 && at(2) != 0 && at(2) < 0x80 && at(3) == 0) {
        m_encoding = TextEncoding::Utf16Le; // ASCII text in UTF-16 without a BOM
    } else if (raw.size() >= 4 && at(0) == 0 && at(1) != 0 && at(1) < 0x80 && at(2) == 0 && at(3) != 0 && at(3) < 0x80) {
        m_encoding = TextEncoding::Utf16Be;
    }
}

bool TextSource::next(std::string& out)
{
    out.clear();
    std::string raw;
    while (!m_done && out.empty()) {
        bool got = readRaw(raw);
        if (!m_started) {
            // The BOM and the UTF-16 sniff need the first 4 bytes, whatever the chunk size.
            std::string more;
            while (got && raw.size() < 4 && readRaw(more))
                raw += more;
            got = !raw.empty();
            m_started = true;
            detectEncoding(raw);
        }
        const bool last = !got || (m_fromFile ? m_file.eof() : m_bytesRead >= m_buffer.size());
        if (m_encoding == TextEncoding::Utf16Le || m_encoding == TextEncoding::Utf16Be)
            decodeUtf16(raw, last, out);
        else
            decodeUtf8(raw, last, out);
        if (last)
            m_done = true;
    }
    return !out.empty();
}

void TextSource::emit(std::string& out, std::string_view bytes)
{
    out += bytes;
    const size_t lastBreak = bytes.rfind('\n');
    if (lastBreak == std::string_view::npos) {
        m_column += bytes.size();
    } else {
        m_line += static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\n'));
        m_column = bytes.size() - lastBreak;
    }
}

void TextSource::reportInvalid(const std::string& what)
{
    ++m_invalidCount;
    if (m_invalid.size() < kMaxRecorded)
        m_invalid.push_back(SourceIssue{m_line, m_column, what});
}

void TextSource::decodeUtf8(std::string_view rawChunk, bool last, std::string& out)
{
    std::string joined;
    std::string_view raw = rawChunk;
    if (!m_carry.empty()) {
        joined = m_carry + std::string(rawChunk);
        m_carry.clear();
        raw = joined;
    }
    out.reserve(out.size() + raw.size());
    size_t i = 0;
    size_t runStart = 0; // start of the pending run of valid bytes, copied in one go
    const auto flushRun = [&](size_t end) {
        if (end > runStart)
            emit(out, raw.substr(runStart, end - runStart));
    };
    while (i < raw.size()) {
        const unsigned char c = static_cast<unsigned char>(raw[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        const size_t len = validUtf8Length(raw, i);
        if (len > 0) {
            i += len;
            continue;
        }
        // Invalid or cut at the end of this chunk: a cut sequence waits for the next chunk.
        size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (!last && i + need > raw.size() && need > 1) {
            bool plausible = true;
            for (size_t k = i + 1; k < raw.size(); ++k)
                plausible = plausible && (static_cast<unsigned char>(raw[k]) & 0xC0) == 0x80;
            if (plausible) {
                flushRun(i);
                m_carry.assign(raw.substr(i));
                return;
            }
        }
        flushRun(i);
        reportInvalid("invalid UTF-8 byte " + hexByte(c) + " (replaced by U+FFFD)");
        emit(out, kReplacement);
        ++i;
        runStart = i;
    }
    flushRun(raw.size());
}

void TextSource::decodeUtf16(std::string_view rawChunk, bool last, std::string& out)
{
    std::string joined = m_carry + std::string(rawChunk);
    m_carry.clear();
    const bool le = m_encoding == TextEncoding::Utf16Le;
    size_t i = 0;
    std::string piece;
    for (; i + 1 < joined.size(); i += 2) {
        const auto b0 = static_cast<unsigned char>(joined[i]);
        const auto b1 = static_cast<unsigned char>(joined[i + 1]);
        const uint32_t unit = le ? (b0 | (b1 << 8)) : ((b0 << 8) | b1);
        piece.clear();
        if (m_highSurrogate != 0) {
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                appendUtf8(piece, 0x10000 + ((m_highSurrogate - 0xD800) << 10) + (unit - 0xDC00));
                m_highSurrogate = 0;
                emit(out, piece);
                continue;
            }
            m_highSurrogate = 0;
            reportInvalid("unpaired UTF-16 high surrogate (replaced by U+FFFD)");
            emit(out, kReplacement);
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            m_highSurrogate = unit;
            continue;
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            reportInvalid("unpaired UTF-16 low surrogate (replaced by U+FFFD)");
            emit(out, kReplacement);
            continue;
        }
        appendUtf8(piece, unit);
        emit(out, piece);
    }
    if (i < joined.size())
        m_carry.assign(joined.substr(i));
    if (last) {
        if (m_highSurrogate != 0) {
            m_highSurrogate = 0;
            reportInvalid("UTF-16 text ends inside a surrogate pair (replaced by U+FFFD)");
            emit(out, kReplacement);
        }
        if (!m_carry.empty()) {
            m_carry.clear();
            reportInvalid("UTF-16 text has an odd number of bytes: the last byte is dropped");
        }
    }
}

} // namespace falconry
