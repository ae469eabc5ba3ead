#include "core/train/trainer.h"

#include "core/io/hf_cache.h"
#include "core/lora/lora_model.h"
#include "core/lora/nf4.h"
#include "core/lora/peft_adapter.h"
#include "core/model/device.h"
#include "core/io/falcon_loader.h"
#include "core/tokenizer/tokenizer.h"
#include "core/train/adamw.h"
#include "core/train/imported_examples.h"
#include "core/train/lr_schedule.h"
#include "core/train/probes.h"
#include "core/train/run_folder.h"
#include "core/train/token_batch.h"
#include "core/train/train_data.h"
#include "core/util/atomic_file.h"
#include "core/util/atomic_folder.h"
#include "core/util/crash_point.h"
#include "core/util/error_info.h"
#include "core/util/errors.h"
#include "core/util/folder_lock.h"
#include "core/util/json_text.h"
#include "core/util/machine_info.h"
#include "core/util/version.h"
#include "core/util/json_text.h"

#include <ATen/CPUGeneratorImpl.h>

#include <chrono>
#include <cstdlib>
#include <mutex>
#include <new>
#include <cmath>
#include <limits>
#include <numeric>
#include <thread>

namespace falconry {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

/** One run in memory: model, what is trained, optimizer, data and where the run stands. */
struct Session {
    TrainConfig cfg;
    FalconModel model{nullptr};
    std::optional<LoraModel> lora;
    std::vector<std::string> fullNames; // full mode: HF names of `params`
    std::vector<torch::Tensor> params;
    std::unique_ptr<AdamW> optimizer;
    std::vector<TrainExample> train;
    std::vector<TrainExample> eval;
    std::vector<int64_t> lengths;
    std::vector<std::vector<int64_t>> batches; // of state.epoch
    TrainerState state;
    std::string datasetHash;
    int64_t totalSteps = 0;
    int64_t warmupSteps = 0;
    int64_t stepsPerEpoch = 0;
    int64_t padId = 0;
    std::optional<fs::path> lastCheckpoint;
    TrainDistributedHooks dist; // worldSize 1: one process
    std::unique_ptr<Tokenizer> tokenizer; // when the data was read here (else loaded for the probes)
    std::optional<ProbeRunner> probes;    // rank 0, when the run has probes

