#include "core/data/data_split.h"

#include <algorithm>

namespace falconry {
namespace {

uint64_t splitMix(uint64_t x)
{
    // SplitMix64 (Steele, Lea, Flood 2014): a fixed, well-mixed hash of 64-bit ids.
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

uint64_t rowHash(uint64_t rowId, const SplitOptions& split)
{
    return splitMix(rowId ^ splitMix(split.seed));
}

} // namespace

bool isEvalRow(uint64_t rowId, const SplitOptions& split)
{
    // Top 53 bits as a uniform double in [0, 1).
    const double u = static_cast<double>(rowHash(rowId, split) >> 11) * (1.0 / 9007199254740992.0);
    return u < split.evalRatio;
}

std::vector<uint8_t> evalFlags(const std::vector<uint64_t>& rowIds, const SplitOptions& split)
{
    std::vector<uint8_t> flags(rowIds.size(), 0);
    if (split.evalRatio <= 0.0 || rowIds.size() < 2)
        return flags;
    size_t evalCount = 0;
    for (size_t i = 0; i < rowIds.size(); ++i) {
        flags[i] = isEvalRow(rowIds[i], split) ? 1 : 0;
        evalCount += flags[i];
    }
    const auto byHash = [&](size_t a, size_t b) { return rowHash(rowIds[a], split) < rowHash(rowIds[b], split); };
    std::vector<size_t> order(rowIds.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (evalCount == 0)
        flags[*std::min_element(order.begin(), order.end(), byHash)] = 1;
    else if (evalCount == rowIds.size())
        flags[*std::max_element(order.begin(), order.end(), byHash)] = 0;
    return flags;
}

std::vector<uint64_t> evalRowIds(const Dataset& dataset, const SplitOptions& split)
{
    std::vector<uint64_t> ids;
    ids.reserve(dataset.rows.size());
    for (const auto& row : dataset.rows)
        ids.push_back(row.id);
    const std::vector<uint8_t> flags = evalFlags(ids, split);
    std::vector<uint64_t> eval;
    for (size_t i = 0; i < ids.size(); ++i)
        if (flags[i])
            eval.push_back(ids[i]);
    return eval;
}

} // namespace falconry
