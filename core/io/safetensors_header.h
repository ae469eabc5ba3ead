#pragma once

// The safetensors header: parsed and validated without torch, so that the fuzz target and the
// parser share one build (clang compiles this file alone, with no libtorch header).

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace falconry {

/** Where one tensor lies in a safetensors file, as its JSON header says. */
struct SafetensorsTensorInfo {
    std::string name;
    std::string dtype;                          // the file's name: "BF16", "F32", "U16", ...
    std::vector<int64_t> shape;
    uint64_t begin = 0;                         // byte offsets into the data buffer, end exclusive
    uint64_t end = 0;

    uint64_t byteSize() const { return end - begin; }
    /** F16, BF16, F32, F64, or one of the 8-, 6- and 4-bit float formats: what a model weight may be. */
    bool isFloatingPoint() const;
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

} // namespace falconry
