#include "core/export/gguf_writer.h"

#include "core/util/errors.h"

#include <cerrno>
#include <cstring>
#include <system_error>

#include <unistd.h>

namespace falconry {
namespace {

// gguf_type of gguf.h / GGUFValueType of gguf-py. Serialized: do not renumber.
enum GgufValueType : uint32_t {
    kUint32 = 4,
    kInt32 = 5,
    kFloat32 = 6,
    kBool = 7,
    kString = 8,
    kArray = 9,
};

template <typename T>
void appendPod(std::string& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}

void appendString(std::string& out, const std::string& text)
{
    appendPod<uint64_t>(out, text.size());
    out += text;
}

uint64_t alignUp(uint64_t value, uint64_t alignment)
{
    return (value + alignment - 1) / alignment * alignment;
}

} // namespace

GgufWriter::GgufWriter(std::filesystem::path path)
    : m_path(std::move(path))
{
}

GgufWriter::~GgufWriter()
{
    if (m_file)
        std::fclose(m_file);
    if (!m_finished) {
        std::error_code ignored;
        std::filesystem::remove(partialPath(), ignored);
    }
}

std::filesystem::path GgufWriter::partialPath() const
{
    return std::filesystem::path(m_path.string() + ".partial");
}

void GgufWriter::key(const std::string& name, uint32_t valueType)
{
    appendString(m_metadata, name);
    appendPod<uint32_t>(m_metadata, valueType);
    ++m_kvCount;
}

void GgufWriter::addString(const std::string& name, const std::string& value)
{
    key(name, kString);
    appendString(m_metadata, value);
}

void GgufWriter::addUint32(const std::string& name, uint32_t value)
{
    key(name, kUint32);
    appendPod(m_metadata, value);
}

void GgufWriter::addInt32(const std::string& name, int32_t value)
{
    key(name, kInt32);
    appendPod(m_metadata, value);
}

void GgufWriter::addFloat32(const std::string& name, float value)
{
    key(name, kFloat32);
    appendPod(m_metadata, value);
}

void GgufWriter::addBool(const std::string& name, bool value)
{
    key(name, kBool);
    appendPod<uint8_t>(m_metadata, value ? 1 : 0);
}

void GgufWriter::addStringArray(const std::string& name, const std::vector<std::string>& values)
{
    key(name, kArray);
    appendPod<uint32_t>(m_metadata, kString);
    appendPod<uint64_t>(m_metadata, values.size());
    for (const std::string& value : values)
        appendString(m_metadata, value);
}

void GgufWriter::addFloat32Array(const std::string& name, const std::vector<float>& values)
{
    key(name, kArray);
    appendPod<uint32_t>(m_metadata, kFloat32);
    appendPod<uint64_t>(m_metadata, values.size());
    m_metadata.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float));
}

void GgufWriter::addInt32Array(const std::string& name, const std::vector<int32_t>& values)
{
    key(name, kArray);
    appendPod<uint32_t>(m_metadata, kInt32);
    appendPod<uint64_t>(m_metadata, values.size());
    m_metadata.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(int32_t));
}

void GgufWriter::addTensor(const std::string& name, const std::vector<int64_t>& ne, GgmlType type)
{
    if (m_file)
        throw IoError("GGUF writer: tensor '" + name + "' added after the header of " + m_path.string() + " was written");
    if (ne.empty() || ne.size() > 4)
        throw IoError("GGUF tensor '" + name + "': expected 1 to 4 dimensions, got " + std::to_string(ne.size()));
    if (ne[0] % ggmlBlockSize(type) != 0)
        throw IoError("GGUF tensor '" + name + "': rows of " + std::to_string(ne[0]) + " elements do not split into " +
                      ggmlTypeName(type) + " blocks of " + std::to_string(ggmlBlockSize(type)));
    TensorInfo info{name, ne, type};
    uint64_t rows = 1;
    for (size_t i = 1; i < ne.size(); ++i)
        rows *= static_cast<uint64_t>(ne[i]);
    info.bytes = rows * ggmlRowBytes(type, ne[0]);
    info.offset = alignUp(m_dataBytes, kAlignment);
    m_dataBytes = info.offset + info.bytes;
    m_tensors.push_back(std::move(info));
}

