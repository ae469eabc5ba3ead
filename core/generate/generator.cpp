#include "core/generate/generator.h"

#include "core/generate/utf8_stream.h"
#include "core/model/falcon_model.h"
#include "core/model/kv_cache.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <span>
#include <string>

namespace falconry {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/** Puts the model in eval mode for the generation and restores its mode after. */
class EvalModeGuard {
public:
    explicit EvalModeGuard(FalconModelImpl& model)
        : m_model(model)
        , m_wasTraining(model.is_training())
    {
        m_model.eval();
    }
    ~EvalModeGuard() { m_model.train(m_wasTraining); }
    EvalModeGuard(const EvalModeGuard&) = delete;
    EvalModeGuard& operator=(const EvalModeGuard&) = delete;

private:
    FalconModelImpl& m_model;
    bool m_wasTraining;
};

/** Sets the adapter row mask for the generation and clears it when done, also on error. */
class RowMaskGuard {
public:
    RowMaskGuard(FalconModelImpl& model, torch::Tensor mask)
        : m_model(model)
        , m_active(mask.defined())
    {
        if (m_active)
            m_model.setAdapterRowMask(std::move(mask));
    }
    ~RowMaskGuard()
    {
        if (m_active)
            m_model.setAdapterRowMask(torch::Tensor());
    }
    RowMaskGuard(const RowMaskGuard&) = delete;
    RowMaskGuard& operator=(const RowMaskGuard&) = delete;

private:
    FalconModelImpl& m_model;
    bool m_active;
};

/** The state of one row while the batch runs. */
struct RowState {
    std::unique_ptr<Sampler> sampler;
    std::unique_ptr<Utf8Stream> stream;
    std::vector<int64_t> seen; // prompt + generated, for the repetition penalty
    bool finished = false;
};

} // namespace

const char* finishReasonName(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Eos: return "eos";
    case FinishReason::StopString: return "stop_string";
    case FinishReason::Length: return "length";
    case FinishReason::Cancelled: return "cancelled";
    }
    return "unknown";
}

void GenerationSettings::validate() const
{
    sampling.validate();
    if (maxNewTokens < 0)
        throw ConfigError("generation setting 'max_new_tokens' must be >= 0, got " + std::to_string(maxNewTokens));
    for (size_t i = 0; i < stopStrings.size(); ++i) {
        if (stopStrings[i].empty())
            throw ConfigError("generation setting 'stop' #" + std::to_string(i + 1) + " is empty; expected a non-empty string");
    }
    if (eosId && *eosId < 0)
        throw ConfigError("generation setting 'eos_token_id' must be >= 0, got " + std::to_string(*eosId));
}

