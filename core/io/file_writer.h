#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace falconry {

/**
 * Streams a large file into a temporary file beside `path` and renames it over `path` on
 * commit() (after fsync), so a crash or a full disk never leaves a half-written file.
 * Without commit() the destructor removes the temporary file. Throws IoError naming the path.
 * (core/util/atomic_file.h does the same for data already in one buffer.)
 */
class AtomicFileWriter {
public:
    explicit AtomicFileWriter(const std::filesystem::path& path);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    void write(std::string_view bytes);
    void commit();

private:
    std::filesystem::path m_path;
    std::string m_tmp;
    int m_fd = -1;
};

} // namespace falconry
