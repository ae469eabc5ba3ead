#include "core/io/tar_archive.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace falconry {
namespace {

constexpr size_t kBlock = 512;
constexpr size_t kChunk = size_t{1} << 20;

// ustar header fields: offset and length (POSIX.1-1988, pax(1) "ustar Interchange Format").
constexpr size_t kNameAt = 0, kNameLen = 100;
constexpr size_t kModeAt = 100, kUidAt = 108, kGidAt = 116;
constexpr size_t kSizeAt = 124, kSizeLen = 12;
constexpr size_t kMtimeAt = 136, kMtimeLen = 12;
constexpr size_t kChecksumAt = 148, kChecksumLen = 8;
constexpr size_t kTypeAt = 156;
constexpr size_t kMagicAt = 257;
constexpr size_t kPrefixAt = 345, kPrefixLen = 155;

void putOctal(char* field, size_t len, uint64_t value)
{
    // len - 1 octal digits, zero-padded, then NUL.
    for (size_t i = len - 1; i-- > 0;) {
        field[i] = static_cast<char>('0' + (value & 7u));
        value >>= 3;
    }
    field[len - 1] = '\0';
}

/** A header field as text (it need not be NUL-terminated when full). */
std::string fieldText(const char* field, size_t len)
{
    return std::string(field, strnlen(field, len));
}

/** An octal number field; false when it is not one (GNU base-256 numbers included). */
bool parseOctal(const char* field, size_t len, uint64_t& value)
{
    size_t i = 0;
    while (i < len && field[i] == ' ')
        ++i;
    if (i < len && (static_cast<unsigned char>(field[i]) & 0x80u))
        return false; // GNU base-256: only for values ustar cannot hold
    value = 0;
    size_t digits = 0;
    for (; i < len && field[i] >= '0' && field[i] <= '7'; ++i, ++digits)
        value = (value << 3) | static_cast<uint64_t>(field[i] - '0');
    if (digits == 0)
        return false;
    for (; i < len; ++i)
        if (field[i] != '\0' && field[i] != ' ')
            return false;
    return true;
}

bool isZeroBlock(const char* block)
{
    return std::all_of(block, block + kBlock, [](char c) { return c == '\0'; });
}

uint64_t paddingOf(uint64_t size)
{
    return (kBlock - size % kBlock) % kBlock;
}

} // namespace

bool isSafeArchivePath(std::string_view path)
{
    if (path.empty() || path.size() > 255 || path.front() == '/' || path.back() == '/')
        return false;
    size_t start = 0;
    while (start <= path.size()) {
        const size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part.empty() || part == "." || part == "..")
            return false;
        for (char c : part)
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '\\' || c == ':')
                return false;
        start = end + 1;
    }
    return true;
}

void TarWriter::header(const std::string& path, uint64_t size, int64_t mtime)
{
    if (!isSafeArchivePath(path))
        throw ArchiveError("cannot archive '" + path + "': not a plain relative path");
    if (size > kMaxMemberSize)
        throw ArchiveError("cannot archive '" + path + "': " + std::to_string(size) +
                           " bytes is more than a tar member can hold (8 GiB)");
    std::array<char, kBlock> h{};
    std::string name = path;
    std::string prefix;
    if (path.size() > kNameLen) {
        // Split at a '/' so that the prefix fits 155 bytes and the rest 100.
        size_t cut = path.rfind('/', kPrefixLen);
        if (cut != std::string::npos && path.size() - cut - 1 > kNameLen)
            cut = std::string::npos; // what follows the last fitting '/' is too long
        if (cut == std::string::npos)
            throw ArchiveError("cannot archive '" + path + "': the name is too long for a tar header");
        prefix = path.substr(0, cut);
        name = path.substr(cut + 1);
    }
    std::memcpy(h.data() + kNameAt, name.data(), name.size());
    std::memcpy(h.data() + kPrefixAt, prefix.data(), prefix.size());
    putOctal(h.data() + kModeAt, 8, 0644);
    putOctal(h.data() + kUidAt, 8, 0);
    putOctal(h.data() + kGidAt, 8, 0);
    putOctal(h.data() + kSizeAt, kSizeLen, size);
    putOctal(h.data() + kMtimeAt, kMtimeLen, static_cast<uint64_t>(std::max<int64_t>(0, mtime)));
    h[kTypeAt] = '0';
    std::memcpy(h.data() + kMagicAt, "ustar\0" "00", 8);
    std::memset(h.data() + kChecksumAt, ' ', kChecksumLen);
    uint32_t sum = 0;
    for (char c : h)
        sum += static_cast<unsigned char>(c);
    putOctal(h.data() + kChecksumAt, 7, sum); // six digits, NUL, and the space already there
    m_sink(std::string_view(h.data(), h.size()));
}

void TarWriter::addFile(const std::string& path, uint64_t size, int64_t mtime,
                        const std::function<void(const std::function<void(std::string_view)>&)>& fill)
{
    header(path, size, mtime);
    uint64_t written = 0;
    fill([&](std::string_view bytes) {
        if (written + bytes.size() > size)
            throw ArchiveError("'" + path + "' grew while it was archived (expected " + std::to_string(size) + " bytes)");
        written += bytes.size();
        m_sink(bytes);
    });
    if (written != size)
        throw ArchiveError("'" + path + "' shrank while it was archived (" + std::to_string(written) + " of " +
                           std::to_string(size) + " bytes)");
    static const std::array<char, kBlock> zeros{};
    m_sink(std::string_view(zeros.data(), paddingOf(size)));
}

