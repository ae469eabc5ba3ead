#pragma once

#include "core/data/data_split.h"
#include "core/data/train_example.h"

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
 * The run's train/eval split: the examples whose row ids core/data's evalFlags holds out
 * (the same split the Data page's lint checks), the rest in their original order.
 */
std::pair<std::vector<TrainExample>, std::vector<TrainExample>> splitTrainEval(const std::vector<TrainExample>& all,
                                                                               const SplitOptions& split);

} // namespace falconry
