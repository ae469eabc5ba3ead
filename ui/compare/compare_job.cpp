#include "ui/compare/compare_job.h"

#include "core/generate/generator.h"
#include "core/util/errors.h"
#include "ui/engine/engine_state.h"
#include "ui/knowledge/knowledge_context.h"

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
        FalconModelImpl& model = ctx.state().model(
            request.modelDir.toStdString(), request.fourBitWeights ? GenerationWeights::Nf4 : GenerationWeights::Stored);
        const int rows = request.rowCount > 0 ? std::min(request.rowCount, 2) : (request.adapterDir.isEmpty() ? 1 : 2);
        const bool tuned[2] = {request.rowTuned[0], rows > 1 && request.rowTuned[1]};
        if ((tuned[0] || tuned[1]) && request.adapterDir.isEmpty())
            throw ConfigError("a tuned side needs an adapter; choose one on the Compare page");
        if (tuned[0] || tuned[1])
            ctx.state().useAdapter(request.adapterDir.toStdString());
        const Tokenizer& tokenizer = ctx.state().tokenizer();

        // Rows that answer from the knowledge base: their message gets the passages retrieved for it,
        // within what the model's context leaves after the prompt and the answer.
        ChatPrompt chats[2] = {request.baseChat, request.tunedChat};
        QVariantList passages[2];
        for (int row = 0; row < rows; ++row) {
            if (!request.rowUsesKnowledge[row] || !request.renderRow)
                continue;
            ctx.reportProgress(-1.0, QCoreApplication::translate("CompareJob", "Looking up the knowledge base…"));
            const std::string question = request.question.toStdString();
            const size_t bareTokens =
                encodeChatPrompt(request.renderRow(row, bareKnowledgeMessage(question)), tokenizer).size();
            const KnowledgeContext context = knowledgeContextFor(
                request.knowledgeBase.toStdString(), question, tokenizer,
                static_cast<size_t>(model.config().maxPositionEmbeddings), bareTokens,
                static_cast<size_t>(request.sampling.maxNewTokens));
            chats[row] = request.renderRow(row, context.message);
            passages[row] = passagesToVariant(context.passages);
        }

        GenerationSettings settings = generationSettings(request);
        // (tuned, base) runs as (base, tuned) with the rows swapped back in what is reported.
        const bool swapRows = rows == 2 && tuned[0] && !tuned[1];
        const GenerationCallback onChunk = [&ctx, swapRows](const GenerationChunk& chunk) {
            if (!chunk.text.empty())
                ctx.reportTokens(swapRows ? 1 - static_cast<int>(chunk.row) : static_cast<int>(chunk.row),
                                 QString::fromStdString(chunk.text));
            return !ctx.stopRequested();
        };
        const std::vector<int64_t> ids0 = encodeChatPrompt(chats[0], tokenizer);
        GenerationResult result;
        if (rows == 1) {
            settings.rowSeeds = {request.sampling.seed};
            if (tuned[0])
                result = generate(model, &tokenizer, {ids0}, settings, onChunk, ctx.stopFlag());
            else
                result = generateBaseOnly(model, tokenizer, ids0, settings, onChunk, ctx.stopFlag(),
                                          !ctx.state().adapterDir.empty());
        } else {
            // The same seed on both rows: they differ only where the adapter (or the passages) change the distribution.
            // Each side continues its own conversation; one batch over one copy of the weights.
            settings.rowSeeds = {request.sampling.seed, request.sampling.seed};
            const std::vector<int64_t> ids1 = encodeChatPrompt(chats[1], tokenizer);
            if (tuned[0] == tuned[1]) {
                // Both base (the adapter, if attached, is switched off) or both tuned.
                const bool adapterAttached = !ctx.state().adapterDir.empty();
                if (adapterAttached)
                    model.setAdapterEnabled(tuned[0]);
                try {
                    result = generate(model, &tokenizer, {ids0, ids1}, settings, onChunk, ctx.stopFlag());
                } catch (...) {
                    model.setAdapterEnabled(true);
                    throw;
                }
                model.setAdapterEnabled(true);
            } else if (swapRows) {
                result = compareBaseAndTuned(model, &tokenizer, ids1, ids0, settings, onChunk, ctx.stopFlag());
                std::swap(result.rows[0], result.rows[1]);
            } else {
                result = compareBaseAndTuned(model, &tokenizer, ids0, ids1, settings, onChunk, ctx.stopFlag());
            }
        }
        QVariantMap values;
        for (size_t row = 0; row < result.rows.size(); ++row) {
            const GeneratedRow& r = result.rows[row];
            values.insert(QStringLiteral("text%1").arg(row), QString::fromStdString(r.text));
            values.insert(QStringLiteral("tokens%1").arg(row), static_cast<qlonglong>(r.newIds.size()));
            values.insert(QStringLiteral("finish%1").arg(row), QString::fromLatin1(finishReasonName(r.finishReason)));
            values.insert(QStringLiteral("passages%1").arg(row), passages[row]);
        }
        // Exactly what the generator was given, for the page's record and the tests.
        values.insert(QStringLiteral("prompt0"), QString::fromStdString(chats[0].text));
        if (rows > 1)
            values.insert(QStringLiteral("prompt1"), QString::fromStdString(chats[1].text));
        values.insert(QStringLiteral("tokensPerSecond"), result.tokensPerSecond);
        ctx.setResult(JobResult{QCoreApplication::translate("CompareJob", "%1 tokens at %2 tokens/s")
                                    .arg(result.newTokens)
                                    .arg(result.tokensPerSecond, 0, 'f', 1),
                                values});
    };
}

} // namespace falconry::ui
