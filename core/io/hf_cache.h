#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace falconry {

/** A model found in the Hugging Face cache. */
struct CachedModel {
    std::string repoId;            // "tiiuae/falcon-7b"
    std::filesystem::path path;    // .../models--tiiuae--falcon-7b/snapshots/<commit>
    uint64_t sizeBytes = 0;        // files of the snapshot (symlinks followed)
    std::string revision;          // the snapshot's commit hash
    std::string modelType;         // config.json "model_type"
};

/**
 * The hub cache folder as huggingface_hub finds it: $HF_HUB_CACHE, $HUGGINGFACE_HUB_CACHE,
 * $HF_HOME/hub, $XDG_CACHE_HOME/huggingface/hub, else ~/.cache/huggingface/hub.
 */
std::filesystem::path huggingFaceCacheDir();

/**
 * The snapshot folder of `repoId` ("org/name") at `revision` (a ref such as "main" or a commit
 * hash) in `cacheDir` (empty: huggingFaceCacheDir()); nullopt when not cached.
 */
std::optional<std::filesystem::path> resolveCachedRepo(const std::string& repoId, const std::string& revision = "main",
                                                       const std::filesystem::path& cacheDir = {});

/** Every cached model whose config.json is a Falcon (falcon, RefinedWeb, RefinedWebModel); sorted by repo id. */
std::vector<CachedModel> listCachedFalconModels(const std::filesystem::path& cacheDir = {});

/**
 * A model location as the user typed it: an existing folder or file is returned as is; otherwise
 * "org/name" (optionally "org/name@revision") is looked up in the cache. Throws CheckpointError
 * saying where it looked.
 */
std::filesystem::path resolveModelPath(const std::string& pathOrRepoId, const std::filesystem::path& cacheDir = {});

/**
 * The repo id ("org/name") of a folder inside the cache (.../models--org--name/snapshots/<commit>),
 * so that an adapter trained on it names the Hub model, not this machine's path; empty otherwise.
 */
std::string repoIdOfSnapshot(const std::filesystem::path& folder);

} // namespace falconry
