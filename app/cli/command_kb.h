#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace falconry {
class TokenCounter;
class Tokenizer;
} // namespace falconry

namespace falconry::cli {

/** `falconry-cli kb ask ...` (command_kb_ask.cpp); `args` come after "ask". */
int runKbAsk(const std::vector<std::string>& args);
/** `falconry-cli kb check ...` (command_kb_check.cpp); `args` come after "check". */
int runKbCheck(const std::vector<std::string>& args);

/** The tokenizer of the model folder `dir` and a counter over it (the counter borrows the tokenizer). */
struct ModelTokens {
    std::unique_ptr<Tokenizer> tokenizer;
    std::unique_ptr<TokenCounter> counter;
};
ModelTokens loadModelTokens(const std::filesystem::path& dir);

} // namespace falconry::cli
