#pragma once

// Retrieval for a chat turn, run on the engine thread by the Compare job (it has the
// model's tokenizer and context length there). Includes core only; no torch.

#include <QList>
#include <QString>
#include <QVariant>

#include <string>
#include <vector>

namespace falconry {
class Tokenizer;
struct Passage;
} // namespace falconry

namespace falconry::ui {

/** A passage an answer was given with, as it crosses to the GUI and is shown under the answer. */
struct CitedPassage {
    int number = 0; // [n] in the prompt
    QString source;
    QString heading;
    int page = 0;
    int line = 0;
    double score = 0.0;
    QString text;
    bool cited = false; // the answer cites [n]

    /** "manual.pdf › 4. Charging, p. 3" */
    QString where() const;
};

/** The user message with the numbered passages in front of the question, and those passages. */
struct KnowledgeContext {
    std::string message;
    std::vector<CitedPassage> passages;
};

/**
 * Retrieves up to `k` passages for `question` from the knowledge base at `database`, within the
 * tokens left by the model's context (`contextTokens`) after the prompt without passages
 * (`promptTokens`) and the answer (`answerTokens`), counted with `tokenizer`. Throws
 * KnowledgeError when the knowledge base cannot be read.
 */
KnowledgeContext knowledgeContextFor(const std::string& database, const std::string& question, const Tokenizer& tokenizer,
                                     size_t contextTokens, size_t promptTokens, size_t answerTokens, size_t k = 4);

/** The question as the knowledge-base prompt writes it without passages (for the prompt's size). */
std::string bareKnowledgeMessage(const std::string& question);

/** Passages as a QVariantList of maps (JobResult values) and back; marks the ones `answer` cites. */
QVariantList passagesToVariant(const std::vector<CitedPassage>& passages);
QList<CitedPassage> passagesFromVariant(const QVariant& value, const QString& answer);

} // namespace falconry::ui
