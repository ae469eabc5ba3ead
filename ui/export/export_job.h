#pragma once

#include "ui/engine/engine_job.h"

#include <QString>

namespace falconry::ui {

/**
 * Copies a PEFT adapter folder (adapter_config.json, adapter_model.safetensors
 * and a README if any) to `destination`, through a temporary folder renamed at
 * the end, so a half-copied adapter never appears under the final name.
 */
EngineJob makeSaveAdapterJob(const QString& adapterDir, const QString& destination);

/** Merges the adapter into the base weights and writes a Hugging Face folder. */
EngineJob makeMergeJob(const QString& modelDir, const QString& adapterDir, const QString& destination);

} // namespace falconry::ui
