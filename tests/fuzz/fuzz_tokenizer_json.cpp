// libFuzzer target: the input as a tokenizer.json (loader + a short encode and
// decode when it loads), and the input as text for a small fixed byte-level
// tokenizer with Falcon's pre-tokenizer (ids, offsets tiling the input, decode).
// Only TokenizerError is an expected outcome; anything else is a finding.
#include "core/tokenizer/bpe_tokenizer.h"
#include "core/tokenizer/byte_level.h"
#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <string_view>

namespace {

using falconry::BpeTokenizer;

std::unique_ptr<BpeTokenizer> makeFixedTokenizer()
{
    nlohmann::json vocab = nlohmann::json::object();
    const auto& byteLevel = falconry::ByteLevel::instance();
    int id = 2;
    for (int b = 0; b < 256; ++b)
        vocab[std::string(byteLevel.mapped(static_cast<uint8_t>(b)))] = id++;
    nlohmann::json merges = nlohmann::json::array();
    for (const char* merge : {"\xC4\xA0 t", "h e", "t h", "\xC4\xA0t he", "i n", "e r", "1 2", "12 3", "\xC4\xA0 \xC4\xA0"}) {
        const std::string line = merge;
        const size_t space = line.find(' ');
        const std::string merged = line.substr(0, space) + line.substr(space + 1);
        if (!vocab.contains(merged))
            vocab[merged] = id++;
        merges.push_back(line);
    }
    const nlohmann::json config = {
        {"added_tokens",
         {{{"id", 0}, {"content", "<|endoftext|>"}, {"special", true}},
          {{"id", 1}, {"content", ">>X<<"}, {"special", true}, {"lstrip", true}, {"rstrip", true}}}},
        {"normalizer", nullptr},
        {"pre_tokenizer",
         {{"type", "Sequence"},
          {"pretokenizers",
           {{{"type", "Punctuation"}, {"behavior", "Contiguous"}},
            {{"type", "ByteLevel"}, {"add_prefix_space", false}, {"use_regex", true}},
            {{"type", "Digits"}, {"individual_digits", false}},
            {{"type", "Split"}, {"pattern", {{"Regex", "[0-9][0-9][0-9]"}}}, {"behavior", "Isolated"}, {"invert", false}}}}}},
        {"decoder", {{"type", "ByteLevel"}}},
        {"model", {{"type", "BPE"}, {"vocab", vocab}, {"merges", merges}}}};
    return BpeTokenizer::fromJsonText(config.dump(), "fixed");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        const auto tokenizer = BpeTokenizer::fromJsonText(input, "fuzz input");
        const auto ids = tokenizer->encode("Hello, world! 1234 \xF0\x9F\xA6\x99 <|endoftext|>");
        (void)tokenizer->decode(ids);
    } catch (const falconry::TokenizerError&) {
    }

    static const std::unique_ptr<BpeTokenizer> fixed = makeFixedTokenizer();
    const falconry::Encoding encoding = fixed->encodeWithOffsets(input);
    size_t expected = 0;
    for (const auto& [begin, end] : encoding.offsets) {
        if (begin != expected || end < begin)
            std::abort(); // offsets must tile the input
        expected = end;
    }
    if (expected != input.size() || encoding.ids != fixed->encode(input))
        std::abort();
    for (size_t i = 0; i < encoding.ids.size(); ++i) {
        const auto [begin, end] = encoding.offsets[i];
        // Every byte has a token, so each BPE token spells its input bytes (added tokens may strip spaces).
        if (encoding.ids[i] > 1 && fixed->tokenBytes(encoding.ids[i]) != input.substr(begin, end - begin))
            std::abort();
    }
    (void)fixed->decode(encoding.ids);
    return 0;
}
