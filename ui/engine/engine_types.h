#pragma once

// Value types that cross from the engine thread to the GUI thread. No torch
// header here: the GUI side only ever sees these plain values.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <cmath>
#include <utility>
#include <limits>

namespace falconry::ui {

/** What a job does; the GUI uses it to route results and guard closing. */
enum class JobKind {
    LoadModel,
    Train,
    Generate,
    Export,
    Other,
};

/** An error shown to the user: a short title, core's message as is, and what to do next. */
struct EngineError {
    // A constructor rather than an aggregate: {title, message, hint} stays valid beside kind and fields.
    EngineError(QString title_ = {}, QString message_ = {}, QString hint_ = {})
        : title(std::move(title_))
        , message(std::move(message_))
        , hint(std::move(hint_))
    {
    }
    QString title;
    QString message;
    QString hint;
    QString kind;       // core's ErrorInfo kind ("train.nonfinite", "io.disk_full", ...; "" = none): the triage reads it
    QVariantMap fields; // core's ErrorInfo fields (strings)
};

/** One training step as reported by the trainer (NaN = not measured at this step). */
struct TrainPoint {
    int step = 0;
    int totalSteps = 0;
    double epoch = 0.0;
    double lossTrain = std::numeric_limits<double>::quiet_NaN();
    double lossEval = std::numeric_limits<double>::quiet_NaN();
    double learningRate = std::numeric_limits<double>::quiet_NaN();
    double tokensPerSecond = std::numeric_limits<double>::quiet_NaN();
    double elapsedSeconds = 0.0;
};

/** Text generated for one row of a batch (row 0 = base, row 1 = tuned in a comparison). */
struct TokenChunk {
    int row = 0;
    QString text;
};

/** Coarse progress of a job (loading, exporting): fraction in [0, 1], or < 0 when unknown. */
struct JobProgress {
    double fraction = -1.0;
    QString message;
};

/** What a finished job hands back: a sentence for the user and named values. */
struct JobResult {
    QString summary;
    QVariantMap values;
};

} // namespace falconry::ui

Q_DECLARE_METATYPE(falconry::ui::JobKind)
Q_DECLARE_METATYPE(falconry::ui::EngineError)
Q_DECLARE_METATYPE(falconry::ui::TrainPoint)
Q_DECLARE_METATYPE(falconry::ui::TokenChunk)
Q_DECLARE_METATYPE(falconry::ui::JobProgress)
Q_DECLARE_METATYPE(falconry::ui::JobResult)