    /** Only rank 0 writes the run folder. */
    bool writes() const { return dist.rank == 0; }
    /** The rows of a global micro-batch that this rank trains on. */
    std::vector<const TrainExample*> shard(const std::vector<const TrainExample*>& rows) const
    {
        if (!dist.active())
            return rows;
        std::vector<const TrainExample*> mine;
        for (int64_t position : dist.shard(static_cast<int64_t>(rows.size())))
            mine.push_back(rows[static_cast<size_t>(position)]);
        return mine;
    }
    void sumOverRanks(std::vector<double>& values) const
    {
        if (dist.active())
            dist.sumOverRanks(values);
    }
};

struct StepStats {
    double loss = 0.0;
    double gradNorm = 0.0;
    double lr = 0.0;
    int64_t tokens = 0;
};

/**
 * Test hook: FALCONRY_TEST_OUT_OF_MEMORY_AT_STEP=K makes step K fail as an allocator that is out of
 * memory would (std::bad_alloc), so run-time out-of-memory handling is tested without exhausting a machine.
 */
int64_t outOfMemoryTestStep()
{
    const char* v = std::getenv("FALCONRY_TEST_OUT_OF_MEMORY_AT_STEP"); // read per step: tests set it per run
    return v ? std::atoll(v) : int64_t{0};
}

std::vector<const TrainExample*> nextBatch(Session& s)
{
    if (s.batches.empty() || s.state.batchInEpoch >= static_cast<int64_t>(s.batches.size())) {
        if (!s.batches.empty()) {
            ++s.state.epoch;
            s.state.batchInEpoch = 0;
        }
        s.batches = lengthGroupedBatches(s.lengths, s.cfg.batchSize, s.cfg.seed, s.state.epoch);
    }
    std::vector<const TrainExample*> out;
    for (int64_t i : s.batches[static_cast<size_t>(s.state.batchInEpoch)])
        out.push_back(&s.train[static_cast<size_t>(i)]);
    ++s.state.batchInEpoch;
    return out;
}

/**
 * One optimizer step over gradAccum micro-batches; the loss is the mean over all their trained
 * tokens. Data-parallel: each rank runs its shard of every micro-batch and divides its loss sum
 * by the global trained-token count, so the summed gradients are those of the global mean.
 */
StepStats trainStep(Session& s)
{
    StepStats st;
    st.lr = learningRateAt(s.cfg.schedule, s.cfg.learningRate, s.state.step, s.totalSteps, s.warmupSteps);
    if (outOfMemoryTestStep() == s.state.step + 1)
        throw std::bad_alloc(); // tests: as an allocator that cannot serve this step
    std::vector<std::optional<TokenBatch>> micro; // nullopt: this rank got no row of that micro-batch
    std::vector<double> counts{0.0, 0.0};         // trained tokens, real tokens
    for (int64_t g = 0; g < s.cfg.gradAccum; ++g) {
        const auto rows = s.shard(nextBatch(s));
        if (rows.empty()) {
            micro.emplace_back();
            continue;
        }
        micro.push_back(makeTokenBatch(rows, s.padId, s.cfg.maxLength, s.model->device()));
        counts[0] += static_cast<double>(micro.back()->trainedTokens);
        counts[1] += static_cast<double>(micro.back()->realTokens);
    }
    s.sumOverRanks(counts);
    const double trained = std::max(1.0, counts[0]);
    st.tokens = static_cast<int64_t>(counts[1]);
    s.optimizer->zeroGrad();
    std::vector<double> lossSum{0.0};
    for (size_t g = 0; g < micro.size(); ++g) {
        if (!micro[g])
            continue;
        torch::Tensor loss = lmLossSum(*s.model, *micro[g], s.cfg.gradientCheckpointing); // sum over tokens
        if (s.cfg.debugNanAtStep == s.state.step + 1)
            loss = loss * std::numeric_limits<double>::quiet_NaN();
        if (s.dist.active())
            s.dist.beforeBackward(g + 1 == micro.size());
        (loss / trained).backward();
        lossSum[0] += loss.item<double>();
    }
    s.sumOverRanks(lossSum);
    if (s.dist.active())
        s.dist.sumGradients();
    st.loss = lossSum[0] / trained;
    st.gradNorm = clipGradNorm(s.params, s.cfg.maxGradNorm);
    if (!std::isfinite(st.loss) || !std::isfinite(st.gradNorm)) {
        s.optimizer->zeroGrad();
        throw Described<TrainError>("step " + std::to_string(s.state.step + 1) + ": the " +
                         (std::isfinite(st.loss) ? "gradient norm" : "loss") + " is " +
                         (std::isnan(std::isfinite(st.loss) ? st.gradNorm : st.loss) ? "NaN" : "infinite") +
                         "; training stopped without applying this update. " +
                         (s.lastCheckpoint ? "The last good checkpoint is " + s.lastCheckpoint->string() + "."
                                           : std::string("No checkpoint was written yet.")) +
                         " Try a lower learning rate, fp32, or check the data.",
                         "train.nonfinite",
                         {{"step", std::to_string(s.state.step + 1)},
                          {"what", std::isfinite(st.loss) ? "gradient norm" : "loss"},
                          {"checkpoint", s.lastCheckpoint ? s.lastCheckpoint->string() : std::string()}});
    }
    s.optimizer->step(st.lr);
    ++s.state.step;
    return st;
}

double evaluate(Session& s)
{
    torch::NoGradGuard noGrad;
    s.model->eval();
    if (s.lora)
        s.lora->setTraining(false);
    std::vector<int64_t> order(s.eval.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int64_t>(i);
    std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) {
        return s.eval[static_cast<size_t>(a)].ids.size() > s.eval[static_cast<size_t>(b)].ids.size();
    });
    std::vector<double> sums{0.0, 0.0}; // loss sum, trained tokens
    for (size_t i = 0; i < order.size(); i += static_cast<size_t>(s.cfg.batchSize)) {
        std::vector<const TrainExample*> rows;
        for (size_t k = i; k < std::min(order.size(), i + static_cast<size_t>(s.cfg.batchSize)); ++k)
            rows.push_back(&s.eval[static_cast<size_t>(order[k])]);
        rows = s.shard(rows);
        if (rows.empty())
            continue;
        TokenBatch batch = makeTokenBatch(rows, s.padId, s.cfg.maxLength, s.model->device());
        sums[0] += lmLossSum(*s.model, batch, false).item<double>();
        sums[1] += static_cast<double>(batch.trainedTokens);
    }
    s.sumOverRanks(sums);
    s.model->train();
    if (s.lora)
        s.lora->setTraining(true);
    return sums[0] / std::max(1.0, sums[1]);
}

