// Masks with the real Falcon tokenizer, checked token by token against the
// Hugging Face reference ids of falcon-tokenizer/vectors.inp/.out: a prompt
// and an answer are encoded as one text (as the model reads them at
// generation time), so the ids are the reference ids of the joined text and
// the mask covers every token that holds answer bytes, then EOS (11).
#include "core/data/example_renderer.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/atomic_file.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace falconry {
namespace {

struct Vector {
    std::string text;
    std::vector<int64_t> ids;
};

std::vector<Vector> referenceVectors()
{
    const auto dir = test::referenceDir() / "falcon-tokenizer";
    const std::string inp = readWholeFile(dir / "vectors.inp");
    const std::string out = readWholeFile(dir / "vectors.out");
    const std::string sep = "\n__ggml_vocab_test__\n";
    std::vector<Vector> vectors;
    for (size_t start = 0, end; (end = inp.find(sep, start)) != std::string::npos; start = end + sep.size())
        vectors.push_back(Vector{inp.substr(start, end - start), {}});
    std::istringstream lines(out);
    std::string line;
    for (auto& v : vectors) {
        std::getline(lines, line);
        std::istringstream ids(line);
        for (int64_t id; ids >> id;)
            v.ids.push_back(id);
    }
    return vectors;
}

Dataset pair(const std::string& q, const std::string& a)
{
    Dataset d;
    d.columns = {"q", "a"};
    d.appendRow({JsonValue(q), JsonValue(a)});
    return d;
}

class RealTokenizer : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_tokenizer = Tokenizer::load(test::referenceDir() / "falcon-tokenizer" / "tokenizer.json"); }
    static void TearDownTestSuite() { s_tokenizer.reset(); }
    static std::unique_ptr<Tokenizer> s_tokenizer;
};
std::unique_ptr<Tokenizer> RealTokenizer::s_tokenizer;

TEST_F(RealTokenizer, PromptAnswerBoundaryMatchesReferenceIds)
{
    ASSERT_EQ(s_tokenizer->eosId(), std::optional<int64_t>(11));
    const Dataset d = pair("Hello world", " Hello World!");
    const RoleMapping m = RoleMapping::parse("user=q,assistant=a");
    const RenderedExample ex = renderExample(PromptTemplate::fromName("custom:{q}{a}"), d, d.rows[0], m, s_tokenizer.get(), {});
    EXPECT_EQ(ex.ids, (std::vector<int64_t>{9856, 1079, 23090, 2889, 12, 11}));
    EXPECT_EQ(ex.trained, (std::vector<uint8_t>{0, 0, 1, 1, 1, 1}));
    EXPECT_EQ(ex.offsets, (std::vector<std::pair<size_t, size_t>>{{0, 5}, {5, 11}, {11, 17}, {17, 23}, {23, 24}, {24, 24}}));

    // Every reference text as a prompt with the next one as its answer: the ids are those of
    // the joined text (the reference ids of each part where no token crosses the seam), the
    // prompt's part is what encoding the prompt alone gives wherever the seam splits cleanly,
    // and exactly the tokens holding answer bytes are trained.
    const std::vector<Vector> vectors = referenceVectors();
    ASSERT_EQ(vectors.size(), 46u);
    int cleanSeams = 0;
    for (size_t i = 0; i + 1 < vectors.size(); ++i) {
        const std::string& q = vectors[i].text;
        const Dataset row = pair(q, vectors[i + 1].text);
        const RenderedExample r =
            renderExample(PromptTemplate::fromName("custom:{q}{a}"), row, row.rows[0], m, s_tokenizer.get(), {});
        std::vector<int64_t> whole = s_tokenizer->encode(q + vectors[i + 1].text);
        whole.push_back(11);
        EXPECT_EQ(r.ids, whole) << "pair " << i;
        ASSERT_EQ(r.trained.size(), r.ids.size());
        for (size_t t = 0; t + 1 < r.ids.size(); ++t)
            EXPECT_EQ(r.trained[t], r.offsets[t].second > q.size() ? 1 : 0) << "pair " << i << " token " << t;
        EXPECT_EQ(r.trained.back(), 1) << "pair " << i; // the EOS after the answer
        std::vector<int64_t> parts = vectors[i].ids;
        parts.insert(parts.end(), vectors[i + 1].ids.begin(), vectors[i + 1].ids.end());
        parts.push_back(11);
        if (parts == r.ids) {
            ++cleanSeams;
            const auto firstTrained = std::find(r.trained.begin(), r.trained.end(), uint8_t{1}) - r.trained.begin();
            EXPECT_EQ(static_cast<size_t>(firstTrained), vectors[i].ids.size()) << "pair " << i;
        }
    }
    EXPECT_GE(cleanSeams, 30); // most seams fall between pre-tokens
}

