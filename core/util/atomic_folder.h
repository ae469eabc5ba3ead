#pragma once

#include <filesystem>

namespace falconry {

/**
 * Writes a whole folder atomically: files go into a hidden temporary folder beside the target
 * (".NAME.tmp"), which commit() flushes and renames into place. A crash or a full disk before
 * commit() leaves the earlier folder (or none) untouched, never a half-written one; a stale
 * temporary folder from a killed process is removed by the next writer of the same target.
 * Replacing an existing folder takes two renames (the old one goes to ".NAME.old" first), so a
 * crash between them leaves the old folder at ".NAME.old" and no target; that folder is
 * restored by the next AtomicFolder of the same target. Without commit() the destructor removes
 * the temporary folder. Throws IoError naming the folder.
 */
class AtomicFolder {
public:
    /**
     * `target` is a folder this program owns (a run's adapter/): an existing one is replaced.
     * With `replaceableIfHolds` (a folder the user chose), an existing non-empty target is
     * replaced only when it holds that file (an earlier output of the same kind, such as
     * "config.json"); otherwise IoError says it holds other files, and nothing is touched.
     */
    explicit AtomicFolder(std::filesystem::path target, const char* replaceableIfHolds = nullptr);
    ~AtomicFolder();
    AtomicFolder(const AtomicFolder&) = delete;
    AtomicFolder& operator=(const AtomicFolder&) = delete;

    /** Where to write the folder's files until commit(). */
    const std::filesystem::path& path() const { return m_tmp; }
    const std::filesystem::path& target() const { return m_target; }
    /** fsyncs the files and moves the folder into place. */
    void commit();

    /** Puts back a folder left at ".NAME.old" by a crash mid-replace, and removes ".NAME.tmp". */
    static void recover(const std::filesystem::path& target);

private:
    std::filesystem::path m_target;
    std::filesystem::path m_tmp;
    bool m_committed = false;
};

/** fsync() on a file or folder (errors ignored: durability is best effort where the file system refuses). */
void syncPath(const std::filesystem::path& path);

} // namespace falconry
