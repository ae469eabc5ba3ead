// Reading run bundles (core/train/run_bundle.h): verify everything, extract read-only.
// No torch header: fuzz_run_bundle builds this file with the tar reader alone.
#include "core/train/run_bundle.h"

#include "core/io/tar_archive.h"
#include "core/train/train_config.h"
#include "core/util/atomic_folder.h"
#include "core/util/crc32.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <set>

namespace falconry {
namespace fs = std::filesystem;
namespace {

constexpr uint64_t kManifestLimit = uint64_t{4} << 20;  // bytes; a manifest of 10^4 files is ~1 MB
constexpr uint64_t kRunJsonLimit = uint64_t{16} << 20;
constexpr size_t kMaxMembers = 100000;

/** The member names a bundle may hold: the run folder's files and the adapter's (or model's) folder. */
bool isBundleName(const std::string& path)
{
    static const std::set<std::string> kTop = {"run.json", "metrics.jsonl", "probes.jsonl", kBundledVotes,
                                               kBundledExamples};
    if (!isSafeArchivePath(path))
        return false;
    if (kTop.count(path))
        return true;
    for (const char* folder : {"adapter/", "model/"})
        if (path.rfind(folder, 0) == 0 && path.size() > std::char_traits<char>::length(folder))
            return true;
    return false;
}

bool isBundleFolder(const std::string& path)
{
    return path == "adapter" || path == "model" ||
           ((path.rfind("adapter/", 0) == 0 || path.rfind("model/", 0) == 0) && isSafeArchivePath(path));
}

std::string hex8(uint32_t value)
{
    char text[9];
    std::snprintf(text, sizeof text, "%08x", value);
    return text;
}

std::vector<BundleMember> parseManifestFiles(const nlohmann::json& manifest, const std::string& where)
{
    const auto bad = [&](const std::string& what) { throw ArchiveError(where + ": " + what); };
    if (!manifest.is_object() || manifest.value("format", "") != kBundleFormat)
        bad(std::string(kBundleManifest) + " does not say format \"" + kBundleFormat + "\": not a Falconry run bundle");
    const nlohmann::json& version = manifest.contains("format_version") ? manifest["format_version"] : nlohmann::json();
    if (!version.is_number_integer())
        bad("the manifest has no format_version");
    if (version.get<int64_t>() > kBundleFormatVersion)
        bad("made by a newer Falconry (bundle format " + std::to_string(version.get<int64_t>()) + "); this one reads format " +
            std::to_string(kBundleFormatVersion) + ": update Falconry to open it");
    if (version.get<int64_t>() < 1)
        bad("bundle format " + std::to_string(version.get<int64_t>()) + " does not exist");
    if (!manifest.contains("files") || !manifest["files"].is_array())
        bad("the manifest lists no files");
    if (manifest["files"].size() > kMaxMembers)
        bad("the manifest lists " + std::to_string(manifest["files"].size()) + " files, more than a run has");
    std::vector<BundleMember> members;
    std::set<std::string> seen;
    for (const nlohmann::json& f : manifest["files"]) {
        if (!f.is_object() || !f.contains("path") || !f["path"].is_string() || !f.contains("size") ||
            !f["size"].is_number_unsigned() || !f.contains("crc32") || !f["crc32"].is_string())
            bad("a manifest entry is not {\"path\", \"size\", \"crc32\"}");
        BundleMember m;
        m.path = f["path"].get<std::string>();
        m.size = f["size"].get<uint64_t>();
        const std::string crc = f["crc32"].get<std::string>();
        if (crc.size() != 8 || crc.find_first_not_of("0123456789abcdef") != std::string::npos)
            bad("'" + m.path + "': the CRC-32 in the manifest is not 8 hex digits");
        m.crc32 = static_cast<uint32_t>(std::stoul(crc, nullptr, 16));
        if (!isBundleName(m.path))
            bad("the manifest lists '" + m.path + "', which no run bundle holds (unsafe or unknown path): refused");
        if (!seen.insert(m.path).second)
            bad("the manifest lists '" + m.path + "' twice");
        members.push_back(std::move(m));
    }
    if (!seen.count("run.json"))
        bad("no run.json in the manifest: not a run");
    return members;
}

/**
 * Receives each verified member: begin(path) before its first chunk, then its bytes. A member
 * is verified (size, CRC) only when the scan ends, so a sink must not keep what it got when
 * the scan throws.
 */
struct MemberSink {
    std::function<void(const std::string& path)> begin;
    std::function<void(std::string_view bytes)> chunk;
    std::function<void()> end;
};

RunBundle scanBundle(std::istream& in, uint64_t size, const std::string& where, const MemberSink* sink)
{
    TarReader tar(in, size, where);
    TarEntry entry;
    if (!tar.next(entry))
        throw ArchiveError(where + ": an empty archive, not a run bundle");
    if (entry.folder || entry.path != kBundleManifest)
        throw ArchiveError(where + ": the first member is '" + entry.path + "', not " + kBundleManifest +
                           ": not a Falconry run bundle");
    RunBundle bundle;
    const std::string manifestText = tar.readAll(kManifestLimit);
    bundle.manifest = parseJson<ArchiveError>(manifestText, where + ":" + kBundleManifest);
    bundle.members = parseManifestFiles(bundle.manifest, where);
    std::map<std::string, const BundleMember*> listed;
    for (const BundleMember& m : bundle.members)
        listed.emplace(m.path, &m);
    if (sink) {
        sink->begin(kBundleManifest);
        sink->chunk(manifestText);
        sink->end();
    }
    std::set<std::string> found;
    while (tar.next(entry)) {
        if (entry.folder) {
            if (!isBundleFolder(entry.path))
                throw ArchiveError(where + ": a folder '" + entry.path + "' that no run bundle holds: refused");
            continue;
        }
        const auto it = listed.find(entry.path);
        if (it == listed.end())
            throw ArchiveError(where + ": '" + entry.path + "' is not listed in the bundle's manifest: refused");
        if (!found.insert(entry.path).second)
            throw ArchiveError(where + ": '" + entry.path + "' appears twice");
        const BundleMember& m = *it->second;
        if (entry.size != m.size)
            throw ArchiveError(where + ": '" + entry.path + "' is " + std::to_string(entry.size) + " bytes, the manifest says " +
                               std::to_string(m.size) + " (damaged)");
        uint32_t crc = 0;
        if (sink)
            sink->begin(entry.path);
        if (entry.path == "run.json") {
            const std::string text = tar.readAll(kRunJsonLimit);
            crc = crc32Update(0, text.data(), text.size());
            bundle.runJson = parseJson<ArchiveError>(text, where + ":run.json");
            if (sink)
                sink->chunk(text);
        } else {
            tar.read([&](std::string_view bytes) {
                crc = crc32Update(crc, bytes.data(), bytes.size());
                if (sink)
                    sink->chunk(bytes);
            });
        }
        if (sink)
            sink->end();
        if (crc != m.crc32)
            throw ArchiveError(where + ": '" + entry.path + "' is damaged (CRC-32 " + hex8(crc) + ", the manifest says " +
                               hex8(m.crc32) + ")");
    }
    for (const BundleMember& m : bundle.members)
        if (!found.count(m.path))
            throw ArchiveError(where + ": incomplete: '" + m.path + "' is listed in the manifest but not in the archive");
    // The run itself: its settings must read back as settings, and its data hash be the manifest's.
    if (!bundle.runJson.is_object() || !bundle.runJson.contains("settings"))
        throw ArchiveError(where + ": run.json holds no settings");
    try {
        TrainConfig::fromJson(bundle.runJson["settings"], where + ":run.json");
    } catch (const ConfigError& e) {
        throw ArchiveError(e.what());
    }
    const nlohmann::json& hash = bundle.manifest.contains("dataset_hash") ? bundle.manifest["dataset_hash"] : nlohmann::json();
    if (!hash.is_string() || hash.get<std::string>() != bundle.datasetHash())
        throw ArchiveError(where + ": the manifest's dataset_hash is not run.json's dataset hash");
    return bundle;
}

uint64_t fileSize(const fs::path& file)
{
    std::error_code ec;
    const uint64_t size = fs::file_size(file, ec);
    if (ec)
        throw IoError("cannot read '" + file.string() + "': " + ec.message());
    return size;
}

} // namespace

std::string RunBundle::datasetHash() const
{
    if (runJson.is_object() && runJson.contains("dataset") && runJson["dataset"].is_object()) {
        const nlohmann::json& hash = runJson["dataset"].contains("hash") ? runJson["dataset"]["hash"] : nlohmann::json();
        if (hash.is_string())
            return hash.get<std::string>();
    }
    return {};
}

std::string RunBundle::runName() const
{
    if (manifest.contains("run") && manifest["run"].is_object() && manifest["run"].contains("name") &&
        manifest["run"]["name"].is_string())
        return manifest["run"]["name"].get<std::string>();
    return {};
}

bool RunBundle::has(const std::string& path) const
{
    for (const BundleMember& m : members)
        if (m.path == path)
            return true;
    return false;
}

RunBundle readRunBundle(std::istream& in, uint64_t size, const std::string& where)
{
    return scanBundle(in, size, where, nullptr);
}

RunBundle readRunBundle(const fs::path& bundleFile)
{
    std::ifstream in(bundleFile, std::ios::binary);
    if (!in)
        throw IoError("cannot open '" + bundleFile.string() + "'");
    return scanBundle(in, fileSize(bundleFile), bundleFile.string(), nullptr);
}

RunBundle extractRunBundle(const fs::path& bundleFile, const fs::path& destDir)
{
    std::error_code ec;
    if (fs::exists(destDir, ec))
        throw IoError(destDir.string() + " already exists; a bundle is extracted into a new folder");
    std::ifstream in(bundleFile, std::ios::binary);
    if (!in)
        throw IoError("cannot open '" + bundleFile.string() + "'");
    AtomicFolder folder(destDir);
    std::ofstream out;
    fs::path current;
    MemberSink sink;
    sink.begin = [&](const std::string& path) {
        current = folder.path() / path;
        fs::create_directories(current.parent_path(), ec);
        out.open(current, std::ios::binary | std::ios::trunc);
        if (!out)
            throw IoError("cannot write '" + current.string() + "'");
    };
    sink.chunk = [&](std::string_view bytes) {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    };
    sink.end = [&] {
        out.close();
        if (!out)
            throw IoError("cannot write '" + current.string() + "' (disk full?)");
        ::chmod(current.c_str(), 0444); // imported runs are read-only
    };
    RunBundle bundle = scanBundle(in, fileSize(bundleFile), bundleFile.string(), &sink);
    folder.commit();
    return bundle;
}

bool isImportedRun(const fs::path& runDir)
{
    std::error_code ec;
    return fs::is_regular_file(runDir / kBundleManifest, ec);
}

std::vector<TrainExample> readBundledExamples(const fs::path& examplesFile)
{
    std::ifstream in(examplesFile, std::ios::binary);
    if (!in)
        throw IoError("cannot open '" + examplesFile.string() + "'");
    std::vector<TrainExample> out;
    std::string line;
    size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty())
            continue;
        const std::string where = examplesFile.string() + ":" + std::to_string(number);
        const nlohmann::json j = parseJson<ArchiveError>(line, where);
        TrainExample e;
        try {
            e.ids = j.at("ids").get<std::vector<int64_t>>();
            e.trained = j.at("trained").get<std::vector<uint8_t>>();
            e.rowId = j.at("row").get<uint64_t>();
        } catch (const nlohmann::json::exception& x) {
            throw ArchiveError(where + ": not an example line (" + plainJsonMessage(x) + ")");
        }
        if (e.ids.size() != e.trained.size() || e.ids.empty())
            throw ArchiveError(where + ": ids and trained differ in length");
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace falconry
