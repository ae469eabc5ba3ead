#pragma once

#include "core/io/safetensors_header.h"

#include <torch/torch.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace falconry {

/** The torch dtype of a safetensors dtype name; empty for one Falconry knows but cannot read (U16, F8_*, ...). */
std::optional<torch::ScalarType> torchScalarType(std::string_view dtype);

/** The safetensors dtype name for a torch dtype ("F32", "BF16", ...); throws for others. */
std::string safetensorsDtypeName(torch::ScalarType type);

class MappedFile;

/**
 * A read-only safetensors file, memory-mapped. tensor() returns zero-copy views into the mapping
 * (the mapping lives as long as any view does), copying only when the data is misaligned for its
 * element type. The mapping is private copy-on-write: writing into a view never touches the file.
 */
class SafetensorsFile {
public:
    /** Opens and validates `path`; throws CheckpointError (format) or IoError (cannot open/map). */
    explicit SafetensorsFile(const std::filesystem::path& path);

    const std::filesystem::path& path() const { return m_path; }
    const SafetensorsHeader& header() const { return m_header; }
    const std::map<std::string, std::string>& metadata() const { return m_header.metadata; }
    uint64_t fileSize() const;

    bool contains(const std::string& name) const;
    /** Throws CheckpointError naming the tensor and the file if absent. */
    const SafetensorsTensorInfo& info(const std::string& name) const;
    std::vector<std::string> names() const;
    /** A CPU tensor; throws CheckpointError for a missing tensor or an unreadable dtype (named). */
    torch::Tensor tensor(const std::string& name) const;

private:
    std::filesystem::path m_path;
    std::shared_ptr<MappedFile> m_map;
    SafetensorsHeader m_header;
    uint64_t m_dataOffset = 0;                 // 8 + header length
    std::map<std::string, size_t> m_index;     // name -> position in m_header.tensors
};

/**
 * Writes `tensors` as a safetensors file Hugging Face reads: names sorted, header padded with
 * spaces to a multiple of 8, `__metadata__` first (default {"format": "pt"}). Streams tensor by
 * tensor into a temporary file that replaces `path` only when complete (atomic). Throws IoError.
 */
void saveSafetensors(const std::filesystem::path& path, const std::map<std::string, torch::Tensor>& tensors,
                     const std::map<std::string, std::string>& metadata = {{"format", "pt"}});

} // namespace falconry
