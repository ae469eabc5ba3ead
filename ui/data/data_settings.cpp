#include "ui/data/data_settings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace falconry::ui {

QStringList builtInTemplateNames()
{
    return {QStringLiteral("falcon-instruct"), QStringLiteral("falcon-chat"), QStringLiteral("guanaco"),
            QStringLiteral("alpaca"), QStringLiteral("plain")};
}

AnalysisOptions DataSettings::analysisOptions() const
{
    AnalysisOptions options;
    if (kind != DatasetKind::Unknown)
        options.kind = kind;
    options.mapping = mapping;
    options.promptTemplate = promptTemplate;
    options.tokenize.trainOn = trainOn;
    options.tokenize.maxLength = maxLength;
    options.tokenize.cutSide = cutSide;
    options.lint.maxLength = maxLength;
    options.split = SplitOptions{evalRatio, seed};
    return options;
}

QByteArray DataSettings::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("kind")] = QString::fromStdString(kind == DatasetKind::Unknown ? std::string() : datasetKindName(kind));
    o[QStringLiteral("mapping")] = QString::fromStdString(mapping.toString());
    o[QStringLiteral("template")] = QString::fromStdString(promptTemplate.name());
    o[QStringLiteral("train_on")] = trainOn == TrainOn::Answers ? QStringLiteral("answers") : QStringLiteral("everything");
    o[QStringLiteral("max_length")] = static_cast<qint64>(maxLength);
    o[QStringLiteral("cut_side")] = cutSide == CutSide::End ? QStringLiteral("end") : QStringLiteral("start");
    o[QStringLiteral("eval_ratio")] = evalRatio;
    o[QStringLiteral("seed")] = static_cast<qint64>(seed);
    return QJsonDocument(o).toJson();
}

DataSettings DataSettings::fromJson(const QByteArray& json)
{
    DataSettings s;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    try {
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (!kind.isEmpty())
            s.kind = parseDatasetKind(kind.toStdString());
        s.mapping = RoleMapping::parse(o.value(QStringLiteral("mapping")).toString().toStdString());
        const QString tpl = o.value(QStringLiteral("template")).toString();
        if (!tpl.isEmpty())
            s.promptTemplate = PromptTemplate::fromName(tpl.toStdString());
    } catch (const std::exception&) {
        // keep what was read so far; the page shows the defaults for the rest
    }
    s.trainOn = o.value(QStringLiteral("train_on")).toString() == QLatin1String("everything") ? TrainOn::Everything
                                                                                              : TrainOn::Answers;
    s.maxLength = static_cast<size_t>(o.value(QStringLiteral("max_length")).toInteger(static_cast<qint64>(DataSettings().maxLength)));
    s.cutSide = o.value(QStringLiteral("cut_side")).toString() == QLatin1String("start") ? CutSide::Start : CutSide::End;
    s.evalRatio = o.value(QStringLiteral("eval_ratio")).toDouble(0.1);
    s.seed = static_cast<uint64_t>(o.value(QStringLiteral("seed")).toInteger(42));
    return s;
}

} // namespace falconry::ui
