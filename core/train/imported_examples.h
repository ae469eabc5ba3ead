#pragma once

#include "core/data/example_renderer.h"
#include "core/data/prompt_template.h"
#include "core/data/role_mapping.h"
#include "core/data/train_example.h"

#include <filesystem>
#include <string>
#include <vector>

namespace falconry {

class Tokenizer;
struct TrainConfig;

/**
 * Any dataset the importer reads (CSV, TSV, JSON, JSONL, text; Alpaca, ShareGPT, OpenAI
 * messages, prompt/completion, question/answer, Guanaco, text) as training examples:
 * the format is detected, `mappingSpec` ("user=question,assistant=answer", may be empty)
 * overrides the suggested column roles, and each row is rendered with `templateName`
 * ("" = the template that suits the detected kind) and tokenized with the exact per-token
 * mask of core/data, cut and masked as `options` say. Rows whose answer is empty are
 * skipped (nothing to learn from them).
 * Throws DatasetError when the file cannot be read, the columns cannot be mapped, or a row
 * cannot be rendered (naming the row).
 */
std::vector<TrainExample> importTrainExamples(const std::filesystem::path& file, const std::string& templateName,
                                              const std::string& mappingSpec, const Tokenizer& tokenizer,
                                              const TokenizeOptions& options = {});

/** How a run renders its examples: train-on, cut side and max length of its settings, as the Data page shows them. */
TokenizeOptions tokenizeOptions(const TrainConfig& config);

/**
 * The examples of a run: a JSONL of {"prompt","completion"} / {"text"} objects is read as is
 * when no template or mapping is given (loadJsonlExamples); everything else goes through
 * importTrainExamples.
 */
std::vector<TrainExample> loadTrainExamples(const TrainConfig& config, const Tokenizer& tokenizer);

/** How loadTrainExamples renders a run's rows: read as is (plain JSONL), or this template with these roles. */
struct RunPromptFormat {
    bool plain = false; // {"prompt","completion"} / {"text"} lines, no template
    PromptTemplate tpl;
    RoleMapping mapping;
};

/**
 * The format loadTrainExamples uses for `config` (the dataset is read to detect it when no
 * template is named, as importTrainExamples does). Throws DatasetError as importTrainExamples.
 */
RunPromptFormat runPromptFormat(const TrainConfig& config);

} // namespace falconry