std::map<std::string, torch::Tensor> fullWeights(const Session& s)
{
    std::map<std::string, torch::Tensor> out;
    for (size_t i = 0; i < s.params.size(); ++i)
        out[s.fullNames[i]] = s.params[i].detach().to(torch::kCPU).clone();
    return out;
}

void writeCheckpoint(Session& s)
{
    if (!s.writes())
        return;
    s.lastCheckpoint = saveCheckpoint(s.cfg.outDir, s.state, s.lora ? &*s.lora : nullptr,
                                      s.lora ? std::map<std::string, torch::Tensor>{} : fullWeights(s),
                                      s.optimizer->state(), s.cfg.keepCheckpoints);
    if (s.probes)
        s.probes->answerCheckpoint(*s.model, s.lora ? &*s.lora : nullptr, s.state.step, s.lastCheckpoint->filename().string());
}

/**
 * The probes of the run (rank 0 only) and the base model's answers. The default probes (held-out
 * examples) need the model's tokenizer to show text: a model folder without one has none; prompts
 * given in a file make a missing tokenizer an error.
 */
void prepareProbes(Session& s)
{
    if (!s.writes() || !s.cfg.probes || (s.cfg.probePrompts.empty() && (s.eval.empty() || s.cfg.probeCount == 0)))
        return;
    if (!s.tokenizer) {
        try {
            s.tokenizer = Tokenizer::load(s.cfg.modelDir);
        } catch (const std::exception&) {
            if (!s.cfg.probePrompts.empty())
                throw;
            return;
        }
    }
    std::vector<Probe> probes = makeProbes(s.cfg, *s.tokenizer, s.eval);
    if (probes.empty())
        return;
    s.probes.emplace(s.cfg, std::move(s.tokenizer), std::move(probes));
    // Full-parameter training has no adapter to switch off: its base answers exist only from step 0.
    if (s.lora || s.state.step == 0)
        s.probes->answerBase(*s.model, s.lora ? &*s.lora : nullptr);
}

void restoreCheckpoint(Session& s, const fs::path& dir)
{
    LoadedCheckpoint c = loadCheckpoint(dir);
    if (s.lora) {
        s.lora->loadStateDict(c.trainable, (dir / "adapter").string());
    } else {
        torch::NoGradGuard noGrad;
        for (size_t i = 0; i < s.params.size(); ++i) {
            auto it = c.trainable.find(s.fullNames[i]);
            if (it == c.trainable.end() || it->second.sizes() != s.params[i].sizes())
                throw CheckpointError((dir / "model.safetensors").string() + ": weight '" + s.fullNames[i] +
                                      "' is missing or has the wrong shape");
            s.params[i].copy_(it->second);
        }
    }
    s.optimizer->loadState(c.optimizer, c.state.step, (dir / "optimizer.safetensors").string());
    s.state = c.state;
    if (s.state.batchInEpoch > 0 || s.state.epoch > 0)
        s.batches = lengthGroupedBatches(s.lengths, s.cfg.batchSize, s.cfg.seed, s.state.epoch);
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_state(c.rngState);
    s.lastCheckpoint = dir;
}

