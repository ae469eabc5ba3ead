#pragma once

#include "core/train/train_config.h"

#include <cstdint>

namespace falconry {

/**
 * The learning rate for optimizer step `step` (0-based) of `totalSteps`, with `warmupSteps` of
 * linear warmup from 0 — transformers' get_constant_schedule_with_warmup,
 * get_linear_schedule_with_warmup and get_cosine_schedule_with_warmup (half a cosine).
 */
double learningRateAt(LrSchedule schedule, double baseLr, int64_t step, int64_t totalSteps, int64_t warmupSteps);

/** ceil(warmupRatio * totalSteps), as TrainingArguments.get_warmup_steps. */
int64_t warmupStepsFor(double warmupRatio, int64_t totalSteps);

} // namespace falconry
