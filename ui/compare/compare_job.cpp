#include "ui/compare/compare_job.h"

#include "core/generate/generator.h"
#include "ui/engine/engine_state.h"

#include <QCoreApplication>

namespace falconry::ui {

bool generationEngineAvailable()
{
    return true;
}

EngineJob makeCompareJob(const CompareRequest& request)
{
    return [request](JobContext& ctx) {
        ctx.reportProgress(-1.0, QCoreApplication::translate("CompareJob", "Loading the model…"));
        FalconModelImpl& model = ctx.state().model(request.modelDir.toStdString());
        ctx.state().useAdapter(request.adapterDir.toStdString());

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
        // The same seed on both rows: they differ only where the adapter changes the distribution.
        settings.rowSeeds = {request.sampling.seed, request.sampling.seed};

        const GenerationCallback onChunk = [&ctx](const GenerationChunk& chunk) {
            if (!chunk.text.empty())
                ctx.reportTokens(static_cast<int>(chunk.row), QString::fromStdString(chunk.text));
            return !ctx.stopRequested();
        };
        GenerationResult result;
        if (request.basePrompt == request.tunedPrompt) {
            // One prompt: one batch of two rows over the same weights, adapter mask [0, 1].
            result = compareBaseAndTuned(model, ctx.state().tokenizer(), request.basePrompt.toStdString(), settings,
                                         onChunk, ctx.stopFlag());
        } else {
            // Multi-turn: each side continues its own conversation, still one batch over one copy of the weights.
            model.setAdapterRowMask(torch::tensor({0.0f, 1.0f}, torch::TensorOptions().device(model.device())));
            try {
                result = generate(model, ctx.state().tokenizer(),
                                  std::vector<std::string>{request.basePrompt.toStdString(), request.tunedPrompt.toStdString()},
                                  settings, onChunk, ctx.stopFlag());
            } catch (...) {
                model.setAdapterRowMask(torch::Tensor());
                throw;
            }
            model.setAdapterRowMask(torch::Tensor());
        }
        QVariantMap values;
        for (size_t row = 0; row < result.rows.size(); ++row) {
            const GeneratedRow& r = result.rows[row];
            values.insert(QStringLiteral("text%1").arg(row), QString::fromStdString(r.text));
            values.insert(QStringLiteral("tokens%1").arg(row), static_cast<qlonglong>(r.newIds.size()));
            values.insert(QStringLiteral("finish%1").arg(row), QString::fromLatin1(finishReasonName(r.finishReason)));
        }
        values.insert(QStringLiteral("tokensPerSecond"), result.tokensPerSecond);
        ctx.setResult(JobResult{QCoreApplication::translate("CompareJob", "%1 tokens at %2 tokens/s")
                                    .arg(result.newTokens)
                                    .arg(result.tokensPerSecond, 0, 'f', 1),
                                values});
    };
}

} // namespace falconry::ui
