#include "llama_check.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace falconry::test {
namespace {

const std::filesystem::path kGgufDir = FALCONRY_GGUF_TEST_DIR;

std::string slurp(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

std::optional<std::string> llamaUnavailable()
{
    if (std::system("node --version > /dev/null 2>&1") != 0)
        return "node is not installed";
    // node-llama-cpp 3.21.1 declares node >= 20 (Debian 12's own nodejs is 18).
    if (std::system("node -e \"process.exit(parseInt(process.versions.node) >= 20 ? 0 : 1)\" > /dev/null 2>&1") != 0)
        return "node is older than 20, which node-llama-cpp 3.21.1 needs";
    const std::filesystem::path package = kGgufDir / "node_modules" / "node-llama-cpp" / "package.json";
    if (!std::filesystem::exists(package))
        return "node-llama-cpp is not installed in " + (kGgufDir / "node_modules").string() +
               " (scripts/setup.sh installs it with npm; npm or its registry was unreachable)";
    return std::nullopt;
}

std::string llamaSkipMessage(const std::string& reason)
{
    return "SKIPPED the check against llama.cpp: " + reason +
           ". Install it with: cd tests/gguf && npm i -E node-llama-cpp@3.21.1";
}

nlohmann::json runLlamaCheck(const nlohmann::json& request, const std::filesystem::path& workDir)
{
    static int counter = 0;
    const std::string stem = "llama-" + std::to_string(++counter);
    const std::filesystem::path requestFile = workDir / (stem + ".json");
    const std::filesystem::path outFile = workDir / (stem + ".out");
    const std::filesystem::path errFile = workDir / (stem + ".err");
    std::ofstream(requestFile) << request.dump();
    const std::string command = "cd '" + kGgufDir.string() + "' && node llama_check.mjs '" + requestFile.string() +
                                "' > '" + outFile.string() + "' 2> '" + errFile.string() + "'";
    const int status = std::system(command.c_str());
    if (status != 0) {
        ADD_FAILURE() << "llama.cpp (node llama_check.mjs) failed on " << request.value("model", std::string())
                      << " with status " << status << ":\n" << slurp(errFile);
        return nlohmann::json::object();
    }
    try {
        return nlohmann::json::parse(slurp(outFile));
    } catch (const std::exception& e) {
        ADD_FAILURE() << "llama_check.mjs printed no JSON (" << e.what() << "):\n" << slurp(outFile) << slurp(errFile);
        return nlohmann::json::object();
    }
}

} // namespace falconry::test
