#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace falconry::test {

/**
 * llama.cpp, as npm's node-llama-cpp runs it (tests/gguf/llama_check.mjs). unavailable() says why
 * it cannot run here (no node, node-llama-cpp not installed because npm was unreachable), or
 * nullopt. run() sends a request and returns llama_check.mjs's JSON; it fails the test with
 * node's stderr when the script fails.
 */
std::optional<std::string> llamaUnavailable();
nlohmann::json runLlamaCheck(const nlohmann::json& request, const std::filesystem::path& workDir);

/** The GGUF skip message, naming how to install node-llama-cpp. */
std::string llamaSkipMessage(const std::string& reason);

} // namespace falconry::test
