#pragma once

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

/** Where one tensor lies in a safetensors file, as its JSON header says. */
struct SafetensorsTensorInfo {
    std::string name;
    std::string dtype;                          // the file's name: "BF16", "F32", "U16", ...
    std::optional<torch::ScalarType> scalarType; // empty: a dtype Falconry knows but cannot read (U16, F8_*, ...)
    std::vector<int64_t> shape;
    uint64_t begin = 0;                         // byte offsets into the data buffer, end exclusive
    uint64_t end = 0;

    uint64_t byteSize() const { return end - begin; }
    int64_t numel() const;
};

/** The parsed and validated JSON header of a safetensors file. */
struct SafetensorsHeader {
    std::vector<SafetensorsTensorInfo> tensors;       // in file order (sorted by offset)
    std::map<std::string, std::string> metadata;      // "__metadata__"
};

/** The largest header the format allows (safetensors' MAX_HEADER_SIZE). */
inline constexpr uint64_t kSafetensorsMaxHeaderBytes = 100'000'000;

/**
 * Parses and validates a header (the JSON text after the 8-byte length). `bufferBytes` is the size
 * of the data buffer that follows it; offsets must tile [0, bufferBytes) without gap or overlap.
 * `where` names the file in error messages. Throws CheckpointError saying what is wrong and where.
 */
SafetensorsHeader parseSafetensorsHeader(std::string_view json, uint64_t bufferBytes, const std::string& where);

/**
 * Validates a whole safetensors image in memory (8-byte length + header + buffer); used by the
 * fuzz target and for small files. Throws CheckpointError.
 */
SafetensorsHeader parseSafetensorsBytes(std::string_view bytes, const std::string& where);

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
