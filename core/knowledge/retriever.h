#pragma once

#include "core/knowledge/knowledge_store.h"

#include <string>
#include <vector>

namespace falconry {

class TokenCounter;

struct RetrievalOptions {
    size_t k = 5;           // passages at most
    size_t candidates = 30; // BM25 hits considered before the floor, dedupe and budget
    /** A passage scoring below this fraction of the best hit is left out (BM25 has no absolute scale). */
    double relativeFloor = 0.3;
    /** Passages whose words overlap this much (Jaccard of word sets) with a better one are duplicates. */
    double duplicateOverlap = 0.8;
    /** Tokens the numbered passages may take in the prompt (see passageBudget()). */
    size_t tokenBudget = 1024;
};

/** The passages for a question, best first, and why others were left out. */
struct Retrieval {
    std::vector<Passage> passages;
    size_t tokens = 0; // tokens of the context block (passagesBlock) with the counter given
    size_t belowFloor = 0;
    size_t duplicates = 0;
    size_t overBudget = 0;
};

/**
 * Top-k passages for `question`: BM25 candidates, minus those under the score floor and
 * near-duplicates of a better one, taken best first while the numbered context block still
 * fits `tokenBudget` tokens of `counter` (a passage that does not fit is skipped, a shorter
 * one after it may still go in).
 */
Retrieval retrieve(const KnowledgeStore& store, const std::string& question, const RetrievalOptions& options,
                   const TokenCounter& counter);

/**
 * Tokens left for passages: the model's context minus the prompt without passages (written
 * with questionFrame(), so the instruction is counted), the answer's tokens and a small
 * margin for the joins around the block; 0 when nothing is left.
 */
size_t passageBudget(size_t contextTokens, size_t promptTokens, size_t answerTokens);

/** Where a passage comes from, for a citation: "manual.md › Refilling, p. 3" (line when no page; file name only). */
std::string passageCitation(const Passage& passage);

/** The numbered context block: "[1] (source › heading, p. 3)\ntext\n\n[2] ...". */
std::string passagesBlock(const std::vector<Passage>& passages);

/**
 * The user message of a question answered from a knowledge base: the instruction to answer
 * only from the numbered passages and to cite them as [n], the passages, then the question.
 * Without passages the message says none were found, so the model can say it does not know.
 */
std::string citedQuestion(const std::string& question, const std::vector<Passage>& passages);

/** citedQuestion()'s message with an empty passage block: what the prompt costs before passages. */
std::string questionFrame(const std::string& question);

/** The passage numbers [n] an answer cites (1-based, in order of first citation, within 1..count). */
std::vector<int> citedNumbers(const std::string& answer, size_t count);

} // namespace falconry
