#include "core/train/run_triage.h"

#include "core/train/divergence.h"
#include "core/train/imported_examples.h"
#include "core/train/memory_planner.h"

#include <nlohmann/json.hpp>

#include <c10/util/Exception.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <new>

namespace falconry {
namespace fs = std::filesystem;
namespace {

// Thresholds (documented in run_triage.h's kinds and the README's "Watching a run").
constexpr double kCutShare = 0.10;           // data.rows_cut: at least this share of the rows loses tokens
constexpr double kNothingTrainedShare = 0.25; // data.nothing_trained: this share of rows has no trained token left
constexpr size_t kFlatMinSteps = 10;         // loss.flat: judged only over at least this many logged steps
constexpr double kFlatFall = 0.03;           // loss.flat: the mean of the last quarter fell less than 3% below the first's
constexpr double kLowLoraLr = 1e-5;          // below this a LoRA learning rate is "too low" (recipes use 1e-4..3e-4)
constexpr double kLowFullLr = 1e-6;          // the same for full-parameter training (recipes use 1e-5..5e-5)
constexpr int kOverfitEvalsAfterBest = 2;    // loss.overfitting: at least this many evals since the best one, all above it
constexpr double kOverfitRise = 0.05;         // loss.overfitting: and the last at least 5% above the best
constexpr size_t kTrainWindow = 5;           // steps averaged for "the train loss at an eval"

std::string number(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", v);
    return text;
}

std::string gib(int64_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f GiB", static_cast<double>(bytes) / (1024.0 * 1024.0 * 1024.0));
    return text;
}

int64_t roundUp(int64_t v, int64_t to)
{
    return (v + to - 1) / to * to;
}

/** Adds a settings fix; with a planner, what the run would need with it. */
void addFix(std::vector<TriageFix>& fixes, const RunFacts& f, std::string id, const SettingsChange& change, std::string text,
            bool plan = false)
{
    TriageFix fix;
    fix.id = std::move(id);
    fix.change = change;
    fix.text = std::move(text);
    if (plan && f.plan) {
        TrainConfig changed = f.settings;
        change.applyTo(changed);
        fix.plannedBytes = f.plan(changed);
    }
    fixes.push_back(std::move(fix));
}

void addAction(std::vector<TriageFix>& fixes, std::string id, FixAction action, std::string text)
{
    TriageFix fix;
    fix.id = std::move(id);
    fix.action = action;
    fix.text = std::move(text);
    fixes.push_back(std::move(fix));
}

/** The four ways to need less memory, those that apply to these settings. */
std::vector<TriageFix> memoryFixes(const RunFacts& f)
{
    const TrainConfig& c = f.settings;
    std::vector<TriageFix> fixes;
    if (!c.nf4 && !c.full) {
        SettingsChange ch;
        ch.nf4 = true;
        addFix(fixes, f, "nf4", ch, "load the base model in 4-bit NF4 (QLoRA)", true);
    }
    if (c.maxLength > 128) {
        SettingsChange ch;
        ch.maxLength = std::max<int64_t>(64, c.maxLength / 2 / 64 * 64);
        addFix(fixes, f, "shorter_max_length", ch, "max length " + std::to_string(*ch.maxLength) + " tokens", true);
    }
    if (c.batchSize > 1) {
        SettingsChange ch;
        ch.batchSize = 1;
        ch.gradAccum = c.batchSize * c.gradAccum; // the same examples per optimizer step
        addFix(fixes, f, "batch1_accum", ch,
               "batch 1 with gradient accumulation " + std::to_string(*ch.gradAccum) + " (the same examples per step)", true);
    }
    if (!c.gradientCheckpointing) {
        SettingsChange ch;
        ch.gradientCheckpointing = true;
        addFix(fixes, f, "checkpointing", ch, "gradient checkpointing (recomputes activations instead of keeping them)", true);
    }
    return fixes;
}

std::vector<TriageFix> lossFixes(const RunFacts& f)
{
    std::vector<TriageFix> fixes;
    SettingsChange lower;
    lower.learningRate = f.settings.learningRate / 4.0;
    addFix(fixes, f, "lower_lr", lower, "learning rate " + number(*lower.learningRate) + " (a quarter)");
    if (f.settings.dtype != "fp32") {
        SettingsChange fp32;
        fp32.dtype = "fp32";
        addFix(fixes, f, "fp32", fp32, "compute in fp32 instead of bf16 (slower, twice the activation memory)");
    }
    return fixes;
}

bool anyNonFinite(const std::vector<MetricPoint>& points, int64_t* step)
{
    for (const MetricPoint& p : points)
        if (!std::isfinite(p.loss)) {
            *step = p.step;
            return true;
        }
    return false;
}

double meanLoss(const std::vector<MetricPoint>& points, size_t begin, size_t end)
{
    double sum = 0.0;
    for (size_t i = begin; i < end; ++i)
        sum += points[i].loss;
    return sum / static_cast<double>(std::max<size_t>(1, end - begin));
}

/** The mean train loss of the (at most kTrainWindow) logged steps up to and including `step`. */
double trainLossAt(const std::vector<MetricPoint>& points, int64_t step)
{
    size_t end = 0;
    while (end < points.size() && points[end].step <= step)
        ++end;
    return meanLoss(points, end - std::min(end, kTrainWindow), end);
}

void lossFindings(const RunFacts& f, std::vector<TriageFinding>& out)
{
    const TrainConfig& c = f.settings;
    std::vector<MetricPoint> finite;
    for (const MetricPoint& p : f.points)
        if (std::isfinite(p.loss))
            finite.push_back(p);
    int64_t nanStep = 0;
    const bool nonFinite = f.errorKind == "train.nonfinite" || anyNonFinite(f.points, &nanStep);
    if (nonFinite) {
        TriageFinding g;
        g.kind = "loss.nonfinite";
        const auto step = f.errorFields.find("step");
        g.facts["step"] = step != f.errorFields.end() ? std::atof(step->second.c_str()) : static_cast<double>(nanStep);
        g.facts["learning_rate"] = c.learningRate;
        const auto what = f.errorFields.find("what"); // "loss" or "gradient norm" (the trainer's field)
        g.notes["what"] = what != f.errorFields.end() ? what->second : "loss";
        g.what = "At step " + number(g.facts["step"]) + " the " + g.notes["what"] + " became NaN or infinite.";
        g.why = "From there on the model learns nothing; the run was stopped before that update was applied.";
        g.todo = "Lower the learning rate (a quarter of " + number(c.learningRate) + "), or compute in fp32.";
        g.fixes = lossFixes(f);
        out.push_back(std::move(g));
        return;
    }
    // Diverged: the trainer's own watch said so, or the same watch replayed over the logged losses.
    LossTrend trend;
    std::optional<std::string> diverged;
    int64_t divergedAt = 0;
    double peak = 0.0;
    for (const MetricPoint& p : finite) {
        peak = std::max(peak, p.loss);
        if (!diverged && (diverged = watchForDivergence(trend, p.loss)))
            divergedAt = p.step;
    }
    if (f.errorKind == "train.diverged" || diverged) {
        TriageFinding g;
        g.kind = "loss.exploding";
        g.facts["start"] = finite.empty() ? 0.0 : finite.front().loss;
        g.facts["peak"] = peak;
        g.facts["step"] = static_cast<double>(divergedAt);
        g.facts["learning_rate"] = c.learningRate;
        g.what = "The training loss rose from " + number(g.facts["start"]) + " to " + number(peak) + " instead of falling.";
        g.why = "The updates are too large: the model gets worse with every step and forgets what it knew.";
        g.todo = "Lower the learning rate (a quarter of " + number(c.learningRate) +
                 "), or compute in fp32; resume from the best checkpoint.";
        g.fixes = lossFixes(f);
        out.push_back(std::move(g));
        return;
    }
    if (finite.size() >= kFlatMinSteps) {
        const size_t k = std::max<size_t>(2, finite.size() / 4);
        const double first = meanLoss(finite, 0, k);
        const double last = meanLoss(finite, finite.size() - k, finite.size());
        const double fall = first > 0.0 ? (first - last) / first : 0.0;
        if (fall < kFlatFall) {
            TriageFinding g;
            g.kind = "loss.flat";
            g.facts["steps"] = static_cast<double>(finite.back().step);
            g.facts["first"] = first;
            g.facts["last"] = last;
            g.facts["fall"] = fall;
            g.facts["learning_rate"] = c.learningRate;
            const bool masked = first < 1e-6 || (f.data && f.data->trainedTokens == 0);
            const double low = c.full ? kLowFullLr : kLowLoraLr;
            g.facts["low_learning_rate"] = c.learningRate < low ? 1.0 : 0.0;
            g.facts["everything_masked"] = masked ? 1.0 : 0.0;
            g.what = "Over " + number(g.facts["steps"]) + " steps the training loss stayed at about " + number(last) +
                     " (it fell " + number(100.0 * fall) + "%).";
            g.why = "The model is not learning from these examples: the run costs time and changes nothing.";
            if (masked) {
                g.todo = "No token is in the loss: check which column is the answer and the max length.";
                addAction(g.fixes, "edit_mapping", FixAction::EditMapping, "check the answer column of the mapping");
            } else {
                SettingsChange up;
                up.learningRate = c.learningRate < low ? (c.full ? 2e-5 : 2e-4) : c.learningRate * 3.0;
                g.todo = c.learningRate < low ? "The learning rate " + number(c.learningRate) + " is far too low; use about " +
                                                    number(*up.learningRate) + "."
                                              : "Raise the learning rate, or check that the answers hold something new.";
                addFix(g.fixes, f, "raise_lr", up, "learning rate " + number(*up.learningRate));
            }
            out.push_back(std::move(g));
        }
    }
    // Overfitting: since its best, the eval loss stayed above it for kOverfitEvalsAfterBest evals
    // or more and ended kOverfitRise above it, while the train loss fell. (Evals on a few dozen
    // rows are noisy: a rule of "rose at each of the last evals" misses a clear upward trend
    // with one dip in it.)
    std::vector<const MetricPoint*> evals;
    for (const MetricPoint& p : f.points)
        if (p.evalLoss && std::isfinite(*p.evalLoss))
            evals.push_back(&p);
    if (evals.size() >= static_cast<size_t>(kOverfitEvalsAfterBest) + 1) {
        const auto bestIt = std::min_element(evals.begin(), evals.end(),
                                             [](const MetricPoint* a, const MetricPoint* b) { return *a->evalLoss < *b->evalLoss; });
        const MetricPoint* best = *bestIt;
        const MetricPoint* now = evals.back();
        const bool rising = evals.end() - bestIt > kOverfitEvalsAfterBest &&
                            *now->evalLoss >= *best->evalLoss * (1.0 + kOverfitRise);
        if (rising && trainLossAt(finite, now->step) < trainLossAt(finite, best->step)) {
            TriageFinding g;
            g.kind = "loss.overfitting";
            g.facts["best_step"] = static_cast<double>(best->step);
            g.facts["best_epoch"] = best->epoch;
            g.facts["best_eval_loss"] = *best->evalLoss;
            g.facts["eval_loss"] = *now->evalLoss;
            g.facts["train_loss_at_best"] = trainLossAt(finite, best->step);
            g.facts["train_loss"] = trainLossAt(finite, now->step);
            g.what = "The eval loss rose from " + number(*best->evalLoss) + " (step " + std::to_string(best->step) + ") to " +
                     number(*now->evalLoss) + " while the training loss kept falling.";
            g.why = "The model is memorising the training rows instead of learning what carries over to new ones.";
            g.todo = "Train fewer epochs (stop near step " + std::to_string(best->step) +
                     "), turn on early stopping, or add more examples.";
            SettingsChange fewer;
            if (c.maxSteps > 0)
                fewer.maxSteps = best->step;
            else
                fewer.epochs = std::max(0.1, std::ceil(best->epoch * 10.0) / 10.0);
            addFix(g.fixes, f, "fewer_epochs", fewer,
                   c.maxSteps > 0 ? "max steps " + std::to_string(best->step) : "epochs " + number(*fewer.epochs));
            if (c.earlyStoppingPatience == 0) {
                SettingsChange early;
                early.earlyStoppingPatience = 2;
                addFix(g.fixes, f, "early_stopping", early, "early stopping after 2 evals without improvement");
            }
            addAction(g.fixes, "more_data", FixAction::AddData, "more (and more varied) training examples");
            out.push_back(std::move(g));
        }
    }
}

void errorFindings(const RunFacts& f, std::vector<TriageFinding>& out)
{
    const auto field = [&](const char* name) {
        const auto it = f.errorFields.find(name);
        return it == f.errorFields.end() ? std::string() : it->second;
    };
    if (f.errorKind == "train.out_of_memory") {
        TriageFinding g;
        g.kind = "memory.out_of_memory";
        g.notes["device"] = field("device");
        g.facts["step"] = std::atof(field("step").c_str());
        g.what = "The run ran out of memory" + (g.facts["step"] > 0 ? " at step " + field("step") : std::string()) + ".";
        g.why = "The model, its activations and the optimizer state need more memory than the machine has free.";
        g.todo = "Need less memory: a 4-bit base, a shorter max length, batch 1 with gradient accumulation, or checkpointing.";
        g.fixes = memoryFixes(f);
        out.push_back(std::move(g));
    } else if (f.errorKind == "io.disk_full") {
        TriageFinding g;
        g.kind = "disk.full";
        g.notes["path"] = field("path");
        g.what = "The disk is full: " + field("path") + " could not be written.";
        g.why = "Checkpoints and the adapter cannot be saved; nothing already saved was replaced.";
        g.todo = "Free space on that disk (old runs and checkpoints are the largest), then resume the run.";
        addAction(g.fixes, "free_disk", FixAction::FreeDisk, "free space where the run writes, then resume");
        out.push_back(std::move(g));
    } else if (f.errorKind == "model.incomplete") {
        TriageFinding g;
        g.kind = "model.incomplete";
        g.notes["folder"] = field("folder");
        g.notes["missing"] = field("missing");
        g.what = "The model folder " + field("folder") + " is incomplete: " + field("missing") + " is missing.";
        g.why = "Without all of its weights the model cannot be loaded (a download was cut short, or a file was moved).";
        g.todo = "Download the model again, or choose a complete model folder.";
        addAction(g.fixes, "choose_model", FixAction::ChooseModel, "download the model again or choose another folder");
        out.push_back(std::move(g));
    }
}

bool hasKind(const std::vector<TriageFinding>& findings, const std::string& kind)
{
    return std::any_of(findings.begin(), findings.end(), [&](const TriageFinding& g) { return g.kind == kind; });
}

} // namespace

bool SettingsChange::empty() const
{
    return !learningRate && !nf4 && !maxLength && !batchSize && !gradAccum && !gradientCheckpointing && !epochs &&
           !maxSteps && !earlyStoppingPatience && !dtype && !trainOn;
}

void SettingsChange::applyTo(TrainConfig& c) const
{
    if (learningRate)
        c.learningRate = *learningRate;
    if (nf4)
        c.nf4 = *nf4;
    if (maxLength)
        c.maxLength = *maxLength;
    if (batchSize)
        c.batchSize = *batchSize;
    if (gradAccum)
        c.gradAccum = *gradAccum;
    if (gradientCheckpointing)
        c.gradientCheckpointing = *gradientCheckpointing;
    if (epochs)
        c.epochs = *epochs;
    if (maxSteps)
        c.maxSteps = *maxSteps;
    if (earlyStoppingPatience)
        c.earlyStoppingPatience = *earlyStoppingPatience;
    if (dtype)
        c.dtype = *dtype;
    if (trainOn)
        c.trainOn = *trainOn;
}

std::string SettingsChange::cliOptions() const
{
    std::string o;
    const auto add = [&](const std::string& s) { o += (o.empty() ? "" : " ") + s; };
    if (learningRate)
        add("--lr " + number(*learningRate));
    if (nf4 && *nf4)
        add("--nf4");
    if (maxLength)
        add("--max-length " + std::to_string(*maxLength));
    if (batchSize)
        add("--batch " + std::to_string(*batchSize));
    if (gradAccum)
        add("--grad-accum " + std::to_string(*gradAccum));
    if (gradientCheckpointing && !*gradientCheckpointing)
        add("--no-gradient-checkpointing");
    if (epochs)
        add("--epochs " + number(*epochs));
    if (maxSteps)
        add("--max-steps " + std::to_string(*maxSteps));
    if (earlyStoppingPatience)
        add("--patience " + std::to_string(*earlyStoppingPatience));
    if (dtype)
        add("--dtype " + *dtype);
    if (trainOn)
        add("--train-on " + *trainOn);
    return o;
}

DataFacts dataFactsOf(const std::vector<TrainExample>& uncut, const TokenizeOptions& options)
{
    DataFacts d;
    std::vector<int64_t> lengths;
    const auto limit = static_cast<int64_t>(options.maxLength);
    for (const TrainExample& e : uncut) {
        const auto n = static_cast<int64_t>(e.ids.size());
        lengths.push_back(n);
        ++d.rows;
        // The renderer's cut: the first maxLength tokens (End) or the last (Start).
        int64_t begin = 0;
        int64_t end = n;
        if (limit > 0 && n > limit) {
            ++d.cutRows;
            if (d.cutRowIds.size() < kMaxRowIds)
                d.cutRowIds.push_back(e.rowId);
            if (options.cutSide == CutSide::Start)
                begin = n - limit;
            else
                end = limit;
        }
        int64_t trained = 0;
        for (int64_t i = begin + 1; i < end; ++i) // the first kept token has nothing before it to predict it
            trained += e.trained[static_cast<size_t>(i)] != 0 ? 1 : 0;
        d.tokens += end - begin;
        d.trainedTokens += trained;
        if (trained == 0)
            ++d.rowsNothingTrained;
    }
    if (!lengths.empty()) {
        std::sort(lengths.begin(), lengths.end());
        const size_t rank = static_cast<size_t>(std::ceil(0.95 * static_cast<double>(lengths.size())));
        d.fullLengthP95 = lengths[std::max<size_t>(1, rank) - 1];
        d.fullLengthMax = lengths.back();
    }
    return d;
}

DataFacts readDataFacts(const TrainConfig& config, const Tokenizer& tokenizer)
{
    TrainConfig uncut = config;
    uncut.maxLength = 0; // cut in dataFactsOf, so the facts know each row's whole length
    return dataFactsOf(loadTrainExamples(uncut, tokenizer), tokenizeOptions(config));
}

std::vector<MetricPoint> readMetricPoints(const fs::path& runDir)
{
    std::vector<MetricPoint> points;
    std::error_code ec;
    if (!fs::is_regular_file(runDir / "metrics.jsonl", ec))
        return points; // none yet, or not a file (a device never ends)
    std::ifstream in(runDir / "metrics.jsonl");
    std::string line;
    while (std::getline(in, line)) {
        const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_object() || !j.contains("step"))
            continue;
        MetricPoint p;
        p.step = j.value("step", int64_t{0});
        p.epoch = j.value("epoch", 0.0);
        p.loss = j.contains("loss") && j["loss"].is_number() ? j["loss"].get<double>() : std::nan("");
        if (j.contains("eval_loss") && j["eval_loss"].is_number())
            p.evalLoss = j["eval_loss"].get<double>();
        points.push_back(p);
    }
    return points;
}

