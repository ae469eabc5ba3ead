#include "ui/compare/compare_job.h"

#include "core/generate/generator.h"
#include "ui/engine/engine_state.h"

#include <QCoreApplication>

namespace falconry::ui {
namespace {

GenerationSettings generationSettings(const CompareRequest& request)
{
    GenerationSettings settings;
    // Temperature 0 on the page means greedy (the sampler wants a temperature > 0 otherwise).
    settings.sampling.greedy = request.sampling.temperature <= 0.0;
    settings.sampling.temperature = settings.sampling.greedy ? 1.0 : request.sampling.temperature;
    settings.sampling.topP = request.sampling.topP;
    settings.sampling.topK = request.sampling.topK;
    settings.sampling.repetitionPenalty = request.sampling.repetitionPenalty;
    settings.maxNewTokens = request.sampling.maxNewTokens;
    for (const QString& s : request.stopStrings)
        settings.stopStrings.push_back(s.toStdString());
    return settings;
}

/** The base model alone: with an adapter attached from an earlier comparison, its row mask is 0. */
GenerationResult generateBaseOnly(FalconModelImpl& model, const Tokenizer& tokenizer, const std::vector<int64_t>& prompt,
                                  const GenerationSettings& settings, const GenerationCallback& onChunk,
                                  const std::atomic<bool>& stop, bool adapterAttached)
{
    if (!adapterAttached)
        return generate(model, &tokenizer, {prompt}, settings, onChunk, stop);
    model.setAdapterRowMask(torch::zeros({1}, torch::TensorOptions().device(model.device())));
    try {
        GenerationResult result = generate(model, &tokenizer, {prompt}, settings, onChunk, stop);
        model.setAdapterRowMask(torch::Tensor());
        return result;
    } catch (...) {
        model.setAdapterRowMask(torch::Tensor());
        throw;
    }
}

} // namespace

EngineJob makeCompareJob(const CompareRequest& request)
{
    return [request](JobContext& ctx) {
        ctx.reportProgress(-1.0, QCoreApplication::translate("CompareJob", "Loading the model…"));
        FalconModelImpl& model = ctx.state().model(request.modelDir.toStdString());
        const bool baseOnly = request.adapterDir.isEmpty();
        if (!baseOnly)
            ctx.state().useAdapter(request.adapterDir.toStdString());

        GenerationSettings settings = generationSettings(request);
        const GenerationCallback onChunk = [&ctx](const GenerationChunk& chunk) {
            if (!chunk.text.empty())
                ctx.reportTokens(static_cast<int>(chunk.row), QString::fromStdString(chunk.text));
            return !ctx.stopRequested();
        };
        const Tokenizer& tokenizer = ctx.state().tokenizer();
        GenerationResult result;
        if (baseOnly) {
            settings.rowSeeds = {request.sampling.seed};
            result = generateBaseOnly(model, tokenizer, encodeChatPrompt(request.baseChat, tokenizer), settings, onChunk,
                                      ctx.stopFlag(), !ctx.state().adapterDir.empty());
        } else {
            // The same seed on both rows: they differ only where the adapter changes the distribution.
            // Each side continues its own conversation; one batch over one copy of the weights.
            settings.rowSeeds = {request.sampling.seed, request.sampling.seed};
            result = compareBaseAndTuned(model, &tokenizer, encodeChatPrompt(request.baseChat, tokenizer),
                                         encodeChatPrompt(request.tunedChat, tokenizer), settings, onChunk, ctx.stopFlag());
        }
        QVariantMap values;
        for (size_t row = 0; row < result.rows.size(); ++row) {
            const GeneratedRow& r = result.rows[row];
            values.insert(QStringLiteral("text%1").arg(row), QString::fromStdString(r.text));
            values.insert(QStringLiteral("tokens%1").arg(row), static_cast<qlonglong>(r.newIds.size()));
            values.insert(QStringLiteral("finish%1").arg(row), QString::fromLatin1(finishReasonName(r.finishReason)));
        }
        // Exactly what the generator was given, for the page's record and the tests.
        values.insert(QStringLiteral("prompt0"), QString::fromStdString(request.baseChat.text));
        if (!baseOnly)
            values.insert(QStringLiteral("prompt1"), QString::fromStdString(request.tunedChat.text));
        values.insert(QStringLiteral("tokensPerSecond"), result.tokensPerSecond);
        ctx.setResult(JobResult{QCoreApplication::translate("CompareJob", "%1 tokens at %2 tokens/s")
                                    .arg(result.newTokens)
                                    .arg(result.tokensPerSecond, 0, 'f', 1),
                                values});
    };
}

} // namespace falconry::ui
