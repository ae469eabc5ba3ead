#pragma once

#include "core/train/train_example.h"

#include <cstdint>
#include <filesystem>
#include <utility>
#include <vector>

namespace falconry {

class Tokenizer;

/**
 * Reads a JSONL file with one {"prompt": ..., "completion": ...} or {"text": ...} object per line
 * and tokenizes it: prompt tokens masked, completion tokens and the EOS trained; text fully
 * trained, EOS appended. Blank lines are skipped. Throws DatasetError "file:line: ...".
 */
std::vector<TrainExample> loadJsonlExamples(const std::filesystem::path& file, const Tokenizer& tokenizer);

/** FNV-1a 64 over the ids and masks: changes when the tokenized data changes. 16 hex digits. */
std::string hashExamples(const std::vector<TrainExample>& examples);

/**
 * A deterministic split: round(ratio * n) examples (at least 1 when ratio > 0 and n >= 2) chosen
 * by `seed` go to eval, the rest (in their original order) to training.
 */
std::pair<std::vector<TrainExample>, std::vector<TrainExample>> splitTrainEval(const std::vector<TrainExample>& all,
                                                                               double evalRatio, uint64_t seed);

} // namespace falconry
