#include "core/io/file_writer.h"

#include "core/util/error_info.h"
#include "core/util/errors.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace falconry {
namespace {

[[noreturn]] void throwIo(const std::string& what, const std::filesystem::path& path, int err)
{
    const std::string message = what + " '" + path.string() + "': " + std::strerror(err);
    if (err == ENOSPC || err == EDQUOT) // the disk (or the user's quota) is full: a kind the front ends word
        throw Described<IoError>(message, "io.disk_full", {{"path", path.string()}});
    throw IoError(message);
}

} // namespace

AtomicFileWriter::AtomicFileWriter(const std::filesystem::path& path) : m_path(path)
{
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    m_tmp = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    m_fd = ::mkstemp(m_tmp.data());
    if (m_fd < 0)
        throwIo("cannot create a temporary file beside", path, errno);
}

AtomicFileWriter::~AtomicFileWriter()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        ::unlink(m_tmp.c_str());
    }
}

void AtomicFileWriter::write(std::string_view bytes)
{
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throwIo("cannot write (disk full?)", m_path, errno);
        }
        written += static_cast<size_t>(n);
    }
}

void AtomicFileWriter::commit()
{
    if (::fsync(m_fd) != 0)
        throwIo("cannot flush to disk", m_path, errno);
    ::fchmod(m_fd, 0644);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(m_tmp.c_str());
        throwIo("cannot close", m_path, err);
    }
    if (::rename(m_tmp.c_str(), m_path.c_str()) != 0) {
        const int err = errno;
        ::unlink(m_tmp.c_str());
        throwIo("cannot replace", m_path, err);
    }
    const std::filesystem::path dir = m_path.has_parent_path() ? m_path.parent_path() : ".";
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

} // namespace falconry
