// Byte-level BPE from tokenizer.json against the Hugging Face references:
// the 46 Falcon vectors (AutoTokenizer("tiiuae/falcon-7b"), via llama.cpp's
// ggml-vocab-falcon.gguf.inp/.out) and hand-checked GPT-2 behaviour.
#include "core/tokenizer/bpe_tokenizer.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

namespace falconry {
namespace {

std::string readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::filesystem::path falconDir() { return test::referenceDir() / "falcon-tokenizer"; }

const Tokenizer& falcon()
{
    static const std::unique_ptr<Tokenizer> tokenizer = Tokenizer::load(falconDir());
    return *tokenizer;
}

struct Vector {
    std::string text;
    std::vector<int64_t> ids;
};

std::vector<Vector> falconVectors()
{
    const std::string inp = readText(falconDir() / "vectors.inp");
    const std::string separator = "\n__ggml_vocab_test__\n";
    std::vector<std::string> texts;
    for (size_t pos = 0; pos < inp.size();) {
        const size_t next = inp.find(separator, pos);
        if (next == std::string::npos)
            break;
        texts.push_back(inp.substr(pos, next - pos));
        pos = next + separator.size();
    }
    std::istringstream out(readText(falconDir() / "vectors.out"));
    std::vector<Vector> vectors;
    std::string line;
    for (const auto& text : texts) {
        std::getline(out, line);
        Vector v{text, {}};
        std::istringstream ids(line);
        for (int64_t id = 0; ids >> id;)
            v.ids.push_back(id);
        vectors.push_back(std::move(v));
    }
    return vectors;
}

TEST(FalconTokenizer, AllReferenceVectorsExactly)
{
    const auto vectors = falconVectors();
    ASSERT_EQ(vectors.size(), 46u);
    for (const auto& v : vectors)
        EXPECT_EQ(falcon().encode(v.text), v.ids) << "text: '" << v.text << "'";
}

TEST(FalconTokenizer, DecodeRoundTripsTheVectors)
{
    for (const auto& v : falconVectors()) {
        EXPECT_EQ(falcon().decode(v.ids), v.text);
        EXPECT_EQ(falcon().decode(falcon().encode(v.text)), v.text);
    }
}

TEST(FalconTokenizer, SpecSamples)
{
    EXPECT_EQ(falcon().encode("Hello world"), (std::vector<int64_t>{9856, 1079}));
    EXPECT_EQ(falcon().encode("333333333"), (std::vector<int64_t>{22287, 22287, 22287}));
    EXPECT_EQ(falcon().encode("\n"), (std::vector<int64_t>{193}));
    EXPECT_EQ(falcon().tokenText(193), "\xC4\x8A"); // "Ċ"
    EXPECT_EQ(falcon().tokenBytes(204), " ");
    EXPECT_EQ(falcon().vocabSize(), 65024);
    EXPECT_EQ(falcon().eosId(), 11);
    EXPECT_FALSE(falcon().padId().has_value()); // pad = eos is the caller's choice
    EXPECT_FALSE(falcon().bosId().has_value());
    EXPECT_EQ(falcon().tokenId("<|endoftext|>"), 11);
    EXPECT_EQ(falcon().tokenId(">>TITLE<<"), 0);
    EXPECT_FALSE(falcon().tokenId("no such token").has_value());
}

TEST(FalconTokenizer, SpecialTokensAreMatchedInRawText)
{
    const auto hello = falcon().encode("Hello");
    const auto ids = falcon().encode("a >>TITLE<< b<|endoftext|>Hello");
    const auto a = falcon().encode("a ");
    const auto b = falcon().encode(" b");
    std::vector<int64_t> expected = a;
    expected.push_back(0);
    expected.insert(expected.end(), b.begin(), b.end());
    expected.push_back(11);
    expected.insert(expected.end(), hello.begin(), hello.end());
    EXPECT_EQ(ids, expected);
    EXPECT_EQ(falcon().decode(ids), "a >>TITLE<< b<|endoftext|>Hello");
    // Not special when cut: ">>TITLE<" is plain text.
    const auto cut = falcon().encode(">>TITLE<");
    EXPECT_EQ(std::count(cut.begin(), cut.end(), int64_t{0}), 0);
}

TEST(FalconTokenizer, OffsetsTileTheInput)
{
    for (const auto& v : falconVectors()) {
        const std::string text = v.text + " >>QUESTION<< " + v.text;
        const Encoding encoding = falcon().encodeWithOffsets(text);
        ASSERT_EQ(encoding.ids, falcon().encode(text));
        ASSERT_EQ(encoding.offsets.size(), encoding.ids.size());
        size_t expectedBegin = 0;
        for (size_t i = 0; i < encoding.ids.size(); ++i) {
            const auto [begin, end] = encoding.offsets[i];
            EXPECT_EQ(begin, expectedBegin) << "token " << i << " of '" << text << "'";
            EXPECT_EQ(text.substr(begin, end - begin), falcon().tokenBytes(encoding.ids[i]));
            expectedBegin = end;
        }
        EXPECT_EQ(expectedBegin, text.size());
    }
}

TEST(FalconTokenizer, StreamingDecodeOfACharacterSplitAcrossTokens)
{
    // "Führer" -> "F","ü"'s lead byte ... (28611 132 30042): the ü is cut between tokens.
    const std::vector<int64_t> ids{28611, 132, 30042};
    ASSERT_EQ(falcon().encode("Führer"), ids);
    const std::string first = falcon().tokenBytes(ids[0]);
    ASSERT_EQ(first, "F\xC3");                               // a cut character
    EXPECT_EQ(falcon().decode({ids[0]}), "F");               // the incomplete tail is dropped
    EXPECT_EQ(falcon().decode({ids[0], ids[1]}), "F\xC3\xBC"); // complete once the next token arrives
    std::string streamed;
    for (const int64_t id : ids)
        streamed += falcon().tokenBytes(id);
    EXPECT_EQ(streamed, "Führer");
}

TEST(FalconTokenizer, CacheGivesTheSameIdsOnRepeatedAndConcurrentCalls)
{
    const std::string text = "The quick brown fox, 12345 jumps; über 🦙 the lazy dog.";
    const auto first = falcon().encode(text);
    EXPECT_EQ(falcon().encode(text), first);
    std::vector<std::vector<int64_t>> results(4);
    std::vector<std::thread> threads;
    for (auto& result : results)
        threads.emplace_back([&] { result = falcon().encode(text + text); });
    for (auto& thread : threads)
        thread.join();
    std::vector<int64_t> doubled = falcon().encode(text + text);
    for (const auto& result : results)
        EXPECT_EQ(result, doubled);
}

/** A tiny GPT-2 style tokenizer.json (ByteLevel pre-tokenizer with its regex, merges as pairs). */
std::string gpt2StyleJson(const std::string& merges)
{
    return R"({"version":"1.0","added_tokens":[{"id":9,"content":"<|endoftext|>","special":true}],
        "normalizer":null,
        "pre_tokenizer":{"type":"ByteLevel","add_prefix_space":false,"trim_offsets":true,"use_regex":true},
        "decoder":{"type":"ByteLevel"},
        "model":{"type":"BPE","vocab":{"h":0,"e":1,"l":2,"o":3,"\u0120":4,"he":5,"ll":6,"hell":7,"hello":8,
                 "\u0120h":10,"'":11,"s":12,"'s":13},
                 "merges":)" + merges + "}}";
}

