// LoRA training throughput on shape `mini` (hidden 1024, 8 layers, 16 heads multi-query, vocab 65024,
// LoRA r=16 on all four targets, batch 4 x 256 tokens with the first half of each row masked, bf16),
// through the real Trainer, beside this run's measured bf16 matmul peak (model FLOP utilisation).
// It prints only what this run measured. The transformers + peft figure for the same shape comes from
// bench/reference/hf_peft_mini.py, a Python program (torch, transformers, peft) run beside it on the
// same machine (bench/gpu/run_gpu_bench.sh runs both); it is not printed here, since this program
// cannot measure it.
// Usage: bench_train [--steps N] [--warmup N] [--checkpointing] [--device cpu|cuda|cuda:N]
#include "core/model/falcon_model.h"
#include "core/train/trainer.h"
#include "core/util/threads.h"

#include <torch/cuda.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>

using namespace falconry;

namespace {

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void synchronize(const torch::Device& device)
{
    if (device.is_cuda())
        torch::cuda::synchronize();
}

/** bf16 GEMM GFLOP/s at the shapes of this workload (tokens x hidden x ffn), best of 5. */
double measureMatmulGflops(const torch::Device& device)
{
    const torch::Tensor a = torch::randn({1024, 1024}).to(device, torch::kBFloat16);
    const torch::Tensor w = torch::randn({4096, 1024}).to(device, torch::kBFloat16);
    torch::Tensor c = torch::nn::functional::linear(a, w);
    double best = 1e30;
    for (int i = 0; i < 5; ++i) {
        synchronize(device);
        const double t0 = now();
        for (int k = 0; k < 4; ++k)
            c = torch::nn::functional::linear(a, w);
        synchronize(device);
        best = std::min(best, (now() - t0) / 4);
    }
    return 2.0 * 1024 * 1024 * 4096 / best / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    int64_t steps = 10;
    int64_t warmup = 3;
    bool checkpointing = false;
    std::string deviceName = "cpu";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--steps" && i + 1 < argc)
            steps = std::stoll(argv[++i]);
        else if (a == "--warmup" && i + 1 < argc)
            warmup = std::stoll(argv[++i]);
        else if (a == "--checkpointing")
            checkpointing = true;
        else if (a == "--device" && i + 1 < argc)
            deviceName = argv[++i];
    }
    const torch::Device device(deviceName);
    const int threads = configureEngineThreads();
    const double peak = measureMatmulGflops(device);

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
    options.device = device;
    FalconModel model(config, options);

    const int64_t batch = 4;
    const int64_t seq = 256;
    std::mt19937_64 rng(0);
    std::vector<TrainExample> examples(static_cast<size_t>(batch));
    for (auto& e : examples)
        for (int64_t t = 0; t < seq; ++t) {
            e.ids.push_back(static_cast<int64_t>(rng() % 65024));
            e.trained.push_back(t >= seq / 2 ? 1 : 0); // labels[:, :seq/2] = -100
        }

    TrainConfig c;
    c.outDir = std::filesystem::temp_directory_path() / ("falconry_bench_train_" + std::to_string(::getpid()));
    c.dtype = "bf16";
    c.lora.r = 16;
    c.lora.alpha = 32;
    c.lora.dropout = 0.0;
    c.learningRate = 1e-4;
    c.warmupRatio = 0.0;
    c.maxSteps = warmup + steps;
    c.batchSize = batch;
    c.maxLength = seq;
    c.maxGradNorm = 0.0;
    c.gradientCheckpointing = checkpointing;
    c.logEvery = 1000;
    Trainer trainer;
    trainer.setModel(model);
    trainer.setExamples(examples);
    double tStart = 0.0;
    double tEnd = 0.0;
    std::atomic<bool> stop{false};
    trainer.run(c, [&](const TrainProgress& p) {
        if (p.step == warmup)
            tStart = now();
        if (p.step == warmup + steps)
            tEnd = now();
        return true;
    }, stop);
    std::filesystem::remove_all(c.outDir);

    const double seconds = tEnd - tStart;
    const double tokens = static_cast<double>(batch * seq * steps);
    const double tokensPerSecond = tokens / seconds;
    // Model FLOPs per step (no recomputation counted): frozen linears forward + input gradient 4·N
    // per token; the LM head (tied, frozen) only at the trained positions, 4·V·H each; attention
    // 12·L·H·T per token (PaLM's count); LoRA forward + both gradients 6 per parameter per token.
    const double H = 1024, F = 4096, Q = (16 + 2) * 64, L = 8, V = 65024, T = seq, r = 16;
    const double linear = L * (H * Q + H * H + 2 * H * F);
    const double lora = L * r * ((H + Q) + (H + H) + (H + F) + (F + H));
    const double trained = batch * (seq / 2); // positions whose next token is trained (minus the row edges)
    const double flopsPerStep = batch * seq * (4 * linear + 12 * L * H * T + 6 * lora) + trained * 4 * V * H;
    const double achieved = flopsPerStep * static_cast<double>(steps) / seconds / 1e9;
    nlohmann::json out = {
        {"bench", "train_mini"},
        {"shape", {{"hidden", 1024}, {"layers", 8}, {"heads", 16}, {"kv_heads", 1}, {"vocab", 65024},
                   {"lora_r", 16}, {"batch", batch}, {"seq", seq}, {"dtype", "bf16"}}},
        {"threads", threads},
        {"device", device.str()},
        {"gradient_checkpointing", checkpointing},
        {"steps", steps},
        {"tokens_per_s", tokensPerSecond},
        {"step_seconds", seconds / static_cast<double>(steps)},
        {"model_gflop_per_step", flopsPerStep / 1e9},
        {"achieved_gflops", achieved},
        {"bf16_matmul_peak_gflops", peak},
        {"mfu", achieved / peak}};
    std::cout << out.dump(2) << std::endl;
    return 0;
}