TEST_F(RealTokenizer, FalconInstructMaskTokenByToken)
{
    const Dataset d = pair("What is 2+2?", "4");
    const RoleMapping m = RoleMapping::parse("user=q,assistant=a");
    TokenizeOptions o;
    const RenderedExample ex = renderExample(PromptTemplate::fromName("falcon-instruct"), d, d.rows[0], m, s_tokenizer.get(), o);
    ASSERT_EQ(ex.text, "User: What is 2+2?\nAssistant: 4");
    const std::vector<int64_t> prompt = s_tokenizer->encode("User: What is 2+2?\nAssistant:");
    const std::vector<int64_t> answer = s_tokenizer->encode(" 4");
    ASSERT_EQ(answer, (std::vector<int64_t>{204, 31})); // " 4" → Ġ, 4 (Digits splits the space off), as "ied 4 ½" in the vectors
    std::vector<int64_t> expected = prompt;
    expected.insert(expected.end(), answer.begin(), answer.end());
    expected.push_back(11);
    EXPECT_EQ(ex.ids, expected);
    for (size_t i = 0; i < ex.ids.size(); ++i)
        EXPECT_EQ(ex.trained[i], i >= prompt.size() ? 1 : 0) << "token " << i;
    // The tokens cover the text exactly, in order.
    std::vector<int64_t> noEos(ex.ids.begin(), ex.ids.end() - 1);
    EXPECT_EQ(s_tokenizer->decode(noEos), ex.text);
    EXPECT_EQ(ex.offsets[prompt.size()].first, ex.text.size() - 2);
    EXPECT_EQ(ex.offsets.back(), (std::pair<size_t, size_t>{ex.text.size(), ex.text.size()}));
}

TEST(GoldenSentencepiece, EosFromTokenizerModel)
{
    const auto tok = Tokenizer::load(test::referenceDir() / "golden" / "falcon7b" / "model-fp32" / "tokenizer.model");
    ASSERT_EQ(tok->eosId(), std::optional<int64_t>(11)); // </s> = 11 per golden/README.md
    const Dataset d = pair("hello", "world");
    const RenderedExample ex = renderExample(PromptTemplate::fromName("guanaco"), d, d.rows[0],
                                             RoleMapping::parse("user=q,assistant=a"), tok.get(), {});
    EXPECT_EQ(ex.text, "### Human: hello### Assistant: world");
    ASSERT_FALSE(ex.ids.empty());
    EXPECT_EQ(ex.ids.back(), 11);
    // The prompt's tokens are those of the prompt alone (what generation feeds the model); the
    // answer is the rest of the whole text's tokens, without a stray lone "▁" before it.
    const std::vector<int64_t> prompt = tok->encode("### Human: hello### Assistant:");
    const std::vector<int64_t> whole = tok->encode(ex.text);
    ASSERT_GT(whole.size(), prompt.size());
    EXPECT_EQ(std::vector<int64_t>(whole.begin(), whole.begin() + static_cast<std::ptrdiff_t>(prompt.size())), prompt);
    std::vector<int64_t> answerIds;
    for (size_t i = 0; i < ex.ids.size(); ++i)
        if (ex.trained[i] && ex.ids[i] != 11)
            answerIds.push_back(ex.ids[i]);
    EXPECT_EQ(answerIds, std::vector<int64_t>(whole.begin() + static_cast<std::ptrdiff_t>(prompt.size()), whole.end()));
    for (size_t i = 0; i < ex.ids.size(); ++i) {
        if (ex.trained[i]) {
            EXPECT_TRUE(ex.offsets[i].second > ex.offsets[i].first || ex.ids[i] == 11) << "trained token " << i << " covers no text";
        }
    }
}

} // namespace
} // namespace falconry
