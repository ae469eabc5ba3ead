#include "core/util/folder_lock.h"

#include "core/util/error_info.h"
#include "core/util/errors.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace falconry {
namespace {

std::string readAll(int fd)
{
    std::string text;
    char buffer[512];
    ::lseek(fd, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0 && text.size() < 4096;)
        text.append(buffer, static_cast<size_t>(n));
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

std::string describeSelf(const std::string& purpose)
{
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    const std::time_t now = std::time(nullptr);
    char when[64] = {};
    std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", std::localtime(&now));
    return purpose + " (process " + std::to_string(::getpid()) + " on " + host + ", since " + when + ")\n";
}

} // namespace

FolderLock::FolderLock(const std::filesystem::path& folder, const std::string& purpose)
{
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    const std::filesystem::path file = folder / kFileName;
    m_fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw IoError("cannot create the lock file '" + file.string() + "': " + std::strerror(errno));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        const std::string who = readAll(m_fd);
        ::close(m_fd);
        m_fd = -1;
        if (err != EWOULDBLOCK)
            throw IoError("cannot lock '" + file.string() + "': " + std::strerror(err));
        throw Described<BusyError>(folder.string() + " is in use by another Falconry process: " +
                                       (who.empty() ? std::string("(holder unknown)") : who) +
                                       ". Wait for it to finish or stop it; two runs cannot write one folder.",
                                   "folder.busy", {{"folder", folder.string()}, {"holder", who}});
    }
    const std::string self = describeSelf(purpose);
    if (::ftruncate(m_fd, 0) == 0) {
        ssize_t ignored = ::pwrite(m_fd, self.data(), self.size(), 0);
        (void)ignored; // the holder's description is a courtesy: the lock is what counts
    }
}

FolderLock::~FolderLock()
{
    if (m_fd >= 0) {
        // Left in place: removing it would race with a process that has just opened it.
        ::close(m_fd);
    }
}

std::string FolderLock::holder(const std::filesystem::path& folder)
{
    const std::filesystem::path file = folder / kFileName;
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    std::string who;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0)
        who = readAll(fd);
    else
        ::flock(fd, LOCK_UN);
    ::close(fd);
    return who;
}

} // namespace falconry
