// tokenizer.model read without libsentencepiece, checked id for id against
// the sentencepiece command-line tools (spm_encode, a separate process) on
// the golden model and on a BPE and a Unigram model trained here by spm_train.
#include "core/tokenizer/sentencepiece_tokenizer.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace falconry {
namespace {

namespace fs = std::filesystem;

bool spmToolsPresent()
{
    return std::system("command -v spm_encode > /dev/null 2>&1 && command -v spm_train > /dev/null 2>&1") == 0;
}

// One sentence per line: spm_encode reads lines, so no text holds a newline.
const std::vector<std::string>& texts()
{
    static const std::vector<std::string> kTexts = {
        "Hello world",
        " Hello world",
        "Hello, world! How are you today?",
        "the man came back after three years",
        "   leading and trailing spaces   ",
        "runs  of   spaces\tand\ttabs \t mixed",
        "Numbers: 0 7 42 1234 99999 3.14159 1,000,000 2024-06-07",
        "Punctuation!!! ??? ... --- (brackets) [square] {curly} \"quotes\" 'single' @#$%^&*",
        "I've been told he's there, you'll see; we'd go.",
        "über Größe naïve café résumé Straße año niño",
        "привет мир, книга на Български",
        "日本 東京 こんにちは 我想在apple工作1314151天",
        "ελληνικά Ωmega ﬁne ＡＢＣ １２３ ½ x² ①",
        "emoji 🦙🚀 😶‍🌫️ ✅ 👍🏽 end",
        "mixed🦙words and 中文 with numbers 123abc",
        "a",
        "  ",
        "ＦＵＬＬ　ＷＩＤＴＨ　ｓｐａｃｅ",
        "control\x01chars\x7f here",
        "<sep> user @@ defined <sep><sep>",
    };
    return kTexts;
}

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

/** Ids of each text by `spm_encode --output_format=id`. */
std::vector<std::vector<int64_t>> spmEncode(const fs::path& model, const fs::path& dir)
{
    const fs::path input = dir / "texts.txt";
    const fs::path output = dir / "ids.txt";
    {
        std::ofstream out(input, std::ios::binary);
        for (const auto& text : texts())
            out << text << "\n";
    }
    const std::string command = "spm_encode --model=" + model.string() + " --output_format=id < " + input.string()
        + " > " + output.string();
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    std::vector<std::vector<int64_t>> result;
    std::istringstream lines(readText(output));
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream ids(line);
        result.emplace_back();
        for (int64_t id = 0; ids >> id;)
            result.back().push_back(id);
    }
    return result;
}

void expectSameAsSpmEncode(const fs::path& model, const std::string& label)
{
    const auto dir = test::makeTempDir("spm-" + label);
    const auto expected = spmEncode(model, dir);
    ASSERT_EQ(expected.size(), texts().size());
    const auto tokenizer = Tokenizer::load(model);
    for (size_t i = 0; i < texts().size(); ++i)
        EXPECT_EQ(tokenizer->encode(texts()[i]), expected[i]) << label << ": '" << texts()[i] << "'";
}

fs::path train(const std::string& options, const std::string& name)
{
    const auto dir = test::makeTempDir("spm-train-" + name);
    const fs::path corpus = test::testDataDir() / "tokenizer" / "spm_corpus.txt";
    const std::string command = "spm_train --input=" + corpus.string() + " --model_prefix=" + (dir / name).string()
        + " --normalization_rule_name=identity --minloglevel=2 " + options + " > " + (dir / "train.log").string()
        + " 2>&1";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    return dir / (name + ".model");
}

fs::path goldenModel() { return test::referenceDir() / "golden" / "falcon7b" / "model-fp32" / "tokenizer.model"; }

TEST(SentencePieceTokenizer, GoldenModelMatchesSpmEncode)
{
    if (!spmToolsPresent())
        GTEST_SKIP() << "spm_encode/spm_train not found (Debian package `sentencepiece`): the reference is missing";
    expectSameAsSpmEncode(goldenModel(), "golden");
}

TEST(SentencePieceTokenizer, TrainedBpeWithByteFallbackMatchesSpmEncode)
{
    if (!spmToolsPresent())
        GTEST_SKIP() << "spm_encode/spm_train not found (Debian package `sentencepiece`): the reference is missing";
    const fs::path model = train("--model_type=bpe --vocab_size=400 --byte_fallback=true --character_coverage=1.0", "bpe");
    expectSameAsSpmEncode(model, "bpe");
    EXPECT_EQ(dynamic_cast<const SentencePieceTokenizer&>(*Tokenizer::load(model)).modelType(),
              SentencePieceModel::ModelType::Bpe);
}

