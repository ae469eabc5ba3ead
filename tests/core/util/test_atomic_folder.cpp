// Output folders that appear whole or not at all, the run-folder lock, and the one JSON reader.
#include "core/util/atomic_folder.h"
#include "core/util/errors.h"
#include "core/util/folder_lock.h"
#include "core/util/json_text.h"

#include "test_paths.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace falconry;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path& path, const std::string& text)
{
    std::ofstream(path) << text;
}

std::string readText(const fs::path& path)
{
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

TEST(AtomicFolder, AppearsOnlyOnCommit)
{
    const fs::path target = test::makeTempDir("atomic_folder") / "adapter";
    {
        AtomicFolder out(target);
        writeText(out.path() / "weights", "w");
        EXPECT_FALSE(fs::exists(target));
    } // no commit: as if the writer failed
    EXPECT_FALSE(fs::exists(target));
    EXPECT_TRUE(fs::is_empty(target.parent_path())) << "the temporary folder was left behind";
    AtomicFolder out(target);
    writeText(out.path() / "weights", "w");
    out.commit();
    EXPECT_EQ(readText(target / "weights"), "w");
    EXPECT_FALSE(fs::exists(out.path()));
}

TEST(AtomicFolder, ReplacesAnEarlierOutputAndRecoversFromACrashBetweenTheRenames)
{
    const fs::path root = test::makeTempDir("atomic_replace");
    const fs::path target = root / "model";
    fs::create_directories(target);
    writeText(target / "config.json", "old");
    {
        AtomicFolder out(target, "config.json");
        writeText(out.path() / "config.json", "new");
        out.commit();
    }
    EXPECT_EQ(readText(target / "config.json"), "new");
    EXPECT_EQ(std::distance(fs::directory_iterator(root), fs::directory_iterator()), 1);
    // A crash after the old folder moved aside and before the new one moved in: the next writer puts it back.
    fs::rename(target, root / ".model.old");
    fs::create_directories(root / ".model.tmp");
    AtomicFolder::recover(target);
    EXPECT_EQ(readText(target / "config.json"), "new");
    EXPECT_FALSE(fs::exists(root / ".model.old"));
    EXPECT_FALSE(fs::exists(root / ".model.tmp"));
}

TEST(AtomicFolder, NeverReplacesAUserFolderHoldingOtherFiles)
{
    const fs::path home = test::makeTempDir("atomic_user");
    writeText(home / "thesis.odt", "years of work");
    try {
        AtomicFolder out(home, "config.json");
        FAIL() << "a folder with other files would have been replaced";
    } catch (const IoError& e) {
        EXPECT_NE(std::string(e.what()).find("already holds other files (thesis.odt)"), std::string::npos) << e.what();
    }
    EXPECT_EQ(readText(home / "thesis.odt"), "years of work");
    // An empty folder the user chose is fine.
    const fs::path empty = test::makeTempDir("atomic_empty");
    AtomicFolder out(empty, "config.json");
    writeText(out.path() / "config.json", "{}");
    out.commit();
    EXPECT_TRUE(fs::exists(empty / "config.json"));
}

TEST(FolderLock, ASecondWriterIsRefusedAndNamesTheHolder)
{
    const fs::path run = test::makeTempDir("folder_lock") / "run";
    {
        FolderLock first(run, "training");
        EXPECT_NE(FolderLock::holder(run).find("training (process " + std::to_string(::getpid())), std::string::npos);
        try {
            FolderLock second(run, "training");
            FAIL() << "two locks on one folder";
        } catch (const BusyError& e) {
            const std::string what = e.what();
            EXPECT_NE(what.find("in use by another Falconry process"), std::string::npos) << what;
            EXPECT_NE(what.find("process " + std::to_string(::getpid())), std::string::npos) << what;
        }
    }
    EXPECT_EQ(FolderLock::holder(run), "");
    FolderLock again(run, "training"); // released with its holder
}

TEST(FolderLock, TheKernelReleasesTheLockOfAKilledProcess)
{
    const fs::path run = test::makeTempDir("folder_lock_kill") / "run";
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    if (child == 0) {
        FolderLock lock(run, "training");
        char c = 1;
        (void)::write(ready[1], &c, 1);
        ::pause();
        _exit(0);
    }
    char c = 0;
    ASSERT_EQ(::read(ready[0], &c, 1), 1);
    EXPECT_THROW(FolderLock(run, "training"), BusyError);
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    EXPECT_NO_THROW(FolderLock(run, "training")); // run.lock is still there; the lock is not
    EXPECT_TRUE(fs::exists(run / FolderLock::kFileName));
}

TEST(JsonText, EveryProblemNamesLineAndColumnWithoutLibraryJargon)
{
    struct Case {
        const char* text;
        const char* where;
    };
    for (const Case& c : {Case{"{\n  \"a\": 1e999\n}", "f.json:2:"}, Case{"{\n  \"a\": tru\n}", "f.json:2:"},
                          Case{"[1, 2", "f.json:1:"}, Case{"", "f.json:1:1:"}, Case{"{\"a\": \"\xFF\"}", "f.json:1:"}}) {
        try {
            parseJson<ConfigError>(c.text, "f.json");
            ADD_FAILURE() << c.text << " parsed";
        } catch (const ConfigError& e) {
            const std::string what = e.what();
            EXPECT_EQ(what.rfind(c.where, 0), 0U) << what;
            EXPECT_EQ(what.find("json.exception"), std::string::npos) << what;
            EXPECT_NE(what.find("not valid JSON"), std::string::npos) << what;
        }
    }
    EXPECT_EQ(describeJsonProblem("{\n  \"a\": 1e999\n}", "f.json"), "f.json:2:8: not valid JSON: number overflow parsing '1e999'");
    EXPECT_EQ(parseJson<ConfigError>("{\"a\": 2}", "f.json")["a"], 2);
}
