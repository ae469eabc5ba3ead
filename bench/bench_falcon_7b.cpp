// Falcon-7B shape (random bf16 weights): prefill GFLOP/s beside this run's bf16 matmul peak, and
// decode tokens/s beside the bound weight bytes / this run's measured memory bandwidth (STREAM-style).
// Usage: bench_falcon_7b [--layers N] [--prompt T] [--decode N] [--batch B]
//        bench_falcon_7b --nf4 [--layers N] [--prompt T] [--decode N] [--dir DIR] [--llama TYPES]
// --nf4: 4-bit weights beside llama.cpp on a GGUF of the same shape (bench_falcon_7b_nf4.cpp).
// PROFILE_TRACE=FILE also writes a Chrome trace of two decode steps (libtorch profiler) to FILE.
#include "bench_falcon_7b_nf4.h"
#include "machine_peaks.h"

#include "core/model/falcon_model.h"
#include "core/util/threads.h"

#include <nlohmann/json.hpp>

#include <torch/csrc/autograd/profiler.h>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

using namespace falconry;

namespace {

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/** Best-of-n wall time of fn. */
template <typename Fn>
double bestTime(int n, Fn&& fn)
{
    double best = 1e30;
    for (int i = 0; i < n; ++i) {
        const double t0 = now();
        fn();
        best = std::min(best, now() - t0);
    }
    return best;
}

/** What one decode-shaped bf16 matmul (x [1, 4544] @ W^T, W = 4 x 18176 x 4544) streams per second. */
double measureGemvBandwidth()
{
    std::vector<torch::Tensor> ws;
    for (int i = 0; i < 4; ++i) // 660 MB in all: no cache reuse between calls
        ws.push_back(torch::full({18176, 4544}, 0.01, torch::kBFloat16));
    const torch::Tensor x = torch::randn({1, 4544}).to(torch::kBFloat16);
    torch::Tensor y;
    const double t = bestTime(3, [&] {
        for (const auto& w : ws)
            y = torch::nn::functional::linear(x, w);
    });
    return 4.0 * 18176 * 4544 * 2.0 / t / 1e9;
}

/** Fills every parameter from one random block (fast: the values do not matter for timing). */
void fillRandom(FalconModelImpl& model)
{
    const int64_t chunk = int64_t{1} << 22;
    const torch::Tensor block = (torch::rand({chunk + 64}) * 0.04 - 0.02).to(torch::kBFloat16);
    for (auto& p : model.parameters()) {
        torch::Tensor flat = p.view({-1});
        for (int64_t off = 0; off < flat.numel(); off += chunk) {
            const int64_t n = std::min(chunk, flat.numel() - off);
            flat.narrow(0, off, n).copy_(block.narrow(0, (off / 7919) % 64, n));
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    int64_t layers = 32;
    int64_t prompt = 128;
    int64_t decodeTokens = 16;
    int64_t batch = 1;
    Nf4BenchOptions nf4;
    bool useNf4 = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--nf4") {
            useNf4 = true;
            continue;
        }
        if (a == "--quick") {
            nf4.quick = true;
            continue;
        }
        if (i + 1 >= argc) {
            std::cerr << "usage: bench_falcon_7b [--layers N] [--prompt T] [--decode N] [--batch B]\n"
                         "       bench_falcon_7b --nf4 [--layers N] [--prompt T] [--decode N] [--dir DIR] "
                         "[--llama q4_0,bf16|none]\n";
            return 2;
        }
        const std::string value = argv[++i];
        const int64_t v = std::atoll(value.c_str());
        if (a == "--layers") layers = v;
        else if (a == "--prompt") prompt = v;
        else if (a == "--decode") decodeTokens = v;
        else if (a == "--batch") batch = v;
        else if (a == "--dir") nf4.dir = value;
        else if (a == "--llama") nf4.llamaTypes = value;
        else {
            std::cerr << "bench_falcon_7b: unknown option " << a << "\n";
            return 2;
        }
    }
    const int threads = configureEngineThreads();
    torch::NoGradGuard noGrad;
    if (useNf4) {
        nf4.layers = layers;
        nf4.prompt = prompt;
        nf4.decode = decodeTokens;
        return runNf4Bench(nf4, threads);
    }

    FalconConfig config; // the defaults are falcon-7b's
    config.numHiddenLayers = layers;
    const double peakGflops = bench::measureBf16MatmulGflops();
    const double bandwidth = bench::measureStreamReadBandwidth();
    const double gemvBandwidth = measureGemvBandwidth();

    const double tInit = now();
    ModelOptions options;
    options.dtype = torch::kBFloat16;
    options.randomInit = false;
    FalconModel model(config, options);
    fillRandom(*model);
    for (int64_t i = 0; i < layers; ++i) {
        // Keep LayerNorm weights at 1 so activations stay in range.
        for (auto& item : model->block(i)->named_parameters())
            if (item.key().find("layernorm") != std::string::npos)
                item.value().fill_(item.key().find("weight") != std::string::npos ? 1.0 : 0.0);
    }
    model->eval();
    const double initSeconds = now() - tInit;

    // Bytes a decode step must read: every linear weight of the blocks and the lm_head (tied embedding).
    double weightBytes = 0;
    double linearParams = 0;
    for (auto& [name, linear] : model->linearLayers()) {
        weightBytes += static_cast<double>(linear->weight.numel()) * 2.0;
        linearParams += static_cast<double>(linear->weight.numel());
    }
    weightBytes += static_cast<double>(config.vocabSize * config.hiddenSize) * 2.0;
    linearParams += static_cast<double>(config.vocabSize * config.hiddenSize);

    const torch::Tensor ids = torch::randint(0, config.vocabSize, {batch, prompt}, torch::kLong);
    // Prefill: the full forward (logits at every position, as training would).
    model->forward(ids.narrow(1, 0, std::min<int64_t>(prompt, 8))); // warm-up
    torch::Tensor logits;
    const double prefillSeconds = bestTime(2, [&] { logits = model->forward(ids); });
    const double h = static_cast<double>(config.hiddenSize);
    const double t = static_cast<double>(prompt);
    const double prefillFlops = static_cast<double>(batch) *
                                (2.0 * linearParams * t + 4.0 * static_cast<double>(layers) * t * t * h);
    const double prefillGflops = prefillFlops / prefillSeconds / 1e9;

    // Decode: prefill into a cache, then one token at a time.
    auto cache = model->makeCache(batch, prompt + decodeTokens + 1);
    torch::Tensor next = model->forwardLast(ids, {}, cache.get()).argmax(-1, true);
    next = model->forwardLast(next, {}, cache.get()).argmax(-1, true); // warm-up step
    if (std::getenv("PROFILE_TRACE")) {
        torch::autograd::profiler::RecordProfile guard(std::getenv("PROFILE_TRACE"));
        for (int i = 0; i < 2; ++i)
            next = model->forwardLast(next, {}, cache.get()).argmax(-1, true);
    }
    const double t0 = now();
    for (int64_t i = 0; i < decodeTokens; ++i)
        next = model->forwardLast(next, {}, cache.get()).argmax(-1, true);
    const double decodeSeconds = (now() - t0) / static_cast<double>(decodeTokens);
    const double tokensPerSecond = static_cast<double>(batch) / decodeSeconds;
    const double boundTokensPerSecond = static_cast<double>(batch) * bandwidth * 1e9 / weightBytes;

    const nlohmann::json out = {
        {"benchmark", "falcon_7b"},
        {"threads", threads},
        {"layers", layers},
        {"batch", batch},
        {"prompt_tokens", prompt},
        {"decode_tokens", decodeTokens},
        {"weight_gib_bf16", weightBytes / (1024.0 * 1024 * 1024)},
        {"init_seconds", initSeconds},
        {"prefill_seconds", prefillSeconds},
        {"prefill_gflops", prefillGflops},
        {"bf16_matmul_peak_gflops", peakGflops},
        {"prefill_fraction_of_peak", prefillGflops / peakGflops},
        {"decode_ms_per_token", decodeSeconds * 1e3},
        {"decode_tokens_per_s", tokensPerSecond},
        {"memory_read_bandwidth_gbs", bandwidth}, // STREAM-style: all cores, 2 GiB, best of 10
        {"bf16_gemv_stream_gbs", gemvBandwidth},
        {"decode_bound_tokens_per_s", boundTokensPerSecond},
        {"decode_fraction_of_bound", tokensPerSecond / boundTokensPerSecond},
        {"logits_finite", torch::isfinite(logits).all().item<bool>()},
    };
    std::cout << out.dump(2) << std::endl;
    return 0;
}
