#include "core/util/atomic_file.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace falconry;

TEST(AtomicFile, WritesAndReplacesWholeFile)
{
    const fs::path dir = test::makeTempDir("atomic");
    const fs::path file = dir / "run.json";
    writeFileAtomically(file, "first version, long");
    writeFileAtomically(file, "second");
    EXPECT_EQ(readWholeFile(file), "second");
    // No temporary file is left beside it.
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir))
        ++entries;
    EXPECT_EQ(entries, 1);
    fs::remove_all(dir);
}

TEST(AtomicFile, MissingFolderIsAnIoErrorNamingThePath)
{
    const fs::path file = "/nonexistent-falconry-dir/x.json";
    try {
        writeFileAtomically(file, "x");
        FAIL() << "expected IoError";
    } catch (const IoError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent-falconry-dir/x.json"), std::string::npos) << e.what();
    }
}

TEST(AtomicFile, FullDiskLeavesTheOldFile)
{
    // /dev/full accepts opens but every write fails with ENOSPC; we cannot
    // create a temp file in /dev, so emulate with a read-only folder instead
    // when running as a normal user, and skip the check as root.
    if (::geteuid() == 0)
        GTEST_SKIP() << "root ignores folder permissions";
    const fs::path dir = test::makeTempDir("atomic-ro");
    const fs::path file = dir / "keep.txt";
    writeFileAtomically(file, "old");
    fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
    EXPECT_THROW(writeFileAtomically(file, "new"), IoError);
    fs::permissions(dir, fs::perms::owner_all);
    EXPECT_EQ(readWholeFile(file), "old");
    fs::remove_all(dir);
}
