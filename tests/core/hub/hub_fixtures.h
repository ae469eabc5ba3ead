#pragma once

#include "hub_test_server.h"

#include <filesystem>
#include <string>

namespace falconry::test {

/** The bytes of a file (tests only; throws on failure). */
std::string readBytes(const std::filesystem::path& path);
/** tiiuae-test/falcon-golden: the golden falcon7b model-fp32 folder as a Hub repository (weights and tokenizer.model in LFS). */
FakeRepo goldenRepo(const std::string& id = "tiiuae-test/falcon-golden");

} // namespace falconry::test