std::string errorKindOf(std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const c10::OutOfMemoryError&) {
        return "train.out_of_memory";
    } catch (const std::bad_alloc&) {
        return "train.out_of_memory";
    } catch (const ErrorInfo& e) {
        return e.kind();
    } catch (const std::exception& e) {
        const std::string what = e.what();
        if (what.find("out of memory") != std::string::npos || what.find("std::bad_alloc") != std::string::npos)
            return "train.out_of_memory";
    } catch (...) {
    }
    return {};
}

int64_t plannedBytesFor(const TrainConfig& c, const FalconConfig& model)
{
    PlanSettings s;
    s.full = c.full;
    s.nf4 = c.nf4;
    s.doubleQuant = c.doubleQuant;
    s.bf16 = c.dtype != "fp32";
    s.loraR = c.lora.r;
    s.targets = c.lora.targets;
    s.batch = c.batchSize;
    s.seqLen = c.maxLength;
    s.gradientCheckpointing = c.gradientCheckpointing;
    return planMemory(model, s, /*availableBytes=*/1).totalBytes;
}

std::vector<TriageFinding> triageBeforeStart(const RunFacts& f)
{
    std::vector<TriageFinding> out;
    const TrainConfig& c = f.settings;
    if (f.plannedBytes > 0 && f.availableBytes > 0 && f.plannedBytes > f.availableBytes) {
        TriageFinding g;
        g.kind = "memory.predicted";
        g.facts["planned_bytes"] = static_cast<double>(f.plannedBytes);
        g.facts["available_bytes"] = static_cast<double>(f.availableBytes);
        g.what = "With these settings the run needs about " + gib(f.plannedBytes) + ", but " + gib(f.availableBytes) +
                 " is free.";
        g.why = "It would swap until the machine crawls, or be stopped by the system.";
        g.todo = "Need less memory before starting:";
        g.fixes = memoryFixes(f);
        out.push_back(std::move(g));
    }
    const bool nothingByError = f.errorKind == "train.nothing_trained" || f.errorKind == "dataset.no_answers";
    if (f.data || nothingByError) {
        const DataFacts d = f.data.value_or(DataFacts{});
        const bool all = nothingByError || (d.rows > 0 && d.trainedTokens == 0);
        if (all || (d.rows > 0 && static_cast<double>(d.rowsNothingTrained) >= kNothingTrainedShare * static_cast<double>(d.rows))) {
            TriageFinding g;
            g.kind = "data.nothing_trained";
            g.facts["rows"] = static_cast<double>(d.rows);
            g.facts["rows_nothing_trained"] = static_cast<double>(all && d.rows == 0 ? 0 : d.rowsNothingTrained);
            g.facts["all"] = all ? 1.0 : 0.0;
            g.what = all ? std::string("No token of any example is in the loss: the run would train on nothing.")
                         : std::to_string(d.rowsNothingTrained) + " of " + std::to_string(d.rows) +
                               " examples have no token left in the loss.";
            g.why = "The model learns only from the answer tokens; without them a step costs time and teaches nothing.";
            g.todo = "Map a column to the answer, or raise the max length so the answers are not cut away.";
            if (d.cutRows > 0 && d.fullLengthP95 > c.maxLength) {
                SettingsChange up;
                up.maxLength = roundUp(d.fullLengthP95, 64);
                addFix(g.fixes, f, "raise_max_length", up, "max length " + std::to_string(*up.maxLength) + " tokens");
            }
            addAction(g.fixes, "edit_mapping", FixAction::EditMapping, "check which column is the answer");
            out.push_back(std::move(g));
        }
        if (d.rows > 0 && static_cast<double>(d.cutRows) >= kCutShare * static_cast<double>(d.rows)) {
            TriageFinding g;
            g.kind = "data.rows_cut";
            g.facts["rows"] = static_cast<double>(d.rows);
            g.facts["cut_rows"] = static_cast<double>(d.cutRows);
            g.facts["max_length"] = static_cast<double>(c.maxLength);
            g.facts["p95_length"] = static_cast<double>(d.fullLengthP95);
            g.rowIds = d.cutRowIds;
            g.what = std::to_string(d.cutRows) + " of " + std::to_string(d.rows) + " examples are longer than the max length (" +
                     std::to_string(c.maxLength) + " tokens) and are cut.";
            g.why = std::string("The cut part is never learned") +
                    (c.cutSide == "end" ? ": often the end of the answer, so the model learns to stop in mid-sentence."
                                        : ": the start of the prompt.");
            g.todo = "Raise the max length (95% of the examples fit in " + std::to_string(d.fullLengthP95) +
                     " tokens), or look at the cut rows.";
            if (d.fullLengthP95 > c.maxLength) {
                SettingsChange up;
                up.maxLength = roundUp(d.fullLengthP95, 64);
                addFix(g.fixes, f, "raise_max_length", up, "max length " + std::to_string(*up.maxLength) + " tokens", true);
            }
            addAction(g.fixes, "show_cut_rows", FixAction::ShowCutRows, "show the cut rows");
            out.push_back(std::move(g));
        }
    }
    if (c.trainOn == "everything") {
        TriageFinding g;
        g.kind = "data.trains_on_prompt";
        g.what = "The loss includes the prompts, not only the answers.";
        g.why = "The model learns to write questions like the dataset's as much as to answer them.";
        g.todo = "Train on the answers only, unless the rows are plain text.";
        SettingsChange answers;
        answers.trainOn = "answers";
        addFix(g.fixes, f, "train_on_answers", answers, "train on the answers only");
        out.push_back(std::move(g));
    }
    return out;
}

std::vector<TriageFinding> triageRun(const RunFacts& f)
{
    std::vector<TriageFinding> out;
    errorFindings(f, out);
    lossFindings(f, out);
    for (TriageFinding& g : triageBeforeStart(f))
        if (!hasKind(out, g.kind))
            out.push_back(std::move(g));
    return out;
}

std::string describeFinding(const TriageFinding& g)
{
    std::string text = g.what + "\n  Why it matters: " + g.why + "\n  What to do: " + g.todo + "\n";
    for (const TriageFix& fix : g.fixes) {
        text += "  - " + fix.text;
        if (fix.plannedBytes)
            text += " (needs about " + gib(*fix.plannedBytes) + ")";
        const std::string options = fix.change.cliOptions();
        if (!options.empty())
            text += ": " + options;
        text += "\n";
    }
    return text;
}

} // namespace falconry
