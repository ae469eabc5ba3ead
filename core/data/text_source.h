#pragma once

#include "core/data/dataset.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace falconry {

enum class TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16Le, // with BOM, or sniffed from the zero bytes of ASCII text
    Utf16Be,
};

std::string encodingName(TextEncoding encoding);

/**
 * A file (or a buffer) read in chunks and handed out as valid UTF-8, so that
 * readers of any size stream instead of loading the file. Detects a UTF-8 BOM
 * (dropped) and UTF-16 LE/BE (converted). Invalid UTF-8 bytes and unpaired
 * UTF-16 surrogates become U+FFFD and are reported by line:column (column in
 * bytes of the UTF-8 text); the first kMaxRecorded are kept, all are counted.
 */
class TextSource {
public:
    static constexpr size_t kDefaultChunk = size_t{1} << 20; // 1 MiB
    static constexpr size_t kMaxRecorded = 100;

    /** Throws IoError if the file cannot be opened. */
    static std::unique_ptr<TextSource> fromFile(const std::filesystem::path& path, size_t chunkBytes = kDefaultChunk);
    /** `bytes` must outlive the source. */
    static std::unique_ptr<TextSource> fromBytes(std::string_view bytes, size_t chunkBytes = kDefaultChunk);

    /** Replaces `out` with the next chunk of UTF-8 (whole characters only); false at the end. */
    bool next(std::string& out);

    TextEncoding encoding() const { return m_encoding; }
    const std::vector<SourceIssue>& invalidPositions() const { return m_invalid; }
    uint64_t invalidCount() const { return m_invalidCount; }
    uint64_t bytesRead() const { return m_bytesRead; }
    uint64_t totalBytes() const { return m_totalBytes; }

private:
    TextSource() = default;
    bool readRaw(std::string& raw);
    void detectEncoding(std::string& raw);
    void decodeUtf8(std::string_view raw, bool last, std::string& out);
    void decodeUtf16(std::string_view raw, bool last, std::string& out);
    void emit(std::string& out, std::string_view bytes);
    void reportInvalid(const std::string& what);

    std::ifstream m_file;
    std::string_view m_buffer;
    bool m_fromFile = false;
    size_t m_chunk = kDefaultChunk;
    uint64_t m_bytesRead = 0;
    uint64_t m_totalBytes = 0;
    bool m_started = false;
    bool m_done = false;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::string m_carry;         // bytes of a character cut by the chunk boundary
    uint32_t m_highSurrogate = 0; // UTF-16 high surrogate waiting for its pair
    size_t m_line = 1;
    size_t m_column = 1;
    std::vector<SourceIssue> m_invalid;
    uint64_t m_invalidCount = 0;
};

/** Appends the UTF-8 encoding of `codePoint`. */
void appendUtf8(std::string& out, uint32_t codePoint);

/** Length of the valid UTF-8 sequence starting at text[i], or 0 if invalid or cut. */
size_t validUtf8Length(std::string_view text, size_t i);

} // namespace falconry