void TarWriter::addFile(const std::string& path, std::string_view bytes, int64_t mtime)
{
    addFile(path, bytes.size(), mtime, [&](const auto& write) { write(bytes); });
}

void TarWriter::finish()
{
    static const std::array<char, 2 * kBlock> zeros{};
    m_sink(std::string_view(zeros.data(), zeros.size()));
}

TarReader::TarReader(std::istream& in, uint64_t totalSize, std::string where)
    : m_in(in), m_total(totalSize), m_where(std::move(where))
{
}

void TarReader::readExactly(char* out, size_t n, const char* what)
{
    if (n > m_total - m_offset)
        throw ArchiveError(m_where + ": truncated (" + what + " ends past the end of the file)");
    m_in.read(out, static_cast<std::streamsize>(n));
    if (static_cast<size_t>(m_in.gcount()) != n)
        throw ArchiveError(m_where + ": cannot read " + what + " (the file ended early)");
    m_offset += n;
}

void TarReader::skip(uint64_t n)
{
    std::vector<char> buffer(static_cast<size_t>(std::min<uint64_t>(n, kChunk)));
    while (n > 0) {
        const size_t step = static_cast<size_t>(std::min<uint64_t>(n, buffer.size()));
        readExactly(buffer.data(), step, "a member");
        n -= step;
    }
}

bool TarReader::next(TarEntry& entry)
{
    skip(m_remaining + m_padding);
    m_remaining = m_padding = 0;
    if (m_offset == m_total)
        throw ArchiveError(m_where + ": truncated (the archive ends without its end-of-archive blocks)");
    std::array<char, kBlock> h{};
    readExactly(h.data(), h.size(), "a member's header");
    if (isZeroBlock(h.data()))
        return false;
    const std::string at = m_where + ": member at byte " + std::to_string(m_offset - kBlock);
    uint64_t stored = 0;
    if (!parseOctal(h.data() + kChecksumAt, kChecksumLen, stored))
        throw ArchiveError(at + ": not a tar header (no checksum)");
    uint32_t sumUnsigned = 0;
    int32_t sumSigned = 0;
    for (size_t i = 0; i < kBlock; ++i) {
        const char c = (i >= kChecksumAt && i < kChecksumAt + kChecksumLen) ? ' ' : h[i];
        sumUnsigned += static_cast<unsigned char>(c);
        sumSigned += static_cast<signed char>(c);
    }
    if (stored != sumUnsigned && static_cast<int64_t>(stored) != sumSigned)
        throw ArchiveError(at + ": damaged header (checksum " + std::to_string(stored) + ", computed " +
                           std::to_string(sumUnsigned) + ")");
    if (std::memcmp(h.data() + kMagicAt, "ustar", 5) != 0)
        throw ArchiveError(at + ": not a POSIX ustar header");
    std::string name = fieldText(h.data() + kNameAt, kNameLen);
    const std::string prefix = std::memcmp(h.data() + kMagicAt, "ustar\0", 6) == 0
                                   ? fieldText(h.data() + kPrefixAt, kPrefixLen)
                                   : std::string(); // old GNU headers keep other data there
    if (!prefix.empty())
        name = prefix + "/" + name;
    const char type = h[kTypeAt];
    const bool folder = type == '5';
    if (folder && !name.empty() && name.back() == '/')
        name.pop_back();
    if (type != '0' && type != '\0' && !folder) {
        const std::string kind = type == '1' ? "a hard link" : type == '2' ? "a symbolic link"
                               : (type == '3' || type == '4') ? "a device" : type == '6' ? "a FIFO"
                               : (type == 'x' || type == 'g') ? "a pax extended header"
                               : (type == 'L' || type == 'K') ? "a GNU long-name header" : "an unknown member type";
        throw ArchiveError(at + " ('" + name + "'): " + kind + " is not allowed in a bundle (only plain files)");
    }
    if (!isSafeArchivePath(name))
        throw ArchiveError(at + ": unsafe path '" + name + "' (absolute, '..', or odd characters): refused");
    uint64_t size = 0;
    if (!parseOctal(h.data() + kSizeAt, kSizeLen, size))
        throw ArchiveError(at + " ('" + name + "'): the size field is not an octal number");
    if (folder && size != 0)
        throw ArchiveError(at + " ('" + name + "'): a folder with content");
    const uint64_t left = m_total - m_offset;
    if (size > left || paddingOf(size) > left - size)
        throw ArchiveError(at + " ('" + name + "'): says " + std::to_string(size) + " bytes but only " +
                           std::to_string(left) + " are left in the file (truncated or damaged)");
    m_current = name;
    m_remaining = size;
    m_padding = paddingOf(size);
    entry.path = name;
    entry.size = size;
    entry.folder = folder;
    return true;
}

void TarReader::read(const std::function<void(std::string_view)>& chunk)
{
    std::vector<char> buffer(static_cast<size_t>(std::min<uint64_t>(m_remaining, kChunk)));
    while (m_remaining > 0) {
        const size_t step = static_cast<size_t>(std::min<uint64_t>(m_remaining, buffer.size()));
        readExactly(buffer.data(), step, m_current.c_str());
        m_remaining -= step;
        chunk(std::string_view(buffer.data(), step));
    }
}

std::string TarReader::readAll(uint64_t limit)
{
    if (m_remaining > limit)
        throw ArchiveError(m_where + ": '" + m_current + "' is " + std::to_string(m_remaining) + " bytes, more than the " +
                           std::to_string(limit) + " it may have");
    std::string out;
    out.reserve(static_cast<size_t>(m_remaining));
    read([&](std::string_view c) { out.append(c); });
    return out;
}

} // namespace falconry
