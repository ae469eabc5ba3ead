#include "core/train/imported_examples.h"

#include "core/data/dataset_analysis.h"
#include "core/data/dataset_reader.h"
#include "core/data/example_renderer.h"
#include "core/data/format_detector.h"
#include "core/data/prompt_template.h"
#include "core/data/role_mapping.h"
#include "core/tokenizer/tokenizer.h"
#include "core/train/train_config.h"
#include "core/train/train_data.h"
#include "core/util/error_info.h"
#include "core/util/errors.h"
#include "core/util/lower_case.h"

#include <algorithm>
#include <fstream>

namespace falconry {
namespace {

/** True when the file is JSON Lines whose first object is {"prompt","completion"} or {"text"}. */
bool isPlainTrainingJsonl(const std::filesystem::path& file)
{
    if (lowerExtension(file) != ".jsonl")
        return false;
    std::ifstream in(file, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        const bool promptCompletion =
            line.find("\"prompt\"") != std::string::npos && line.find("\"completion\"") != std::string::npos;
        return promptCompletion || line.find("\"text\"") != std::string::npos;
    }
    return false;
}

std::string columnList(const Dataset& dataset)
{
    std::string names;
    for (const auto& c : dataset.columns)
        names += (names.empty() ? "" : ", ") + c;
    return names;
}

} // namespace

std::vector<TrainExample> importTrainExamples(const std::filesystem::path& file, const std::string& templateName,
                                              const std::string& mappingSpec, const Tokenizer& tokenizer,
                                              const TokenizeOptions& options)
{
    const ReadResult read = readDataset(file);
    const Dataset& dataset = read.dataset;
    const FormatDetection detection = detectFormat(dataset);
    if (detection.kind == DatasetKind::Unknown && mappingSpec.empty())
        throw Described<DatasetError>(file.string() + ": the columns (" + columnList(dataset) +
                               ") name no known layout; say which holds the prompt and which the answer, e.g. "
                               "--map user=question,assistant=answer",
                           "dataset.unmapped", {{"file", file.string()}, {"columns", columnList(dataset)}});
    // A guess (unknown layout) is not a starting point: the given roles are the whole mapping then.
    RoleMapping mapping = detection.kind == DatasetKind::Unknown ? RoleMapping{} : detection.mapping;
    if (!mappingSpec.empty())
        mapping.apply(RoleMapping::parse(mappingSpec));
    if (mapping.assistant.empty() && mapping.text.empty() && mapping.conversation.empty())
        throw Described<DatasetError>(file.string() + ": no column is mapped to the answers (columns: " + columnList(dataset) +
                               "); map one, e.g. --map user=question,assistant=answer",
                           "dataset.no_answer_column", {{"file", file.string()}, {"columns", columnList(dataset)}});
    mapping.check(dataset);
    const PromptTemplate tpl =
        templateName.empty() ? suggestedTemplate(detection.kind) : PromptTemplate::fromName(templateName);

    std::vector<TrainExample> out;
    out.reserve(dataset.rows.size());
    for (const DatasetRow& row : dataset.rows) {
        RenderedExample example;
        try {
            example = renderExample(tpl, dataset, row, mapping, &tokenizer, options);
        } catch (const DatasetError& e) {
            throw DatasetError(file.string() + ": row " + std::to_string(row.id) + ": " + e.what());
        }
        const bool hasAnswer = std::any_of(example.segments.begin(), example.segments.end(), [&](const TextSegment& g) {
            return g.trained && example.text.substr(g.begin, g.end - g.begin).find_first_not_of(" \t\r\n") !=
                                    std::string::npos;
        });
        if (!hasAnswer || example.fullTokenCount < 2)
            continue; // an empty answer: only the EOS would be trained
        out.push_back(example.toTrainExample());
    }
    if (out.empty())
        throw Described<DatasetError>(file.string() + ": no row has an answer to train on (mapping " + mapping.toString() + ")",
                           "dataset.no_answers", {{"file", file.string()}, {"mapping", mapping.toString()}});
    return out;
}

TokenizeOptions tokenizeOptions(const TrainConfig& config)
{
    TokenizeOptions options;
    options.trainOn = config.trainOn == "everything" ? TrainOn::Everything : TrainOn::Answers;
    options.cutSide = config.cutSide == "start" ? CutSide::Start : CutSide::End;
    options.maxLength = config.maxLength > 0 ? static_cast<size_t>(config.maxLength) : 0;
    return options;
}

std::vector<TrainExample> loadTrainExamples(const TrainConfig& config, const Tokenizer& tokenizer)
{
    const TokenizeOptions options = tokenizeOptions(config);
    if (!(config.templateName.empty() && config.columnMapping.empty() && isPlainTrainingJsonl(config.dataFile)))
        return importTrainExamples(config.dataFile, config.templateName, config.columnMapping, tokenizer, options);
    // Plain {"prompt","completion"} / {"text"} lines: the same masking and cutting applied to their tokens.
    std::vector<TrainExample> examples = loadJsonlExamples(config.dataFile, tokenizer);
    for (TrainExample& e : examples) {
        if (options.trainOn == TrainOn::Everything)
            std::fill(e.trained.begin(), e.trained.end(), uint8_t{1});
        if (options.maxLength > 0 && e.ids.size() > options.maxLength && options.cutSide == CutSide::Start) {
            const auto drop = static_cast<std::ptrdiff_t>(e.ids.size() - options.maxLength);
            e.ids.erase(e.ids.begin(), e.ids.begin() + drop);
            e.trained.erase(e.trained.begin(), e.trained.begin() + drop);
        }
    }
    return examples;
}

RunPromptFormat runPromptFormat(const TrainConfig& config)
{
    RunPromptFormat format;
    if (config.templateName.empty() && config.columnMapping.empty() && isPlainTrainingJsonl(config.dataFile)) {
        format.plain = true;
        return format;
    }
    if (!config.templateName.empty() && PromptTemplate::fromName(config.templateName).kind != TemplateKind::Custom) {
        // A built-in template needs no columns: chat prompts are rendered from their turns.
        format.tpl = PromptTemplate::fromName(config.templateName);
        return format;
    }
    const FormatDetection detection = detectFormat(readDataset(config.dataFile).dataset);
    format.mapping = detection.kind == DatasetKind::Unknown ? RoleMapping{} : detection.mapping;
    if (!config.columnMapping.empty())
        format.mapping.apply(RoleMapping::parse(config.columnMapping));
    format.tpl = config.templateName.empty() ? suggestedTemplate(detection.kind) : PromptTemplate::fromName(config.templateName);
    return format;
}

} // namespace falconry