void prepareModel(Session& s, FalconModel preset)
{
    const auto dtype = s.cfg.dtype == "fp32" ? torch::kFloat32 : torch::kBFloat16;
    if (preset) {
        s.model = preset;
    } else {
        LoadOptions options;
        options.dtype = dtype;
        options.device = trainingDevice(s.cfg.device);
        options.zeroCopy = !s.cfg.full; // frozen weights may stay views of the mapped file
        s.model = loadFalconModel(s.cfg.modelDir, options);
    }
    if (s.cfg.full) {
        for (auto& item : s.model->named_parameters()) {
            item.value().set_requires_grad(true);
            s.fullNames.push_back(item.key());
            s.params.push_back(item.value());
        }
    } else {
        if (s.cfg.nf4) {
            std::vector<FalconLinear> linears;
            for (auto& [name, linear] : s.model->linearLayers())
                linears.push_back(linear);
            quantizeLinearsToNf4(linears, s.cfg.doubleQuant);
            if (!preset) {
                // The remaining weights (embeddings, norms) may be views of the mapped checkpoint; owning
                // copies let the mapping (the whole bf16 file) go once the loader's reader is gone.
                torch::NoGradGuard noGrad;
                for (auto& p : s.model->parameters())
                    if (p.numel() > 0)
                        p.set_data(p.detach().clone());
            }
        }
        torch::manual_seed(s.cfg.seed);
        LoraConfig lc = s.cfg.lora;
        if (lc.baseModelNameOrPath.empty()) {
            // A model from the Hugging Face cache is named by its repo id, so peft elsewhere finds it.
            const std::string repoId = repoIdOfSnapshot(s.cfg.modelDir);
            lc.baseModelNameOrPath = repoId.empty() ? s.cfg.modelDir.string() : repoId;
        }
        s.lora = LoraModel::inject(*s.model, lc);
        s.lora->setTraining(true);
        s.params = s.lora->parameters();
    }
    s.model->train();
    torch::manual_seed(s.cfg.seed + 1); // dropout stream, independent of the LoRA init
    s.optimizer = std::make_unique<AdamW>(s.params, s.cfg.beta1, s.cfg.beta2, s.cfg.adamEps, s.cfg.weightDecay);
}

void prepareData(Session& s, std::optional<std::vector<TrainExample>> preset)
{
    std::vector<TrainExample> all;
    if (preset) {
        all = std::move(*preset);
    } else {
        s.tokenizer = Tokenizer::load(s.cfg.modelDir);
        all = loadTrainExamples(s.cfg, *s.tokenizer);
        s.padId = s.tokenizer->padId().value_or(s.tokenizer->eosId().value_or(0));
    }
    if (all.empty())
        throw TrainError("no training examples");
    s.datasetHash = hashExamples(all);
    auto [train, eval] = splitTrainEval(all, SplitOptions{s.cfg.evalRatio, s.cfg.evalSeed});
    s.train = std::move(train);
    s.eval = std::move(eval);
    int64_t trainedTokens = 0; // positions in the loss (the first token of a row has nothing before it)
    for (const auto& e : s.train) {
        s.lengths.push_back(std::min<int64_t>(s.cfg.maxLength, static_cast<int64_t>(e.ids.size())));
        for (int64_t i = 1; i < s.lengths.back(); ++i)
            trainedTokens += e.trained[static_cast<size_t>(i)] != 0 ? 1 : 0;
    }
    if (!s.train.empty() && trainedTokens == 0)
        throw Described<TrainError>("none of the " + std::to_string(s.train.size()) +
                                        " training examples has a token in the loss (max length " +
                                        std::to_string(s.cfg.maxLength) +
                                        "): the answers are cut away or nothing is mapped as the answer",
                                    "train.nothing_trained",
                                    {{"examples", std::to_string(s.train.size())}, {"max_length", std::to_string(s.cfg.maxLength)}});
    const int64_t batches = (static_cast<int64_t>(s.train.size()) + s.cfg.batchSize - 1) / s.cfg.batchSize;
    s.stepsPerEpoch = std::max<int64_t>(1, (batches + s.cfg.gradAccum - 1) / s.cfg.gradAccum);
    s.totalSteps = s.cfg.maxSteps > 0 ? s.cfg.maxSteps
                                      : static_cast<int64_t>(std::ceil(s.cfg.epochs * static_cast<double>(s.stepsPerEpoch)));
    s.warmupSteps = warmupStepsFor(s.cfg.warmupRatio, s.totalSteps);
}

/** On resume: run.json's settings become the run's current ones, and what changed is recorded under "resumed". */
void recordResumeChanges(const Session& s, nlohmann::json run)
{
    nlohmann::json before = run.value("settings", nlohmann::json::object());
    const nlohmann::json now = s.cfg.toJson();
    nlohmann::json changed = nlohmann::json::object();
    for (const auto& [key, value] : now.items())
        if (!before.contains(key) || before[key] != value)
            changed[key] = {{"from", before.contains(key) ? before[key] : nlohmann::json(nullptr)}, {"to", value}};
    if (changed.empty())
        return;
    run["settings"] = now;
    run["resumed"].push_back({{"at_step", s.state.step}, {"changed", changed}});
    writeFileAtomically(s.cfg.outDir / "run.json", run.dump(2) + "\n");
}

