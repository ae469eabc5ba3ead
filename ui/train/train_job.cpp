#include "ui/train/train_job.h"

#include "core/io/hf_cache.h"
#include "core/lora/lora_config.h"
#include "core/train/train_config.h"
#include "core/train/trainer.h"

#include "ui/data/data_settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace falconry::ui {
namespace {

} // namespace

// The Train page's settings as core's TrainConfig (core never sees Qt types).
TrainConfig toTrainConfig(const TrainRequest& r)
{
    const TrainSettings& s = r.settings;
    TrainConfig c;
    c.modelDir = r.modelDir.toStdString();
    c.dataFile = r.datasetPath.toStdString();
    // A Data page project keeps its mapping and template beside the rows.
    QFile dataSettings(QFileInfo(r.datasetPath).dir().filePath(DataSettings::fileName()));
    if (dataSettings.open(QIODevice::ReadOnly)) {
        const DataSettings d = DataSettings::fromJson(dataSettings.readAll());
        c.columnMapping = d.mapping.toString();
        c.templateName = d.promptTemplate.name();
    }
    c.outDir = r.runDir.toStdString();
    c.lora.r = s.loraRank;
    c.lora.alpha = s.loraAlpha;
    c.lora.dropout = s.loraDropout;
    c.lora.targets.clear();
    for (const QString& t : s.targets)
        c.lora.targets.push_back(t.toStdString());
    // A model from the Hugging Face cache is named by its repo id (peft on another machine loads it).
    const std::string repoId = repoIdOfSnapshot(c.modelDir);
    c.lora.baseModelNameOrPath = repoId.empty() ? c.modelDir.string() : repoId;
    c.nf4 = s.nf4;
    c.learningRate = s.learningRate;
    c.schedule = lrScheduleFromString(s.schedule.toStdString());
    c.warmupRatio = s.warmupRatio;
    c.epochs = s.epochs;
    c.maxSteps = s.maxSteps;
    c.batchSize = s.batchSize;
    c.gradAccum = s.gradAccum;
    c.maxLength = s.maxLength;
    c.weightDecay = s.weightDecay;
    c.maxGradNorm = s.maxGradNorm;
    c.gradientCheckpointing = s.gradientCheckpointing;
    c.evalRatio = s.evalRatio;
    c.evalEvery = s.evalRatio > 0 ? s.evalEvery : 0;
    c.saveEvery = s.saveEvery;
    c.seed = static_cast<uint64_t>(s.seed);
    return c;
}

namespace {

TrainPoint toPoint(const TrainProgress& p)
{
    TrainPoint t;
    t.step = static_cast<int>(p.step);
    t.totalSteps = static_cast<int>(p.totalSteps);
    t.epoch = p.epoch;
    t.lossTrain = p.loss;
    if (p.evalLoss)
        t.lossEval = *p.evalLoss;
    t.learningRate = p.lr;
    t.tokensPerSecond = p.tokensPerSecond;
    t.elapsedSeconds = p.elapsedSeconds;
    return t;
}

} // namespace

bool trainingEngineAvailable()
{
    return true;
}

EngineJob makeTrainJob(const TrainRequest& request)
{
    return [request](JobContext& ctx) {
        // Pause blocks inside the progress callback: the run stays in memory and
        // goes on at once. Stop makes the trainer write a checkpoint and return.
        const TrainProgressFn progress = [&ctx](const TrainProgress& p) {
            ctx.reportTrain(toPoint(p));
            if (ctx.paused()) {
                ctx.log(QCoreApplication::translate("TrainJob", "Paused at step %1.").arg(p.step));
                ctx.waitWhilePaused();
            }
            return !ctx.stopRequested();
        };
        TrainResult result;
        if (!request.resumeRunDir.isEmpty()) {
            result = resumeTraining(request.resumeRunDir.toStdString(), progress, ctx.stopFlag());
        } else {
            const TrainConfig config = toTrainConfig(request);
            config.validate();
            QDir().mkpath(request.runDir);
            Trainer trainer;
            result = trainer.run(config, progress, ctx.stopFlag());
        }
        const QString status = QString::fromLatin1(toString(result.status));
        QString summary = QCoreApplication::translate("TrainJob", "Run %1 after %2 steps, final loss %3.")
                              .arg(status)
                              .arg(result.steps)
                              .arg(result.finalLoss, 0, 'f', 4);
        if (result.finalEvalLoss)
            summary += QLatin1Char(' ') + QCoreApplication::translate("TrainJob", "Eval loss %1.").arg(*result.finalEvalLoss, 0, 'f', 4);
        ctx.setResult(JobResult{summary,
                                {{QStringLiteral("status"), status},
                                 {QStringLiteral("steps"), static_cast<qlonglong>(result.steps)},
                                 {QStringLiteral("runDir"), QString::fromStdString(result.runDir.string())},
                                 {QStringLiteral("adapterDir"), QString::fromStdString(result.adapterDir.string())},
                                 {QStringLiteral("lastCheckpoint"), QString::fromStdString(result.lastCheckpoint.string())}}});
    };
}

} // namespace falconry::ui
