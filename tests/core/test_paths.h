#pragma once

#include <filesystem>
#include <string>
#include <utility>

namespace falconry::test {

/** ../shared/reference: falcon-spec.md, falcon-tokenizer/, golden/. */
std::filesystem::path referenceDir();
/** tests/data: small fixtures kept in the repository. */
std::filesystem::path testDataDir();
/** The built falconry-cli, for tests that run it as a child process. */
std::filesystem::path cliPath();
/** Runs the built falconry-cli with `args` (a shell command line); returns {exit code, stdout + stderr}. */
std::pair<int, std::string> runCli(const std::string& args);
/** A fresh empty folder under the build tree, removed at exit. */
std::filesystem::path makeTempDir(const std::string& prefix);

} // namespace falconry::test
