#pragma once

// The strategy check: the user's own questions, each with the fact its answer must contain,
// answered four ways (base, base + knowledge base, tuned, tuned + knowledge base); a table
// of how often each way's answer contained the fact answers "fine-tune, or a knowledge base?"
// with the user's data. No torch header: the model is passed by reference and runs through
// core/generate's torch-free API.

#include "core/data/prompt_template.h"
#include "core/data/role_mapping.h"

#include <nlohmann/json_fwd.hpp>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace falconry {

class FalconModelImpl;
class KnowledgeStore;
class Tokenizer;

/** A question and the fact (a word, a number, a short phrase) a right answer contains. */
struct CheckQuestion {
    std::string question;
    std::string fact;
};

/** One way of answering. Do not reorder: the JSON names and the table's rows follow it. */
enum class StrategyArm {
    Base,           // the base model, the question alone
    BaseKnowledge,  // the base model with the retrieved passages
    Tuned,          // base + adapter, the question alone
    TunedKnowledge, // base + adapter with the retrieved passages
};

/** "base", "base+kb", "tuned", "tuned+kb". */
const char* strategyArmName(StrategyArm arm);
bool armIsTuned(StrategyArm arm);
bool armUsesKnowledge(StrategyArm arm);

/**
 * Questions from a CSV/TSV file with a header naming a "question" column and a "fact" (or
 * "answer") column, any case, in any order; other columns are ignored (the Aerie questions'
 * "section"). Rows with an empty question or fact are skipped. Throws KnowledgeError with the
 * file and what is missing.
 */
std::vector<CheckQuestion> readCheckQuestions(const std::filesystem::path& file);

/**
 * Whether `answer` contains `fact`: case-insensitive (ASCII), runs of white space equal, digit
 * groups written "6,700" equal to "6700", and the fact must stand as its own word(s) ("four"
 * is not found in "fourteen", "2.5" not in "12.5").
 */
bool answerContainsFact(std::string_view answer, std::string_view fact);

struct StrategyCheckOptions {
    std::vector<StrategyArm> arms{StrategyArm::Base, StrategyArm::BaseKnowledge, StrategyArm::Tuned,
                                  StrategyArm::TunedKnowledge};
    PromptTemplate promptTemplate; // how a question is written for the model (the run's, as trained)
    RoleMapping mapping;           // fills a custom template's {column} placeholders
    size_t contextTokens = 2048;   // the model's context (max_position_embeddings): bounds the passages
    size_t k = 4;                  // passages per question at most
    int64_t maxNewTokens = 64;     // per answer; a fact is a short span, answers are greedy
    size_t batchSize = 8;          // answers generated in one batch
};

/** One answer of the check. */
struct CheckAnswer {
    size_t question = 0; // index into the questions
    StrategyArm arm = StrategyArm::Base;
    std::string answer;
    bool containsFact = false;
    size_t passages = 0;         // passages in its prompt (knowledge arms)
    bool factInPassages = false; // the fact is in one of them (what retrieval gave the model)
};

/** How often one arm's answers contained the fact. */
struct ArmTally {
    StrategyArm arm = StrategyArm::Base;
    size_t answered = 0;
    size_t containing = 0;
    double rate() const { return answered ? static_cast<double>(containing) / static_cast<double>(answered) : 0.0; }
};

struct StrategyCheckResult {
    std::vector<CheckAnswer> answers; // finished answers only (a cancelled batch's are dropped)
    std::vector<ArmTally> tallies;    // one per arm asked for, in the options' order
    size_t questions = 0;
    size_t factRetrieved = 0; // questions whose retrieved passages hold the fact (0 without knowledge arms)
    bool cancelled = false;
    int64_t newTokens = 0;
    double seconds = 0.0;
};

struct StrategyCheckProgress {
    size_t done = 0;  // answers finished
    size_t total = 0; // questions × arms
};
/** Return false to stop the check (as the stop flag). */
using StrategyCheckProgressFn = std::function<bool(const StrategyCheckProgress&)>;

/**
 * Answers every question with every arm, greedily, on `model` (the adapter for the tuned arms
 * must already be attached; one copy of the weights, base and tuned rows in the same batches
 * through an adapter row mask). Passages for a question are retrieved once from `store` within
 * the tokens the context leaves, and the base + KB and tuned + KB prompts are the same text.
 * Rows with similar prompt lengths share a batch. Stops between tokens when `stop` is set or
 * `onProgress` returns false, with the answers finished so far. Throws ConfigError (knowledge
 * arms without a store, tuned arms without an adapter, no questions) or the model's errors.
 */
StrategyCheckResult runStrategyCheck(FalconModelImpl& model, const Tokenizer& tokenizer, const KnowledgeStore* store,
                                     const std::vector<CheckQuestion>& questions, const StrategyCheckOptions& options,
                                     const StrategyCheckProgressFn& onProgress, const std::atomic<bool>& stop);

/** Tallies of `answers` for `arms` (what runStrategyCheck reports; also for answers read back). */
std::vector<ArmTally> tallyAnswers(const std::vector<CheckAnswer>& answers, const std::vector<StrategyArm>& arms);

/** {"questions", "fact_retrieved", "cancelled", "seconds", "arms": [{arm, answered, containing, rate}], "answers": [...]} */
nlohmann::json strategyCheckJson(const StrategyCheckResult& result, const std::vector<CheckQuestion>& questions);

} // namespace falconry
