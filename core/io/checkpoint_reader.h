#pragma once

#include "core/io/safetensors_file.h"

#include <torch/torch.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace falconry {

/**
 * All tensors of a Hugging Face checkpoint folder, whichever way it is stored: one
 * `model.safetensors`, shards listed by `model.safetensors.index.json`, or a single .safetensors
 * file given directly. A folder with only PyTorch pickles (`pytorch_model*.bin`) is refused:
 * Falconry never unpickles. Tensors are zero-copy views into the memory-mapped files.
 */
class CheckpointReader {
public:
    /** Throws CheckpointError saying what the folder holds and what was expected. */
    explicit CheckpointReader(const std::filesystem::path& folderOrFile);

    const std::filesystem::path& location() const { return m_location; }
    std::vector<std::string> names() const; // sorted
    bool contains(const std::string& name) const;
    const SafetensorsTensorInfo& info(const std::string& name) const; // throws CheckpointError
    torch::Tensor tensor(const std::string& name) const;              // throws CheckpointError
    /** The file a tensor lives in. */
    const std::filesystem::path& fileOf(const std::string& name) const;
    std::vector<std::filesystem::path> files() const;
    uint64_t totalBytes() const;            // tensor data bytes, all shards
    uint64_t totalFileBytes() const;        // file sizes, all shards
    /** Bytes per dtype name, e.g. {"BF16": 13.8e9}. */
    std::map<std::string, uint64_t> bytesByDtype() const;

private:
    void openSingle(const std::filesystem::path& file);
    void openIndex(const std::filesystem::path& index);
    void addFile(const std::filesystem::path& file, const std::vector<std::string>* onlyNames);

    std::filesystem::path m_location;
    std::vector<std::unique_ptr<SafetensorsFile>> m_files;
    std::map<std::string, size_t> m_where; // tensor name -> index into m_files
};

/** Name of the index file of a sharded safetensors checkpoint. */
inline constexpr const char* kSafetensorsIndexName = "model.safetensors.index.json";

/** Hugging Face's default shard size for save_pretrained ("5GB"). */
inline constexpr uint64_t kDefaultMaxShardBytes = 5'000'000'000ULL;

/** Called after each file written: (bytes written so far, total bytes); false stops (throws IoError). */
using SaveProgressFn = std::function<bool(uint64_t done, uint64_t total)>;

/**
 * Writes `tensors` into `folder` as Hugging Face does: `model.safetensors` when the data fits in
 * `maxShardBytes`, else `model-0000i-of-0000n.safetensors` shards (tensors kept in the given order,
 * a new shard when the next one would overflow) plus `model.safetensors.index.json`. Stale shards
 * and index from an earlier save in the folder are removed. Each file is written atomically.
 * Returns the files written.
 */
std::vector<std::filesystem::path> saveSafetensorsCheckpoint(
    const std::filesystem::path& folder, const std::vector<std::pair<std::string, torch::Tensor>>& tensors,
    uint64_t maxShardBytes = kDefaultMaxShardBytes, const SaveProgressFn& progress = {});

} // namespace falconry
