// Writing run bundles (core/train/run_bundle.h).
#include "core/train/run_bundle.h"

#include "core/data/data_split.h"
#include "core/io/file_writer.h"
#include "core/io/tar_archive.h"
#include "core/tokenizer/tokenizer.h"
#include "core/train/imported_examples.h"
#include "core/train/train_data.h"
#include "core/train/trainer.h"
#include "core/util/crc32.h"
#include "core/util/errors.h"
#include "core/util/folder_lock.h"
#include "core/util/json_text.h"
#include "core/util/machine_info.h"
#include "core/util/version.h"

#include <torch/version.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <optional>

namespace falconry {
namespace fs = std::filesystem;
namespace {

constexpr size_t kChunk = size_t{1} << 20;

/** One member to write: a file on disk, or bytes made here (examples.jsonl). */
struct Source {
    std::string path;       // inside the bundle
    fs::path file;          // empty: `bytes`
    std::string bytes;
    uint64_t size = 0;
    uint32_t crc = 0;
};

/** Streams a file in chunks; throws IoError naming it. */
void readChunks(const fs::path& file, const std::function<void(std::string_view)>& chunk)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw IoError("cannot open '" + file.string() + "'");
    std::vector<char> buffer(kChunk);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        if (in.gcount() > 0)
            chunk(std::string_view(buffer.data(), static_cast<size_t>(in.gcount())));
    }
    if (in.bad())
        throw IoError("cannot read '" + file.string() + "'");
}

void measure(Source& s)
{
    s.crc = 0;
    s.size = 0;
    const auto add = [&](std::string_view bytes) {
        s.crc = crc32Update(s.crc, bytes.data(), bytes.size());
        s.size += bytes.size();
    };
    if (s.file.empty())
        add(s.bytes);
    else
        readChunks(s.file, add);
}

