#include "core/util/atomic_file.h"

#include "core/util/error_info.h"
#include "core/util/errors.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <string>
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

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes)
{
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    std::string tmpl = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        throwIo("cannot create a temporary file beside", path, errno);
    const auto fail = [&](const char* what) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmpl.c_str());
        throwIo(what, path, err);
    };
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail("cannot write (disk full?)");
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0)
        fail("cannot flush to disk");
    ::fchmod(fd, 0644);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        throwIo("cannot close", path, err);
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        throwIo("cannot replace", path, err);
    }
    // Make the rename itself durable.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

std::string readWholeFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwIo("cannot open", path, errno);
    std::ostringstream out;
    out << in.rdbuf();
    if (in.bad())
        throwIo("cannot read", path, errno);
    return out.str();
}

} // namespace falconry
