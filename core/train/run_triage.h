#pragma once

#include "core/data/example_renderer.h"
#include "core/data/train_example.h"
#include "core/train/train_config.h"
#include "core/util/error_info.h"

#include <cstdint>
#include <exception>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace falconry {

class Tokenizer;
struct FalconConfig;

/** A settings change a fix makes (unset fields stay as they are); names as in TrainConfig. */
struct SettingsChange {
    std::optional<double> learningRate;
    std::optional<bool> nf4;
    std::optional<int64_t> maxLength;
    std::optional<int64_t> batchSize;
    std::optional<int64_t> gradAccum;
    std::optional<bool> gradientCheckpointing;
    std::optional<double> epochs;
    std::optional<int64_t> maxSteps;
    std::optional<int64_t> earlyStoppingPatience;
    std::optional<std::string> dtype;   // "fp32"
    std::optional<std::string> trainOn; // "answers"

    bool empty() const;
    void applyTo(TrainConfig& config) const;
    /** The change as falconry-cli train options ("--lr 5e-05 --dtype fp32"). */
    std::string cliOptions() const;
};

/** What a fix does: change settings, or an action a front end offers beside them. */
enum class FixAction {
    Settings,    // apply `change`
    ShowCutRows, // show the rows the max length cuts (the finding's rowIds)
    EditMapping, // open the dataset's column mapping
    AddData,     // more examples (nothing to click: words only)
    FreeDisk,    // free space where the run writes
    ChooseModel, // download the model again or choose another folder
};

/** One fix of a finding. `id` is stable (front ends word it by id). */
struct TriageFix {
    std::string id;
    FixAction action = FixAction::Settings;
    SettingsChange change;
    std::optional<int64_t> plannedBytes; // memory fixes: what the run needs with this change (when a planner is given)
    std::string text;                    // English, as the CLI prints it
};

/**
 * Something that went (or will go) wrong with a run, in plain words. `kind` is stable, do not
 * rename: memory.predicted, memory.out_of_memory, loss.nonfinite, loss.exploding, loss.flat,
 * loss.overfitting, data.rows_cut, data.nothing_trained, data.trains_on_prompt, disk.full,
 * model.incomplete. `facts` are the numbers behind it (names per kind, see run_triage.cpp).
 */
struct TriageFinding {
    std::string kind;
    std::map<std::string, double> facts;
    std::map<std::string, std::string> notes; // text facts: path, missing file
    std::vector<uint64_t> rowIds;             // data.rows_cut: the rows cut (at most kMaxRowIds)
    std::vector<TriageFix> fixes;
    std::string what; // English (the CLI's): what happened
    std::string why;  // why it matters
    std::string todo; // what to do
};

/** What the rendered examples of a run look like, after the max length cut. */
struct DataFacts {
    int64_t rows = 0;
    int64_t cutRows = 0;
    std::vector<uint64_t> cutRowIds; // at most kMaxRowIds
    int64_t rowsNothingTrained = 0;  // no token in the loss after cutting
    int64_t tokens = 0;              // after cutting
    int64_t trainedTokens = 0;       // in the loss, after cutting
    int64_t fullLengthP95 = 0;       // tokens before cutting, 95th percentile (nearest rank)
    int64_t fullLengthMax = 0;
};

/** One metrics.jsonl line as triage reads it. */
struct MetricPoint {
    int64_t step = 0;
    double epoch = 0.0;
    double loss = 0.0; // may be NaN / Inf
    std::optional<double> evalLoss;
};

/** Everything triage looks at; unknown parts stay empty / 0. */
struct RunFacts {
    TrainConfig settings;
    std::optional<DataFacts> data;
    int64_t plannedBytes = 0;   // the memory planner's estimate for `settings`
    int64_t availableBytes = 0; // memory free
    /** Optional: the bytes a changed config needs (annotates the memory fixes). */
    std::function<int64_t(const TrainConfig&)> plan;
    std::vector<MetricPoint> points;
    std::string errorKind; // the kind of the error the run stopped with (ErrorInfo, or errorKindOf)
    ErrorFields errorFields;
};

constexpr size_t kMaxRowIds = 1000;

/** Facts of examples rendered without a cut (maxLength 0), cut here as `options` say (the renderer's cut). */
DataFacts dataFactsOf(const std::vector<TrainExample>& uncut, const TokenizeOptions& options);
/** The run's examples (loadTrainExamples, not cut) and their facts. Throws as loadTrainExamples. */
DataFacts readDataFacts(const TrainConfig& config, const Tokenizer& tokenizer);
/** metrics.jsonl of a run folder (lines that do not parse are skipped; none: empty). */
std::vector<MetricPoint> readMetricPoints(const std::filesystem::path& runDir);
/** The triage kind of an exception: its ErrorInfo kind, "train.out_of_memory" for allocators, else "". */
std::string errorKindOf(std::exception_ptr error);

/** What the memory planner (core/train/memory_planner) says `config` needs on a model of this shape. */
int64_t plannedBytesFor(const TrainConfig& config, const FalconConfig& model);

/** Before a start: memory.predicted and the data.* findings. */
std::vector<TriageFinding> triageBeforeStart(const RunFacts& facts);
/** Everything that applies: the findings before start, then what the metrics and the error say. */
std::vector<TriageFinding> triageRun(const RunFacts& facts);
/** The finding for the CLI: what happened, why it matters, what to do and each fix, one per line. */
std::string describeFinding(const TriageFinding& finding);

} // namespace falconry
