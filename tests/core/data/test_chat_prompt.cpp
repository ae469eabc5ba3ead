// Chat prompts are written by the same templates as training examples: for every template,
// the prompt of a conversation is exactly the training rendering of that conversation up to
// where its last answer starts, and the demo model (sentencepiece) tokenizes the training
// example so that its prompt part equals the prompt encoded alone, as generation encodes it.
#include "core/data/chat_prompt.h"
#include "core/data/example_renderer.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace falconry {
namespace {

Conversation conversation(const std::vector<ChatExchange>& exchanges)
{
    Conversation c;
    for (const ChatExchange& e : exchanges) {
        c.turns.push_back(Turn{TurnRole::User, e.user, {}});
        c.turns.push_back(Turn{TurnRole::Assistant, e.assistant, {}});
    }
    return c;
}

/** Training's text of the conversation, up to the start of its last trained answer. */
std::string trainedPromptOf(const PromptTemplate& tpl, const std::vector<ChatExchange>& exchanges)
{
    const RenderedText r = renderConversation(tpl, conversation(exchanges));
    size_t start = 0;
    for (const TextSegment& s : r.segments)
        if (s.trained)
            start = s.begin;
    return r.text.substr(0, start);
}

const std::vector<ChatExchange> kTalk = {
    {"My feeder is offline.", "Hi, Aerie support here! Restart it."},
    {"It still does not work.", "Then reset the Wi-Fi."},
    {"Thanks!", "Happy birding!"},
};

TEST(ChatPrompt, EveryTemplateWritesTheTrainingTextUpToTheAnswer)
{
    for (const char* name : {"falcon-instruct", "falcon-chat", "guanaco", "alpaca", "plain"}) {
        const PromptTemplate tpl = PromptTemplate::fromName(name);
        for (size_t turns = 1; turns <= kTalk.size(); ++turns) {
            const std::vector<ChatExchange> upTo(kTalk.begin(), kTalk.begin() + static_cast<std::ptrdiff_t>(turns));
            const std::vector<ChatExchange> history(upTo.begin(), upTo.end() - 1);
            const ChatPrompt p = renderChatPrompt(tpl, RoleMapping{}, history, upTo.back().user);
            EXPECT_EQ(p.text, trainedPromptOf(tpl, upTo)) << name << ", turn " << turns;
        }
    }
}

TEST(ChatPrompt, FalconInstructTextAndStops)
{
    const ChatPrompt p = renderChatPrompt(PromptTemplate::fromName("falcon-instruct"), RoleMapping{},
                                          {kTalk[0]}, kTalk[1].user);
    EXPECT_EQ(p.text, "User: My feeder is offline.\nAssistant: Hi, Aerie support here! Restart it.\n"
                      "User: It still does not work.\nAssistant:");
    EXPECT_EQ(p.stopStrings, std::vector<std::string>{"\nUser:"});
    // No system prompt is injected unless given; falcon-chat writes it as trained.
    const ChatPrompt chat = renderChatPrompt(PromptTemplate::fromName("falcon-chat"), RoleMapping{}, {}, "Hi");
    EXPECT_EQ(chat.text, "User: Hi\nFalcon:");
    const ChatPrompt withSystem = renderChatPrompt(PromptTemplate::fromName("falcon-chat"), RoleMapping{}, {}, "Hi", "Be brief.");
    EXPECT_EQ(withSystem.text, "System: Be brief.\nUser: Hi\nFalcon:");
}

TEST(ChatPrompt, AlpacaKeepsTheTrainingPreamble)
{
    const ChatPrompt p = renderChatPrompt(PromptTemplate::fromName("alpaca"), RoleMapping{}, {}, "Name a bird.");
    EXPECT_EQ(p.text, std::string(kAlpacaPreambleNoInput) + "\n\n### Instruction:\nName a bird.\n\n### Response:\n");
    EXPECT_EQ(p.stopStrings, std::vector<std::string>{"### Instruction:"});
}

TEST(ChatPrompt, CustomTemplateWithASpaceBeforeTheAnswerLeavesItToTheModel)
{
    // "A: {answer}": training tokenized "A:" + " Yes" (the space joins the word); the chat's
    // prompt ids end at "A:", so the model writes " Yes" as it learned to.
    const auto tok = Tokenizer::load(test::referenceDir() / "falcon-tokenizer" / "tokenizer.json");
    const PromptTemplate tpl = PromptTemplate::fromName("custom:Q: {question}\\nA: {answer}");
    const RoleMapping mapping = RoleMapping::parse("user=question,assistant=answer");
    Dataset d;
    d.columns = {"question", "answer"};
    d.appendRow({JsonValue("Ready?"), JsonValue("Yes")});
    const RenderedExample trained = renderExample(tpl, d, d.rows[0], mapping, tok.get(), {});
    const auto firstTrained = std::find(trained.trained.begin(), trained.trained.end(), uint8_t{1}) - trained.trained.begin();
    const std::vector<int64_t> promptIds = encodeChatPrompt(renderChatPrompt(tpl, mapping, {}, "Ready?"), *tok);
    EXPECT_EQ(promptIds, std::vector<int64_t>(trained.ids.begin(), trained.ids.begin() + firstTrained));
}

TEST(ChatPrompt, CustomTemplateFillsTheMappedColumns)
{
    const PromptTemplate tpl = PromptTemplate::fromName("custom:Customer: {customer_message}\\nAgent:{agent_reply}\\n");
    const RoleMapping mapping = RoleMapping::parse("user=customer_message,assistant=agent_reply");
    const ChatPrompt p = renderChatPrompt(tpl, mapping, {{"Hello", " Hi there."}}, "Is it waterproof?");
    EXPECT_EQ(p.text, "Customer: Hello\nAgent: Hi there.\nCustomer: Is it waterproof?\nAgent:");
    EXPECT_EQ(p.stopStrings, std::vector<std::string>{"Customer: "});
    // The same row as training renders it: the prompt is everything before the trained answer.
    Dataset d;
    d.columns = {"customer_message", "agent_reply"};
    d.appendRow({JsonValue("Is it waterproof?"), JsonValue(" Yes.")});
    const RenderedText r = renderRow(tpl, d, d.rows[0], mapping);
    EXPECT_EQ(renderChatPrompt(tpl, mapping, {}, "Is it waterproof?").text, r.text.substr(0, r.segments[1].begin));
    // A template without an answer placeholder cannot hold a chat.
    EXPECT_THROW(renderChatPrompt(PromptTemplate::fromName("custom:{customer_message}"), mapping, {}, "x"), DatasetError);
}

TEST(ChatPrompt, DemoModelTrainsNoStrayPieceAndItsPromptTokensAreTheGenerationPrompt)
{
    // The bundled demo model's sentencepiece tokenizer: encoding prompt and answer apart gave every
    // answer a lone "▁" first token (learned: answers began with two spaces). Whole-text encoding
    // gives the prompt exactly the ids generation encodes, and the answer starts with its word.
    const auto tok = Tokenizer::load(test::testDataDir().parent_path().parent_path() / "resources" / "demo-model");
    const std::optional<int64_t> space = tok->tokenId("\u2581");
    for (const char* name : {"falcon-instruct", "falcon-chat", "guanaco", "alpaca"}) {
        const PromptTemplate tpl = PromptTemplate::fromName(name);
        const RenderedText rendered = renderConversation(tpl, conversation({kTalk[0], kTalk[1]}));
        const RenderedExample ex = tokenizeRendered(rendered, *tok, TokenizeOptions{});
        const ChatPrompt chat = renderChatPrompt(tpl, RoleMapping{}, {kTalk[0]}, kTalk[1].user);
        // The last answer's first trained token follows exactly the ids the chat sends, which are
        // the prompt text's own ids with the EOS that training put after the earlier answer.
        const std::vector<int64_t> promptIds = encodeChatPrompt(chat, *tok);
        std::vector<int64_t> textIds = tok->encode(chat.text);
        const auto eosAt = std::find(promptIds.begin(), promptIds.end(), ex.eosId);
        ASSERT_NE(eosAt, promptIds.end()) << name;
        textIds.insert(textIds.begin() + (eosAt - promptIds.begin()), ex.eosId);
        EXPECT_EQ(promptIds, textIds) << name;
        ASSERT_LT(promptIds.size(), ex.ids.size()) << name;
        EXPECT_EQ(std::vector<int64_t>(ex.ids.begin(), ex.ids.begin() + static_cast<std::ptrdiff_t>(promptIds.size())), promptIds)
            << name;
        EXPECT_EQ(ex.trained[promptIds.size()], 1) << name;
        EXPECT_EQ(ex.trained[promptIds.size() - 1], 0) << name;
        for (size_t i = 0; i < ex.ids.size(); ++i) {
            if (!ex.trained[i] || ex.ids[i] == ex.eosId)
                continue;
            EXPECT_FALSE(space && ex.ids[i] == *space) << name << ": a lone \u2581 is trained at token " << i;
            EXPECT_GT(ex.offsets[i].second, ex.offsets[i].first) << name << ": token " << i << " covers no text";
        }
        // EOS after each answer, labelled by its id.
        EXPECT_EQ(std::count(ex.ids.begin(), ex.ids.end(), ex.eosId), 2) << name;
    }
}

} // namespace
} // namespace falconry
