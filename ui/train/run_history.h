#pragma once

#include "ui/engine/engine_types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace falconry::ui {

/** A run folder as read from disk: run.json, metrics.jsonl, checkpoints/step-N, adapter/. */
struct RunRecord {
    QString dir;
    QString name;             // folder name
    QDateTime modified;
    QJsonObject runJson;      // run.json as written by the trainer
    QList<TrainPoint> points; // metrics.jsonl
    int lastStep = 0;
    int totalSteps = 0;
    QString lastCheckpoint;   // newest checkpoints/step-N folder, or ""
    bool hasAdapter = false;  // adapter/ with adapter_config.json (finished)
    QString problem;          // what could not be read, or ""
    bool imported = false;    // opened from a run bundle (core/train/run_bundle.h): read-only, never resumed
    QJsonObject bundle;       // its falconry-bundle.json (created, written_by, run, contents)
};

/** Reads one run folder; tolerant of a half-written last line (a crashed run). */
RunRecord readRun(const QString& dir);

/** Where runs opened from bundles are unpacked: `runsRoot`/imported. */
QString importedRunsRoot(const QString& runsRoot);

/** Every run under `root` (folders holding run.json or metrics.jsonl), newest first. */
QList<RunRecord> listRuns(const QString& root);

/** One metrics.jsonl line as a TrainPoint; false when the line is not a JSON object. */
bool parseMetricsLine(const QByteArray& line, TrainPoint& point);

/** The settings of run.json flattened to "key" → text, for the side-by-side view. */
QList<QPair<QString, QString>> flattenSettings(const QJsonObject& runJson);

} // namespace falconry::ui
