// Tokenizer::load: picks the file, builds the tokenizer, and reads the
// eos/bos/pad names from tokenizer_config.json beside it.
#include "core/tokenizer/bpe_tokenizer.h"
#include "core/tokenizer/sentencepiece_tokenizer.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace falconry {

namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw TokenizerError(path.string() + ": cannot open the file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

/** The name a tokenizer_config.json field gives: "name", {"content": "name", ...} or absent/null. */
std::optional<std::string> specialName(const nlohmann::json& config, const char* field, const fs::path& path)
{
    const auto it = config.find(field);
    if (it == config.end() || it->is_null())
        return std::nullopt;
    if (it->is_string())
        return it->get<std::string>();
    if (it->is_object() && it->contains("content") && (*it)["content"].is_string())
        return (*it)["content"].get<std::string>();
    throw TokenizerError(path.string() + ": field '" + field + "': expected a token string or {\"content\": ...}, found "
                         + it->dump().substr(0, 80));
}

template <typename T>
void applyConfig(T& tokenizer, const fs::path& configPath)
{
    std::error_code ec;
    if (!fs::is_regular_file(configPath, ec))
        return;
    const nlohmann::json config = parseJson<TokenizerError>(readFile(configPath), configPath.string());
    if (!config.is_object())
        throw TokenizerError(configPath.string() + ": expected a JSON object, found " + std::string(config.type_name()));
    auto resolve = [&](const char* field, std::optional<int64_t> fallback) -> std::optional<int64_t> {
        const auto name = specialName(config, field, configPath);
        if (!name)
            return fallback;
        const auto id = tokenizer.tokenId(*name);
        if (!id)
            throw TokenizerError(configPath.string() + ": " + field + " '" + *name
                                 + "' is not a token of the tokenizer's vocabulary");
        return id;
    };
    // A config without pad_token means no pad: using eos for padding is the caller's choice.
    tokenizer.setSpecialIds(resolve("eos_token", tokenizer.eosId()), resolve("bos_token", tokenizer.bosId()),
                            resolve("pad_token", tokenizer.padId()));
}

} // namespace

std::unique_ptr<Tokenizer> Tokenizer::load(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw TokenizerError(path.string()
                             + ": no such file or folder (expected a tokenizer.json, a tokenizer.model or a model "
                               "folder holding one)");
    fs::path file = path;
    if (fs::is_directory(path, ec)) {
        if (fs::is_regular_file(path / "tokenizer.json", ec))
            file = path / "tokenizer.json";
        else if (fs::is_regular_file(path / "tokenizer.model", ec))
            file = path / "tokenizer.model";
        else
            throw TokenizerError(path.string() + ": the folder has neither tokenizer.json nor tokenizer.model");
    }
    const fs::path configPath = file.parent_path() / "tokenizer_config.json";

    bool json = file.extension() == ".json";
    if (file.extension() != ".json" && file.extension() != ".model") {
        std::ifstream in(file, std::ios::binary);
        char first = 0;
        in >> std::ws >> first;
        json = first == '{';
    }
    if (json) {
        auto tokenizer = BpeTokenizer::fromFile(file);
        applyConfig(*tokenizer, configPath);
        return tokenizer;
    }
    auto tokenizer = SentencePieceTokenizer::fromFile(file);
    applyConfig(*tokenizer, configPath);
    return tokenizer;
}

} // namespace falconry
