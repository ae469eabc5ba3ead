#pragma once

#include <cstdint>
#include <vector>

namespace falconry {

/**
 * One tokenized training example, as the trainer consumes it.
 * `ids[i]` is a token of the rendered example; `trained[i]` says whether the model
 * learns to predict that token (its label is the token itself) or not (label -100:
 * prompt, system text, padding). `trained.size() == ids.size()`.
 * The loss is taken over every position i with trained[i] != 0 and i >= 1 (the first
 * token has nothing before it to predict it from).
 */
struct TrainExample {
    std::vector<int64_t> ids;
    std::vector<uint8_t> trained; // 1 = trained token, 0 = masked
    uint64_t rowId = 0;           // the dataset row it was rendered from (decides its train/eval side)
};

} // namespace falconry
