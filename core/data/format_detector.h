#pragma once

#include "core/data/dataset.h"
#include "core/data/role_mapping.h"

#include <string>
#include <vector>

namespace falconry {

/** What the rows look like (independent of the container: a CSV can hold Alpaca rows). */
enum class DatasetKind {
    Unknown,
    Alpaca,           // instruction / input / output
    ShareGpt,         // conversations: [{from, value}]
    OpenAiMessages,   // messages: [{role, content}]
    PromptCompletion, // prompt / completion
    PromptResponse,   // prompt / response
    QuestionAnswer,   // question / answer (+ context)
    Text,             // one text column, trained as is
    Guanaco,          // a text column with "### Human:" / "### Assistant:" turns
};

std::string datasetKindName(DatasetKind kind);
/** "alpaca", "sharegpt", "messages", "prompt-completion", "prompt-response", "question-answer", "text", "guanaco". */
DatasetKind parseDatasetKind(std::string_view name);

struct FormatDetection {
    DatasetKind kind = DatasetKind::Unknown;
    double confidence = 0.0;           // 0..1: share of sampled rows that fit, scaled by how telling the evidence is
    std::vector<std::string> evidence; // human-readable reasons ("column 'conversations' holds [{from, value}] in 200/200 rows")
    RoleMapping mapping;               // the suggested column → role mapping
    bool multiTurn = false;            // some rows hold more than one user/assistant exchange
};

/** Looks at the column names and the first `sampleRows` rows. */
FormatDetection detectFormat(const Dataset& dataset, size_t sampleRows = 200);

/** The mapping a known kind implies for `dataset`'s columns (used when the user forces --format alpaca, ...). */
FormatDetection detectAs(const Dataset& dataset, DatasetKind kind, size_t sampleRows = 200);

} // namespace falconry
