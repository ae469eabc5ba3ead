#pragma once

// A small POSIX ustar (IEEE 1003.1-1988 "tar") writer and a defensive reader, for run bundles
// (core/train/run_bundle.h). Only regular files and folders are written or accepted: links,
// devices, GNU/pax extension headers and absolute or ".." paths are refused, sizes must fit the
// archive, and a cut archive is reported as truncated. Any `tar -xf` reads what the writer writes.
// No torch header: fuzz_run_bundle builds this file alone.

#include "core/util/errors.h"

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

namespace falconry {

/** An archive that cannot be read: truncated, damaged, or holding something it must not. */
class ArchiveError : public Error {
public:
    using Error::Error;
};

/**
 * Whether `path` is a safe member name: relative, '/'-separated, no empty, "." or ".." part,
 * no backslash or control character, at most 255 bytes. What the reader demands of every member.
 */
bool isSafeArchivePath(std::string_view path);

/** Writes ustar members one after another into `sink` (512-byte blocks); finish() writes the end. */
class TarWriter {
public:
    using Sink = std::function<void(std::string_view bytes)>;
    explicit TarWriter(Sink sink) : m_sink(std::move(sink)) {}

    /**
     * One regular file of `size` bytes; `fill` is called with a writer of its bytes and must
     * hand over exactly `size` of them (ArchiveError otherwise). mtime: seconds since 1970.
     */
    void addFile(const std::string& path, uint64_t size, int64_t mtime,
                 const std::function<void(const std::function<void(std::string_view)>& write)>& fill);
    void addFile(const std::string& path, std::string_view bytes, int64_t mtime);
    /** Two zero blocks: the end of the archive. */
    void finish();

    /** Largest member size ustar can say (11 octal digits): 8 GiB - 1. */
    static constexpr uint64_t kMaxMemberSize = 077777777777ULL;

private:
    void header(const std::string& path, uint64_t size, int64_t mtime);
    Sink m_sink;
};

/** One member of an archive as the reader finds it. */
struct TarEntry {
    std::string path;    // without a trailing '/' for folders
    uint64_t size = 0;   // bytes of content (0 for folders)
    bool folder = false;
};

/**
 * Reads ustar members in order from a stream of `totalSize` bytes. next() validates each header
 * (checksum, magic, type, path, size against what is left of the archive) and throws
 * ArchiveError naming `where` and the member; the content is read with read() or skipped.
 */
class TarReader {
public:
    TarReader(std::istream& in, uint64_t totalSize, std::string where);

    /** The next member, or false at the end-of-archive blocks. Skips the unread rest of the previous one. */
    bool next(TarEntry& entry);
    /** Reads the current member's content in chunks into `chunk` (at most 1 MiB each). */
    void read(const std::function<void(std::string_view chunk)>& chunk);
    /** The current member's content as one string; ArchiveError when it is larger than `limit`. */
    std::string readAll(uint64_t limit);

    const std::string& where() const { return m_where; }

private:
    void readExactly(char* out, size_t n, const char* what);
    void skip(uint64_t n);

    std::istream& m_in;
    uint64_t m_total = 0;
    uint64_t m_offset = 0;     // bytes consumed so far
    uint64_t m_remaining = 0;  // content bytes of the current member not read yet
    uint64_t m_padding = 0;    // zero bytes after it up to the next 512-byte block
    std::string m_where;
    std::string m_current;
};

} // namespace falconry