namespace {

/**
 * generate() with an optional adapter row mask [B] (undefined = leave the model's as is).
 * Finished rows leave the batch (KV cache, attention mask and row mask shrink with it), so
 * the rows still running do not pay for them.
 */
GenerationResult generateRows(FalconModelImpl& model, const Tokenizer* tokenizer,
                              const std::vector<std::vector<int64_t>>& prompts, const GenerationSettings& settings,
                              const GenerationCallback& onChunk, const std::atomic<bool>& stop,
                              torch::Tensor adapterRowMask)
{
    settings.validate();
    const auto batch = static_cast<int64_t>(prompts.size());
    if (batch == 0)
        throw ConfigError("generation: expected at least one prompt, got none");
    if (!settings.rowSeeds.empty() && static_cast<int64_t>(settings.rowSeeds.size()) != batch)
        throw ConfigError("generation setting 'row_seeds' has " + std::to_string(settings.rowSeeds.size()) +
                          " seeds for " + std::to_string(batch) + " prompts; expected one per prompt or none");
    if (!tokenizer && !settings.stopStrings.empty())
        throw ConfigError("generation: stop strings need a tokenizer to turn tokens into text; none was given");

    const int64_t vocab = model.config().vocabSize;
    int64_t maxPrompt = 0;
    for (int64_t r = 0; r < batch; ++r) {
        const auto& prompt = prompts[static_cast<size_t>(r)];
        if (prompt.empty())
            throw ConfigError("generation: prompt " + std::to_string(r) + " is empty; expected at least one token");
        for (size_t i = 0; i < prompt.size(); ++i) {
            if (prompt[i] < 0 || prompt[i] >= vocab)
                throw ConfigError("generation: prompt " + std::to_string(r) + " token " + std::to_string(i) + " is id " +
                                  std::to_string(prompt[i]) + ", outside the model's vocabulary [0, " +
                                  std::to_string(vocab) + ")");
        }
        maxPrompt = std::max<int64_t>(maxPrompt, static_cast<int64_t>(prompt.size()));
    }

    std::optional<int64_t> eos = settings.eosId;
    if (!eos && tokenizer)
        eos = tokenizer->eosId();
    if (!eos)
        eos = model.config().eosTokenId;
    const int64_t padId = (tokenizer && tokenizer->padId()) ? *tokenizer->padId() : eos.value_or(0);

    GenerationResult result;
    result.rows.resize(static_cast<size_t>(batch));
    std::vector<RowState> rows(static_cast<size_t>(batch));
    for (int64_t r = 0; r < batch; ++r) {
        auto& row = rows[static_cast<size_t>(r)];
        const uint64_t seed = settings.rowSeeds.empty() ? settings.sampling.seed + static_cast<uint64_t>(r)
                                                        : settings.rowSeeds[static_cast<size_t>(r)];
        row.sampler = std::make_unique<Sampler>(settings.sampling, seed);
        row.stream = std::make_unique<Utf8Stream>(settings.stopStrings);
        row.seen = prompts[static_cast<size_t>(r)];
        result.rows[static_cast<size_t>(r)].promptIds = prompts[static_cast<size_t>(r)];
    }

    // Left padding: every row ends at the same column, so the last logits of the
    // prefill are each row's next-token logits. Mask 0 on the padding.
    std::vector<int64_t> idsFlat(static_cast<size_t>(batch * maxPrompt), padId);
    std::vector<int64_t> maskFlat(static_cast<size_t>(batch * maxPrompt), 0);
    for (int64_t r = 0; r < batch; ++r) {
        const auto& prompt = prompts[static_cast<size_t>(r)];
        const int64_t offset = r * maxPrompt + maxPrompt - static_cast<int64_t>(prompt.size());
        for (size_t i = 0; i < prompt.size(); ++i) {
            idsFlat[static_cast<size_t>(offset) + i] = prompt[i];
            maskFlat[static_cast<size_t>(offset) + i] = 1;
        }
    }
    const torch::Device device = model.device();
    const auto longOptions = torch::TensorOptions().dtype(torch::kInt64);
    torch::Tensor ids = torch::from_blob(idsFlat.data(), {batch, maxPrompt}, longOptions).clone().to(device); // [B, T]
    torch::Tensor mask = torch::from_blob(maskFlat.data(), {batch, maxPrompt}, longOptions).clone().to(device); // [B, T]

    torch::NoGradGuard noGrad;
    EvalModeGuard evalMode(model);
    if (adapterRowMask.defined() && adapterRowMask.numel() != batch)
        throw Error("generation: the adapter row mask has " + std::to_string(adapterRowMask.numel()) +
                    " entries for a batch of " + std::to_string(batch));
    RowMaskGuard rowMaskGuard(model, adapterRowMask);
    std::unique_ptr<KvCache> cache =
        settings.useCache ? model.makeCache(batch, maxPrompt + settings.maxNewTokens) : nullptr;
    bool cancelled = false;
    bool callbackStopped = false;
    int64_t active = batch;
    int64_t decodeTokens = 0;

    auto deliver = [&](const GenerationChunk& chunk) {
        if (onChunk && !callbackStopped && !onChunk(chunk))
            callbackStopped = true;
    };
    auto finishRow = [&](int64_t r, FinishReason reason, int64_t tokenId, std::string text) {
        auto& row = rows[static_cast<size_t>(r)];
        auto& out = result.rows[static_cast<size_t>(r)];
        if (reason != FinishReason::StopString && tokenizer)
            text += row.stream->finish();
        row.finished = true;
        --active;
        out.finishReason = reason;
        out.text = row.stream->text();
        out.matchedStop = row.stream->matchedStop();
        deliver({r, std::move(text), tokenId, true, reason});
    };

    if (settings.maxNewTokens == 0) {
        for (int64_t r = 0; r < batch; ++r)
            finishRow(r, FinishReason::Length, -1, {});
        return result;
    }

    const auto prefillStart = Clock::now();
    if (stop.load()) {
        for (int64_t r = 0; r < batch; ++r)
            finishRow(r, FinishReason::Cancelled, -1, {});
        return result;
    }
    // [B, V]: the next-token logits of every row (the last column is real for all of them).
    torch::Tensor last = model.forwardLast(ids, mask, cache.get()).to(torch::kCPU, torch::kFloat32).contiguous();
    result.prefillSeconds = secondsSince(prefillStart);

    // live[i] = the prompt index of batch position i; finished rows leave the batch.
    std::vector<int64_t> live(static_cast<size_t>(batch));
    for (int64_t r = 0; r < batch; ++r)
        live[static_cast<size_t>(r)] = r;
    const auto decodeStart = Clock::now();
    for (int64_t step = 0;; ++step) {
        // Pick and stream one token per live row from `last` [live, V].
        const float* data = last.data_ptr<float>();
        const int64_t v = last.size(1);
        std::vector<int64_t> next;
        std::vector<int64_t> keep; // batch positions still running after this step
        for (size_t i = 0; i < live.size(); ++i) {
            const int64_t r = live[i];
            auto& row = rows[static_cast<size_t>(r)];
            const int64_t token = row.sampler->next(
                std::span<const float>(data + static_cast<int64_t>(i) * v, static_cast<size_t>(v)), row.seen);
            row.seen.push_back(token);
            auto& out = result.rows[static_cast<size_t>(r)];
            out.newIds.push_back(token);
            ++result.newTokens;
            if (step > 0)
                ++decodeTokens;
            if (settings.stopOnEos && eos && token == *eos) {
                finishRow(r, FinishReason::Eos, token, {});
                continue;
            }
            std::string text = tokenizer ? row.stream->push(tokenizer->tokenBytes(token)) : std::string();
            if (row.stream->stopped()) {
                finishRow(r, FinishReason::StopString, token, std::move(text));
            } else if (static_cast<int64_t>(out.newIds.size()) >= settings.maxNewTokens) {
                finishRow(r, FinishReason::Length, token, std::move(text));
            } else {
                deliver({r, std::move(text), token, false, FinishReason::Length});
                keep.push_back(static_cast<int64_t>(i));
                next.push_back(token);
            }
        }
        if (active == 0)
            break;
        if (callbackStopped || stop.load()) {
            cancelled = true;
            break;
        }
        if (keep.size() < live.size()) {
            const torch::Tensor index = torch::tensor(keep, longOptions).to(device); // [live']
            if (cache)
                cache->selectRows(index);
            mask = mask.index_select(0, index);
            if (!settings.useCache)
                ids = ids.index_select(0, index);
            if (adapterRowMask.defined()) {
                adapterRowMask = adapterRowMask.index_select(0, index.to(adapterRowMask.device()));
                model.setAdapterRowMask(adapterRowMask);
            }
            std::vector<int64_t> stillLive;
            for (const int64_t i : keep)
                stillLive.push_back(live[static_cast<size_t>(i)]);
            live = std::move(stillLive);
        }

        // One decode step over the live rows.
        const auto n = static_cast<int64_t>(live.size());
        torch::Tensor nextIds = torch::from_blob(next.data(), {n, 1}, longOptions).clone().to(device); // [n, 1]
        mask = torch::cat({mask, torch::ones({n, 1}, longOptions.device(device))}, 1);             // [n, T + 1]
        if (settings.useCache) {
            last = model.forwardLast(nextIds, mask, cache.get()); // mask [n, past + 1], HF style
        } else {
            ids = torch::cat({ids, nextIds}, 1);
            last = model.forwardLast(ids, mask, nullptr); // the whole sequence again
        }
        last = last.to(torch::kCPU, torch::kFloat32).contiguous(); // [n, V]
    }
    if (cancelled) {
        for (int64_t r = 0; r < batch; ++r) {
            if (!rows[static_cast<size_t>(r)].finished)
                finishRow(r, FinishReason::Cancelled, -1, {});
        }
    }
    result.decodeSeconds = secondsSince(decodeStart);
    const double total = result.prefillSeconds + result.decodeSeconds;
    result.tokensPerSecond = total > 0.0 ? static_cast<double>(result.newTokens) / total : 0.0;
    result.decodeTokensPerSecond =
        result.decodeSeconds > 0.0 ? static_cast<double>(decodeTokens) / result.decodeSeconds : 0.0;
    return result;
}

} // namespace

