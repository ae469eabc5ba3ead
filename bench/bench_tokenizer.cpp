// Tokenizer throughput: MB/s of Falconry's tokenizer.json BPE on a large text,
// beside Hugging Face tokenizers.js (bench/tokenizer_js) on the same chunks of
// the same text in the same run, and whether the ids are identical.
//
//   bench_tokenizer [--tokenizer DIR_OR_JSON] [--mb N] [--out DIR]
//
// The text: plain-text files of /usr/share/common-licenses and
// /usr/share/doc/*/copyright (valid UTF-8 only, byte-order marks removed),
// repeated to N MB (default 24).
// Chunks: its lines with their "\n", 64 lines per chunk (bench.mjs cuts alike).
#include "core/tokenizer/tokenizer.h"
#include "core/tokenizer/unicode.h"
#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string buildCorpus(size_t targetBytes, size_t& uniqueBytes)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator("/usr/share/common-licenses", ec))
        if (entry.is_regular_file(ec))
            files.push_back(entry.path());
    for (const auto& entry : fs::directory_iterator("/usr/share/doc", ec))
        if (fs::is_regular_file(entry.path() / "copyright", ec))
            files.push_back(entry.path() / "copyright");
    std::sort(files.begin(), files.end());
    std::string unique;
    for (const auto& file : files) {
        std::string text = readFile(file);
        if (falconry::unicode::sanitizeUtf8(text, false) != text)
            continue; // tokenizers.js reads UTF-8 strings
        // Byte-order marks out: tokenizers.js's JavaScript \s counts U+FEFF as a space, Oniguruma
        // (HF tokenizers in Rust) and PCRE2 do not, so "\n\n<BOM>" tokenizes differently there.
        for (size_t at = text.find("\xEF\xBB\xBF"); at != std::string::npos; at = text.find("\xEF\xBB\xBF", at))
            text.erase(at, 3);
        unique += text;
        if (unique.size() >= 4u << 20)
            break;
    }
    if (unique.empty())
        throw std::runtime_error("no text found under /usr/share/common-licenses or /usr/share/doc");
    if (unique.back() != '\n')
        unique += '\n';
    uniqueBytes = unique.size();
    std::string corpus;
    corpus.reserve(targetBytes + unique.size());
    while (corpus.size() < targetBytes)
        corpus += unique;
    return corpus;
}

std::vector<std::string_view> chunksOf(std::string_view text)
{
    std::vector<std::string_view> chunks;
    size_t start = 0;
    size_t lines = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && ++lines == 64) {
            chunks.push_back(text.substr(start, i + 1 - start));
            start = i + 1;
            lines = 0;
        }
    }
    if (start < text.size())
        chunks.push_back(text.substr(start));
    return chunks;
}

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

} // namespace

