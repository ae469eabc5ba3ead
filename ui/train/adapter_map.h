#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace falconry::ui {

/** One LoRA module of an adapter map (core/lora/adapter_inspect's figures as Qt values). */
struct AdapterMapCell {
    int layer = -1;
    QString target;             // "query_key_value", "dense", ...
    QString module;             // the PEFT name
    double norm = 0.0;          // Frobenius norm of scale·B·A
    double effectiveRank = 0.0; // 1 ... r (0 for a zero update)
    std::optional<double> cosine; // against the compared adapter's update of the same module
};

/** What the heat map shows: every module of one adapter, optionally compared with a second. */
struct AdapterMap {
    QString dir;
    QString compareDir;         // "" = no comparison
    int rank = 0;
    double alpha = 0.0;
    double scale = 0.0;
    bool rslora = false;
    QList<int> layers;          // ascending
    QStringList targets;        // Falcon's order (query_key_value, dense, dense_h_to_4h, dense_4h_to_h), then others
    QList<AdapterMapCell> cells;
    QString error;              // why it could not be read, or ""

    bool compared() const { return !compareDir.isEmpty(); }
    /** The cell of `layer` × `target`, or null. */
    const AdapterMapCell* cell(int layer, const QString& target) const;
};

/** Reads the PEFT adapter in `dir` (and `compareDir`, when given) and computes the map; errors land in `error`. */
AdapterMap loadAdapterMap(const QString& dir, const QString& compareDir = QString());

/** The adapter of a run folder: adapter/ when it finished, else its newest checkpoint's adapter/, else "". */
QString runAdapterFolder(const QString& runDir);

} // namespace falconry::ui
