#include "ui/train/train_job.h"

#include "core/io/hf_cache.h"
#include "core/lora/lora_config.h"
#include "core/train/train_config.h"
#include "core/train/trainer.h"
#include "core/util/error_info.h"
#include "core/util/errors.h"

#include "ui/data/data_settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace falconry::ui {
// The Train page's settings as core's TrainConfig (core never sees Qt types).
TrainConfig toTrainConfig(const TrainRequest& r)
{
    const TrainSettings& s = r.settings;
    TrainConfig c;
    c.modelDir = r.modelDir.toStdString();
    c.dataFile = r.datasetPath.toStdString();
    // One home for how rows become examples: what the Data page shows is what trains.
    const DataSettings& d = r.data;
    if (r.dataMapped) {
        c.columnMapping = d.mapping.toString();
        c.templateName = d.promptTemplate.name();
    }
    c.trainOn = d.trainOn == TrainOn::Everything ? "everything" : "answers";
    c.cutSide = d.cutSide == CutSide::Start ? "start" : "end";
    c.maxLength = static_cast<int64_t>(d.maxLength);
    c.evalRatio = d.evalRatio;
    c.evalSeed = d.seed;
    c.outDir = r.runDir.toStdString();
    c.device = "auto"; // the GPU when this build and machine have one (in-process runs and launch scripts)
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
    c.weightDecay = s.weightDecay;
    c.maxGradNorm = s.maxGradNorm;
    c.gradientCheckpointing = s.gradientCheckpointing;
    c.evalEvery = c.evalRatio > 0 ? s.evalEvery : 0;
    c.earlyStoppingPatience = c.evalRatio > 0 ? s.earlyStoppingPatience : 0; // it compares eval losses
    c.earlyStoppingThreshold = s.earlyStoppingThreshold;
    c.saveEvery = s.saveEvery;
    c.seed = static_cast<uint64_t>(s.seed);
    c.probes = s.probes;
    c.probePrompts.clear();
    for (const QString& prompt : s.probePrompts)
        c.probePrompts.push_back(prompt.toStdString());
    c.probeMaxTokens = s.probeMaxTokens;
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
            result = resumeTraining(request.resumeRunDir.toStdString(), request.resumeChanges, progress, ctx.stopFlag());
        } else {
            const TrainConfig config = toTrainConfig(request);
            config.validate();
            QDir().mkpath(request.runDir);
            Trainer trainer;
            result = trainer.run(config, progress, ctx.stopFlag());
        }
        if (result.status == TrainStatus::Diverged)
            throw Described<TrainError>(result.message, "train.diverged",
                                        {{"best", result.bestCheckpoint.string()}, {"step", std::to_string(result.steps)}});
        const QString status = QString::fromLatin1(toString(result.status));
        const QLocale locale;
        QString summary = QCoreApplication::translate("TrainJob", "Run %1 after %2 steps, final loss %3.")
                              .arg(status, locale.toString(static_cast<qlonglong>(result.steps)),
                                   locale.toString(result.finalLoss, 'f', 4));
        if (result.finalEvalLoss)
            summary += QLatin1Char(' ') + QCoreApplication::translate("TrainJob", "Eval loss %1.")
                                              .arg(locale.toString(*result.finalEvalLoss, 'f', 4));
        if (result.probeSeconds > 0.0)
            summary += QLatin1Char(' ') + QCoreApplication::translate("TrainJob", "Probe answers took %1 s.")
                                              .arg(locale.toString(result.probeSeconds, 'f', 1));
        ctx.setResult(JobResult{summary,
                                {{QStringLiteral("status"), status},
                                 {QStringLiteral("steps"), static_cast<qlonglong>(result.steps)},
                                 {QStringLiteral("runDir"), QString::fromStdString(result.runDir.string())},
                                 {QStringLiteral("adapterDir"), QString::fromStdString(result.adapterDir.string())},
                                 {QStringLiteral("lastCheckpoint"), QString::fromStdString(result.lastCheckpoint.string())}}});
    };
}

} // namespace falconry::ui
