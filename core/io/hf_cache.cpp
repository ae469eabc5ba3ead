#include "core/io/hf_cache.h"

#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace fs = std::filesystem;

namespace falconry {
namespace {

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

fs::path cacheOrDefault(const fs::path& cacheDir)
{
    return cacheDir.empty() ? huggingFaceCacheDir() : cacheDir;
}

std::string repoFolderName(const std::string& repoId)
{
    std::string out = "models--";
    for (char c : repoId) {
        if (c == '/')
            out += "--";
        else
            out += c;
    }
    return out;
}

std::string readRef(const fs::path& file)
{
    std::ifstream in(file);
    std::string hash;
    in >> hash;
    return hash;
}

std::string falconModelType(const fs::path& snapshot)
{
    std::ifstream in(snapshot / "config.json");
    if (!in)
        return {};
    const nlohmann::json config = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (!config.is_object() || !config.contains("model_type") || !config["model_type"].is_string())
        return {};
    const std::string type = config["model_type"].get<std::string>();
    return (type == "falcon" || type == "RefinedWeb" || type == "RefinedWebModel") ? type : std::string();
}

uint64_t folderSize(const fs::path& folder)
{
    uint64_t total = 0;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
         it != end; it.increment(ec)) {
        if (ec)
            break;
        if (fs::is_regular_file(it->path(), ec)) // follows the symlinks into blobs/
            total += fs::file_size(it->path(), ec);
    }
    return total;
}

} // namespace

fs::path huggingFaceCacheDir()
{
    if (const std::string v = env("HF_HUB_CACHE"); !v.empty())
        return v;
    if (const std::string v = env("HUGGINGFACE_HUB_CACHE"); !v.empty())
        return v;
    if (const std::string v = env("HF_HOME"); !v.empty())
        return fs::path(v) / "hub";
    if (const std::string v = env("XDG_CACHE_HOME"); !v.empty())
        return fs::path(v) / "huggingface" / "hub";
    return fs::path(env("HOME")) / ".cache" / "huggingface" / "hub";
}

std::optional<fs::path> resolveCachedRepo(const std::string& repoId, const std::string& revision, const fs::path& cacheDir)
{
    if (repoId.empty() || repoId.find("..") != std::string::npos)
        return std::nullopt;
    const fs::path repo = cacheOrDefault(cacheDir) / repoFolderName(repoId);
    std::error_code ec;
    if (!fs::is_directory(repo / "snapshots", ec))
        return std::nullopt;
    if (!revision.empty() && revision.find('/') == std::string::npos && revision.find("..") == std::string::npos) {
        if (fs::is_directory(repo / "snapshots" / revision, ec))
            return repo / "snapshots" / revision; // a commit hash
    }
    const std::string hash = readRef(repo / "refs" / (revision.empty() ? "main" : revision));
    if (!hash.empty() && fs::is_directory(repo / "snapshots" / hash, ec))
        return repo / "snapshots" / hash;
    if (revision != "main" && !revision.empty())
        return std::nullopt;
    // No ref (e.g. copied caches): take the newest snapshot.
    std::optional<fs::path> best;
    fs::file_time_type bestTime{};
    for (const auto& entry : fs::directory_iterator(repo / "snapshots", ec)) {
        if (!entry.is_directory(ec))
            continue;
        const auto t = fs::last_write_time(entry.path(), ec);
        if (!best || t > bestTime) {
            best = entry.path();
            bestTime = t;
        }
    }
    return best;
}

std::vector<CachedModel> listCachedFalconModels(const fs::path& cacheDir)
{
    std::vector<CachedModel> out;
    const fs::path root = cacheOrDefault(cacheDir);
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(root, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("models--", 0) != 0 || !entry.is_directory(ec))
            continue;
        std::string repoId = name.substr(8);
        const size_t sep = repoId.find("--");
        if (sep != std::string::npos)
            repoId.replace(sep, 2, "/");
        const auto snapshot = resolveCachedRepo(repoId, "main", root);
        if (!snapshot)
            continue;
        const std::string type = falconModelType(*snapshot);
        if (type.empty())
            continue;
        out.push_back({repoId, *snapshot, folderSize(*snapshot), snapshot->filename().string(), type});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.repoId < b.repoId; });
    return out;
}

fs::path resolveModelPath(const std::string& pathOrRepoId, const fs::path& cacheDir)
{
    std::error_code ec;
    if (fs::exists(pathOrRepoId, ec))
        return pathOrRepoId;
    std::string repo = pathOrRepoId;
    std::string revision = "main";
    if (const size_t at = repo.find('@'); at != std::string::npos) {
        revision = repo.substr(at + 1);
        repo = repo.substr(0, at);
    }
    const bool looksLikeRepo = std::count(repo.begin(), repo.end(), '/') == 1 && repo.front() != '/' && repo.back() != '/' &&
                               repo.front() != '.';
    if (looksLikeRepo) {
        if (auto snapshot = resolveCachedRepo(repo, revision, cacheDir))
            return *snapshot;
        throw CheckpointError("'" + pathOrRepoId + "' is neither a folder nor a model in the Hugging Face cache (" +
                              cacheOrDefault(cacheDir).string() + ")");
    }
    throw CheckpointError("model folder '" + pathOrRepoId + "' does not exist");
}

std::string repoIdOfSnapshot(const fs::path& folder)
{
    const fs::path p = folder.lexically_normal();
    fs::path snapshot = p.filename().empty() ? p.parent_path() : p; // a trailing '/'
    const fs::path snapshots = snapshot.parent_path();
    const std::string repoFolder = snapshots.parent_path().filename().string();
    if (snapshots.filename() != "snapshots" || repoFolder.rfind("models--", 0) != 0)
        return {};
    std::string repoId = repoFolder.substr(8);
    const size_t sep = repoId.find("--");
    if (sep == std::string::npos || sep == 0 || sep + 2 >= repoId.size())
        return {};
    repoId.replace(sep, 2, "/");
    return repoId;
}

} // namespace falconry
