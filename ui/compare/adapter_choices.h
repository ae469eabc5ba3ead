#pragma once

#include <QList>
#include <QString>

namespace falconry::ui {

/** One entry of the Compare page's adapter list: what the user reads and the PEFT folder it stands for. */
struct AdapterChoice {
    QString label;
    QString dir; // empty = no adapter (the base model answers alone)
};

/**
 * The adapters a run folder holds, newest first: its final adapter (`run/adapter`), then every
 * checkpoint from the highest step down (`run/checkpoints/step-N/adapter`, or the step folder
 * itself when it holds the adapter files directly). Empty when `runDir` is empty or holds none.
 */
QList<AdapterChoice> adaptersOfRun(const QString& runDir);

/** True when `dir` looks like a PEFT LoRA adapter folder (it has adapter_config.json). */
bool isAdapterFolder(const QString& dir);

} // namespace falconry::ui
