#include "core/io/safetensors_file.h"

#include "core/io/file_writer.h"
#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace falconry {

/** An mmap'ed file, unmapped when the last view into it goes away. */
class MappedFile {
public:
    explicit MappedFile(const std::filesystem::path& path)
    {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            throw IoError("cannot open '" + path.string() + "': " + std::strerror(errno));
        struct stat st {};
        if (::fstat(fd, &st) != 0) {
            const int err = errno;
            ::close(fd);
            throw IoError("cannot stat '" + path.string() + "': " + std::strerror(err));
        }
        m_size = static_cast<uint64_t>(st.st_size);
        if (m_size > 0) {
            // Private copy-on-write: views handed out as tensors may be written to without
            // touching the file. Fall back to read-only if the kernel refuses to account for it.
            void* p = ::mmap(nullptr, m_size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
            if (p == MAP_FAILED)
                p = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
            if (p == MAP_FAILED) {
                const int err = errno;
                ::close(fd);
                throw IoError("cannot map '" + path.string() + "' into memory: " + std::strerror(err));
            }
            m_data = static_cast<char*>(p);
        }
        ::close(fd);
    }
    ~MappedFile()
    {
        if (m_data)
            ::munmap(m_data, m_size);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    char* data() const { return m_data; }
    uint64_t size() const { return m_size; }

private:
    char* m_data = nullptr;
    uint64_t m_size = 0;
};

namespace {

// The dtypes of safetensors_header.cpp's table that torch holds.
const std::vector<std::pair<const char*, torch::ScalarType>>& torchTypes()
{
    static const std::vector<std::pair<const char*, torch::ScalarType>> table = {
        {"BOOL", torch::kBool}, {"U8", torch::kByte},      {"I8", torch::kChar},      {"I16", torch::kShort},
        {"F16", torch::kHalf},  {"BF16", torch::kBFloat16}, {"I32", torch::kInt},     {"F32", torch::kFloat},
        {"F64", torch::kDouble}, {"I64", torch::kLong},
    };
    return table;
}

} // namespace

std::optional<torch::ScalarType> torchScalarType(std::string_view dtype)
{
    for (const auto& [name, type] : torchTypes())
        if (dtype == name)
            return type;
    return std::nullopt;
}

std::string safetensorsDtypeName(torch::ScalarType type)
{
    for (const auto& [name, t] : torchTypes())
        if (t == type)
            return name;
    throw CheckpointError(std::string("dtype ") + c10::toString(type) + " cannot be stored in safetensors by Falconry");
}

SafetensorsFile::SafetensorsFile(const std::filesystem::path& path)
    : m_path(path), m_map(std::make_shared<MappedFile>(path))
{
    const std::string_view bytes(m_map->data() ? m_map->data() : "", m_map->size());
    m_header = parseSafetensorsBytes(bytes, path.string());
    uint64_t n = 0;
    std::memcpy(&n, bytes.data(), 8);
    m_dataOffset = 8 + n;
    for (size_t i = 0; i < m_header.tensors.size(); ++i)
        m_index.emplace(m_header.tensors[i].name, i);
}

uint64_t SafetensorsFile::fileSize() const
{
    return m_map->size();
}

bool SafetensorsFile::contains(const std::string& name) const
{
    return m_index.count(name) > 0;
}

const SafetensorsTensorInfo& SafetensorsFile::info(const std::string& name) const
{
    const auto it = m_index.find(name);
    if (it == m_index.end())
        throw CheckpointError(m_path.string() + ": no tensor named '" + name + "'");
    return m_header.tensors[it->second];
}

std::vector<std::string> SafetensorsFile::names() const
{
    std::vector<std::string> out;
    out.reserve(m_index.size());
    for (const auto& [name, i] : m_index)
        out.push_back(name);
    return out;
}

torch::Tensor SafetensorsFile::tensor(const std::string& name) const
{
    const SafetensorsTensorInfo& ti = info(name);
    const std::optional<torch::ScalarType> scalarType = torchScalarType(ti.dtype);
    if (!scalarType)
        throw CheckpointError(m_path.string() + ": tensor '" + name + "' has dtype " + ti.dtype +
                              ", which Falconry cannot read (readable: F32, F16, BF16, F64, I64, I32, I16, I8, U8, BOOL)");
    const auto options = torch::TensorOptions().dtype(*scalarType);
    if (ti.byteSize() == 0)
        return torch::empty(ti.shape, options);
    char* ptr = m_map->data() + m_dataOffset + ti.begin;
    const auto elementSize = static_cast<uintptr_t>(c10::elementSize(*scalarType));
    if (reinterpret_cast<uintptr_t>(ptr) % elementSize != 0) {
        // Misaligned for its type: copy instead of handing out a view kernels may trip on.
        torch::Tensor copy = torch::empty(ti.shape, options);
        std::memcpy(copy.data_ptr(), ptr, ti.byteSize());
        return copy;
    }
    std::shared_ptr<MappedFile> keepAlive = m_map;
    return torch::from_blob(ptr, ti.shape, [keepAlive](void*) {}, options);
}

void saveSafetensors(const std::filesystem::path& path, const std::map<std::string, torch::Tensor>& tensors,
                     const std::map<std::string, std::string>& metadata)
{
    // Same layout as safetensors' own serializer: data ordered by dtype (wider first, the Dtype
    // enum order reversed) then name, header entries in that order after "__metadata__", keys
    // dtype/shape/data_offsets, JSON padded with spaces to a multiple of 8.
    static const std::vector<std::string> kRank = {"U64", "I64", "F64", "F32", "U32", "I32", "BF16", "F16",
                                                   "U16", "I16", "I8", "U8", "BOOL"};
    struct Item {
        std::string name;
        std::string dtype;
        size_t rank;
        torch::Tensor data;
    };
    std::vector<Item> items;
    items.reserve(tensors.size());
    for (const auto& [name, t] : tensors) {
        if (name == "__metadata__")
            throw IoError(path.string() + ": a tensor cannot be named __metadata__");
        if (!t.defined())
            throw IoError(path.string() + ": tensor '" + name + "' is undefined");
        torch::Tensor c = t.detach().to(torch::kCPU).contiguous();
        const std::string dtype = safetensorsDtypeName(c.scalar_type());
        const size_t rank = static_cast<size_t>(std::find(kRank.begin(), kRank.end(), dtype) - kRank.begin());
        items.push_back({name, dtype, rank, std::move(c)});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.rank < b.rank; });
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    uint64_t offset = 0;
    for (const auto& item : items) {
        const uint64_t bytes = static_cast<uint64_t>(item.data.numel()) * item.data.element_size();
        nlohmann::ordered_json entry = nlohmann::ordered_json::object();
        entry["dtype"] = item.dtype;
        entry["shape"] = item.data.sizes().vec();
        entry["data_offsets"] = {offset, offset + bytes};
        header[item.name] = std::move(entry);
        offset += bytes;
    }
    std::string json;
    try {
        json = header.dump();
    } catch (const nlohmann::json::exception& e) {
        throw IoError(path.string() + ": cannot write the header (" + e.what() + ")");
    }
    json.append((8 - json.size() % 8) % 8, ' ');
    const uint64_t n = json.size();
    char lengthBytes[8];
    std::memcpy(lengthBytes, &n, 8);

    AtomicFileWriter out(path);
    out.write(std::string_view(lengthBytes, 8));
    out.write(json);
    for (const auto& item : items) {
        const torch::Tensor& c = item.data;
        out.write(std::string_view(static_cast<const char*>(c.data_ptr()), static_cast<size_t>(c.numel()) * c.element_size()));
    }
    out.commit();
}

} // namespace falconry
