#pragma once

#include "core/data/dataset_analysis.h"

#include <QString>
#include <QStringList>

namespace falconry::ui {

/**
 * How the Data page shows a dataset to the model: mapping, template, masking,
 * max length and the train/eval split. Saved beside the project copy as
 * data_settings.json, which is what a training run reads with the rows.
 */
/** The built-in template names the wizard, the Data page and Compare offer, in their order (core's PromptTemplate names). */
QStringList builtInTemplateNames();

struct DataSettings {
    DatasetKind kind = DatasetKind::Unknown;
    RoleMapping mapping;
    PromptTemplate promptTemplate;
    TrainOn trainOn = TrainOn::Answers;
    size_t maxLength = 512; // tokens; the run's max length (TrainConfig::maxLength)
    CutSide cutSide = CutSide::End;
    double evalRatio = 0.1;
    uint64_t seed = 42;

    /** The file a Data page project keeps them in, beside its rows (dataset.jsonl). */
    static QString fileName() { return QStringLiteral("data_settings.json"); }

    AnalysisOptions analysisOptions() const;
    QByteArray toJson() const;
    /** Missing or unreadable fields keep their defaults. */
    static DataSettings fromJson(const QByteArray& json);
    /** Same settings (compared as saved). */
    bool operator==(const DataSettings& other) const { return toJson() == other.toJson(); }
};

} // namespace falconry::ui
