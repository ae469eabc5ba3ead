#pragma once

#include "core/util/errors.h"

#include <filesystem>
#include <string>

namespace falconry {

/** A folder (a run, an output) is in use by another process; nothing was touched. */
class BusyError : public Error {
public:
    using Error::Error;
};

/**
 * An exclusive lock on a folder for the life of this object: flock() on FOLDER/run.lock, which
 * the kernel releases when the process ends however it ends (kill -9 included), so a stale lock
 * file never blocks anyone. The file names the holder (pid, host, start time) for the message a
 * second writer gets. Creates the folder when it does not exist.
 */
class FolderLock {
public:
    /** Takes the lock or throws BusyError naming the holder; `purpose` goes into the file ("training"). */
    FolderLock(const std::filesystem::path& folder, const std::string& purpose);
    ~FolderLock();
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

    static constexpr const char* kFileName = "run.lock";

    /** Who holds the lock on `folder` now ("" when nobody does): what BusyError says. */
    static std::string holder(const std::filesystem::path& folder);

private:
    int m_fd = -1;
};

} // namespace falconry
