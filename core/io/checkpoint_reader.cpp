#include "core/io/checkpoint_reader.h"

#include "core/util/atomic_file.h"
#include "core/util/error_info.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <regex>
#include <set>

namespace fs = std::filesystem;

namespace falconry {
namespace {

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<fs::path> filesMatching(const fs::path& folder, const std::function<bool(const std::string&)>& pred)
{
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (pred(name) && fs::is_regular_file(entry.path(), ec))
            out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool isPickleName(const std::string& name)
{
    return endsWith(name, ".bin") || endsWith(name, ".pt") || endsWith(name, ".pth") || endsWith(name, ".ckpt") ||
           name == "pytorch_model.bin.index.json";
}

} // namespace

CheckpointReader::CheckpointReader(const fs::path& folderOrFile) : m_location(folderOrFile)
{
    std::error_code ec;
    if (!fs::exists(folderOrFile, ec))
        throw CheckpointError("model path '" + folderOrFile.string() + "' does not exist");
    if (fs::is_regular_file(folderOrFile, ec)) {
        const std::string name = folderOrFile.filename().string();
        if (endsWith(name, ".json")) {
            openIndex(folderOrFile);
            return;
        }
        if (isPickleName(name))
            throw CheckpointError("'" + folderOrFile.string() +
                                  "' is a PyTorch pickle; Falconry never unpickles (it can run arbitrary code). "
                                  "Use the model's .safetensors files, or convert with transformers: "
                                  "model.save_pretrained(dir, safe_serialization=True)");
        openSingle(folderOrFile);
        return;
    }
    if (fs::exists(folderOrFile / kSafetensorsIndexName, ec)) {
        openIndex(folderOrFile / kSafetensorsIndexName);
        return;
    }
    if (fs::exists(folderOrFile / "model.safetensors", ec)) {
        openSingle(folderOrFile / "model.safetensors");
        return;
    }
    // Any other safetensors files (not an adapter) are taken as the shards of one checkpoint.
    const auto others = filesMatching(folderOrFile, [](const std::string& n) {
        return endsWith(n, ".safetensors") && n.rfind("adapter_", 0) != 0 && n[0] != '.';
    });
    if (!others.empty()) {
        for (const auto& f : others)
            addFile(f, nullptr);
        return;
    }
    const auto pickles = filesMatching(folderOrFile, isPickleName);
    if (!pickles.empty())
        throw CheckpointError("'" + folderOrFile.string() + "' holds only PyTorch pickle weights (" +
                              pickles.front().filename().string() +
                              (pickles.size() > 1 ? ", ..." : "") +
                              "); Falconry never unpickles (it can run arbitrary code). Download the model's "
                              ".safetensors files, or convert with transformers: "
                              "model.save_pretrained(dir, safe_serialization=True)");
    throw Described<CheckpointError>("no weights in '" + folderOrFile.string() + "': expected model.safetensors, " +
                                         kSafetensorsIndexName + " with its shards, or *.safetensors files",
                                     "model.incomplete", {{"folder", folderOrFile.string()}, {"missing", "model.safetensors"}});
}

void CheckpointReader::openSingle(const fs::path& file)
{
    addFile(file, nullptr);
}

void CheckpointReader::openIndex(const fs::path& index)
{
    const std::string where = index.string();
    const nlohmann::json root = readJsonFile<CheckpointError>(index);
    if (!root.is_object() || !root.contains("weight_map") || !root["weight_map"].is_object())
        throw CheckpointError(where + ": expected an object with a \"weight_map\" object {tensor name: shard file}");
    std::map<std::string, std::vector<std::string>> byShard; // shard -> names
    for (const auto& [name, shard] : root["weight_map"].items()) {
        if (!shard.is_string())
            throw CheckpointError(where + ": weight_map entry '" + name + "' must name a shard file");
        const std::string file = shard.get<std::string>();
        const fs::path rel(file);
        if (file.empty() || rel.is_absolute() || file.find("..") != std::string::npos)
            throw CheckpointError(where + ": weight_map entry '" + name + "' names shard '" + file +
                                  "', expected a file name inside the folder");
        byShard[file].push_back(name);
    }
    if (byShard.empty())
        throw CheckpointError(where + ": weight_map is empty");
    const fs::path folder = index.parent_path();
    for (const auto& [file, names] : byShard) {
        const fs::path shard = folder / file;
        std::error_code ec;
        if (!fs::is_regular_file(shard, ec))
            throw Described<CheckpointError>(where + ": shard '" + file + "' (holding '" + names.front() +
                                                 "') is missing from " + folder.string(),
                                             "model.incomplete", {{"folder", folder.string()}, {"missing", file}});
        addFile(shard, &names);
    }
}

void CheckpointReader::addFile(const fs::path& file, const std::vector<std::string>* onlyNames)
{
    auto st = std::make_unique<SafetensorsFile>(file);
    const size_t index = m_files.size();
    const auto add = [&](const std::string& name) {
        if (!st->contains(name))
            throw CheckpointError(file.string() + ": the index lists tensor '" + name + "' in this shard but it is not there");
        if (!m_where.emplace(name, index).second)
            throw CheckpointError(file.string() + ": tensor '" + name + "' also appears in " +
                                  m_files[m_where[name]]->path().string());
    };
    if (onlyNames) {
        for (const auto& n : *onlyNames)
            add(n);
    } else {
        for (const auto& t : st->header().tensors)
            add(t.name);
    }
    m_files.push_back(std::move(st));
}

std::vector<std::string> CheckpointReader::names() const
{
    std::vector<std::string> out;
    for (const auto& [n, i] : m_where)
        out.push_back(n);
    return out;
}

bool CheckpointReader::contains(const std::string& name) const
{
    return m_where.count(name) > 0;
}

const SafetensorsTensorInfo& CheckpointReader::info(const std::string& name) const
{
    const auto it = m_where.find(name);
    if (it == m_where.end())
        throw CheckpointError(m_location.string() + ": checkpoint has no tensor named '" + name + "'");
    return m_files[it->second]->info(name);
}

torch::Tensor CheckpointReader::tensor(const std::string& name) const
{
    const auto it = m_where.find(name);
    if (it == m_where.end())
        throw CheckpointError(m_location.string() + ": checkpoint has no tensor named '" + name + "'");
    return m_files[it->second]->tensor(name);
}

const fs::path& CheckpointReader::fileOf(const std::string& name) const
{
    const auto it = m_where.find(name);
    if (it == m_where.end())
        throw CheckpointError(m_location.string() + ": checkpoint has no tensor named '" + name + "'");
    return m_files[it->second]->path();
}

std::vector<fs::path> CheckpointReader::files() const
{
    std::vector<fs::path> out;
    for (const auto& f : m_files)
        out.push_back(f->path());
    return out;
}

uint64_t CheckpointReader::totalBytes() const
{
    uint64_t total = 0;
    for (const auto& [name, i] : m_where)
        total += m_files[i]->info(name).byteSize();
    return total;
}

uint64_t CheckpointReader::totalFileBytes() const
{
    uint64_t total = 0;
    for (const auto& f : m_files)
        total += f->fileSize();
    return total;
}

std::map<std::string, uint64_t> CheckpointReader::bytesByDtype() const
{
    std::map<std::string, uint64_t> out;
    for (const auto& [name, i] : m_where) {
        const auto& ti = m_files[i]->info(name);
        out[ti.dtype] += ti.byteSize();
    }
    return out;
}

std::vector<fs::path> saveSafetensorsCheckpoint(const fs::path& folder,
                                                const std::vector<std::pair<std::string, torch::Tensor>>& tensors,
                                                uint64_t maxShardBytes, const SaveProgressFn& progress)
{
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        throw IoError("cannot create folder '" + folder.string() + "': " + ec.message());
    // Split in order, as transformers' shard_checkpoint does.
    std::vector<std::vector<size_t>> shards(1);
    std::vector<uint64_t> shardBytes(1, 0);
    uint64_t total = 0;
    std::set<std::string> names;
    for (size_t i = 0; i < tensors.size(); ++i) {
        if (!names.insert(tensors[i].first).second)
            throw IoError(folder.string() + ": tensor '" + tensors[i].first + "' given twice");
        const uint64_t bytes = static_cast<uint64_t>(tensors[i].second.numel()) * tensors[i].second.element_size();
        if (!shards.back().empty() && shardBytes.back() + bytes > maxShardBytes) {
            shards.emplace_back();
            shardBytes.push_back(0);
        }
        shards.back().push_back(i);
        shardBytes.back() += bytes;
        total += bytes;
    }
    // Remove what an earlier save left that would confuse a reader.
    static const std::regex kShardName(R"(model-\d{5}-of-\d{5}\.safetensors)");
    for (const auto& old : filesMatching(folder, [](const std::string& n) { return std::regex_match(n, kShardName); }))
        fs::remove(old, ec);
    fs::remove(folder / kSafetensorsIndexName, ec);
    if (shards.size() > 1)
        fs::remove(folder / "model.safetensors", ec); // transformers would prefer it over the index

    std::vector<fs::path> written;
    nlohmann::json weightMap = nlohmann::json::object();
    uint64_t done = 0;
    for (size_t s = 0; s < shards.size(); ++s) {
        char name[64];
        if (shards.size() == 1)
            std::snprintf(name, sizeof name, "model.safetensors");
        else
            std::snprintf(name, sizeof name, "model-%05zu-of-%05zu.safetensors", s + 1, shards.size());
        std::map<std::string, torch::Tensor> part;
        for (size_t i : shards[s]) {
            part.emplace(tensors[i].first, tensors[i].second);
            weightMap[tensors[i].first] = name;
        }
        saveSafetensors(folder / name, part);
        written.push_back(folder / name);
        done += shardBytes[s];
        if (progress && !progress(done, total))
            throw IoError("saving to '" + folder.string() + "' was stopped");
    }
    if (shards.size() > 1) {
        const nlohmann::json index = {{"metadata", {{"total_size", total}}}, {"weight_map", weightMap}};
        writeFileAtomically(folder / kSafetensorsIndexName, index.dump(2) + "\n");
        written.push_back(folder / kSafetensorsIndexName);
    }
    return written;
}

} // namespace falconry
