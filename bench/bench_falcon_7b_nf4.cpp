// bench_falcon_7b --nf4: Falconry's 4-bit (NF4, double-quantized) decode of the Falcon-7B shape
// beside llama.cpp decoding a Q4_0 GGUF of the same checkpoint, in the same run, on the same
// cores; with the references measured in the run: STREAM-style read bandwidth and the bf16 matmul
// peak. The checkpoint (random bf16 weights, written once to --dir) is what both programs read:
// Falconry loads it and quantizes it to NF4, core/export writes the GGUF files from it.
#include "bench_falcon_7b_nf4.h"
#include "machine_peaks.h"

#include "core/export/gguf_export.h"
#include "core/generate/generator.h"
#include "core/io/falcon_loader.h"
#include "core/lora/lora_model.h"
#include "core/lora/nf4.h"
#include "core/lora/nf4_gemv.h"
#include "core/model/falcon_model.h"
#include "core/model/weight_map.h"

#include <nlohmann/json.hpp>
#include <torch/csrc/autograd/profiler.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace falconry {
namespace {

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

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

std::string readText(const fs::path& file)
{
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

/**
 * dir/model: config.json, the Falcon tokenizer and model.safetensors with random bf16 weights
 * (uniform in +-0.02; LayerNorm weights 1, biases 0), written once and reused while config.json
 * is the same. The values repeat one random block at shifting offsets: fast to write, and only
 * their distribution matters to the quantizers and the timings.
 */
fs::path ensureCheckpoint(const fs::path& dir, const FalconConfig& config)
{
    const fs::path model = dir / "model";
    const std::string configText = config.toJson().dump(2);
    if (fs::exists(model / "model.safetensors") && readText(model / "config.json") == configText)
        return model;
    fs::create_directories(model);
    copyTokenizerFiles(fs::path(FALCONRY_BENCH_REFERENCE_DIR) / "falcon-tokenizer", model);
    std::vector<WeightMapEntry> entries;
    for (const WeightMapEntry& e : falconWeightMap(config))
        if (e.role == WeightRole::Required)
            entries.push_back(e);
    nlohmann::json header = nlohmann::json::object();
    uint64_t offset = 0;
    for (const WeightMapEntry& e : entries) {
        uint64_t bytes = 2;
        for (const int64_t n : e.shape)
            bytes *= static_cast<uint64_t>(n);
        header[e.name] = {{"dtype", "BF16"}, {"shape", e.shape}, {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
    }
    std::string text = header.dump();
    text.append((8 - text.size() % 8) % 8, ' ');
    const fs::path partial = model / "model.safetensors.partial";
    {
        std::ofstream out(partial, std::ios::binary);
        const uint64_t length = text.size();
        out.write(reinterpret_cast<const char*>(&length), 8);
        out << text;
        torch::manual_seed(1);
        const int64_t chunk = int64_t{1} << 22;
        const torch::Tensor block = (torch::rand({chunk + 4096}) * 0.04 - 0.02).to(torch::kBFloat16);
        int64_t shift = 0;
        for (const WeightMapEntry& e : entries) {
            int64_t n = 1;
            for (const int64_t d : e.shape)
                n *= d;
            if (e.shape.size() == 1) {
                const bool bias = e.name.size() > 4 && e.name.compare(e.name.size() - 4, 4, "bias") == 0;
                const torch::Tensor t = torch::full({n}, bias ? 0.0 : 1.0, torch::kBFloat16);
                out.write(static_cast<const char*>(t.data_ptr()), static_cast<std::streamsize>(n * 2));
                continue;
            }
            for (int64_t done = 0; done < n; done += chunk) {
                const int64_t m = std::min(chunk, n - done);
                shift = (shift + 977) % 4096;
                out.write(static_cast<const char*>(block.narrow(0, shift, m).data_ptr()), static_cast<std::streamsize>(m * 2));
            }
        }
        if (!out)
            throw std::runtime_error("cannot write " + partial.string());
    }
    fs::rename(partial, model / "model.safetensors");
    std::ofstream(model / "config.json") << configText; // last: marks the checkpoint complete
    return model;
}

/** dir/falcon-7b-shape-TYPE.gguf exported from the checkpoint unless a newer one is there. */
fs::path ensureGguf(const fs::path& dir, const fs::path& model, const std::string& type)
{
    const fs::path file = dir / ("falcon-7b-shape-" + type + ".gguf");
    if (fs::exists(file) && fs::last_write_time(file) > fs::last_write_time(model / "model.safetensors"))
        return file;
    GgufExportOptions options;
    options.modelDir = model;
    options.outFile = file;
    options.fileType = parseGgufFileType(type);
    options.writeModelfile = false;
    const std::atomic<bool> stop{false};
    exportGguf(options, {}, stop);
    return file;
}

/** The CPU's model name from /proc/cpuinfo ("unknown" where there is none). */
std::string cpuModelName()
{
    std::ifstream in("/proc/cpuinfo");
    for (std::string line; std::getline(in, line);)
        if (line.rfind("model name", 0) == 0 && line.find(':') != std::string::npos)
            return line.substr(line.find(':') + 2);
    return "unknown";
}

/** llama.cpp (bench/llama_decode.mjs) on `gguf`: its JSON, or {"skipped": why}. */
nlohmann::json runLlama(const fs::path& gguf, const std::vector<int64_t>& prompt, int64_t decode, int threads)
{
    if (std::system("node -e \"process.exit(parseInt(process.versions.node) >= 20 ? 0 : 1)\" > /dev/null 2>&1") != 0)
        return {{"skipped", "node >= 20 is not installed"}};
    const fs::path script = fs::path(FALCONRY_BENCH_SOURCE_DIR) / "llama_decode.mjs";
    const fs::path request = gguf.parent_path() / "llama_request.json";
    std::ofstream(request) << nlohmann::json{{"model", gguf.string()}, {"prompt", prompt}, {"decode", decode},
                                             {"threads", threads}}
                                  .dump();
    const std::string command = "node '" + script.string() + "' '" + request.string() + "'";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return {{"skipped", "cannot start node"}};
    std::string text;
    char buffer[4096];
    for (size_t n = 0; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        text.append(buffer, n);
    const int status = ::pclose(pipe);
    const size_t start = text.rfind('{');
    if (status != 0 || start == std::string::npos)
        return {{"skipped", "llama_decode.mjs failed: " + text}};
    return nlohmann::json::parse(text.substr(start));
}

/** Seconds of the prompt forward into a fresh KV cache (logits of the last position only, as generation). */
double prefillSeconds(FalconModelImpl& model, const torch::Tensor& ids, int repeats)
{
    return bestTime(repeats, [&] {
        auto cache = model.makeCache(1, ids.size(1) + 1);
        model.forwardLast(ids, {}, cache.get());
    });
}

/** Seconds per decode step after a prefill and one warm-up step; PROFILE_TRACE traces two more. */
double decodeSecondsPerToken(FalconModelImpl& model, const torch::Tensor& ids, int64_t steps, bool trace)
{
    auto cache = model.makeCache(1, ids.size(1) + steps + 4);
    torch::Tensor next = model.forwardLast(ids, {}, cache.get()).argmax(-1, true);
    next = model.forwardLast(next, {}, cache.get()).argmax(-1, true);
    if (trace && std::getenv("PROFILE_TRACE")) {
        torch::autograd::profiler::RecordProfile guard(std::getenv("PROFILE_TRACE"));
        for (int i = 0; i < 2; ++i)
            next = model.forwardLast(next, {}, cache.get()).argmax(-1, true);
    }
    const double t0 = now();
    for (int64_t i = 0; i < steps; ++i)
        next = model.forwardLast(next, {}, cache.get()).argmax(-1, true);
    return (now() - t0) / static_cast<double>(steps);
}

/** Block 0's four NF4 matmuls over `tokens` rows: tiled (this build's default), whole-matrix, libtorch dequantization. */
nlohmann::json prefillChoice(FalconModelImpl& model, int64_t tokens)
{
    std::vector<const Nf4WeightSource*> sources;
    for (auto& [name, linear] : model.linearLayers()) {
        if (sources.size() == 4)
            break;
        sources.push_back(dynamic_cast<const Nf4WeightSource*>(linear->weightSource().get()));
    }
    auto run = [&](int64_t tileRows) {
        return bestTime(3, [&] {
            for (const Nf4WeightSource* s : sources) {
                const torch::Tensor x = torch::randn({tokens, s->tensor().shape[1]}).to(torch::kBFloat16);
                if (tileRows < 0)
                    torch::nn::functional::linear(x, s->weight(torch::kBFloat16));
                else
                    nf4TiledMatmul(x, s->tensor(), tileRows);
            }
        });
    };
    const int64_t tile = nf4PrefillTileRows(4544);
    return {{"tokens", tokens},
            {"tile_rows_default", tile},
            {"tiled_seconds", run(tile)},
            {"tiles_of_1024_rows_seconds", run(1024)},
            {"whole_matrix_seconds", run(0)},
            {"libtorch_dequantize_seconds", run(-1)}};
}

/** GB/s of the NF4 GEMV `kernel` alone over every NF4 weight of the model (x [rows, in] bf16), best of 3. */
double nf4GemvStreamGbs(FalconModelImpl& model, Nf4Kernel kernel, int64_t rows = 1)
{
    std::vector<const Nf4WeightSource*> sources;
    double bytes = 0;
    for (auto& [name, linear] : model.linearLayers()) {
        sources.push_back(dynamic_cast<const Nf4WeightSource*>(linear->weightSource().get()));
        bytes += static_cast<double>(sources.back()->bytes());
    }
    std::vector<torch::Tensor> xs;
    for (const Nf4WeightSource* s : sources)
        xs.push_back(torch::randn({rows, s->tensor().shape[1]}).to(torch::kBFloat16));
    const double t = bestTime(3, [&] {
        for (size_t i = 0; i < sources.size(); ++i)
            nf4Gemv(xs[i], sources[i]->tensor(), kernel);
    });
    return bytes / t / 1e9;
}

/** Compare's cost: base + tuned rows in one batch against the tuned row alone, same length. */
nlohmann::json compareCost(FalconModelImpl& model, const Nf4BenchOptions& options)
{
    LoraConfig lora;
    lora.r = 16;
    lora.alpha = 32;
    LoraModel adapters = LoraModel::inject(model, lora);
    for (const LoraLayer& layer : adapters.layers())
        layer.adapter->loraB().normal_(0.0, 0.01); // [out, r]: a tuned model that differs from the base
    std::vector<int64_t> prompt(static_cast<size_t>(options.comparePrompt));
    for (size_t i = 0; i < prompt.size(); ++i)
        prompt[i] = static_cast<int64_t>((i * 7919 + 13) % 65024);
    GenerationSettings settings;
    settings.maxNewTokens = options.compareTokens;
    settings.stopOnEos = false;
    const std::atomic<bool> stop{false};
    GenerationResult one;
    GenerationResult two;
    const double oneWall = bestTime(2, [&] { one = generate(model, nullptr, {prompt}, settings, {}, stop); });
    const double twoWall = bestTime(2, [&] { two = compareBaseAndTuned(model, nullptr, prompt, settings, {}, stop); });
    adapters.remove();
    return {{"prompt_tokens", options.comparePrompt},
            {"new_tokens_per_stream", options.compareTokens},
            {"lora_rank", lora.r},
            {"one_stream_wall_seconds", oneWall},
            {"two_streams_wall_seconds", twoWall},
            {"two_vs_one_wall_ratio", twoWall / oneWall},
            {"two_vs_one_decode_ratio", two.decodeSeconds / one.decodeSeconds}};
}

} // namespace

int runNf4Bench(const Nf4BenchOptions& options, int threads)
{
    FalconConfig config; // Falcon-7B's shape
    config.numHiddenLayers = options.layers;
    config.torchDtype = "bfloat16";
    const double bandwidth = bench::measureStreamReadBandwidth();
    const double peakGflops = bench::measureBf16MatmulGflops();

    double t0 = now();
    const fs::path dir = options.dir;
    const fs::path checkpoint = ensureCheckpoint(dir, config);
    const double checkpointSeconds = now() - t0;
    std::vector<int64_t> prompt(static_cast<size_t>(options.prompt));
    for (size_t i = 0; i < prompt.size(); ++i)
        prompt[i] = static_cast<int64_t>((i * 104729 + 7) % 65024);

    // llama.cpp first, alone on the machine (Falconry's model is not loaded yet).
    nlohmann::json llama = nlohmann::json::object();
    double llamaBandwidth = 0;
    std::stringstream types(options.llamaTypes);
    for (std::string type; std::getline(types, type, ',');) {
        if (type == "none" || type.empty())
            continue;
        t0 = now();
        const fs::path gguf = ensureGguf(dir, checkpoint, type);
        const double exportSeconds = now() - t0;
        const double bandwidthBefore = bench::measureStreamReadBandwidth();
        llama[type] = runLlama(gguf, prompt, options.decode, threads);
        llama[type]["stream_read_bandwidth_gbs_before"] = bandwidthBefore;
        llamaBandwidth = std::max(llamaBandwidth, bandwidthBefore);
        llama[type]["gguf_bytes"] = fs::file_size(gguf);
        llama[type]["export_seconds_if_written"] = exportSeconds;
    }

    LoadOptions load;
    load.dtype = torch::kBFloat16;
    FalconModel model = loadFalconModel(checkpoint, load);
    model->eval();
    const torch::Tensor ids = torch::tensor(prompt, torch::kLong).view({1, -1});
    model->forwardLast(ids.narrow(1, 0, 8), {}, nullptr); // pages the weights in
    const double bf16Prefill = prefillSeconds(*model, ids, 2);
    const int64_t bf16Steps = std::min<int64_t>(options.decode, 4);
    const double bf16Decode = options.quick ? 0.0 : decodeSecondsPerToken(*model, ids, bf16Steps, false);

    t0 = now();
    const int64_t nf4Bytes = quantizeModelToNf4(*model, true);
    const double quantizeSeconds = now() - t0;
    // Read per token: every NF4 code and scale, and the tied bf16 head (65024 x 4544); the embedding row is noise.
    const double headBytes = static_cast<double>(config.vocabSize * config.hiddenSize) * 2.0;
    const double bytesPerToken = static_cast<double>(nf4Bytes) + headBytes;
    const double nf4Prefill = prefillSeconds(*model, ids, 2);
    // The machine's bandwidth again right before Falconry's decode: the reference is the best of all
    // measurements in the run (on a shared host the first one may have been a slow moment).
    const double bandwidthBeforeDecode = bench::measureStreamReadBandwidth();
    const Nf4Kernel defaultKernel = bestNf4Kernel(torch::kBFloat16);
    const double nf4Decode = decodeSecondsPerToken(*model, ids, options.decode, true);
    const double nf4GemvGbs = nf4GemvStreamGbs(*model, defaultKernel);
    // Compare's two streams are two input rows of every GEMV: what the second row costs the kernel alone.
    const double nf4GemvTwoRowsGbs = options.quick ? 0.0 : nf4GemvStreamGbs(*model, defaultKernel, 2);
    // The int8-activation kernel (opt-in: FALCONRY_NF4_KERNEL=avx512_vnni), where this CPU has it.
    nlohmann::json vnni = {{"available", nf4KernelAvailable(Nf4Kernel::Avx512Vnni)}};
    double vnniTokensPerSecond = 0;
    if (nf4KernelAvailable(Nf4Kernel::Avx512Vnni)) {
        setNf4KernelCap(Nf4Kernel::Avx512Vnni);
        vnniTokensPerSecond = 1.0 / decodeSecondsPerToken(*model, ids, options.decode, false);
        vnni["decode_tokens_per_s"] = vnniTokensPerSecond;
        vnni["nf4_gemv_alone_stream_gbs"] = nf4GemvStreamGbs(*model, Nf4Kernel::Avx512Vnni);
        if (!options.quick)
            vnni["nf4_gemv_two_rows_vs_one_seconds"] =
                vnni["nf4_gemv_alone_stream_gbs"].get<double>() / nf4GemvStreamGbs(*model, Nf4Kernel::Avx512Vnni, 2);
        setNf4KernelCap(defaultKernel);
    }
    const nlohmann::json choice = options.quick ? nlohmann::json() : prefillChoice(*model, options.prompt);
    const nlohmann::json compare = options.quick ? nlohmann::json() : compareCost(*model, options);
    const double bandwidthAtEnd = bench::measureStreamReadBandwidth();
    const double bestBandwidth = std::max({bandwidth, bandwidthBeforeDecode, bandwidthAtEnd});
    const double tokensPerSecond = 1.0 / nf4Decode;
    const double boundTokensPerSecond = bestBandwidth * 1e9 / bytesPerToken;
    if (vnniTokensPerSecond > 0)
        vnni["decode_fraction_of_bound"] = vnniTokensPerSecond / boundTokensPerSecond;

    nlohmann::json out = {
        {"benchmark", "falcon_7b_nf4"},
        {"threads", threads},
        {"layers", options.layers},
        {"shape_note", options.layers == 32 ? "the full Falcon-7B shape" : "Falcon-7B's exact shapes with fewer blocks"},
        {"prompt_tokens", options.prompt},
        {"decode_tokens", options.decode},
        {"nf4_kernel", nf4KernelName(defaultKernel)},
        {"cpu", cpuModelName()},
        {"reference",
         {{"stream_read_bandwidth_gbs", bestBandwidth},
          {"stream_read_bandwidth_gbs_each", {bandwidth, llamaBandwidth, bandwidthBeforeDecode, bandwidthAtEnd}},
          {"bf16_matmul_peak_gflops", peakGflops},
          {"note", "same run: all cores reading 2 GiB with the widest loads, best of 10, measured at the start, before "
                   "each llama.cpp run, before Falconry's decode and at the end (0 = not measured); the best is the "
                   "bound; [512,4544]x[4544,4544] bf16 matmul, best of 5"}}},
        {"checkpoint_seconds_if_written", checkpointSeconds},
        {"quantize_seconds", quantizeSeconds},
        {"nf4_weight_bytes", nf4Bytes},
        {"bytes_read_per_token", bytesPerToken},
        {"decode_tokens_per_s", tokensPerSecond},
        {"decode_bound_tokens_per_s", boundTokensPerSecond},
        {"decode_fraction_of_bound", tokensPerSecond / boundTokensPerSecond},
        {"nf4_gemv_alone_stream_gbs", nf4GemvGbs},
        {"nf4_gemv_alone_fraction_of_bandwidth", nf4GemvGbs / bestBandwidth},
        {"nf4_gemv_two_rows_vs_one_seconds", nf4GemvTwoRowsGbs > 0 ? nf4GemvGbs / nf4GemvTwoRowsGbs : 0.0},
        {"int8_activation_kernel", vnni},
        {"bf16_decode_tokens_per_s", bf16Decode > 0 ? 1.0 / bf16Decode : 0.0},
        {"bf16_prefill_seconds", bf16Prefill},
        {"bf16_prefill_tokens_per_s", static_cast<double>(options.prompt) / bf16Prefill},
        {"nf4_prefill_seconds", nf4Prefill},
        {"prefill_choice_block0", choice},
        {"compare", compare},
        {"llama_cpp", llama},
    };
    nlohmann::json goals = nlohmann::json::object();
    goals["decode_fraction_of_bound_at_least_0.85"] = tokensPerSecond / boundTokensPerSecond >= 0.85;
    if (llama.contains("q4_0") && llama["q4_0"].contains("decode_tokens_per_s")) {
        const double q4 = llama["q4_0"]["decode_tokens_per_s"].get<double>();
        out["decode_vs_llama_q4_0"] = tokensPerSecond / q4;
        goals["decode_at_least_llama_q4_0"] = tokensPerSecond >= q4;
        if (vnniTokensPerSecond > 0) {
            out["int8_activation_kernel"]["decode_vs_llama_q4_0"] = vnniTokensPerSecond / q4;
            goals["int8_activation_kernel_decode_at_least_llama_q4_0"] = vnniTokensPerSecond >= q4;
        }
        // llama.cpp's own bytes per token (its GGUF holds the tensors it reads per token) over the same bound.
        out["llama_cpp"]["q4_0"]["decode_fraction_of_bound"] =
            q4 * llama["q4_0"]["gguf_bytes"].get<double>() / (bestBandwidth * 1e9);
    }
    if (compare.is_object() && compare.contains("two_vs_one_wall_ratio"))
        goals["compare_two_streams_at_most_1.15x_one"] = compare["two_vs_one_wall_ratio"].get<double>() <= 1.15;
    out["goals"] = goals;
    for (auto& [type, run] : out["llama_cpp"].items())
        if (run.contains("prefill_seconds"))
            run["prefill_tokens_per_s"] = static_cast<double>(options.prompt) / run["prefill_seconds"].get<double>();
    if (llama.contains("bf16") && llama["bf16"].contains("prefill_seconds"))
        out["bf16_prefill_vs_llama_bf16"] = llama["bf16"]["prefill_seconds"].get<double>() / bf16Prefill; // > 1: Falconry faster
    std::cout << out.dump(2) << std::endl;
    return 0;
}

} // namespace falconry