void GgufWriter::put(const void* data, size_t bytes)
{
    if (bytes == 0)
        return;
    if (std::fwrite(data, 1, bytes, m_file) != bytes)
        throw IoError("cannot write " + partialPath().string() + ": " + std::strerror(errno) +
                      " (is the disk full?); nothing was replaced");
    m_position += bytes;
}

void GgufWriter::pad(uint64_t bytes)
{
    static const char zeros[64] = {};
    while (bytes > 0) {
        const uint64_t n = bytes < sizeof(zeros) ? bytes : sizeof(zeros);
        put(zeros, n);
        bytes -= n;
    }
}

void GgufWriter::writeHeader()
{
    const std::filesystem::path partial = partialPath();
    m_file = std::fopen(partial.c_str(), "wb");
    if (!m_file)
        throw IoError("cannot create " + partial.string() + ": " + std::strerror(errno));
    std::setvbuf(m_file, nullptr, _IOFBF, 1 << 20);
    std::string header;
    header += "GGUF";
    appendPod<uint32_t>(header, kVersion);
    appendPod<uint64_t>(header, m_tensors.size());
    appendPod<uint64_t>(header, m_kvCount + 1); // + general.alignment below
    header += m_metadata;
    appendString(header, "general.alignment");
    appendPod<uint32_t>(header, kUint32);
    appendPod<uint32_t>(header, static_cast<uint32_t>(kAlignment));
    for (const TensorInfo& info : m_tensors) {
        appendString(header, info.name);
        appendPod<uint32_t>(header, static_cast<uint32_t>(info.ne.size()));
        for (const int64_t n : info.ne)
            appendPod<uint64_t>(header, static_cast<uint64_t>(n));
        appendPod<uint32_t>(header, static_cast<uint32_t>(info.type));
        appendPod<uint64_t>(header, info.offset);
    }
    put(header.data(), header.size());
    m_dataStart = alignUp(m_position, kAlignment);
    pad(m_dataStart - m_position);
}

void GgufWriter::endTensor()
{
    if (m_current < 0)
        return;
    const TensorInfo& info = m_tensors[static_cast<size_t>(m_current)];
    if (m_currentWritten != info.bytes)
        throw IoError("GGUF tensor '" + info.name + "': expected " + std::to_string(info.bytes) + " bytes, got " +
                      std::to_string(m_currentWritten));
    m_current = -1;
}

void GgufWriter::beginTensor(size_t index)
{
    if (!m_file)
        throw IoError("GGUF writer: tensor data before the header of " + m_path.string());
    endTensor();
    if (index != static_cast<size_t>(m_current + 1) && index >= m_tensors.size())
        throw IoError("GGUF writer: no tensor " + std::to_string(index));
    const TensorInfo& info = m_tensors[index];
    const uint64_t target = m_dataStart + info.offset;
    if (target < m_position)
        throw IoError("GGUF tensor '" + info.name + "' written out of order");
    pad(target - m_position);
    m_current = static_cast<long long>(index);
    m_currentWritten = 0;
}

void GgufWriter::append(const void* data, size_t bytes)
{
    if (m_current < 0)
        throw IoError("GGUF writer: data outside a tensor");
    m_currentWritten += bytes;
    if (m_currentWritten > m_tensors[static_cast<size_t>(m_current)].bytes)
        throw IoError("GGUF tensor '" + m_tensors[static_cast<size_t>(m_current)].name + "': more bytes than its shape");
    put(data, bytes);
}

uint64_t GgufWriter::finish()
{
    endTensor();
    if (!m_file)
        writeHeader();
    const uint64_t expected = m_dataStart + m_dataBytes;
    if (m_position != expected)
        throw IoError("GGUF writer: " + std::to_string(m_position) + " bytes written to " + partialPath().string() +
                      ", expected " + std::to_string(expected) + " (a tensor was left out)");
    if (std::fflush(m_file) != 0 || ::fsync(fileno(m_file)) != 0)
        throw IoError("cannot flush " + partialPath().string() + ": " + std::strerror(errno));
    std::fclose(m_file);
    m_file = nullptr;
    std::error_code error;
    std::filesystem::rename(partialPath(), m_path, error);
    if (error)
        throw IoError("cannot rename " + partialPath().string() + " to " + m_path.string() + ": " + error.message());
    m_finished = true;
    return m_position;
}

} // namespace falconry
