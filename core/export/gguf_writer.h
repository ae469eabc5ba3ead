#pragma once

#include "core/export/ggml_type.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace falconry {

/**
 * Writes a GGUF v3 file (ggml docs/gguf.md, gguf-py gguf_writer.py) in one pass, streamed:
 * key/value metadata and tensor descriptions first (addX / addTensor), then writeHeader(),
 * then each tensor's bytes in the order they were added (beginTensor / append, any number
 * of chunks), then finish(). Tensor data is aligned to `general.alignment` (32). Everything
 * goes to `<path>.partial`, which finish() flushes to disk and renames over `path`; a writer
 * destroyed before finish() removes it, so a cancelled or failed export leaves nothing behind.
 * Throws IoError naming the file.
 */
class GgufWriter {
public:
    static constexpr uint32_t kVersion = 3;
    static constexpr uint64_t kAlignment = 32;

    explicit GgufWriter(std::filesystem::path path);
    ~GgufWriter();
    GgufWriter(const GgufWriter&) = delete;
    GgufWriter& operator=(const GgufWriter&) = delete;

    void addString(const std::string& key, const std::string& value);
    void addUint32(const std::string& key, uint32_t value);
    void addInt32(const std::string& key, int32_t value);
    void addFloat32(const std::string& key, float value);
    void addBool(const std::string& key, bool value);
    void addStringArray(const std::string& key, const std::vector<std::string>& values);
    void addFloat32Array(const std::string& key, const std::vector<float>& values);
    void addInt32Array(const std::string& key, const std::vector<int32_t>& values);

    /** A tensor of shape `ne` in ggml order (ne[0] = row length, the innermost dimension). */
    void addTensor(const std::string& name, const std::vector<int64_t>& ne, GgmlType type);
    /** Bytes of tensor `index` in the file. */
    uint64_t tensorBytes(size_t index) const { return m_tensors.at(index).bytes; }
    size_t tensorCount() const { return m_tensors.size(); }
    /** Total bytes of tensor data, padding included. */
    uint64_t dataBytes() const { return m_dataBytes; }

    /** Opens the temporary file and writes header, metadata and tensor infos. */
    void writeHeader();
    /** Starts the next tensor's data (in addTensor order). */
    void beginTensor(size_t index);
    void append(const void* data, size_t bytes);
    /** Checks the last tensor got all its bytes, syncs, renames into place. Returns the file size. */
    uint64_t finish();

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path partialPath() const;

private:
    struct TensorInfo {
        std::string name;
        std::vector<int64_t> ne;
        GgmlType type;
        uint64_t offset = 0; // from the start of the data section
        uint64_t bytes = 0;
    };
    void key(const std::string& key, uint32_t valueType);
    void put(const void* data, size_t bytes);
    void endTensor();
    void pad(uint64_t bytes);

    std::filesystem::path m_path;
    std::string m_metadata; // serialized key/value pairs
    uint64_t m_kvCount = 0;
    std::vector<TensorInfo> m_tensors;
    uint64_t m_dataBytes = 0;
    std::FILE* m_file = nullptr;
    uint64_t m_position = 0;     // bytes written to the file
    uint64_t m_dataStart = 0;    // file offset of the data section
    long long m_current = -1;    // tensor being written
    uint64_t m_currentWritten = 0;
    bool m_finished = false;
};

} // namespace falconry
