#pragma once

#include "ui/engine/engine_types.h"

#include <exception>

namespace falconry::ui {

/**
 * Turns what a job threw into an error for the user: core's message as is,
 * a title naming what failed, and what to do next (e.g. for out of memory:
 * a shorter max length, gradient checkpointing, a 4-bit NF4 base).
 */
EngineError toEngineError(std::exception_ptr error);

/** True when `message` is an allocator's out-of-memory message (CPU or CUDA). */
bool isOutOfMemoryMessage(const QString& message);

} // namespace falconry::ui
