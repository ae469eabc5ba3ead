#pragma once

#include "core/data/data_split.h"

#include "core/data/dataset.h"
#include "core/data/role_mapping.h"

#include <cstdint>
#include <string>
#include <vector>

namespace falconry {

enum class LintKind {
    ExactDuplicate,   // same normalized text
    NearDuplicate,    // character 5-gram Jaccard >= threshold (MinHash + LSH candidates, verified exactly)
    EmptyField,       // a mapped column is empty
    OverLong,         // more tokens than the max length (needs token counts)
    TooShort,         // fewer characters of content than minChars
    TrainEvalOverlap, // an eval row whose normalized text is also in train
    InvalidText,      // U+FFFD replacement characters or control characters
};

std::string lintKindName(LintKind kind);

/** One problem and the rows it concerns (row ids, not positions). */
struct LintFinding {
    LintKind kind = LintKind::EmptyField;
    std::vector<uint64_t> rowIds;
    std::string column; // EmptyField / InvalidText
    std::string message;
};

struct LintOptions {
    size_t maxLength = 0;                // tokens; 0 = no over-long check
    size_t minChars = 8;                 // rows with less content are "very short"
    double nearDuplicateThreshold = 0.9; // Jaccard of character 5-gram sets
    bool nearDuplicates = true;
};

/** Lower-case ASCII, whitespace runs collapsed to one space, trimmed: the text duplicates are compared on. */
std::string normalizeForDedup(std::string_view text);

/** The sorted, unique character 5-gram hashes of an already normalized text: what near duplicates compare. */
std::vector<uint64_t> textShingles(std::string_view normalized);
/** Jaccard similarity of two textShingles() sets (1 = the same pieces): the lint's near-duplicate measure. */
double shingleJaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

/**
 * Checks the rows. `tokenCounts` (same order as dataset.rows, may be empty)
 * feeds the over-long check; `split` (may be null) the train/eval overlap.
 * Each finding lists its rows; findings come in LintKind order.
 */
std::vector<LintFinding> lintDataset(const Dataset& dataset, const RoleMapping& mapping,
                                     const std::vector<size_t>& tokenCounts, const LintOptions& options,
                                     const SplitOptions* split = nullptr);

/** Token-length statistics (nearest-rank percentiles) and a histogram of equal-width bins. */
struct LengthStats {
    size_t count = 0;
    size_t total = 0;
    size_t min = 0;
    size_t p50 = 0;
    size_t p90 = 0;
    size_t p99 = 0;
    size_t max = 0;
    double mean = 0.0;
    size_t binWidth = 0;          // tokens per histogram bin
    std::vector<size_t> histogram; // histogram[i] counts lengths in [i*binWidth, (i+1)*binWidth)
};

LengthStats computeLengthStats(const std::vector<size_t>& lengths, size_t bins = 20);

} // namespace falconry
