// runStrategyCheck: every question answered by every arm in batches over one copy of the weights.
#include "core/knowledge/strategy_check.h"

#include "core/data/chat_prompt.h"
#include "core/generate/generator.h"
#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/retriever.h"
#include "core/knowledge/token_counter.h"
#include "core/util/errors.h"

#include <algorithm>
#include <chrono>

namespace falconry {
namespace {

/** One answer to generate: which question, which arm, its prompt. */
struct PendingRow {
    size_t question = 0;
    StrategyArm arm = StrategyArm::Base;
    std::vector<int64_t> ids;
    size_t passages = 0;
    bool factInPassages = false;
};

/** A question's two prompts: the question alone, and with its passages (when knowledge arms run). */
struct QuestionPrompts {
    std::vector<int64_t> bare;
    std::vector<int64_t> withKnowledge;
    size_t passages = 0;
    bool factInPassages = false;
};

} // namespace

StrategyCheckResult runStrategyCheck(FalconModelImpl& model, const Tokenizer& tokenizer, const KnowledgeStore* store,
                                     const std::vector<CheckQuestion>& questions, const StrategyCheckOptions& options,
                                     const StrategyCheckProgressFn& onProgress, const std::atomic<bool>& stop)
{
    const auto start = std::chrono::steady_clock::now();
    if (questions.empty())
        throw ConfigError("strategy check: no questions; add questions with the fact each answer must contain");
    if (options.arms.empty())
        throw ConfigError("strategy check: no way of answering chosen (base, base + KB, tuned, tuned + KB)");
    const bool knowledge = std::any_of(options.arms.begin(), options.arms.end(), armUsesKnowledge);
    if (knowledge && !store)
        throw ConfigError("strategy check: answering with the knowledge base needs one; open or build a knowledge base");
    if (options.batchSize == 0)
        throw ConfigError("strategy check: the batch size must be at least 1");

    StrategyCheckResult result;
    result.questions = questions.size();
    const auto counter = TokenCounter::forTokenizer(tokenizer, "model");
    std::vector<QuestionPrompts> prompts(questions.size());
    ChatPrompt firstPrompt;
    for (size_t q = 0; q < questions.size(); ++q) {
        const std::string& question = questions[q].question;
        const ChatPrompt bare = renderChatPrompt(options.promptTemplate, options.mapping, {}, question);
        if (q == 0)
            firstPrompt = bare;
        prompts[q].bare = encodeChatPrompt(bare, tokenizer);
        if (!knowledge)
            continue;
        // As Compare's knowledge rows: the passages fit what the context leaves after the prompt and the answer.
        const ChatPrompt frame = renderChatPrompt(options.promptTemplate, options.mapping, {}, questionFrame(question));
        RetrievalOptions retrieval;
        retrieval.k = options.k;
        retrieval.tokenBudget = passageBudget(options.contextTokens, encodeChatPrompt(frame, tokenizer).size(),
                                              static_cast<size_t>(options.maxNewTokens));
        const Retrieval found = retrieve(*store, question, retrieval, *counter);
        prompts[q].withKnowledge = encodeChatPrompt(
            renderChatPrompt(options.promptTemplate, options.mapping, {}, citedQuestion(question, found.passages)), tokenizer);
        prompts[q].passages = found.passages.size();
        for (const Passage& p : found.passages)
            prompts[q].factInPassages = prompts[q].factInPassages || answerContainsFact(p.text, questions[q].fact);
        result.factRetrieved += prompts[q].factInPassages ? 1 : 0;
    }

    // Every (question, arm); sorted by prompt length so that a batch pads little. Base and tuned
    // rows mix in one batch (the adapter row mask), so a batch is full whatever the arms are.
    std::vector<PendingRow> rows;
    for (size_t q = 0; q < questions.size(); ++q)
        for (const StrategyArm arm : options.arms) {
            PendingRow row;
            row.question = q;
            row.arm = arm;
            row.ids = armUsesKnowledge(arm) ? prompts[q].withKnowledge : prompts[q].bare;
            row.passages = armUsesKnowledge(arm) ? prompts[q].passages : 0;
            row.factInPassages = armUsesKnowledge(arm) && prompts[q].factInPassages;
            rows.push_back(std::move(row));
        }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const PendingRow& a, const PendingRow& b) { return a.ids.size() < b.ids.size(); });

    GenerationSettings settings;
    settings.sampling.greedy = true; // the same answer every time: the table counts facts, not luck
    settings.maxNewTokens = options.maxNewTokens;
    settings.stopStrings = firstPrompt.stopStrings; // one template: the same next-turn markers for every row

    StrategyCheckProgress progress{0, rows.size()};
    bool stopped = false;
    if (onProgress && !onProgress(progress))
        stopped = true;
    for (size_t begin = 0; begin < rows.size() && !stopped && !stop.load(); begin += options.batchSize) {
        const size_t end = std::min(rows.size(), begin + options.batchSize);
        std::vector<std::vector<int64_t>> batch;
        std::vector<bool> tuned;
        for (size_t i = begin; i < end; ++i) {
            batch.push_back(rows[i].ids);
            tuned.push_back(armIsTuned(rows[i].arm));
        }
        const GenerationCallback onChunk = [&](const GenerationChunk& chunk) {
            if (!chunk.finished || chunk.finishReason == FinishReason::Cancelled)
                return !stopped;
            ++progress.done;
            if (onProgress && !onProgress(progress))
                stopped = true;
            return !stopped;
        };
        const GenerationResult generated =
            generateWithAdapterRows(model, &tokenizer, batch, tuned, settings, onChunk, stop);
        result.newTokens += generated.newTokens;
        bool batchCancelled = false;
        for (const GeneratedRow& r : generated.rows)
            batchCancelled = batchCancelled || r.finishReason == FinishReason::Cancelled;
        if (batchCancelled) {
            stopped = true;
            break; // its answers are cut short: none of them is counted
        }
        for (size_t i = begin; i < end; ++i) {
            CheckAnswer answer;
            answer.question = rows[i].question;
            answer.arm = rows[i].arm;
            answer.answer = generated.rows[i - begin].text;
            answer.containsFact = answerContainsFact(answer.answer, questions[answer.question].fact);
            answer.passages = rows[i].passages;
            answer.factInPassages = rows[i].factInPassages;
            result.answers.push_back(std::move(answer));
        }
    }
    result.cancelled = result.answers.size() < rows.size();
    // Back in question order, arms as asked, so the table and the JSON read like the questions.
    std::sort(result.answers.begin(), result.answers.end(), [&](const CheckAnswer& a, const CheckAnswer& b) {
        if (a.question != b.question)
            return a.question < b.question;
        const auto rank = [&](StrategyArm arm) {
            return std::find(options.arms.begin(), options.arms.end(), arm) - options.arms.begin();
        };
        return rank(a.arm) < rank(b.arm);
    });
    result.tallies = tallyAnswers(result.answers, options.arms);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace falconry
