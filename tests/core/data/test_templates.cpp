// Detection, mapping, templates and per-token masks (with a word-level stand-in tokenizer).
#include "core/data/dataset_reader.h"
#include "core/data/example_renderer.h"
#include "core/data/format_detector.h"
#include "core/util/errors.h"
#include "fake_tokenizer.h"
#include "test_paths.h"

#include <gtest/gtest.h>

namespace falconry {
namespace {

using Ranges = std::vector<std::pair<size_t, size_t>>;
using Mask = std::vector<uint8_t>;

Dataset load(const std::string& name)
{
    return readDataset(test::testDataDir() / "datasets" / name).dataset;
}

Dataset qa(const std::string& q, const std::string& a)
{
    Dataset d;
    d.columns = {"question", "answer"};
    d.appendRow({JsonValue(q), JsonValue(a)});
    return d;
}

/** The pieces of `text` covered by each token (EOS: "<eos>"). */
std::vector<std::string> pieces(const RenderedExample& ex)
{
    std::vector<std::string> out;
    for (const auto& [b, e] : ex.offsets)
        out.push_back(b == e ? "<eos>" : ex.text.substr(b, e - b));
    return out;
}

TEST(FormatDetection, KnownKindsAndMappings)
{
    struct Case {
        const char* file;
        DatasetKind kind;
        const char* mapping;
        bool multiTurn;
    };
    for (const Case& c : {Case{"spreadsheet_export.csv", DatasetKind::Alpaca, "user=instruction,input=input,assistant=output", false},
                          Case{"sharegpt.json", DatasetKind::ShareGpt, "conversation=conversations", true},
                          Case{"messages.jsonl", DatasetKind::OpenAiMessages, "conversation=messages", false},
                          Case{"bad_line.jsonl", DatasetKind::PromptCompletion, "user=prompt,assistant=completion", false},
                          Case{"mixed_endings.csv", DatasetKind::PromptResponse, "user=prompt,assistant=response", false},
                          Case{"semicolon.csv", DatasetKind::QuestionAnswer, "user=question,assistant=answer", false},
                          Case{"guanaco.jsonl", DatasetKind::Guanaco, "text=text", false},
                          Case{"blocks.txt", DatasetKind::Text, "text=text", false},
                          Case{"dolly.tsv", DatasetKind::Alpaca, "user=instruction,input=context,assistant=response", false}}) {
        ReadOptions options;
        options.skipBad = true;
        const Dataset d = readDataset(test::testDataDir() / "datasets" / c.file, options).dataset;
        const FormatDetection f = detectFormat(d);
        EXPECT_EQ(datasetKindName(f.kind), datasetKindName(c.kind)) << c.file;
        EXPECT_EQ(f.mapping.toString(), c.mapping) << c.file;
        EXPECT_EQ(f.multiTurn, c.multiTurn) << c.file;
        EXPECT_GT(f.confidence, 0.5) << c.file;
        EXPECT_FALSE(f.evidence.empty()) << c.file;
    }
    const FormatDetection g = detectFormat(load("guanaco.jsonl"));
    EXPECT_TRUE(g.mapping.splitGuanaco);
}

TEST(FormatDetection, UnknownColumnsGuessLowConfidence)
{
    Dataset d;
    d.columns = {"frage", "antwort"};
    d.appendRow({JsonValue("a"), JsonValue("b")});
    const FormatDetection f = detectFormat(d);
    EXPECT_EQ(f.kind, DatasetKind::Unknown);
    EXPECT_EQ(f.mapping.toString(), "user=frage,assistant=antwort");
    EXPECT_LT(f.confidence, 0.5);
    EXPECT_THROW(RoleMapping::parse("bogus=x"), DatasetError);

    // A support spreadsheet: ids and topics are short, the message and the reply hold the text.
    Dataset tickets;
    tickets.columns = {"ticket_id", "topic", "customer_message", "agent_reply", "created"};
    tickets.appendRow({JsonValue("AER-1107"), JsonValue("cleaning"), JsonValue("How do I clean the hopper of my feeder?"),
                       JsonValue("Rinse the hopper in warm soapy water and let it dry fully before refilling it."),
                       JsonValue("2024-03-01")});
    tickets.appendRow({JsonValue("AER-1283"), JsonValue("accessories"), JsonValue("Which pole fits the Aerie?"),
                       JsonValue("Any pole of 25 mm fits; the mount clamps onto it."), JsonValue("2024-03-02")});
    const FormatDetection t = detectFormat(tickets);
    EXPECT_EQ(t.kind, DatasetKind::Unknown);
    EXPECT_EQ(t.mapping.toString(), "user=customer_message,assistant=agent_reply");
    EXPECT_LT(t.confidence, 0.5); // still a guess for the user to check
    // The reply-named column is the answer even where it comes first and is shorter.
    Dataset replyFirst;
    replyFirst.columns = {"id", "reply_text", "customer_text"};
    replyFirst.appendRow({JsonValue("1"), JsonValue("Yes, it does."), JsonValue("Does the feeder keep squirrels out of it?")});
    EXPECT_EQ(detectFormat(replyFirst).mapping.toString(), "user=customer_text,assistant=reply_text");
    EXPECT_EQ(RoleMapping::parse("instruction=frage, output=antwort").toString(), "user=frage,assistant=antwort");
}

TEST(Templates, FalconInstructMaskTokenByToken)
{
    const Dataset d = qa("What is 2+2?", "4");
    test::FakeWordTokenizer tok;
    const RoleMapping m = RoleMapping::parse("user=question,assistant=answer");
    const RenderedExample ex = renderExample(PromptTemplate::fromName("falcon-instruct"), d, d.rows[0], m, &tok, {});
    EXPECT_EQ(ex.text, "User: What is 2+2?\nAssistant: 4");
    EXPECT_EQ(pieces(ex), (std::vector<std::string>{"User:", " What", " is", " 2+2?", "\n", "Assistant:", " 4", "<eos>"}));
    EXPECT_EQ(ex.trained, (Mask{0, 0, 0, 0, 0, 0, 1, 1}));
    EXPECT_EQ(ex.offsets, (Ranges{{0, 5}, {5, 10}, {10, 13}, {13, 18}, {18, 19}, {19, 29}, {29, 31}, {31, 31}}));
    EXPECT_EQ(ex.ids.back(), 11);
    EXPECT_EQ(ex.fullTokenCount, 8u);
    EXPECT_FALSE(ex.cut);
    const TrainExample t = ex.toTrainExample();
    EXPECT_EQ(t.ids, ex.ids);
    EXPECT_EQ(t.trained, ex.trained);
}

TEST(Templates, FalconChatMultiTurnShareGptWithSystem)
{
    const Dataset d = load("sharegpt.json");
    test::FakeWordTokenizer tok;
    const RoleMapping m = detectFormat(d).mapping;
    const RenderedExample ex = renderExample(PromptTemplate::fromName("falcon-chat"), d, d.rows[0], m, &tok, {});
    EXPECT_EQ(ex.text, "System: You are terse.\nUser: Hi\nFalcon: Hello.\nUser: Capital of France?\nFalcon: Paris.");
    EXPECT_EQ(pieces(ex), (std::vector<std::string>{"System:", " You", " are", " terse.", "\n", "User:", " Hi", "\n",
                                                    "Falcon:", " Hello.", "<eos>", "\n", "User:", " Capital", " of",
                                                    " France?", "\n", "Falcon:", " Paris.", "<eos>"}));
    EXPECT_EQ(ex.trained, (Mask{0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1}));
    TokenizeOptions all;
    all.trainOn = TrainOn::Everything;
    const RenderedExample everything = renderExample(PromptTemplate::fromName("falcon-chat"), d, d.rows[0], m, &tok, all);
    EXPECT_EQ(everything.trainedCount(), everything.ids.size());
}

TEST(Templates, OpenAiMessagesWithSystemAndContentParts)
{
    const Dataset d = load("messages.jsonl");
    const RoleMapping m = detectFormat(d).mapping;
    EXPECT_EQ(renderRow(PromptTemplate::fromName("falcon-instruct"), d, d.rows[0], m).text,
              "Answer in French.\nUser: Thank you\nAssistant: Merci");
    EXPECT_EQ(renderRow(PromptTemplate::fromName("falcon-chat"), d, d.rows[0], m).text,
              "System: Answer in French.\nUser: Thank you\nFalcon: Merci");
    EXPECT_EQ(renderRow(PromptTemplate::fromName("falcon-instruct"), d, d.rows[1], m).text,
              "User: Two parts\nAssistant: ok");
}

TEST(Templates, GuanacoReproducesTheDatasetText)
{
    // The Guanaco text column split into turns and rendered again gives the original text back.
    const Dataset d = load("guanaco.jsonl");
    const RoleMapping m = detectFormat(d).mapping;
    const RenderedText r = renderRow(PromptTemplate::fromName("guanaco"), d, d.rows[0], m);
    EXPECT_EQ(r.text, d.rows[0].cells[0].get<std::string>());
    ASSERT_EQ(r.segments.size(), 4u);
    EXPECT_EQ(r.text.substr(r.segments[1].begin, r.segments[1].end - r.segments[1].begin), " Hello! How can I help?");
    EXPECT_TRUE(r.segments[1].trained && r.segments[1].eosAfter);
    EXPECT_EQ(r.text.substr(r.segments[3].begin), " Okay.");
    EXPECT_FALSE(r.segments[2].trained);
}

TEST(Templates, AlpacaWithAndWithoutInput)
{
    const Dataset d = load("alpaca_wrapped.json");
    const RoleMapping m = detectFormat(d).mapping;
    const PromptTemplate alpaca = PromptTemplate::fromName("alpaca");
    const RenderedText with = renderRow(alpaca, d, d.rows[0], m);
    EXPECT_EQ(with.text, "Below is an instruction that describes a task, paired with an input that provides further "
                         "context. Write a response that appropriately completes the request.\n\n### Instruction:\nGive "
                         "a synonym.\n\n### Input:\nhappy\n\n### Response:\nglad");
    const RenderedText without = renderRow(alpaca, d, d.rows[1], m);
    EXPECT_EQ(without.text, "Below is an instruction that describes a task. Write a response that appropriately "
                            "completes the request.\n\n### Instruction:\nName a prime.\n\n### Response:\n7");
    ASSERT_EQ(without.segments.size(), 2u);
    EXPECT_EQ(without.segments[1].begin, without.text.size() - 1);
    EXPECT_TRUE(without.segments[1].trained);
}

TEST(Templates, CustomPlaceholdersAndPlainText)
{
    const Dataset d = qa("Why?", "Because.");
    const RoleMapping m = RoleMapping::parse("user=question,assistant=answer");
    test::FakeWordTokenizer tok;
    const RenderedExample ex =
        renderExample(PromptTemplate::fromName("custom:Q: {question}\\nA: {answer} {{end}}"), d, d.rows[0], m, &tok, {});
    EXPECT_EQ(ex.text, "Q: Why?\nA: Because. {end}");
    // One text as the model reads it: the template's space before {answer} joins the answer's
    // first word, and that token holds answer bytes, so it is trained.
    EXPECT_EQ(pieces(ex), (std::vector<std::string>{"Q:", " Why?", "\n", "A:", " Because.", "<eos>", " {end}"}));
    EXPECT_EQ(ex.trained, (Mask{0, 0, 0, 0, 1, 1, 0}));
    EXPECT_THROW(renderRow(PromptTemplate::fromName("custom:{nope}"), d, d.rows[0], m), DatasetError);
    EXPECT_THROW(PromptTemplate::fromName("vicuna"), DatasetError);

    const Dataset text = load("blocks.txt");
    const RenderedExample doc = renderExample(PromptTemplate::fromName("plain"), text, text.rows[0],
                                              RoleMapping::parse("text=text"), &tok, {});
    EXPECT_EQ(doc.text, "First block\nstill first.");
    EXPECT_EQ(doc.trained, (Mask{1, 1, 1, 1, 1, 1}));
}

TEST(Templates, MaxLengthCutsEitherSide)
{
    const Dataset d = qa("What is 2+2?", "4");
    const RoleMapping m = RoleMapping::parse("user=question,assistant=answer");
    test::FakeWordTokenizer tok;
    TokenizeOptions o;
    o.maxLength = 5;
    const RenderedExample end = renderExample(PromptTemplate::fromName("falcon-instruct"), d, d.rows[0], m, &tok, o);
    EXPECT_TRUE(end.cut);
    EXPECT_EQ(end.fullTokenCount, 8u);
    EXPECT_EQ(end.ids.size(), 5u);
    EXPECT_EQ(end.trained, (Mask{0, 0, 0, 0, 0})); // the answer was cut away: nothing to learn
    EXPECT_EQ(end.cutTextOffset, 19u);             // "Assistant:" starts the dropped part
    o.cutSide = CutSide::Start;
    const RenderedExample start = renderExample(PromptTemplate::fromName("falcon-instruct"), d, d.rows[0], m, &tok, o);
    EXPECT_EQ(start.keptFrom, 3u);
    EXPECT_EQ(pieces(start), (std::vector<std::string>{" 2+2?", "\n", "Assistant:", " 4", "<eos>"}));
    EXPECT_EQ(start.trained, (Mask{0, 0, 0, 1, 1}));
    EXPECT_EQ(start.cutTextOffset, 13u);
}

TEST(Templates, NoEosWhenTheTokenizerHasNone)
{
    const Dataset d = qa("Hi", "Yo");
    test::FakeWordTokenizer tok(false);
    const RenderedExample ex = renderExample(PromptTemplate::fromName("falcon-instruct"), d, d.rows[0],
                                             RoleMapping::parse("user=question,assistant=answer"), &tok, {});
    EXPECT_EQ(pieces(ex), (std::vector<std::string>{"User:", " Hi", "\n", "Assistant:", " Yo"}));
    EXPECT_TRUE(ex.eosMissing);
}

TEST(Templates, BadConversationCellNamesRowAndColumn)
{
    Dataset d;
    d.columns = {"conversations"};
    d.appendRow({JsonValue("not json")});
    d.appendRow({JsonValue::parse(R"([{"speaker": "x"}])")});
    const RoleMapping m = RoleMapping::parse("conversation=conversations");
    try {
        renderRow(PromptTemplate::fromName("falcon-instruct"), d, d.rows[0], m);
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_NE(std::string(e.what()).find("row id 1, column 'conversations': expected a JSON array of turns"),
                  std::string::npos) << e.what();
    }
    try {
        renderRow(PromptTemplate::fromName("falcon-instruct"), d, d.rows[1], m);
        FAIL();
    } catch (const DatasetError& e) {
        EXPECT_NE(std::string(e.what()).find("row id 2, column 'conversations', turn 1: expected keys"),
                  std::string::npos) << e.what();
    }
}

} // namespace
} // namespace falconry