TEST(Gpt2StyleTokenizer, BothMergeFormatsGiveTheSameIds)
{
    const auto strings = BpeTokenizer::fromJsonText(gpt2StyleJson(R"(["h e","l l","he ll","hell o","\u0120 h","' s"])"), "strings");
    const auto pairs = BpeTokenizer::fromJsonText(
        gpt2StyleJson(R"([["h","e"],["l","l"],["he","ll"],["hell","o"],["\u0120","h"],["'","s"]])"), "pairs");
    // "hello hello's": words "hello", " hello", "'s" (GPT-2 regex contraction).
    const std::vector<int64_t> expected{8, 4, 8, 13}; // "h e" (rank 0) beats "\u0120 h" (rank 4)
    EXPECT_EQ(strings->encode("hello hello's"), expected);
    EXPECT_EQ(pairs->encode("hello hello's"), expected);
    EXPECT_EQ(pairs->decode(expected), "hello hello's");
    EXPECT_EQ(pairs->encode("hello<|endoftext|>"), (std::vector<int64_t>{8, 9}));
    EXPECT_EQ(pairs->eosId(), 9);
}

TEST(TokenizerErrors, MissingFileNamesThePath)
{
    try {
        Tokenizer::load("/nonexistent/tokenizer.json");
        FAIL() << "expected TokenizerError";
    } catch (const TokenizerError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/tokenizer.json"), std::string::npos) << e.what();
    }
    const auto empty = test::makeTempDir("tok-empty");
    try {
        Tokenizer::load(empty);
        FAIL() << "expected TokenizerError";
    } catch (const TokenizerError& e) {
        EXPECT_NE(std::string(e.what()).find("neither tokenizer.json nor tokenizer.model"), std::string::npos)
            << e.what();
    }
}

void expectLoadError(const std::string& content, const std::string& expectedPart)
{
    const auto dir = test::makeTempDir("tok-bad");
    const auto path = dir / "tokenizer.json";
    std::ofstream(path) << content;
    try {
        Tokenizer::load(path);
        FAIL() << "expected TokenizerError for " << content.substr(0, 60);
    } catch (const TokenizerError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find(path.string()), std::string::npos) << message;
        EXPECT_NE(message.find(expectedPart), std::string::npos) << message;
    }
}

TEST(TokenizerErrors, BadJsonAndMissingParts)
{
    expectLoadError("{\"model\": {\"vocab\": {", "not valid JSON");
    expectLoadError("[]", "expected a JSON object");
    expectLoadError("{\"pre_tokenizer\": null}", "\"model\"");
    expectLoadError(R"({"model":{"type":"BPE","vocab":{"a":0,"b":1}}})", "model.merges is missing");
    expectLoadError(R"({"model":{"type":"BPE","vocab":{},"merges":[]}})", "model.vocab is missing or empty");
    expectLoadError(R"({"model":{"type":"BPE","vocab":{"a":0,"b":1},"merges":["a c"]}})", "token 'c' is not in model.vocab");
    expectLoadError(R"({"model":{"type":"BPE","vocab":{"a":0,"b":1},"merges":["a b"]}})", "merged token 'ab'");
    expectLoadError(R"({"model":{"type":"Unigram","vocab":[]}})", "model type 'Unigram' is not supported");
    expectLoadError(R"({"pre_tokenizer":{"type":"Metaspace"},"model":{"type":"BPE","vocab":{"a":0},"merges":[]}})",
                    "pre_tokenizer type 'Metaspace' is not supported");
    expectLoadError(R"({"pre_tokenizer":{"type":"Split","pattern":{"Regex":"(("},"behavior":"Isolated"},
                       "model":{"type":"BPE","vocab":{"a":0},"merges":[]}})", "does not compile");
}

TEST(TokenizerErrors, ConfigNamingAnUnknownEosToken)
{
    const auto dir = test::makeTempDir("tok-config");
    std::filesystem::copy_file(falconDir() / "tokenizer.json", dir / "tokenizer.json");
    std::ofstream(dir / "tokenizer_config.json") << R"({"eos_token": "</nope>"})";
    try {
        Tokenizer::load(dir);
        FAIL() << "expected TokenizerError";
    } catch (const TokenizerError& e) {
        EXPECT_NE(std::string(e.what()).find("tokenizer_config.json: eos_token '</nope>'"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace falconry
