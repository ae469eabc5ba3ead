// Data-parallel LoRA training on shape `mini` (as bench_train: hidden 1024, 8 layers, 16 heads
// multi-query, vocab 65024, LoRA r=16 on all four targets, global batch 4 x 256 tokens with the
// first half of each row masked, bf16) through the real Trainer with c10d Gloo on loopback:
// tokens/s with 1 and with 2 processes on this machine, beside the same run's reference figures:
// each configuration's bf16 matmul GFLOP/s (per process, with its share of the cores) and the
// Gloo all-reduce bandwidth between the 2 ranks (at the LoRA gradients' size and at a 25 MB bucket).
// Usage: bench_distributed [--steps N] [--warmup N] [--nproc-max P]
#include "core/distributed/distributed_context.h"
#include "core/distributed/process_launcher.h"
#include "core/distributed/train_distributed.h"
#include "core/model/falcon_model.h"
#include "core/train/trainer.h"
#include "core/util/atomic_file.h"
#include "core/util/threads.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

using namespace falconry;

namespace {

constexpr int64_t kBatch = 4;
constexpr int64_t kSeq = 256;

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/** bf16 GEMM GFLOP/s at this workload's shapes (tokens x hidden x ffn), best of 5, on this process's threads. */
double measureMatmulGflops()
{
    const torch::Tensor a = torch::randn({512, 1024}).to(torch::kBFloat16);
    const torch::Tensor w = torch::randn({4096, 1024}).to(torch::kBFloat16);
    torch::Tensor c = torch::nn::functional::linear(a, w);
    double best = 1e30;
    for (int i = 0; i < 5; ++i) {
        const double t0 = now();
        for (int k = 0; k < 4; ++k)
            c = torch::nn::functional::linear(a, w);
        best = std::min(best, (now() - t0) / 4);
    }
    return 2.0 * 512 * 1024 * 4096 / best / 1e9;
}

/** Seconds per all-reduce of `bytes` of fp32 (median of 7 after 2 warm-ups). */
double measureAllReduce(DistributedContext& context, int64_t bytes)
{
    auto t = torch::ones({bytes / 4});
    std::vector<double> times;
    for (int i = 0; i < 9; ++i) {
        context.barrier();
        const double t0 = now();
        context.allReduceSum(std::vector<torch::Tensor>{t});
        if (i >= 2)
            times.push_back(now() - t0);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int worker(int64_t steps, int64_t warmup, const std::filesystem::path& out)
{
    const int threads = configureEngineThreads();
    auto context = DistributedContext::fromEnvironment(torch::Device(torch::kCPU));
    const int rank = context ? context->rank() : 0;
    const int world = context ? context->worldSize() : 1;
    const double peak = measureMatmulGflops();

    FalconConfig config;
    config.vocabSize = 65024;
    config.hiddenSize = 1024;
    config.numHiddenLayers = 8;
    config.numAttentionHeads = 16;
    config.multiQuery = true;
    config.parallelAttn = true;
    ModelOptions options;
    options.dtype = torch::kBFloat16;
    options.seed = 1;
    FalconModel model(config, options);
    std::mt19937_64 rng(0);
    std::vector<TrainExample> examples(static_cast<size_t>(kBatch));
    for (auto& e : examples)
        for (int64_t t = 0; t < kSeq; ++t) {
            e.ids.push_back(static_cast<int64_t>(rng() % 65024));
            e.trained.push_back(t >= kSeq / 2 ? 1 : 0);
        }
    TrainConfig c;
    c.outDir = std::filesystem::temp_directory_path() /
               ("falconry_bench_dist_" + std::to_string(world) + "_" + std::to_string(::getppid()));
    c.dtype = "bf16";
    c.lora.r = 16;
    c.lora.alpha = 32;
    c.learningRate = 1e-4;
    c.warmupRatio = 0.0;
    c.maxSteps = warmup + steps;
    c.batchSize = kBatch; // the global batch; each of W ranks trains kBatch / W rows of it
    c.maxLength = kSeq;
    c.maxGradNorm = 0.0;
    c.gradientCheckpointing = false;
    c.logEvery = 1000;
    Trainer trainer;
    trainer.setModel(model);
    trainer.setExamples(examples);
    if (context)
        trainer.setDistributed(makeTrainDistributedHooks(context));
    double tStart = 0.0, tEnd = 0.0;
    std::atomic<bool> stop{false};
    trainer.run(c, [&](const TrainProgress& p) {
        if (p.step == warmup)
            tStart = now();
        if (p.step == warmup + steps)
            tEnd = now();
        return true;
    }, stop);
    nlohmann::json result = {{"processes", world},
                             {"threads_per_process", threads},
                             {"tokens_per_s", static_cast<double>(kBatch * kSeq * steps) / (tEnd - tStart)},
                             {"step_seconds", (tEnd - tStart) / static_cast<double>(steps)},
                             {"bf16_matmul_gflops_per_process", peak}};
    if (context) {
        const int64_t loraBytes = 4 * 8 * 16 * ((1024 + 1152) + (1024 + 1024) + (1024 + 4096) + (4096 + 1024));
        const double loraSeconds = measureAllReduce(*context, loraBytes);
        const double bucketSeconds = measureAllReduce(*context, 25LL << 20);
        // algbw = bytes / time; a ring all-reduce moves 2 (W-1)/W of them per rank (busbw, as nccl-tests).
        const double ring = 2.0 * (world - 1) / world;
        result["allreduce"] = {{"backend", context->backendName()},
                               {"lora_grad_bytes", loraBytes},
                               {"lora_grad_seconds", loraSeconds},
                               {"lora_grad_busbw_gb_per_s", static_cast<double>(loraBytes) * ring / loraSeconds / 1e9},
                               {"bucket_25mb_seconds", bucketSeconds},
                               {"bucket_25mb_busbw_gb_per_s", 26214400.0 * ring / bucketSeconds / 1e9},
                               {"share_of_step", loraSeconds / ((tEnd - tStart) / static_cast<double>(steps))}};
        context->finish();
    }
    if (rank == 0) { // only rank 0 wrote the run folder
        writeFileAtomically(out, result.dump());
        std::filesystem::remove_all(c.outDir);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    int64_t steps = 4;
    int64_t warmup = 1;
    int nprocMax = 2;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--steps" && i + 1 < argc)
            steps = std::stoll(argv[++i]);
        else if (a == "--warmup" && i + 1 < argc)
            warmup = std::stoll(argv[++i]);
        else if (a == "--nproc-max" && i + 1 < argc)
            nprocMax = std::stoi(argv[++i]);
    }
    if (const char* out = std::getenv("FALCONRY_BENCH_DIST_OUT"))
        return worker(steps, warmup, out);

    const auto dir = std::filesystem::temp_directory_path() / ("falconry_bench_dist_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto self = std::filesystem::read_symlink("/proc/self/exe").string();
    const int cores = static_cast<int>(std::thread::hardware_concurrency());
    nlohmann::json runs = nlohmann::json::array();
    for (int nproc = 1; nproc <= nprocMax; nproc *= 2) {
        LocalLaunchOptions options;
        options.nproc = nproc;
        options.threadsPerProcess = std::max(1, cores / nproc); // the same cores, shared out
        options.extraEnvironment["FALCONRY_BENCH_DIST_OUT"] = (dir / ("n" + std::to_string(nproc) + ".json")).string();
        const auto launched = launchLocalProcesses(
            {self, "--steps", std::to_string(steps), "--warmup", std::to_string(warmup)}, options);
        if (launched.exitCode() != 0) {
            std::cerr << "bench_distributed: " << nproc << " process(es) failed: " << launched.failureMessage << "\n";
            return 1;
        }
        runs.push_back(nlohmann::json::parse(readWholeFile(dir / ("n" + std::to_string(nproc) + ".json"))));
    }
    std::filesystem::remove_all(dir);
    nlohmann::json out = {
        {"bench", "dist_train_mini"},
        {"shape", {{"hidden", 1024}, {"layers", 8}, {"heads", 16}, {"kv_heads", 1}, {"vocab", 65024}, {"lora_r", 16},
                   {"global_batch", kBatch}, {"seq", kSeq}, {"dtype", "bf16"}}},
        {"cores", cores},
        {"steps", steps},
        {"runs", runs}};
    if (runs.size() >= 2)
        out["scaling_2_vs_1"] = runs[1]["tokens_per_s"].get<double>() / runs[0]["tokens_per_s"].get<double>();
    std::cout << out.dump(2) << std::endl;
    return 0;
}
