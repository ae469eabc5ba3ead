#pragma once

#include "core/data/prompt_template.h"
#include "core/data/train_example.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace falconry {

class Tokenizer;

enum class TrainOn {
    Answers,    // loss on assistant answers (and their EOS) only
    Everything, // loss on every token
};

enum class CutSide {
    End,   // keep the start, drop tokens from the end (default)
    Start, // keep the end, drop tokens from the start
};

struct TokenizeOptions {
    TrainOn trainOn = TrainOn::Answers;
    size_t maxLength = 0; // tokens; 0 = no limit
    CutSide cutSide = CutSide::End;
    bool addEos = true; // the tokenizer's EOS id after each answer (skipped if it has none)
};

/**
 * One example exactly as the model sees it. Token i covers the bytes
 * offsets[i] of `text` (EOS tokens cover an empty range at the end of their
 * answer). When max length cuts the example, ids/trained/offsets hold only the
 * kept tokens; fullTokenCount and keptFrom tell where they sat.
 */
struct RenderedExample {
    uint64_t rowId = 0;
    std::string text;
    std::vector<TextSegment> segments;
    std::vector<int64_t> ids;
    std::vector<uint8_t> trained; // 1 = in the loss
    std::vector<std::pair<size_t, size_t>> offsets;
    size_t fullTokenCount = 0; // before cutting
    size_t keptFrom = 0;       // index in the full sequence of ids[0]
    bool cut = false;
    CutSide cutSide = CutSide::End;
    size_t cutTextOffset = 0; // byte in text where the kept part ends (End) or begins (Start); text.size() if not cut
    bool eosMissing = false;  // EOS wanted but the tokenizer has none
    int64_t eosId = -1;       // the tokenizer's EOS id (-1: none): ids equal to it are EOS, nothing else is

    size_t tokenCount() const { return ids.size(); }
    size_t trainedCount() const;
    TrainExample toTrainExample() const { return TrainExample{ids, trained, rowId}; }
};

/**
 * Tokenizes the rendered text in one go, as the model reads it at generation time (so a
 * prompt's tokens are exactly those of encoding the prompt alone, and a sentencepiece
 * model gets its dummy prefix once, not before every answer), and derives the mask from
 * the tokens' byte offsets: a token is trained when it covers a byte of a trained segment.
 * The EOS id follows each answer that wants one, after the last token that starts inside it.
 */
RenderedExample tokenizeRendered(const RenderedText& rendered, const Tokenizer& tokenizer, const TokenizeOptions& options);

/** renderRow + tokenizeRendered; without a tokenizer only text and segments are filled. */
RenderedExample renderExample(const PromptTemplate& tpl, const Dataset& dataset, const DatasetRow& row,
                              const RoleMapping& mapping, const Tokenizer* tokenizer, const TokenizeOptions& options);

} // namespace falconry
