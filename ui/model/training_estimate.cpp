#include "ui/model/training_estimate.h"

#include "core/tokenizer/tokenizer.h"
#include "core/train/imported_examples.h"
#include "ui/train/run_history.h"
#include "ui/train/train_job.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace falconry::ui {
namespace {

/**
 * The share of the matmul peak LoRA training reaches: bench_train measures 64 % on shape `mini`
 * (hidden 1024); small models reach far less (per-op overhead dominates), so the estimate takes a
 * lower share and says it is an estimate.
 */
constexpr double kTrainingEfficiency = 0.25;

QString canonical(const QString& dir)
{
    const QString c = QFileInfo(dir).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(dir) : c;
}

} // namespace

TrainingSpeed measuredTrainingSpeed(const QString& runsRoot, const QString& modelDir)
{
    TrainingSpeed speed;
    if (runsRoot.isEmpty() || modelDir.isEmpty())
        return speed;
    const QString model = canonical(modelDir);
    // The newest run of the model that went some way (a run stopped after a step or two mostly
    // measures its one-time costs), else the newest run that did a step at all.
    constexpr int kEnoughSteps = 10;
    TrainingSpeed fallback;
    for (const RunRecord& run : listRuns(runsRoot)) { // newest first
        const QJsonObject settings = run.runJson.value(QStringLiteral("settings")).toObject();
        if (canonical(settings.value(QStringLiteral("model")).toString()) != model || run.points.isEmpty())
            continue;
        const TrainPoint& last = run.points.last();
        const QJsonObject dataset = run.runJson.value(QStringLiteral("dataset")).toObject();
        const double epochTokens = dataset.value(QStringLiteral("train_tokens")).toDouble();
        const double stepsPerEpoch = run.runJson.value(QStringLiteral("steps_per_epoch")).toDouble();
        double tps = 0.0;
        if (epochTokens > 0 && stepsPerEpoch > 0 && last.step > 0 && last.elapsedSeconds > 0) {
            // The whole run's pace: tokens of the steps done over the time they took.
            tps = epochTokens / stepsPerEpoch * last.step / last.elapsedSeconds;
        } else {
            // Older run folders: the median of the steps' own speeds (evals not counted).
            QList<double> speeds;
            for (const TrainPoint& p : run.points)
                if (std::isfinite(p.tokensPerSecond) && p.tokensPerSecond > 0)
                    speeds << p.tokensPerSecond;
            if (speeds.isEmpty())
                continue;
            std::sort(speeds.begin(), speeds.end());
            tps = speeds[speeds.size() / 2];
        }
        if (tps <= 0)
            continue;
        speed.source = TrainingSpeed::Source::Measured;
        speed.tokensPerSecond = tps;
        speed.runName = run.name;
        if (last.step >= kEnoughSteps)
            return speed;
        if (fallback.source == TrainingSpeed::Source::None)
            fallback = speed;
    }
    return fallback;
}

TrainingSpeed estimatedTrainingSpeed(qint64 parameters, bool gradientCheckpointing, double matmulGflops)
{
    TrainingSpeed speed;
    if (parameters <= 0 || !(matmulGflops > 0))
        return speed;
    const double flopsPerToken = (gradientCheckpointing ? 6.0 : 4.0) * static_cast<double>(parameters);
    speed.source = TrainingSpeed::Source::Estimated;
    speed.tokensPerSecond = matmulGflops * 1e9 * kTrainingEfficiency / flopsPerToken;
    return speed;
}

DatasetTokens countDatasetTokens(const QString& modelDir, const QString& datasetPath, int maxLength)
{
    DatasetTokens counted;
    try {
        TrainRequest request;
        request.modelDir = modelDir;
        request.datasetPath = datasetPath;
        request.settings.maxLength = maxLength;
        const TrainConfig config = toTrainConfig(request); // the Data page project's template and mapping
        const std::unique_ptr<Tokenizer> tokenizer = Tokenizer::load(modelDir.toStdString());
        const std::vector<TrainExample> examples = loadTrainExamples(config, *tokenizer);
        counted.rows = static_cast<qint64>(examples.size());
        for (const TrainExample& e : examples)
            counted.tokens += std::min<qint64>(maxLength, static_cast<qint64>(e.ids.size()));
    } catch (const std::exception& e) {
        counted.error = QString::fromStdString(e.what());
    }
    return counted;
}

} // namespace falconry::ui
