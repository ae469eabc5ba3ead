#pragma once

#include "core/data/dataset.h"

#include <cstdint>
#include <vector>

namespace falconry {

/**
 * The one train/eval split of Falconry: the trainer holds out exactly these rows, and the
 * Data page's lint checks train/eval overlap on them. A row is eval when hash(seed, row id)
 * falls under evalRatio, so a row keeps its side under edits, reordering and rows skipped
 * for having no answer.
 */
struct SplitOptions {
    double evalRatio = 0.1;
    uint64_t seed = 42;
};

/** Depends only on the row id and the split. */
bool isEvalRow(uint64_t rowId, const SplitOptions& split);

/**
 * One flag per row id (1 = eval). As isEvalRow, except that with evalRatio > 0 and at
 * least two rows the split is never empty on either side: the row with the lowest hash
 * goes to eval when none fell under the ratio, the highest back to training when all did.
 */
std::vector<uint8_t> evalFlags(const std::vector<uint64_t>& rowIds, const SplitOptions& split);

/** Row ids of the eval split (evalFlags over every row), in row order. */
std::vector<uint64_t> evalRowIds(const Dataset& dataset, const SplitOptions& split);

} // namespace falconry