void writeRunJson(const Session& s)
{
    nlohmann::json j;
    j["settings"] = s.cfg.toJson();
    j["dataset"] = {{"hash", s.datasetHash},
                    {"train_examples", s.train.size()},
                    {"eval_examples", s.eval.size()},
                    {"train_tokens", std::accumulate(s.lengths.begin(), s.lengths.end(), int64_t{0})}};
    j["total_steps"] = s.totalSteps;
    j["steps_per_epoch"] = s.stepsPerEpoch;
    j["warmup_steps"] = s.warmupSteps;
    j["trainable_parameters"] = std::accumulate(s.params.begin(), s.params.end(), int64_t{0},
                                                [](int64_t a, const torch::Tensor& p) { return a + p.numel(); });
    j["model_config"] = s.model->config().toJson();
    j["versions"] = {{"falconry", falconryVersion()}, {"libtorch", TORCH_VERSION}};
    // Losses repeat bit for bit only on the same CPU at the same thread count: say which.
    const MachineInfo machine = currentMachine();
    j["machine"] = {{"cpu", machine.cpu},
                    {"logical_cores", machine.logicalCores},
                    {"threads", at::get_num_threads()},
                    {"avx512_bf16", machine.avx512Bf16},
                    {"amx", machine.amx},
                    {"device", s.model->device().str()}};
    writeFileAtomically(s.cfg.outDir / "run.json", j.dump(2) + "\n");
}

void saveFinal(Session& s, TrainResult& result)
{
    if (s.lora) {
        result.adapterDir = s.cfg.outDir / "adapter";
        savePeftAdapter(*s.lora, result.adapterDir);
    } else {
        result.adapterDir = s.cfg.outDir / "model";
        SaveOptions save;
        if (fs::is_directory(s.cfg.modelDir))
            save.tokenizerFrom = s.cfg.modelDir;
        saveFalconModel(*s.model, result.adapterDir, save);
    }
}

/** Ends a diverged run: nothing more is saved, the best checkpoint becomes the one a resume continues from. */
TrainResult& stopDiverged(Session& s, const std::string& what, TrainResult& result)
{
    result.status = TrainStatus::Diverged;
    result.steps = s.state.step;
    result.lastCheckpoint = s.lastCheckpoint.value_or(fs::path());
    std::string message = "Step " + std::to_string(s.state.step) + ": " + what + ". Training stopped. ";
    if (s.writes()) {
        if (const auto best = bestCheckpoint(s.cfg.outDir)) {
            setAsideCheckpointsAfter(s.cfg.outDir, *best);
            result.bestCheckpoint = *best;
            message += "The checkpoint of the lowest loss is kept: " + best->string() +
                       " (a resume continues from it; later ones are under checkpoints/diverged-step-N). ";
        } else {
            message += "No checkpoint was written before the loss rose, so a resume starts again from step 0. ";
        }
    }
    char used[32];
    char lower[32];
    std::snprintf(used, sizeof used, "%.3g", s.cfg.learningRate);
    std::snprintf(lower, sizeof lower, "%.3g", s.cfg.learningRate / 4.0);
    message += std::string("The learning rate (") + used + ") is most likely too high: resume with a lower one, e.g. " +
               "falconry-cli train --resume " + s.cfg.outDir.string() + " --lr " + lower + ".";
    result.message = message;
    return result;
}

} // namespace

torch::Device trainingDevice(const std::string& name)
{
    const char* localRank = std::getenv("LOCAL_RANK"); // set by launchers: one GPU per local rank
    return selectDevice(name.empty() ? "cpu" : name, localRank ? std::atoi(localRank) : 0);
}

