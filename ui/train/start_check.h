#pragma once

#include <QString>

namespace falconry::ui {

struct TrainSettings;

/**
 * The memory plan again at Start, with the Train page's real settings (max length, batch, rank,
 * 4-bit base, checkpointing) rather than the Model page's: "" when the run fits in the memory free
 * now, else what it needs, what is free and what would make it fit, in the user's words.
 * `availableBytes` 0 = read this machine's.
 */
QString startMemoryProblem(const QString& modelDir, const TrainSettings& settings, qint64 availableBytes = 0);

} // namespace falconry::ui
