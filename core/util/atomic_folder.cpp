#include "core/util/atomic_folder.h"

#include "core/util/crash_point.h"
#include "core/util/errors.h"

#include <fcntl.h>
#include <unistd.h>

#include <system_error>

namespace falconry {
namespace fs = std::filesystem;
namespace {

fs::path sibling(const fs::path& target, const char* suffix)
{
    return target.parent_path() / ("." + target.filename().string() + suffix);
}

[[noreturn]] void fail(const std::string& what, const fs::path& path, const std::error_code& ec)
{
    throw IoError(what + " '" + path.string() + "': " + ec.message());
}

} // namespace

void syncPath(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void AtomicFolder::recover(const fs::path& target)
{
    std::error_code ec;
    const fs::path old = sibling(target, ".old");
    if (fs::exists(old, ec)) {
        if (!fs::exists(target, ec))
            fs::rename(old, target, ec); // the crash came between the two renames of a replace
        else
            fs::remove_all(old, ec); // the crash came after the new folder was in place
    }
    fs::remove_all(sibling(target, ".tmp"), ec);
}

AtomicFolder::AtomicFolder(fs::path target, const char* replaceableIfHolds)
    : m_target(std::move(target))
{
    if (m_target.filename().empty())
        m_target = m_target.parent_path(); // "adapter/" names the folder "adapter"
    m_tmp = sibling(m_target, ".tmp");
    std::error_code ec;
    if (replaceableIfHolds && fs::is_directory(m_target, ec) && !fs::is_empty(m_target, ec) &&
        !fs::exists(m_target / replaceableIfHolds, ec)) {
        std::string names;
        int shown = 0;
        for (const auto& entry : fs::directory_iterator(m_target, ec)) {
            if (shown++ == 3) {
                names += ", ...";
                break;
            }
            names += (names.empty() ? "" : ", ") + entry.path().filename().string();
        }
        throw IoError(m_target.string() + " already holds other files (" + names +
                      "); choose an empty or a new folder, nothing was changed");
    }
    if (fs::exists(m_target, ec) && !fs::is_directory(m_target, ec))
        throw IoError(m_target.string() + " is a file, not a folder; nothing was changed");
    fs::create_directories(m_target.parent_path().empty() ? fs::path(".") : m_target.parent_path(), ec);
    if (ec)
        fail("cannot create the folder", m_target.parent_path(), ec);
    recover(m_target);
    fs::create_directories(m_tmp, ec);
    if (ec)
        fail("cannot create the folder", m_tmp, ec);
}

AtomicFolder::~AtomicFolder()
{
    if (!m_committed) {
        std::error_code ec;
        fs::remove_all(m_tmp, ec);
    }
}

void AtomicFolder::commit()
{
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(m_tmp, ec))
        if (entry.is_regular_file())
            syncPath(entry.path());
    syncPath(m_tmp);
    crashPoint("atomic-folder-before-rename");
    const fs::path old = sibling(m_target, ".old");
    const bool replacing = fs::exists(m_target, ec);
    if (replacing) {
        fs::rename(m_target, old, ec);
        if (ec)
            fail("cannot move the earlier folder aside", m_target, ec);
        crashPoint("atomic-folder-between-renames");
    }
    fs::rename(m_tmp, m_target, ec);
    if (ec) {
        std::error_code restore;
        if (replacing)
            fs::rename(old, m_target, restore);
        fail("cannot move the new folder into place", m_target, ec);
    }
    m_committed = true;
    syncPath(m_target.parent_path().empty() ? fs::path(".") : m_target.parent_path());
    if (replacing)
        fs::remove_all(old, ec);
}

} // namespace falconry