namespace {

TrainResult runUnguarded(const TrainConfig& config, const TrainProgressFn& progress, const std::atomic<bool>& stop,
                         FalconModel& presetModel, std::optional<std::vector<TrainExample>>& presetExamples,
                         const TrainDistributedHooks& distributed)
{
    config.validate();
    Session s;
    s.cfg = config;
    s.dist = distributed;
    if (s.cfg.outDir.empty())
        throw ConfigError("training settings: no run folder (--out) given");
    // One writer per run folder for the whole run: a second start or resume is refused here,
    // and the kernel drops the lock however this process ends.
    std::optional<FolderLock> lock;
    if (s.writes()) {
        lock.emplace(s.cfg.outDir, "training");
        removeStaleTemporaries(s.cfg.outDir);
        for (const char* output : {"adapter", "model"})
            AtomicFolder::recover(s.cfg.outDir / output); // a replace cut between its two renames

    }
    if (s.writes() && !s.cfg.resume && fs::exists(s.cfg.outDir / "run.json"))
        throw ConfigError(s.cfg.outDir.string() + " already holds a run; resume it (--resume) or choose another folder");
    prepareData(s, std::move(presetExamples));
    presetExamples.reset();
    if (!s.cfg.expectedDatasetHash.empty() && s.cfg.expectedDatasetHash != s.datasetHash)
        throw ConfigError(s.cfg.dataFile.string() + " gives dataset hash " + s.datasetHash + ", but the run being reproduced " +
                          "trained on dataset hash " + s.cfg.expectedDatasetHash + ": reproducing it needs the same data " +
                          "(the same rows, template, column mapping and max length); nothing was trained");
    prepareModel(s, presetModel);
    if (s.cfg.resume) {
        const nlohmann::json run = readJsonFile<ConfigError>(s.cfg.outDir / "run.json");
        const std::string hash = run.is_object() && run.contains("dataset") && run["dataset"].is_object()
                                     ? run["dataset"].value("hash", "")
                                     : "";
        if (hash != s.datasetHash)
            throw ConfigError(s.cfg.outDir.string() + ": the training data changed since this run started (dataset hash " +
                              hash + ", now " + s.datasetHash + "); start a new run instead of resuming");
        // Killed (or stopped by a NaN) before its first checkpoint: the run starts again from step 0.
        if (const auto dir = newestCheckpoint(s.cfg.outDir))
            restoreCheckpoint(s, *dir);
        if (s.writes()) {
            truncateMetrics(s.cfg.outDir, s.state.step);
            truncateProbeAnswers(s.cfg.outDir, s.state.step);
            recordResumeChanges(s, run);
        }
    } else if (s.writes()) {
        writeRunJson(s);
    }
    prepareProbes(s);
    if (s.dist.active())
        s.dist.begin(s.params);

    TrainResult result;
    result.runDir = s.cfg.outDir;
    const auto start = Clock::now();
    const double elapsedBefore = s.state.elapsedSeconds;
    const int64_t firstStep = s.state.step;
    auto elapsed = [&] { return elapsedBefore + std::chrono::duration<double>(Clock::now() - start).count(); };
    while (s.state.step < s.totalSteps) {
        const auto t0 = Clock::now();
        const StepStats st = trainStep(s);
        const double stepSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
        s.state.lastLoss = st.loss;
        crashPoint("train-step"); // tests: a kill after step K (FALCONRY_TEST_CRASH_AT=train-step#K)
        // Every rank sees the same global loss, so all of them decide alike.
        const std::optional<std::string> diverged = watchForDivergence(s.state.lossTrend, st.loss);
        TrainProgress p;
        p.step = s.state.step;
        p.totalSteps = s.totalSteps;
        p.epoch = static_cast<double>(s.state.epoch) +
                  static_cast<double>(s.state.batchInEpoch) / static_cast<double>(std::max<size_t>(1, s.batches.size()));
        p.loss = st.loss;
        p.lr = st.lr;
        p.gradNorm = st.gradNorm;
        p.tokensPerSecond = static_cast<double>(st.tokens) / std::max(1e-9, stepSeconds);
        p.elapsedSeconds = elapsed();
        const double perStep = (p.elapsedSeconds - elapsedBefore) / static_cast<double>(s.state.step - firstStep);
        p.etaSeconds = perStep * static_cast<double>(s.totalSteps - s.state.step);
        const bool evalDue = !s.eval.empty() &&
                             ((s.cfg.evalEvery > 0 && s.state.step % s.cfg.evalEvery == 0) || s.state.step == s.totalSteps);
        bool early = false;
        if (evalDue) {
            p.evalLoss = evaluate(s);
            if (!s.state.bestEvalLoss || *p.evalLoss < *s.state.bestEvalLoss - s.cfg.earlyStoppingThreshold) {
                s.state.bestEvalLoss = p.evalLoss;
                s.state.evalsWithoutImprovement = 0;
            } else {
                ++s.state.evalsWithoutImprovement;
                early = s.cfg.earlyStoppingPatience > 0 && s.state.evalsWithoutImprovement >= s.cfg.earlyStoppingPatience;
            }
        }
        s.state.elapsedSeconds = p.elapsedSeconds;
        if (s.writes() && (s.state.step % s.cfg.logEvery == 0 || evalDue || s.state.step == s.totalSteps)) {
            nlohmann::json line = {{"step", p.step},       {"epoch", p.epoch}, {"loss", p.loss},
                                   {"lr", p.lr},           {"grad_norm", p.gradNorm},
                                   {"tokens_per_s", p.tokensPerSecond}, {"elapsed", p.elapsedSeconds}};
            line["eval_loss"] = p.evalLoss ? nlohmann::json(*p.evalLoss) : nlohmann::json(nullptr);
            appendMetrics(s.cfg.outDir, line);
        }
        result.finalLoss = st.loss;
        if (p.evalLoss)
            result.finalEvalLoss = p.evalLoss;
        if (diverged) {
            if (progress)
                progress(p);
            return stopDiverged(s, *diverged, result);
        }
        if (s.cfg.saveEvery > 0 && s.state.step % s.cfg.saveEvery == 0)
            writeCheckpoint(s);
        const bool keepGoing = progress ? progress(p) : true;
        if (early) {
            result.status = TrainStatus::EarlyStopped;
            break;
        }
        std::vector<double> stopVotes{(stop.load() || !keepGoing) ? 1.0 : 0.0}; // any rank stops all
        s.sumOverRanks(stopVotes);
        if (stopVotes[0] > 0.0 && s.state.step < s.totalSteps) {
            if (!(s.cfg.saveEvery > 0 && s.state.step % s.cfg.saveEvery == 0))
                writeCheckpoint(s);
            result.status = TrainStatus::Paused;
            result.steps = s.state.step;
            result.lastCheckpoint = s.lastCheckpoint.value_or(fs::path());
            return result;
        }
        if (s.cfg.debugStepDelayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(s.cfg.debugStepDelayMs));
    }
    if (s.writes()) {
        saveFinal(s, result);
        if (s.probes)
            s.probes->answerCheckpoint(*s.model, s.lora ? &*s.lora : nullptr, s.state.step,
                                       result.adapterDir.filename().string());
    } else
        result.adapterDir = s.cfg.outDir / (s.lora ? "adapter" : "model");
    result.steps = s.state.step;
    result.lastCheckpoint = s.lastCheckpoint.value_or(fs::path());
    result.probeSeconds = s.probes ? s.probes->seconds() : 0.0;
    return result;
}

/** Out of memory (CUDA's or the system allocator's) as a described TrainError. */
[[noreturn]] void throwOutOfMemory(const TrainConfig& config, const std::string& detail)
{
    throw Described<TrainError>("out of memory while training on " + config.device + " (max length " +
                                    std::to_string(config.maxLength) + ", batch " + std::to_string(config.batchSize) +
                                    (config.nf4 ? ", 4-bit base" : "") + "): " + detail +
                                    ". Try a 4-bit base (--nf4), a shorter --max-length, --batch 1 with --grad-accum, "
                                    "or gradient checkpointing",
                                "train.out_of_memory",
                                {{"device", config.device},
                                 {"max_length", std::to_string(config.maxLength)},
                                 {"batch", std::to_string(config.batchSize)}});
}

} // namespace