GenerationResult generate(FalconModelImpl& model, const Tokenizer* tokenizer,
                          const std::vector<std::vector<int64_t>>& prompts, const GenerationSettings& settings,
                          const GenerationCallback& onChunk, const std::atomic<bool>& stop)
{
    return generateRows(model, tokenizer, prompts, settings, onChunk, stop, torch::Tensor());
}

GenerationResult generateWithAdapterRows(FalconModelImpl& model, const Tokenizer* tokenizer,
                                         const std::vector<std::vector<int64_t>>& prompts,
                                         const std::vector<bool>& adapterRows, const GenerationSettings& settings,
                                         const GenerationCallback& onChunk, const std::atomic<bool>& stop)
{
    if (adapterRows.size() != prompts.size())
        throw ConfigError("generation: " + std::to_string(adapterRows.size()) + " adapter row flags for " +
                          std::to_string(prompts.size()) + " prompts; expected one per prompt");
    bool hasAdapter = false;
    for (const auto& [name, layer] : model.linearLayers())
        hasAdapter = hasAdapter || layer->adapter() != nullptr;
    const bool anyTuned = std::find(adapterRows.begin(), adapterRows.end(), true) != adapterRows.end();
    if (anyTuned && !hasAdapter)
        throw ConfigError("generation: a row asks for the adapter but none is attached to the model");
    if (!hasAdapter)
        return generateRows(model, tokenizer, prompts, settings, onChunk, stop, torch::Tensor());
    std::vector<float> mask(adapterRows.size());
    for (size_t r = 0; r < adapterRows.size(); ++r)
        mask[r] = adapterRows[r] ? 1.0f : 0.0f;
    // [B]: 1 = the row gets the adapter's update, 0 = the base weights alone.
    const torch::Tensor rowMask = torch::tensor(mask, torch::TensorOptions().device(model.device()));
    return generateRows(model, tokenizer, prompts, settings, onChunk, stop, rowMask);
}