TEST(SentencePieceTokenizer, TrainedUnigramMatchesSpmEncode)
{
    if (!spmToolsPresent())
        GTEST_SKIP() << "spm_encode/spm_train not found (Debian package `sentencepiece`): the reference is missing";
    const fs::path model = train("--model_type=unigram --vocab_size=400 --character_coverage=0.995 "
                                 "'--user_defined_symbols=<sep>,@@'",
                                 "unigram");
    expectSameAsSpmEncode(model, "unigram");
    const fs::path fallback = train("--model_type=unigram --vocab_size=500 --byte_fallback=true", "unigram_bytes");
    expectSameAsSpmEncode(fallback, "unigram_bytes");
}

TEST(SentencePieceTokenizer, GoldenModelSpecialsDecodeAndOffsets)
{
    const auto tokenizer = Tokenizer::load(goldenModel().parent_path()); // a folder with tokenizer.model
    EXPECT_EQ(tokenizer->vocabSize(), 512);
    EXPECT_EQ(tokenizer->eosId(), 11); // tokenizer_config.json "</s>"
    EXPECT_FALSE(tokenizer->bosId().has_value());
    EXPECT_EQ(tokenizer->tokenId("<unk>"), 0);
    EXPECT_EQ(tokenizer->tokenText(11), "</s>");
    EXPECT_EQ(tokenizer->tokenBytes(tokenizer->tokenId("<0x41>").value()), "A");
    // nmt_nfkc turns tabs and newlines into spaces, so those do not round-trip.
    EXPECT_EQ(tokenizer->decode(tokenizer->encode("tabs\tand  newlines\nhere")), "tabs and newlines here");
    for (const std::string text : {"Hello world", "emoji 🦙 and über", "Hello, world! (3.14)"}) {
        const auto ids = tokenizer->encode(text);
        EXPECT_EQ(tokenizer->decode(ids), text);
        const Encoding encoding = tokenizer->encodeWithOffsets(text);
        EXPECT_EQ(encoding.ids, ids);
        ASSERT_EQ(encoding.offsets.size(), ids.size());
        EXPECT_EQ(encoding.offsets.back().second, text.size());
        for (size_t i = 1; i < ids.size(); ++i)
            EXPECT_LE(encoding.offsets[i - 1].second, encoding.offsets[i].second);
    }
    // The llama is not in the 512 pieces: 4 byte pieces, the last one carries the character's range.
    const Encoding llama = tokenizer->encodeWithOffsets("🦙");
    ASSERT_GE(llama.ids.size(), 4u);
    EXPECT_EQ(llama.offsets.back(), (std::pair<size_t, size_t>{0, 4}));
    std::string streamed;
    for (const int64_t id : llama.ids)
        streamed += tokenizer->tokenBytes(id);
    EXPECT_EQ(tokenizer->decode(std::vector<int64_t>(llama.ids.begin(), llama.ids.end() - 1)).find("\xF0"),
              std::string::npos); // a cut character is not emitted
}

void expectModelError(const std::string& bytes, const std::string& expectedPart)
{
    const auto dir = test::makeTempDir("spm-bad");
    const fs::path path = dir / "tokenizer.model";
    std::ofstream(path, std::ios::binary) << bytes;
    try {
        Tokenizer::load(path);
        FAIL() << "expected TokenizerError";
    } catch (const TokenizerError& e) {
        EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(expectedPart), std::string::npos) << e.what();
    }
}

TEST(SentencePieceTokenizer, BrokenModelsGiveSpecificErrors)
{
    const std::string golden = readText(goldenModel());
    expectModelError(golden.substr(0, golden.size() / 2), "runs past the end");
    expectModelError("", "no pieces");
    expectModelError(std::string("\x0a\x03\x0a\x01", 4), "runs past the end");
    // One NORMAL piece "a" and no UNKNOWN piece.
    expectModelError(std::string("\x0a\x03\x0a\x01" "a", 5), "unk_id 0 is not a piece of type UNKNOWN");
    expectModelError(std::string("\x0b", 1), "field pieces has wire type 3, expected 2");
    expectModelError(std::string("\x0d", 1), "field pieces has wire type 5");
}

} // namespace
} // namespace falconry
