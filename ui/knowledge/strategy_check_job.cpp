#include "ui/knowledge/strategy_check_job.h"

#include "core/knowledge/knowledge_store.h"
#include "core/util/errors.h"
#include "ui/engine/engine_state.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>

#include <algorithm>
#include <memory>

namespace falconry::ui {

EngineJob makeStrategyCheckJob(const StrategyCheckRequest& request)
{
    return [request](JobContext& ctx) {
        ctx.reportProgress(-1.0, QCoreApplication::translate("StrategyCheckJob", "Loading the model…"));
        FalconModelImpl& model = ctx.state().model(request.modelDir.toStdString());
        const bool tuned = std::any_of(request.arms.begin(), request.arms.end(), armIsTuned);
        if (tuned) {
            if (request.adapterDir.isEmpty())
                throw ConfigError("the tuned answers need an adapter; train one or choose an adapter folder");
            ctx.state().useAdapter(request.adapterDir.toStdString());
        }
        std::unique_ptr<KnowledgeStore> store;
        if (std::any_of(request.arms.begin(), request.arms.end(), armUsesKnowledge))
            store = std::make_unique<KnowledgeStore>(request.knowledgeBase.toStdString(), false);

        StrategyCheckOptions options;
        options.arms = request.arms;
        options.promptTemplate = request.promptTemplate;
        options.mapping = request.mapping;
        options.contextTokens = static_cast<size_t>(model.config().maxPositionEmbeddings);
        options.k = static_cast<size_t>(request.passages);
        options.maxNewTokens = request.maxNewTokens;
        options.batchSize = static_cast<size_t>(request.batchSize);
        const StrategyCheckResult result = runStrategyCheck(
            model, ctx.state().tokenizer(), store.get(), request.questions, options,
            [&ctx](const StrategyCheckProgress& p) {
                ctx.reportProgress(p.total ? static_cast<double>(p.done) / static_cast<double>(p.total) : 0.0,
                                   QCoreApplication::translate("StrategyCheckJob", "%1 of %2 answers")
                                       .arg(p.done)
                                       .arg(p.total));
                return !ctx.stopRequested();
            },
            ctx.stopFlag());

        QVariantList tallies;
        for (const ArmTally& t : result.tallies) {
            QVariantMap m;
            m.insert(QStringLiteral("arm"), static_cast<int>(t.arm));
            m.insert(QStringLiteral("answered"), static_cast<qulonglong>(t.answered));
            m.insert(QStringLiteral("containing"), static_cast<qulonglong>(t.containing));
            tallies.append(m);
        }
        QVariantList answers;
        for (const CheckAnswer& a : result.answers) {
            QVariantMap m;
            m.insert(QStringLiteral("question"), static_cast<qulonglong>(a.question));
            m.insert(QStringLiteral("arm"), static_cast<int>(a.arm));
            m.insert(QStringLiteral("answer"), QString::fromStdString(a.answer));
            m.insert(QStringLiteral("containsFact"), a.containsFact);
            m.insert(QStringLiteral("passages"), static_cast<qulonglong>(a.passages));
            m.insert(QStringLiteral("factInPassages"), a.factInPassages);
            answers.append(m);
        }
        QVariantMap values;
        values.insert(QStringLiteral("tallies"), tallies);
        values.insert(QStringLiteral("answers"), answers);
        values.insert(QStringLiteral("questions"), static_cast<qulonglong>(result.questions));
        values.insert(QStringLiteral("factRetrieved"), static_cast<qulonglong>(result.factRetrieved));
        values.insert(QStringLiteral("cancelled"), result.cancelled);
        values.insert(QStringLiteral("seconds"), result.seconds);
        ctx.setResult(JobResult{QCoreApplication::translate("StrategyCheckJob", "%n answer(s) checked", nullptr,
                                                            static_cast<int>(result.answers.size())),
                                values});
    };
}

} // namespace falconry::ui
