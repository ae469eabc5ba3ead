// `falconry-cli train`: LoRA / QLoRA / full-parameter training into a run folder; `--resume RUN_DIR`.
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/distributed/distributed_context.h"
#include "core/distributed/process_launcher.h"
#include "core/distributed/train_distributed.h"
#include "core/io/hf_cache.h"
#include "core/model/falcon_config.h"
#include "core/tokenizer/tokenizer.h"
#include "core/train/memory_planner.h"
#include "core/train/probes.h"
#include "core/train/run_bundle.h"
#include "core/train/run_triage.h"
#include "core/train/trainer.h"
#include "core/util/atomic_file.h"
#include "core/util/error_info.h"
#include "core/util/errors.h"
#include "core/util/folder_lock.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>

namespace falconry::cli {
namespace {

std::atomic<bool> g_stop{false};
constexpr int kExitDiverged = 3; // distinct from errors (1) and usage (2): scripts can lower the rate and resume

void onInterrupt(int)
{
    g_stop.store(true); // the trainer writes a checkpoint after the current step and returns
}

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

TrainConfig configFromArgs(const ArgParser& a)
{
    TrainConfig c;
    if (auto path = a.optional("config")) {
        const nlohmann::json j = readJsonFile<ConfigError>(*path);
        c = TrainConfig::fromJson(j.contains("settings") ? j["settings"] : j, *path);
    }
    if (auto v = a.optional("model"))
        c.modelDir = *v;
    if (auto v = a.optional("data"))
        c.dataFile = *v;
    if (auto v = a.optional("template"))
        c.templateName = *v;
    if (auto v = a.optional("map"))
        c.columnMapping = *v;
    if (auto v = a.optional("out"))
        c.outDir = *v;
    c.trainOn = a.valueOr("train-on", c.trainOn);
    c.cutSide = a.valueOr("cut-side", c.cutSide);
    c.lora.r = a.integer("lora-r", c.lora.r);
    c.lora.alpha = a.number("lora-alpha", c.lora.alpha);
    c.lora.dropout = a.number("lora-dropout", c.lora.dropout);
    if (auto v = a.optional("targets"))
        c.lora.targets = splitList(*v);
    c.lora.useRslora = c.lora.useRslora || a.has("rslora");
    c.nf4 = c.nf4 || a.has("nf4");
    c.doubleQuant = c.doubleQuant && !a.has("no-double-quant");
    c.full = c.full || a.has("full");
    c.dtype = a.valueOr("dtype", c.dtype);
    c.device = a.valueOr("device", c.device);
    c.learningRate = a.number("lr", c.learningRate);
    if (auto v = a.optional("schedule"))
        c.schedule = lrScheduleFromString(*v);
    c.warmupRatio = a.number("warmup-ratio", c.warmupRatio);
    c.epochs = a.number("epochs", c.epochs);
    c.maxSteps = a.integer("max-steps", c.maxSteps);
    c.batchSize = a.integer("batch", c.batchSize);
    c.gradAccum = a.integer("grad-accum", c.gradAccum);
    c.maxLength = a.integer("max-length", c.maxLength);
    c.weightDecay = a.number("weight-decay", c.weightDecay);
    c.maxGradNorm = a.number("max-grad-norm", c.maxGradNorm);
    c.gradientCheckpointing = c.gradientCheckpointing && !a.has("no-gradient-checkpointing");
    c.evalRatio = a.number("eval-ratio", c.evalRatio);
    c.evalSeed = static_cast<uint64_t>(a.integer("eval-seed", static_cast<long long>(c.evalSeed)));
    c.evalEvery = a.integer("eval-every", c.evalEvery);
    c.earlyStoppingPatience = a.integer("patience", c.earlyStoppingPatience);
    c.earlyStoppingThreshold = a.number("min-delta", c.earlyStoppingThreshold);
    c.saveEvery = a.integer("save-every", c.saveEvery);
    c.keepCheckpoints = a.integer("keep-checkpoints", c.keepCheckpoints);
    c.logEvery = a.integer("log-every", c.logEvery);
    c.seed = static_cast<uint64_t>(a.integer("seed", static_cast<long long>(c.seed)));
    if (auto v = a.optional("probes"))
        c.probePrompts = readProbePrompts(*v);
    c.probes = c.probes && !a.has("no-probes");
    c.probeCount = a.integer("probe-count", c.probeCount);
    c.probeMaxTokens = a.integer("probe-max-tokens", c.probeMaxTokens);
    c.debugNanAtStep = a.integer("debug-nan-at-step", c.debugNanAtStep);
    c.debugStepDelayMs = a.integer("debug-step-delay-ms", c.debugStepDelayMs);
    if (c.modelDir.empty())
        throw UsageError("--model DIR is required (or --config / --resume)");
    if (std::error_code ec; !std::filesystem::exists(c.modelDir, ec)) {
        // A repo id already in the Hugging Face cache ("tiiuae/falcon-7b", "org/name@revision").
        const std::string asGiven = c.modelDir.string();
        c.modelDir = resolveModelPath(asGiven);
        if (c.lora.baseModelNameOrPath.empty())
            c.lora.baseModelNameOrPath = asGiven.substr(0, asGiven.find('@'));
        if (c.outDir.empty())
            c.outDir = "runs/" + asGiven.substr(asGiven.find('/') + 1, asGiven.find('@') - asGiven.find('/') - 1) + "-" +
                       std::to_string(std::time(nullptr));
    }
    if (c.dataFile.empty())
        throw UsageError("--data FILE is required");
    if (c.outDir.empty())
        c.outDir = "runs/" + c.modelDir.filename().string() + "-" + std::to_string(std::time(nullptr));
    return c;
}

/** The few settings a resume may change (ResumeChanges); any other option is refused by name. */
ResumeChanges resumeChangesFromArgs(const ArgParser& a)
{
    static const std::set<std::string> kChangeable = {"resume", "lr", "max-grad-norm", "log-every", "eval-every", "save-every",
                                                      "keep-checkpoints", "patience", "min-delta", "device"};
    for (const std::string& name : a.given())
        if (!kChangeable.count(name))
            throw UsageError("--" + name + " cannot change when resuming (the run's checkpoints depend on it): "
                             "--resume RUN_DIR takes only --lr, --max-grad-norm, --log-every, --eval-every, "
                             "--save-every, --keep-checkpoints, --patience, --min-delta and --device");
    ResumeChanges c;
    if (a.has("lr"))
        c.learningRate = a.number("lr", 0.0);
    if (a.has("max-grad-norm"))
        c.maxGradNorm = a.number("max-grad-norm", 0.0);
    if (a.has("log-every"))
        c.logEvery = a.integer("log-every", 0);
    if (a.has("eval-every"))
        c.evalEvery = a.integer("eval-every", 0);
    if (a.has("save-every"))
        c.saveEvery = a.integer("save-every", 0);
    if (a.has("keep-checkpoints"))
        c.keepCheckpoints = a.integer("keep-checkpoints", 0);
    if (a.has("patience"))
        c.earlyStoppingPatience = a.integer("patience", 0);
    if (a.has("min-delta"))
        c.earlyStoppingThreshold = a.number("min-delta", 0.0);
    if (auto v = a.optional("device"))
        c.device = *v;
    return c;
}

/**
 * `--from-bundle FILE`: every setting of the bundled run (its seed included) on data that must
 * hash as its data did (the trainer refuses other data, naming both hashes). Only where it runs
 * and what it reads and writes may be given: --data, --out, --model (the bundle's model folder
 * is another machine's path), --device.
 */
TrainConfig configFromBundle(const ArgParser& a, const std::string& file)
{
    static const std::set<std::string> kAllowed = {"from-bundle", "data", "out", "model", "device"};
    for (const std::string& name : a.given())
        if (!kAllowed.count(name))
            throw UsageError("--" + name + " cannot change when reproducing a bundled run: --from-bundle takes only "
                             "--data, --out, --model and --device");
    const RunBundle bundle = readRunBundle(file);
    TrainConfig c = TrainConfig::fromJson(bundle.runJson["settings"], file + ":run.json");
    c.expectedDatasetHash = bundle.datasetHash();
    if (c.expectedDatasetHash.empty())
        throw ConfigError(file + ": its run.json has no dataset hash, so the run cannot be reproduced");
    if (!a.has("data"))
        throw UsageError("--data DATASET is required: the data the bundled run trained on (dataset hash " +
                         c.expectedDatasetHash + ")");
    if (!a.has("out"))
        throw UsageError("--out RUN_DIR is required");
    c.dataFile = a.value("data");
    c.outDir = a.value("out");
    c.device = a.valueOr("device", c.device);
    if (auto model = a.optional("model"))
        c.modelDir = *model;
    else if (std::error_code ec; !std::filesystem::exists(c.modelDir, ec))
        throw UsageError("the bundled run's model " + c.modelDir.string() + " is not on this machine: give --model DIR");
    c.resume = false;
    return c;
}

bool printProgress(const TrainProgress& p)
{
    std::printf("step %lld/%lld  epoch %.2f  loss %.4f%s  lr %.3g  grad-norm %.3f  %.0f tok/s  eta %.0fs\n",
                static_cast<long long>(p.step), static_cast<long long>(p.totalSteps), p.epoch, p.loss,
                p.evalLoss ? ("  eval-loss " + std::to_string(*p.evalLoss)).c_str() : "", p.lr, p.gradNorm,
                p.tokensPerSecond, p.etaSeconds);
    std::fflush(stdout);
    return true;
}

/** What triage needs to know before the run: the examples as rendered, the memory plan on this machine. */
RunFacts factsBeforeRun(const TrainConfig& config)
{
    RunFacts f;
    f.settings = config;
    try {
        const auto tokenizer = Tokenizer::load(config.modelDir);
        f.data = readDataFacts(config, *tokenizer);
    } catch (const std::exception&) {
        // The trainer says what is wrong with the data (and triage words its kind).
    }
    try {
        const FalconConfig model = FalconConfig::load(config.modelDir);
        f.plan = [model](const TrainConfig& c) { return plannedBytesFor(c, model); };
        f.plannedBytes = f.plan(config);
        if (trainingDevice(config.device).is_cpu())
            f.availableBytes = availableMemoryBytes();
    } catch (const std::exception&) {
        // An incomplete model folder: the trainer's error has the kind.
    }
    return f;
}

/** Prints the findings not printed yet (by kind), in words, to stderr. */
void printFindings(const std::vector<TriageFinding>& findings, std::set<std::string>& printed)
{
    for (const TriageFinding& g : findings)
        if (printed.insert(g.kind).second)
            std::cerr << "triage: " << describeFinding(g);
}

int runTrain(const std::vector<std::string>& originalArgs)
{
    // --nproc N (N > 1): this process becomes the launcher of N ranks of the same command.
    std::vector<std::string> args = originalArgs;
    if (const auto exitCode = launchLocalIfRequested("train", args))
        return *exitCode;
    ArgParser parser({"model", "data", "template", "map", "out", "train-on", "cut-side", "eval-seed", "lora-r", "lora-alpha", "lora-dropout", "targets", "dtype", "device",
                      "lr", "schedule", "warmup-ratio", "epochs", "max-steps", "batch", "grad-accum", "max-length",
                      "weight-decay", "max-grad-norm", "eval-ratio", "eval-every", "patience", "min-delta", "save-every",
                      "keep-checkpoints", "log-every", "seed", "config", "resume", "debug-nan-at-step",
                      "debug-step-delay-ms", "probes", "probe-count", "probe-max-tokens", "from-bundle"},
                     {"nf4", "no-double-quant", "full", "rslora", "no-gradient-checkpointing", "no-probes"});
    parser.parse(args);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    TrainConfig config;
    if (auto runDir = parser.optional("resume")) {
        if (isImportedRun(*runDir))
            throw ConfigError(*runDir + " was opened from a run bundle and is read-only; train it again with "
                                        "falconry-cli train --from-bundle BUNDLE --data DATASET --out NEW_DIR");
        config = loadRunConfig(*runDir);
        resumeChangesFromArgs(parser).applyTo(config);
    } else if (auto bundleFile = parser.optional("from-bundle")) {
        config = configFromBundle(parser, *bundleFile);
    } else {
        config = configFromArgs(parser);
    }
    // Triage in words (core/train/run_triage): what is wrong before the run starts, then what its metrics and
    // its error say. Rank 0 only (RANK unset: one process).
    const char* rank = std::getenv("RANK");
    std::optional<RunFacts> facts;
    std::set<std::string> printed;
    if (!rank || std::string(rank) == "0") {
        facts = factsBeforeRun(config);
        printFindings(triageBeforeStart(*facts), printed);
    }
    // Under torchrun, Slurm or --nproc (WORLD_SIZE > 1): join the group; rank 0 prints and writes.
    // A reproduction refused for its data leaves no empty run folder behind (only the lock file would be there).
    std::error_code existsError;
    const bool outExisted = std::filesystem::exists(config.outDir, existsError);
    Trainer trainer;
    std::shared_ptr<DistributedContext> group;
    TrainResult result;
    try {
        group = joinTrainingGroup(trainer, trainingDevice(config.device));
        const bool printing = !group || group->rank() == 0;
        result = trainer.run(config, printing ? TrainProgressFn(printProgress) : TrainProgressFn(), g_stop);
        if (group)
            group->finish();
    } catch (const std::exception& e) {
        if (group)
            group->reportFailure(e.what());
        if (!config.expectedDatasetHash.empty() && !outExisted) {
            std::error_code ec;
            std::filesystem::remove(config.outDir / FolderLock::kFileName, ec);
            std::filesystem::remove(config.outDir, ec); // only when empty
        }
        if (facts) {
            facts->errorKind = errorKindOf(std::current_exception());
            if (const auto* info = dynamic_cast<const ErrorInfo*>(&e))
                facts->errorFields = info->fields();
            facts->points = readMetricPoints(config.outDir);
            printFindings(triageRun(*facts), printed);
        }
        throw;
    }
    if (facts) {
        facts->points = readMetricPoints(config.outDir);
        if (result.status == TrainStatus::Diverged)
            facts->errorKind = "train.diverged";
        printFindings(triageRun(*facts), printed);
    }
    if (group && group->rank() != 0)
        return 0;
    if (result.status == TrainStatus::Diverged) {
        std::cerr << "error: " << result.message << "\n";
        std::cout << "status: diverged\nsteps: " << result.steps << "\nrun: " << result.runDir.string() << "\n";
        if (!result.bestCheckpoint.empty())
            std::cout << "best checkpoint: " << result.bestCheckpoint.string() << "\n";
        return kExitDiverged;
    }
    std::cout << "status: " << toString(result.status) << "\nsteps: " << result.steps << "\nrun: " << result.runDir.string()
              << "\n";
    if (!result.adapterDir.empty())
        std::cout << "output: " << result.adapterDir.string() << "\n";
    if (!result.lastCheckpoint.empty())
        std::cout << "checkpoint: " << result.lastCheckpoint.string() << "\n";
    if (!config.expectedDatasetHash.empty())
        std::cout << "reproduced: " << parser.value("from-bundle") << " (dataset hash " << config.expectedDatasetHash
                  << ", the same)\n";
    if (result.probeSeconds > 0.0)
        std::cout << "probes: " << (result.runDir / kProbesFile).string() << " (answering took " << result.probeSeconds
                  << " s)\n";
    return 0;
}

const CommandRegistrar kRegistrar(
    {"train", "fine-tune a Falcon model with LoRA / QLoRA (or all weights) into a run folder",
     "falconry-cli train --model DIR --data FILE [--template NAME] [--map ROLE=COLUMN,...] [--out RUN_DIR]\n"
     "         FILE: CSV, TSV, JSON, JSONL or text (Alpaca, ShareGPT, messages, prompt/completion, ...)\n"
     "         [--lora-r N --lora-alpha A --lora-dropout P --targets a,b --rslora] [--nf4 [--no-double-quant]]\n"
     "         [--full] [--dtype bf16|fp32] [--device cpu|cuda|cuda:N|auto] [--nproc N] [--lr X --schedule constant|linear|cosine --warmup-ratio R]\n"
     "         [--epochs E | --max-steps N] [--batch B --grad-accum G --max-length T --cut-side end|start]\n"
     "         [--train-on answers|everything]\n"
     "         [--weight-decay W --max-grad-norm C --no-gradient-checkpointing]\n"
     "         [--eval-ratio R --eval-seed S --eval-every N --patience P --min-delta D] [--save-every N --keep-checkpoints K] [--seed S]\n"
     "         [--probes FILE.txt | --no-probes] [--probe-count N] [--probe-max-tokens T]\n"
     "         probes: prompts (FILE: one per line; default: the first N=3 held-out examples) answered greedily by\n"
     "         the base model and at every checkpoint, into RUN_DIR/probes.jsonl (prompt, answer, step, checkpoint)\n"
     "       falconry-cli train --config run.json [options overriding it]\n"
     "       falconry-cli train --from-bundle FILE.falconry-run --data FILE --out RUN_DIR [--model DIR] [--device D]\n"
     "         (the bundled run's settings and seed again; refused unless the data hashes as the bundle's did)\n"
     "       falconry-cli train --resume RUN_DIR [--lr X --max-grad-norm C --save-every N --log-every N --eval-every N\n"
     "                                        --keep-checkpoints K --patience P --min-delta D --device D]\n"
     "         (a run with no checkpoint yet starts again from step 0)\n"
     "       exit status: 0 done or paused, 1 error, 2 usage, 3 the loss diverged (the best checkpoint is kept)",
     &runTrain});

} // namespace
} // namespace falconry::cli