int main(int argc, char** argv)
{
    fs::path tokenizerPath = fs::path(FALCONRY_BENCH_REFERENCE_DIR) / "falcon-tokenizer";
    double megabytes = 24;
    fs::path outDir = fs::temp_directory_path() / "falconry-bench-tokenizer";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        if (name == "--tokenizer")
            tokenizerPath = argv[i + 1];
        else if (name == "--mb")
            megabytes = std::atof(argv[i + 1]);
        else if (name == "--out")
            outDir = argv[i + 1];
    }
    try {
        fs::create_directories(outDir);
        size_t uniqueBytes = 0;
        const std::string corpus = buildCorpus(static_cast<size_t>(megabytes * 1e6), uniqueBytes);
        const fs::path corpusPath = outDir / "corpus.txt";
        std::ofstream(corpusPath, std::ios::binary) << corpus;
        const auto chunks = chunksOf(corpus);

        auto t0 = Clock::now();
        auto tokenizer = falconry::Tokenizer::load(tokenizerPath);
        const double loadSeconds = seconds(t0);

        // Cold: a fresh tokenizer on the unique text once (every word is new to its cache).
        const auto uniqueChunks = chunksOf(std::string_view(corpus).substr(0, uniqueBytes));
        t0 = Clock::now();
        size_t coldTokens = 0;
        for (const auto chunk : uniqueChunks)
            coldTokens += tokenizer->encode(chunk).size();
        const double coldSeconds = seconds(t0);

        tokenizer = falconry::Tokenizer::load(tokenizerPath); // fresh cache again for the full run
        std::vector<int32_t> ids;
        t0 = Clock::now();
        for (const auto chunk : chunks)
            for (const int64_t id : tokenizer->encode(chunk))
                ids.push_back(static_cast<int32_t>(id));
        const double ourSeconds = seconds(t0);
        const double mb = static_cast<double>(corpus.size()) / 1e6;

        nlohmann::json result;
        result["text"] = {{"bytes", corpus.size()}, {"unique_bytes", uniqueBytes}, {"chunks", chunks.size()},
                          {"file", corpusPath.string()}};
        result["falconry"] = {{"mb_per_s", mb / ourSeconds},
                              {"seconds", ourSeconds},
                              {"tokens", ids.size()},
                              {"cold_cache_mb_per_s", static_cast<double>(uniqueBytes) / 1e6 / coldSeconds},
                              {"cold_tokens", coldTokens},
                              {"load_seconds", loadSeconds}};

        const fs::path jsDir = fs::path(FALCONRY_BENCH_SOURCE_DIR) / "tokenizer_js";
        fs::path jsonFile = fs::is_directory(tokenizerPath) ? tokenizerPath / "tokenizer.json" : tokenizerPath;
        const fs::path configFile = jsonFile.parent_path() / "tokenizer_config.json";
        if (!fs::is_directory(jsDir / "node_modules" / "@huggingface" / "tokenizers")) {
            result["tokenizers_js"] = {{"missing", "install it with: cd " + jsDir.string() + " && npm install"}};
        } else {
            const fs::path idsPath = outDir / "ids_js.bin";
            const std::string command = "cd '" + jsDir.string() + "' && node bench.mjs '" + jsonFile.string() + "' '"
                + (fs::exists(configFile) ? configFile.string() : std::string("-")) + "' '" + corpusPath.string()
                + "' '" + idsPath.string() + "'";
            std::string output;
            if (FILE* pipe = ::popen(command.c_str(), "r")) {
                char buffer[4096];
                while (std::fgets(buffer, sizeof(buffer), pipe))
                    output += buffer;
                ::pclose(pipe);
            }
            const auto js = nlohmann::json::parse(output, nullptr, false);
            if (js.is_discarded() || !js.contains("seconds")) {
                result["tokenizers_js"] = {{"error", "node bench.mjs failed: " + output}};
            } else {
                const double jsSeconds = js["seconds"].get<double>();
                const std::string jsIdsBytes = readFile(idsPath);
                std::vector<int32_t> jsIds(jsIdsBytes.size() / 4);
                std::memcpy(jsIds.data(), jsIdsBytes.data(), jsIds.size() * 4);
                size_t firstDifference = 0;
                while (firstDifference < std::min(ids.size(), jsIds.size()) && ids[firstDifference] == jsIds[firstDifference])
                    ++firstDifference;
                result["tokenizers_js"] = {{"mb_per_s", mb / jsSeconds}, {"seconds", jsSeconds}, {"tokens", jsIds.size()}};
                result["speedup_vs_tokenizers_js"] = jsSeconds / ourSeconds;
                result["ids_identical"] = ids == jsIds;
                if (ids != jsIds) {
                    // The tokens around the first difference, as the vocabulary spells them.
                    auto around = [&](const std::vector<int32_t>& v) {
                        nlohmann::json tokens = nlohmann::json::array();
                        for (size_t i = firstDifference > 8 ? firstDifference - 8 : 0; i < std::min(v.size(), firstDifference + 8); ++i)
                            tokens.push_back(tokenizer->tokenText(v[i]));
                        return tokens;
                    };
                    result["first_difference"] = {{"token_index", firstDifference},
                                                  {"falconry", around(ids)},
                                                  {"tokenizers_js", around(jsIds)}};
                }
            }
        }
        std::cout << result.dump(2) << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "bench_tokenizer: " << e.what() << "\n";
        return 1;
    }
}
