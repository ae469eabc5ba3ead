#include "test_paths.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <sys/wait.h>
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

std::pair<int, std::string> runCli(const std::string& args)
{
    const std::string command = cliPath().string() + " " + args + " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    std::string out;
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0)
        out.append(buf.data(), n);
    const int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

} // namespace falconry::test
