#pragma once

#include "core/generate/sampler.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace falconry {

class FalconModelImpl;
class Tokenizer;

/** Why a row stopped generating. Do not reorder: shown in logs and saved with chats. */
enum class FinishReason {
    Eos,        // the model produced the end-of-sequence token
    StopString, // a stop string appeared in the text
    Length,     // maxNewTokens were generated
    Cancelled,  // the stop flag was set or the callback returned false
};

/** "eos", "stop_string", "length", "cancelled". */
const char* finishReasonName(FinishReason reason);

/** Everything that shapes one generation besides the prompts. */
struct GenerationSettings {
    SamplingSettings sampling;
    int64_t maxNewTokens = 256;           // per row, >= 0
    std::vector<std::string> stopStrings; // e.g. "\nUser:"; trimmed from the text (needs a tokenizer)
    std::optional<int64_t> eosId;         // default: the tokenizer's EOS, else the model config's eos_token_id
    bool stopOnEos = true;
    /** Seed of each row's sampler; empty = sampling.seed + row. Same seed on two rows = same random draws. */
    std::vector<uint64_t> rowSeeds;
    /** false recomputes the whole sequence every step (reference path for tests; slow). */
    bool useCache = true;

    /** Throws ConfigError naming the field. */
    void validate() const;
};

/**
 * A piece of streamed output for one row: one chunk per generated token (its text may be
 * empty while a character or a possible stop string is held back); the row's last chunk
 * has `finished` set (a cancelled row's last chunk may carry no token).
 */
struct GenerationChunk {
    int64_t row = 0;
    std::string text;          // whole UTF-8 characters, never part of a stop string; may be empty
    int64_t tokenId = -1;      // the token that released the text (-1 on a final chunk without token)
    bool finished = false;     // this is the row's last chunk
    FinishReason finishReason = FinishReason::Length; // meaningful when finished
};

/** Called from the generating thread; return false to stop every row (finish reason Cancelled). */
using GenerationCallback = std::function<bool(const GenerationChunk&)>;

/** The outcome of one row. */
struct GeneratedRow {
    std::vector<int64_t> promptIds;
    std::vector<int64_t> newIds; // generated ids, including the EOS or the token that completed a stop string
    std::string text;            // the new text: EOS not shown, stop string and what follows trimmed
    FinishReason finishReason = FinishReason::Length;
    std::string matchedStop;     // the stop string that ended the row, if any
};

/** The outcome of a batch, with speed figures. */
struct GenerationResult {
    std::vector<GeneratedRow> rows;
    int64_t newTokens = 0;            // tokens generated over all rows (up to each row's finish)
    double prefillSeconds = 0.0;      // the prompt forward pass
    double decodeSeconds = 0.0;       // every later step
    double tokensPerSecond = 0.0;     // newTokens / (prefill + decode)
    double decodeTokensPerSecond = 0.0; // tokens from decode steps / decodeSeconds (batch throughput)
};

/**
 * Generates a continuation for each prompt in ONE batch: prompts of different lengths are
 * left-padded, with an attention mask from which the model takes positions; one prefill
 * pass, then one cached decode step per token. Each row stops on EOS, a stop string or
 * maxNewTokens; `stop` (checked before each forward pass) and a callback returning false
 * cancel every row. `tokenizer` may be null (ids only, no text, no stop strings).
 * Runs on the model's device and dtype, without gradients, in eval mode (restored after).
 * The model must not be used by another thread meanwhile.
 * Throws ConfigError (settings, empty prompt, id out of range) or the model's errors.
 */
GenerationResult generate(FalconModelImpl& model, const Tokenizer* tokenizer,
                          const std::vector<std::vector<int64_t>>& prompts, const GenerationSettings& settings,
                          const GenerationCallback& onChunk, const std::atomic<bool>& stop);

/**
 * generate() with the attached adapter on for the rows where `adapterRows[r]` is true and off
 * for the others: ONE batch over one copy of the weights (an adapter row mask [B] that shrinks
 * with the batch as rows finish), e.g. base and tuned answers to many questions at once.
 * Throws ConfigError when `adapterRows` does not have one entry per prompt, or when a row asks
 * for the adapter and none is attached.
 */
GenerationResult generateWithAdapterRows(FalconModelImpl& model, const Tokenizer* tokenizer,
                                         const std::vector<std::vector<int64_t>>& prompts,
                                         const std::vector<bool>& adapterRows, const GenerationSettings& settings,
                                         const GenerationCallback& onChunk, const std::atomic<bool>& stop);

/** As above, encoding each prompt with `tokenizer` (no BOS added, as transformers for Falcon). */
GenerationResult generate(FalconModelImpl& model, const Tokenizer& tokenizer, const std::vector<std::string>& prompts,
                          const GenerationSettings& settings, const GenerationCallback& onChunk,
                          const std::atomic<bool>& stop);

/**
 * The base/tuned comparison: `prompt` runs as ONE batch of two rows over the same weights,
 * with the adapter row mask [0, 1], so row 0 is the base model and row 1 base + adapter.
 * Both rows get the same sampling seed (unless settings.rowSeeds says otherwise), so they
 * differ only where the adapter changes the distribution. Both stream through `onChunk`
 * (chunk.row 0 = base, 1 = tuned). The row mask is cleared again before returning.
 * Throws ConfigError when no adapter is attached to the model.
 */
GenerationResult compareBaseAndTuned(FalconModelImpl& model, const Tokenizer& tokenizer, const std::string& prompt,
                                     const GenerationSettings& settings, const GenerationCallback& onChunk,
                                     const std::atomic<bool>& stop);

/** As above with the prompt already encoded. */
GenerationResult compareBaseAndTuned(FalconModelImpl& model, const Tokenizer* tokenizer,
                                     const std::vector<int64_t>& promptIds, const GenerationSettings& settings,
                                     const GenerationCallback& onChunk, const std::atomic<bool>& stop);

/**
 * The base/tuned comparison of two conversations (each side continues its own): row 0 is
 * `basePromptIds` without the adapter, row 1 `tunedPromptIds` with it, one batch over one
 * copy of the weights. The row mask follows the rows as they finish, so either side may
 * end first. Same seeds as compareBaseAndTuned; throws ConfigError without an adapter.
 */
GenerationResult compareBaseAndTuned(FalconModelImpl& model, const Tokenizer* tokenizer,
                                     const std::vector<int64_t>& basePromptIds,
                                     const std::vector<int64_t>& tunedPromptIds, const GenerationSettings& settings,
                                     const GenerationCallback& onChunk, const std::atomic<bool>& stop);

} // namespace falconry
