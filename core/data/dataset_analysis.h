#pragma once

#include "core/data/dataset_lint.h"
#include "core/data/example_renderer.h"
#include "core/data/format_detector.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace falconry {

class Tokenizer;

/** What the user chose on top of detection; unset fields fall back to the suggestion. */
struct AnalysisOptions {
    std::optional<DatasetKind> kind;     // forced kind (--format alpaca|sharegpt|messages|...)
    RoleMapping mapping;                 // explicit role=column pairs; they override the suggestion
    std::optional<PromptTemplate> promptTemplate;
    TokenizeOptions tokenize;
    LintOptions lint;
    std::optional<SplitOptions> split;   // set: lint checks train/eval overlap
};

/** A row that could not be rendered (e.g. a conversations cell that is not an array). */
struct RenderError {
    uint64_t rowId = 0;
    std::string message;
};

/** Everything the Data page and `dataset inspect` show about a table. */
struct DatasetAnalysis {
    FormatDetection detection;
    RoleMapping mapping; // the mapping in effect
    PromptTemplate promptTemplate;
    std::vector<size_t> tokenCounts;   // per row, before cutting (empty without a tokenizer)
    std::vector<size_t> trainedCounts; // per row, after cutting
    size_t cutRows = 0;
    size_t multiTurnRows = 0;
    LengthStats lengths;               // over tokenCounts
    std::vector<LintFinding> findings;
    std::vector<RenderError> renderErrors;
};

/** The template that suits a kind: guanaco → guanaco, alpaca → alpaca, text → plain, else falcon-instruct. */
PromptTemplate suggestedTemplate(DatasetKind kind);

/**
 * Detects, maps, renders and tokenizes every row, then lints. `progress`
 * gets (rows done, rows) and may return false to stop (the analysis of the
 * rows done so far is returned), as may `stop`.
 */
DatasetAnalysis analyzeDataset(const Dataset& dataset, const Tokenizer* tokenizer, const AnalysisOptions& options,
                               const std::function<bool(size_t, size_t)>& progress = {},
                               const std::atomic<bool>* stop = nullptr);

} // namespace falconry