size_t countLines(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    size_t n = 0;
    std::string line;
    while (std::getline(in, line))
        n += line.find_first_not_of(" \t\r") != std::string::npos;
    return n;
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

/** examples.jsonl: the run's examples rendered again, refused when they no longer hash to the run's dataset hash. */
std::string renderExamples(const fs::path& runDir, const std::string& runHash)
{
    const TrainConfig config = loadRunConfig(runDir);
    const std::unique_ptr<Tokenizer> tokenizer = Tokenizer::load(config.modelDir);
    const std::vector<TrainExample> examples = loadTrainExamples(config, *tokenizer);
    const std::string hash = hashExamples(examples);
    if (hash != runHash)
        throw ConfigError(config.dataFile.string() + " no longer gives the run's examples (dataset hash " + hash +
                          ", the run trained on " + runHash + "): its examples cannot go into the bundle; "
                          "bundle the run without them");
    std::vector<uint64_t> rows;
    for (const TrainExample& e : examples)
        rows.push_back(e.rowId);
    const std::vector<uint8_t> eval = evalFlags(rows, SplitOptions{config.evalRatio, config.evalSeed});
    std::string out;
    for (size_t i = 0; i < examples.size(); ++i) {
        const TrainExample& e = examples[i];
        nlohmann::json line = {{"row", e.rowId},
                               {"eval", eval[i] != 0},
                               {"text", tokenizer->decode(e.ids)},
                               {"ids", e.ids},
                               {"trained", e.trained}};
        out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
    return out;
}

} // namespace

nlohmann::json writeRunBundle(const fs::path& runDir, const fs::path& bundleFile, const BundleOptions& options)
{
    const fs::path runJsonPath = runDir / "run.json";
    std::error_code ec;
    if (!fs::is_regular_file(runJsonPath, ec))
        throw ConfigError(runDir.string() + " is not a Falconry run folder (no run.json)");
    if (const std::string who = FolderLock::holder(runDir); !who.empty())
        throw BusyError(runDir.string() + " is in use (" + who + "); bundle it when it has finished");
    const nlohmann::json run = readJsonFile<ConfigError>(runJsonPath);
    const char* output = fs::is_regular_file(runDir / "adapter" / "adapter_config.json", ec) ? "adapter"
                         : fs::is_regular_file(runDir / "model" / "config.json", ec)       ? "model"
                                                                                           : nullptr;
    if (!output)
        throw ConfigError(runDir.string() + " has not finished (no adapter/ yet): resume it to the end, then bundle it");
    const std::string datasetHash =
        run.contains("dataset") && run["dataset"].is_object() ? run["dataset"].value("hash", "") : std::string();

    std::vector<Source> sources;
    const auto addFile = [&](const std::string& path, const fs::path& file) {
        Source s;
        s.path = path;
        s.file = file;
        sources.push_back(std::move(s));
    };
    addFile("run.json", runJsonPath);
    for (const char* name : {"metrics.jsonl", "probes.jsonl"})
        if (fs::is_regular_file(runDir / name, ec))
            addFile(name, runDir / name);
    const fs::path votes = options.votesFile.empty() ? runDir / kBundledVotes : options.votesFile;
    if (!options.votesFile.empty() && !fs::is_regular_file(votes, ec))
        throw ConfigError("votes file '" + votes.string() + "' not found");
    if (fs::is_regular_file(votes, ec))
        addFile(kBundledVotes, votes);
    std::vector<fs::path> outputFiles;
    for (const auto& entry : fs::recursive_directory_iterator(runDir / output))
        if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
            outputFiles.push_back(entry.path());
    std::sort(outputFiles.begin(), outputFiles.end());
    for (const fs::path& file : outputFiles)
        addFile(std::string(output) + "/" + fs::relative(file, runDir / output).generic_string(), file);
    if (options.withExamples) {
        Source s;
        s.path = kBundledExamples;
        s.bytes = renderExamples(runDir, datasetHash);
        sources.push_back(std::move(s));
    }
    for (Source& s : sources)
        measure(s);

    nlohmann::json manifest;
    manifest["format"] = kBundleFormat;
    manifest["format_version"] = kBundleFormatVersion;
    manifest["created"] = utcNow();
    const MachineInfo machine = currentMachine();
    manifest["written_by"] = {{"falconry", falconryVersion()},
                              {"libtorch", TORCH_VERSION},
                              {"machine", {{"cpu", machine.cpu},
                                           {"logical_cores", machine.logicalCores},
                                           {"avx512_bf16", machine.avx512Bf16},
                                           {"amx", machine.amx}}}};
    const nlohmann::json runMachine = run.value("machine", nlohmann::json::object());
    manifest["run"] = {{"name", fs::absolute(runDir).lexically_normal().filename().string()},
                       {"output", output},
                       {"versions", run.value("versions", nlohmann::json::object())},
                       {"machine", runMachine},
                       {"device", runMachine.is_object() ? runMachine.value("device", "") : std::string()}};
    manifest["dataset_hash"] = datasetHash;
    manifest["contents"] = {{"examples", options.withExamples},
                            {"votes", fs::is_regular_file(votes, ec) ? countLines(votes) : 0},
                            {"probe_answers", countLines(runDir / "probes.jsonl")},
                            {"metrics_lines", countLines(runDir / "metrics.jsonl")}};
    nlohmann::json files = nlohmann::json::array();
    for (const Source& s : sources) {
        char crc[9];
        std::snprintf(crc, sizeof crc, "%08x", s.crc);
        files.push_back({{"path", s.path}, {"size", s.size}, {"crc32", crc}});
    }
    manifest["files"] = files;

    if (bundleFile.has_parent_path())
        fs::create_directories(bundleFile.parent_path(), ec);
    AtomicFileWriter out(bundleFile);
    TarWriter tar([&](std::string_view bytes) { out.write(bytes); });
    const int64_t mtime = static_cast<int64_t>(std::time(nullptr));
    tar.addFile(kBundleManifest, manifest.dump(2) + "\n", mtime);
    for (const Source& s : sources) {
        uint32_t crc = 0;
        tar.addFile(s.path, s.size, mtime, [&](const std::function<void(std::string_view)>& write) {
            const auto pass = [&](std::string_view bytes) {
                crc = crc32Update(crc, bytes.data(), bytes.size());
                write(bytes);
            };
            if (s.file.empty())
                pass(s.bytes);
            else
                readChunks(s.file, pass);
        });
        if (crc != s.crc)
            throw IoError(s.file.string() + " changed while it was bundled; nothing was written");
    }
    tar.finish();
    out.commit();
    return manifest;
}

} // namespace falconry
