#include "ui/train/run_history.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace falconry::ui {
namespace {

double number(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isDouble())
            return v.toDouble();
    }
    return std::numeric_limits<double>::quiet_NaN();
}

void flattenInto(const QString& prefix, const QJsonObject& o, QList<QPair<QString, QString>>& out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const QJsonValue v = it.value();
        if (v.isObject()) {
            flattenInto(key, v.toObject(), out);
        } else if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue& e : v.toArray())
                parts << (e.isString() ? e.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
            out.append({key, parts.join(QStringLiteral(", "))});
        } else if (v.isString()) {
            out.append({key, v.toString()});
        } else if (v.isBool()) {
            out.append({key, v.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
        } else if (v.isDouble()) {
            out.append({key, QString::number(v.toDouble(), 'g', 8)});
        } else {
            out.append({key, QStringLiteral("null")});
        }
    }
}

} // namespace

bool parseMetricsLine(const QByteArray& line, TrainPoint& p)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    p = TrainPoint{};
    p.step = static_cast<int>(number(o, {"step"}));
    const double total = number(o, {"total_steps", "max_steps"});
    p.totalSteps = std::isfinite(total) ? static_cast<int>(total) : 0;
    const double epoch = number(o, {"epoch"});
    p.epoch = std::isfinite(epoch) ? epoch : 0.0;
    p.lossTrain = number(o, {"loss", "train_loss"});
    p.lossEval = number(o, {"eval_loss"});
    p.learningRate = number(o, {"lr", "learning_rate"});
    p.tokensPerSecond = number(o, {"tokens_per_s", "tokens_per_second", "tokens/s", "tokens_per_sec"});
    const double elapsed = number(o, {"elapsed", "elapsed_s", "elapsed_seconds"});
    p.elapsedSeconds = std::isfinite(elapsed) ? elapsed : 0.0;
    return true;
}

RunRecord readRun(const QString& dir)
{
    RunRecord r;
    const QDir d(dir);
    r.dir = d.absolutePath();
    r.name = d.dirName();
    r.modified = QFileInfo(dir).lastModified();
    QFile runJson(d.filePath(QStringLiteral("run.json")));
    if (runJson.open(QIODevice::ReadOnly)) {
        QJsonParseError error{};
        r.runJson = QJsonDocument::fromJson(runJson.readAll(), &error).object();
        if (error.error != QJsonParseError::NoError)
            r.problem = QStringLiteral("run.json: %1").arg(error.errorString());
    }
    QFile metrics(d.filePath(QStringLiteral("metrics.jsonl")));
    if (metrics.open(QIODevice::ReadOnly)) {
        r.modified = std::max(r.modified, QFileInfo(metrics).lastModified());
        while (!metrics.atEnd()) {
            const QByteArray line = metrics.readLine().trimmed();
            TrainPoint p;
            // A killed run may leave a half-written last line: skip it.
            if (!line.isEmpty() && parseMetricsLine(line, p)) {
                r.points.append(p);
                r.lastStep = std::max(r.lastStep, p.step);
                r.totalSteps = std::max(r.totalSteps, p.totalSteps);
            }
        }
    }
    if (r.totalSteps == 0)
        r.totalSteps = r.runJson.value(QStringLiteral("total_steps")).toInt(
            r.runJson.value(QStringLiteral("max_steps")).toInt(0));
    int newest = -1;
    const QDir checkpoints(d.filePath(QStringLiteral("checkpoints")));
    for (const QString& name : checkpoints.entryList({QStringLiteral("step-*")}, QDir::Dirs)) {
        bool ok = false;
        const int step = name.mid(5).toInt(&ok);
        if (ok && step > newest) {
            newest = step;
            r.lastCheckpoint = checkpoints.filePath(name);
        }
    }
    r.hasAdapter = QFileInfo::exists(d.filePath(QStringLiteral("adapter/adapter_config.json")));
    QFile manifest(d.filePath(QStringLiteral("falconry-bundle.json")));
    if (manifest.open(QIODevice::ReadOnly)) {
        r.imported = true;
        r.bundle = QJsonDocument::fromJson(manifest.readAll()).object();
    }
    return r;
}

QString importedRunsRoot(const QString& runsRoot)
{
    return runsRoot + QStringLiteral("/imported");
}

QList<RunRecord> listRuns(const QString& root)
{
    QList<RunRecord> runs;
    const QDir d(root);
    for (const QFileInfo& info : d.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir run(info.absoluteFilePath());
        if (run.exists(QStringLiteral("run.json")) || run.exists(QStringLiteral("metrics.jsonl")))
            runs.append(readRun(info.absoluteFilePath()));
    }
    std::sort(runs.begin(), runs.end(), [](const RunRecord& a, const RunRecord& b) { return a.modified > b.modified; });
    return runs;
}

QList<QPair<QString, QString>> flattenSettings(const QJsonObject& runJson)
{
    QList<QPair<QString, QString>> out;
    flattenInto(QString(), runJson, out);
    return out;
}

} // namespace falconry::ui