GenerationResult generate(FalconModelImpl& model, const Tokenizer& tokenizer, const std::vector<std::string>& prompts,
                          const GenerationSettings& settings, const GenerationCallback& onChunk,
                          const std::atomic<bool>& stop)
{
    std::vector<std::vector<int64_t>> ids;
    ids.reserve(prompts.size());
    for (const auto& prompt : prompts)
        ids.push_back(tokenizer.encode(prompt));
    return generate(model, &tokenizer, ids, settings, onChunk, stop);
}

GenerationResult compareBaseAndTuned(FalconModelImpl& model, const Tokenizer* tokenizer,
                                     const std::vector<int64_t>& basePromptIds,
                                     const std::vector<int64_t>& tunedPromptIds, const GenerationSettings& settings,
                                     const GenerationCallback& onChunk, const std::atomic<bool>& stop)
{
    bool hasAdapter = false;
    for (const auto& [name, layer] : model.linearLayers())
        hasAdapter = hasAdapter || layer->adapter() != nullptr;
    if (!hasAdapter)
        throw ConfigError("compare: no adapter is attached to the model; load or train an adapter first");

    GenerationSettings both = settings;
    if (both.rowSeeds.empty())
        both.rowSeeds = {settings.sampling.seed, settings.sampling.seed};
    // Row 0 = base (adapter off), row 1 = tuned (adapter on), over one copy of the weights;
    // generateRows shrinks the mask with the batch when a row finishes.
    const torch::Tensor rowMask = torch::tensor({0.0f, 1.0f}, torch::TensorOptions().device(model.device()));
    return generateRows(model, tokenizer, {basePromptIds, tunedPromptIds}, both, onChunk, stop, rowMask);
}

GenerationResult compareBaseAndTuned(FalconModelImpl& model, const Tokenizer* tokenizer,
                                     const std::vector<int64_t>& promptIds, const GenerationSettings& settings,
                                     const GenerationCallback& onChunk, const std::atomic<bool>& stop)
{
    return compareBaseAndTuned(model, tokenizer, promptIds, promptIds, settings, onChunk, stop);
}

GenerationResult compareBaseAndTuned(FalconModelImpl& model, const Tokenizer& tokenizer, const std::string& prompt,
                                     const GenerationSettings& settings, const GenerationCallback& onChunk,
                                     const std::atomic<bool>& stop)
{
    return compareBaseAndTuned(model, &tokenizer, tokenizer.encode(prompt), settings, onChunk, stop);
}

} // namespace falconry
