// Peak RSS of LoRA training beside the memory planner's figure, on a Falcon shape with random weights.
// Usage: bench_train_peak_rss [--shape mini|7b] [--nf4] [--batch B] [--seq T] [--no-checkpointing] [--steps N]
// The peak is read from VmHWM, reset (clear_refs 5) once the model is built, so it measures the
// training run with its weights resident; the whole process's peak is printed too.
#include "core/lora/nf4.h"
#include "core/model/falcon_model.h"
#include "core/train/memory_planner.h"
#include "core/train/trainer.h"
#include "core/util/threads.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <unistd.h>

using namespace falconry;

namespace {

int64_t statusKb(const std::string& key)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(key + ":", 0) == 0)
            return std::stoll(line.substr(key.size() + 1));
    return 0;
}

bool resetPeak()
{
    std::ofstream out("/proc/self/clear_refs");
    out << "5";
    return static_cast<bool>(out);
}

} // namespace

int main(int argc, char** argv)
{
    std::string shape = "7b";
    bool nf4 = false;
    bool checkpointing = true;
    int64_t batch = 1;
    int64_t seq = 512;
    int64_t steps = 2;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--shape" && i + 1 < argc)
            shape = argv[++i];
        else if (a == "--nf4")
            nf4 = true;
        else if (a == "--no-checkpointing")
            checkpointing = false;
        else if (a == "--batch" && i + 1 < argc)
            batch = std::stoll(argv[++i]);
        else if (a == "--seq" && i + 1 < argc)
            seq = std::stoll(argv[++i]);
        else if (a == "--steps" && i + 1 < argc)
            steps = std::stoll(argv[++i]);
    }
    configureEngineThreads();
    FalconConfig config; // tiiuae/falcon-7b
    if (shape == "mini") {
        config.hiddenSize = 1024;
        config.numHiddenLayers = 8;
        config.numAttentionHeads = 16;
    }
    const int64_t baselineKb = statusKb("VmRSS");

    // Weights are allocated uninitialised (untouched pages are not resident) and filled tensor by
    // tensor; for NF4 each linear is quantized right after it is filled, so the bf16 copy of the
    // whole model never exists.
    ModelOptions options;
    options.dtype = torch::kBFloat16;
    options.randomInit = false;
    FalconModel model(config, options);
    {
        torch::NoGradGuard noGrad;
        torch::manual_seed(1);
        std::map<std::string, FalconLinear> linears;
        for (auto& [name, linear] : model->linearLayers())
            linears.emplace(name + ".weight", linear);
        for (auto& item : model->named_parameters()) {
            const std::string& name = item.key();
            if (name.find("layernorm") != std::string::npos || name.find("ln_") != std::string::npos)
                continue;
            item.value().normal_(0.0, 0.02);
            if (nf4 && linears.count(name))
                quantizeLinearsToNf4({linears.at(name)}, true);
        }
    }
    const int64_t builtKb = statusKb("VmRSS");
    const bool reset = resetPeak();

    std::mt19937_64 rng(0);
    std::vector<TrainExample> examples(static_cast<size_t>(batch));
    for (auto& e : examples)
        for (int64_t t = 0; t < seq; ++t) {
            e.ids.push_back(static_cast<int64_t>(rng() % static_cast<uint64_t>(config.vocabSize)));
            e.trained.push_back(t >= seq / 2 ? 1 : 0);
        }
    TrainConfig c;
    c.outDir = std::filesystem::temp_directory_path() / ("falconry_peak_rss_" + std::to_string(::getpid()));
    c.dtype = "bf16";
    c.nf4 = nf4;
    c.lora.r = 16;
    c.lora.alpha = 32;
    c.maxSteps = steps;
    c.batchSize = batch;
    c.maxLength = seq;
    c.gradientCheckpointing = checkpointing;
    Trainer trainer;
    trainer.setModel(model);
    trainer.setExamples(examples);
    std::atomic<bool> stop{false};
    const auto t0 = std::chrono::steady_clock::now();
    trainer.run(c, nullptr, stop);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::filesystem::remove_all(c.outDir);
    const int64_t peakKb = statusKb("VmHWM");

    PlanSettings s;
    s.nf4 = nf4;
    s.loraR = 16;
    s.batch = batch;
    s.seqLen = seq;
    s.trainedFraction = 0.5;
    s.gradientCheckpointing = checkpointing;
    const MemoryPlan plan = planMemory(config, s, 1);
    const double measured = static_cast<double>(peakKb) * 1024.0;
    nlohmann::json out = {{"bench", "train_peak_rss"},
                          {"shape", shape},
                          {"nf4", nf4},
                          {"batch", batch},
                          {"seq", seq},
                          {"gradient_checkpointing", checkpointing},
                          {"steps", steps},
                          {"seconds", seconds},
                          {"baseline_rss_gb", static_cast<double>(baselineKb) * 1024 / 1e9},
                          {"rss_after_build_gb", static_cast<double>(builtKb) * 1024 / 1e9},
                          {"peak_reset_after_build", reset},
                          {"peak_rss_gb", measured / 1e9},
                          {"plan_total_gb", static_cast<double>(plan.totalBytes) / 1e9},
                          {"plan_error", (static_cast<double>(plan.totalBytes) - measured) / measured},
                          {"plan", plan.toJson()}};
    std::cout << out.dump(2) << std::endl;
    return 0;
}
