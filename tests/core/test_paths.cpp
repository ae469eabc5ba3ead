#include "test_paths.h"

#include <cstdlib>
#include <string>
#include <unistd.h>

namespace falconry::test {

std::filesystem::path referenceDir()
{
    if (const char* env = std::getenv("FALCONRY_REFERENCE_DIR"))
        return env;
    return FALCONRY_REFERENCE_DIR;
}

std::filesystem::path testDataDir()
{
    return FALCONRY_TEST_DATA_DIR;
}

std::filesystem::path cliPath()
{
    return FALCONRY_CLI_PATH;
}

std::filesystem::path makeTempDir(const std::string& prefix)
{
    std::filesystem::path base = std::filesystem::path(FALCONRY_BINARY_DIR) / "test-tmp";
    std::filesystem::create_directories(base);
    std::string tmpl = (base / (prefix + "-XXXXXX")).string();
    if (!::mkdtemp(tmpl.data()))
        throw std::runtime_error("mkdtemp failed for " + tmpl);
    return tmpl;
}

} // namespace falconry::test
