// GGUF export of the Falcon-7B shape with random weights: time and memory per type, file sizes.
//
// Writes a bf16 checkpoint of the Falcon-7B shape (hidden 4544, 71 heads, 1 KV head, vocab
// 65,024, --layers blocks; 32 is the real model, 14 GB) tensor by tensor to --dir, with the
// Falcon tokenizer from ../shared/reference, then exports it with core's exportGguf for each
// --types entry. Prints JSON: per type the export time, peak resident memory (all of it, and
// the anonymous part sampled at every chunk: what the export allocates, without the pages of
// the memory-mapped checkpoint the kernel can drop at will), file size and tensor types; beside
// them, measured in the same run, the time to read every checkpoint byte once (the I/O floor),
// the checkpoint size and the fp32 size of the largest tensor.
#include "core/export/gguf_export.h"
#include "core/io/checkpoint_reader.h"
#include "core/io/falcon_loader.h"
#include "core/model/falcon_config.h"
#include "core/model/weight_map.h"
#include "core/util/threads.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;
using namespace falconry;

namespace {

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

/** A field of /proc/self/status in bytes ("RssAnon", "VmHWM"). */
uint64_t procStatusBytes(const std::string& field)
{
    std::ifstream in("/proc/self/status");
    for (std::string line; std::getline(in, line);)
        if (line.rfind(field + ":", 0) == 0)
            return std::stoull(line.substr(field.size() + 1)) * 1024;
    return 0;
}

/** A safetensors file written tensor by tensor: the header from the shapes, then random bf16 data. */
uint64_t writeRandomCheckpoint(const fs::path& file, const FalconConfig& config)
{
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
    std::ofstream out(file, std::ios::binary);
    const uint64_t length = text.size();
    out.write(reinterpret_cast<const char*>(&length), 8);
    out << text;
    torch::manual_seed(1);
    for (const WeightMapEntry& e : entries) {
        const bool norm = e.shape.size() == 1;
        const torch::Tensor t = (norm ? torch::ones(e.shape) : torch::randn(e.shape) * 0.02).to(torch::kBFloat16).contiguous();
        out.write(static_cast<const char*>(t.data_ptr()), static_cast<std::streamsize>(t.nbytes()));
    }
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
    return 8 + length + offset;
}

} // namespace

int main(int argc, char** argv)
{
    int layers = 32;
    fs::path dir = "/tmp/falconry-bench-gguf";
    std::vector<std::string> types = {"q8_0", "q4_k_m"};
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--layers")
            layers = std::stoi(argv[i + 1]);
        else if (key == "--dir")
            dir = argv[i + 1];
        else if (key == "--types") {
            types.clear();
            std::stringstream list(argv[i + 1]);
            for (std::string t; std::getline(list, t, ',');)
                types.push_back(t);
        }
    }
    const int threads = configureEngineThreads();
    FalconConfig config; // Falcon-7B's shape
    config.numHiddenLayers = layers;
    config.torchDtype = "bfloat16";
    const fs::path model = dir / "model";
    fs::create_directories(model);
    {
        std::ofstream(model / "config.json") << config.toJson().dump(2);
    }
    const fs::path reference = fs::path(FALCONRY_BENCH_REFERENCE_DIR) / "falcon-tokenizer";
    copyTokenizerFiles(reference, model);
    auto start = std::chrono::steady_clock::now();
    const uint64_t checkpointBytes = writeRandomCheckpoint(model / "model.safetensors", config);
    const double writeSeconds = seconds(start);

    // The I/O floor: every checkpoint byte read once through the same memory map.
    start = std::chrono::steady_clock::now();
    double checksum = 0;
    {
        const CheckpointReader reader(model);
        for (const std::string& name : reader.names())
            checksum += reader.tensor(name).to(torch::kFloat32).sum().item<double>();
    }
    const double readSeconds = seconds(start);

    nlohmann::json report;
    report["shape"] = {{"hidden", config.hiddenSize}, {"heads", config.numAttentionHeads}, {"kv_heads", config.kvHeads()},
                       {"layers", layers}, {"vocab", config.vocabSize}, {"parameters", config.parameterCount()},
                       {"note", layers == 32 ? "the full Falcon-7B shape" : "Falcon-7B's shape with fewer blocks"}};
    report["threads"] = threads;
    report["reference"] = {{"checkpoint_bytes_bf16", checkpointBytes},
                           {"checkpoint_write_seconds", writeSeconds},
                           {"read_all_tensors_once_seconds", readSeconds},
                           {"checksum", checksum}};
    for (const std::string& typeName : types) {
        GgufExportOptions options;
        options.modelDir = model;
        options.outFile = dir / ("falcon-7b-shape-" + typeName + ".gguf");
        options.fileType = parseGgufFileType(typeName);
        options.templateName = "falcon-instruct";
        uint64_t peakAnon = procStatusBytes("RssAnon");
        const uint64_t anonBefore = peakAnon;
        std::atomic<bool> stop{false};
        start = std::chrono::steady_clock::now();
        const GgufExportResult result = exportGguf(
            options,
            [&](const GgufExportProgress&) {
                peakAnon = std::max(peakAnon, procStatusBytes("RssAnon"));
                return true;
            },
            stop);
        const double exportSeconds = seconds(start);
        report["exports"][typeName] = {
            {"seconds", exportSeconds},
            {"file_bytes", result.fileBytes},
            {"tensors", result.tensorsByType},
            {"peak_anonymous_rss_bytes", peakAnon},
            {"anonymous_rss_before_bytes", anonBefore},
            {"peak_rss_bytes_including_mapped_checkpoint", procStatusBytes("VmHWM")},
            {"largest_tensor_fp32_bytes", result.largestTensorBytes},
        };
        std::cerr << typeName << " done in " << exportSeconds << " s\n";
    }
    std::cout << report.dump(2) << "\n";
    return 0;
}