TrainResult Trainer::run(const TrainConfig& config, const TrainProgressFn& progress, const std::atomic<bool>& stop)
{
    try {
        return runUnguarded(config, progress, stop, m_model, m_examples, m_distributed);
    } catch (const c10::OutOfMemoryError& e) {
        throwOutOfMemory(config, e.what());
    } catch (const std::bad_alloc&) {
        throwOutOfMemory(config, "an allocation failed");
    }
}

TrainConfig loadRunConfig(const fs::path& runDir)
{
    const fs::path runJson = runDir / "run.json";
    if (!fs::exists(runJson))
        throw ConfigError(runJson.string() + ": not found; " + runDir.string() + " is not a Falconry run folder");
    const nlohmann::json j = readJsonFile<ConfigError>(runJson);
    TrainConfig cfg = TrainConfig::fromJson(j.value("settings", nlohmann::json::object()), runJson.string());
    cfg.outDir = runDir;
    cfg.resume = true;
    return cfg;
}

TrainResult resumeTraining(const fs::path& runDir, const ResumeChanges& changes, const TrainProgressFn& progress,
                           const std::atomic<bool>& stop)
{
    TrainConfig config = loadRunConfig(runDir);
    changes.applyTo(config);
    Trainer trainer;
    return trainer.run(config, progress, stop);
}

} // namespace falconry
