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

struct DtypeSpec {
    const char* name;
    int bits;
    std::optional<torch::ScalarType> type;
};

// Every dtype of safetensors' Dtype enum (safetensors/src/tensor.rs). Those without a
// ScalarType are known but refused by name when read.
const std::vector<DtypeSpec>& dtypeTable()
{
    static const std::vector<DtypeSpec> table = {
        {"BOOL", 8, torch::kBool},   {"U8", 8, torch::kByte},       {"I8", 8, torch::kChar},
        {"I16", 16, torch::kShort},  {"U16", 16, std::nullopt},     {"F16", 16, torch::kHalf},
        {"BF16", 16, torch::kBFloat16}, {"I32", 32, torch::kInt},   {"U32", 32, std::nullopt},
        {"F32", 32, torch::kFloat},  {"F64", 64, torch::kDouble},   {"I64", 64, torch::kLong},
        {"U64", 64, std::nullopt},   {"F8_E5M2", 8, std::nullopt},  {"F8_E4M3", 8, std::nullopt},
        {"F8_E4M3FNUZ", 8, std::nullopt}, {"F8_E5M2FNUZ", 8, std::nullopt}, {"F8_E8M0", 8, std::nullopt},
        {"F4", 4, std::nullopt},     {"F6_E2M3", 6, std::nullopt},  {"F6_E3M2", 6, std::nullopt},
        {"C64", 64, std::nullopt},
    };
    return table;
}

const DtypeSpec* findDtype(const std::string& name)
{
    for (const auto& d : dtypeTable())
        if (name == d.name)
            return &d;
    return nullptr;
}

[[noreturn]] void fail(const std::string& where, const std::string& what)
{
    throw CheckpointError(where + ": " + what);
}

uint64_t readU64(const nlohmann::json& v, const std::string& where, const std::string& what)
{
    if (!v.is_number_unsigned())
        fail(where, what + " must be a non-negative integer, found " +
                        v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).substr(0, 40));
    return v.get<uint64_t>();
}

SafetensorsTensorInfo parseEntry(const std::string& name, const nlohmann::json& entry, uint64_t bufferBytes,
                                 const std::string& where)
{
    const std::string tensorWhere = "tensor '" + name + "'";
    if (!entry.is_object())
        fail(where, tensorWhere + ": expected an object {dtype, shape, data_offsets}");
    for (const char* key : {"dtype", "shape", "data_offsets"})
        if (!entry.contains(key))
            fail(where, tensorWhere + ": missing \"" + key + "\"");
    SafetensorsTensorInfo info;
    info.name = name;
    const auto& dtype = entry.at("dtype");
    if (!dtype.is_string())
        fail(where, tensorWhere + ": \"dtype\" must be a string");
    info.dtype = dtype.get<std::string>();
    const DtypeSpec* spec = findDtype(info.dtype);
    if (!spec)
        fail(where, tensorWhere + ": unknown dtype '" + info.dtype.substr(0, 40) + "'");
    info.scalarType = spec->type;

    const auto& shape = entry.at("shape");
    if (!shape.is_array())
        fail(where, tensorWhere + ": \"shape\" must be an array of integers");
    if (shape.size() > 64)
        fail(where, tensorWhere + ": shape has " + std::to_string(shape.size()) + " dimensions (at most 64)");
    uint64_t numel = 1;
    bool overflow = false;
    for (const auto& d : shape) {
        const uint64_t dim = readU64(d, where, tensorWhere + ": a shape dimension");
        if (dim > static_cast<uint64_t>(INT64_MAX))
            fail(where, tensorWhere + ": shape dimension " + std::to_string(dim) + " is too large");
        info.shape.push_back(static_cast<int64_t>(dim));
        overflow = overflow || __builtin_mul_overflow(numel, dim, &numel);
    }
    const auto& offsets = entry.at("data_offsets");
    if (!offsets.is_array() || offsets.size() != 2)
        fail(where, tensorWhere + ": \"data_offsets\" must be [begin, end]");
    info.begin = readU64(offsets[0], where, tensorWhere + ": data_offsets[0]");
    info.end = readU64(offsets[1], where, tensorWhere + ": data_offsets[1]");
    if (info.begin > info.end)
        fail(where, tensorWhere + ": data_offsets [" + std::to_string(info.begin) + ", " + std::to_string(info.end) +
                        "] end before begin");
    if (info.end > bufferBytes)
        fail(where, tensorWhere + ": data_offsets end " + std::to_string(info.end) + " is past the data buffer (" +
                        std::to_string(bufferBytes) + " bytes; file truncated?)");
    uint64_t bits = 0;
    overflow = overflow || __builtin_mul_overflow(numel, static_cast<uint64_t>(spec->bits), &bits);
    if (overflow || bits % 8 != 0 || bits / 8 != info.byteSize())
        fail(where, tensorWhere + ": shape " + nlohmann::json(info.shape).dump() + " of " + info.dtype + " needs " +
                        (overflow ? std::string("more than 2^64") : std::to_string(bits / 8)) + " bytes but data_offsets span " +
                        std::to_string(info.byteSize()));
    return info;
}

} // namespace

int64_t SafetensorsTensorInfo::numel() const
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

SafetensorsHeader parseSafetensorsHeader(std::string_view json, uint64_t bufferBytes, const std::string& where)
{
    if (json.size() > kSafetensorsMaxHeaderBytes)
        fail(where, "header of " + std::to_string(json.size()) + " bytes exceeds the 100 MB limit");
    if (json.empty() || json.front() != '{')
        fail(where, "header must be a JSON object starting with '{'");
    // Catch duplicate top-level names: nlohmann would silently keep the last one.
    std::set<std::string> seen;
    std::string duplicate;
    const nlohmann::json::parser_callback_t onEvent = [&](int depth, nlohmann::json::parse_event_t event,
                                                          nlohmann::json& parsed) {
        if (event == nlohmann::json::parse_event_t::key && depth == 1 && parsed.is_string()) {
            if (!seen.insert(parsed.get<std::string>()).second && duplicate.empty())
                duplicate = parsed.get<std::string>();
        }
        return true;
    };
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(json.begin(), json.end(), onEvent);
    } catch (const nlohmann::json::exception& e) {
        fail(where, std::string("header is not valid JSON: ") + e.what());
    }
    if (!root.is_object())
        fail(where, "header must be a JSON object");
    if (!duplicate.empty())
        fail(where, "tensor name '" + duplicate + "' appears twice in the header");

    SafetensorsHeader header;
    for (const auto& [name, entry] : root.items()) {
        if (name == "__metadata__") {
            if (!entry.is_object())
                fail(where, "\"__metadata__\" must be an object of strings");
            for (const auto& [k, v] : entry.items()) {
                if (!v.is_string())
                    fail(where, "\"__metadata__\" value of '" + k + "' must be a string");
                header.metadata[k] = v.get<std::string>();
            }
            continue;
        }
        header.tensors.push_back(parseEntry(name, entry, bufferBytes, where));
    }
    std::sort(header.tensors.begin(), header.tensors.end(), [](const auto& a, const auto& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    // The tensors must tile the buffer exactly (safetensors' Metadata::validate).
    uint64_t expected = 0;
    const SafetensorsTensorInfo* previous = nullptr;
    for (const auto& t : header.tensors) {
        if (t.begin < expected)
            fail(where, "tensor '" + t.name + "' data_offsets [" + std::to_string(t.begin) + ", " + std::to_string(t.end) +
                            "] overlap tensor '" + previous->name + "' [" + std::to_string(previous->begin) + ", " +
                            std::to_string(previous->end) + "]");
        if (t.begin > expected)
            fail(where, "gap of " + std::to_string(t.begin - expected) + " bytes before tensor '" + t.name +
                            "' (data_offsets begin " + std::to_string(t.begin) + ", expected " + std::to_string(expected) + ")");
        expected = t.end;
        previous = &t;
    }
    if (expected != bufferBytes)
        fail(where, "tensors cover " + std::to_string(expected) + " bytes but the data buffer has " +
                        std::to_string(bufferBytes) + " (extra bytes at the end)");
    return header;
}

SafetensorsHeader parseSafetensorsBytes(std::string_view bytes, const std::string& where)
{
    if (bytes.size() < 8)
        fail(where, "file is " + std::to_string(bytes.size()) + " bytes, shorter than the 8-byte header length (truncated)");
    uint64_t n = 0;
    std::memcpy(&n, bytes.data(), 8); // little-endian on every platform Falconry builds for
    if (n > kSafetensorsMaxHeaderBytes)
        fail(where, "header length " + std::to_string(n) + " exceeds the 100 MB limit (not a safetensors file?)");
    if (n > bytes.size() - 8)
        fail(where, "header length " + std::to_string(n) + " is longer than the file (" + std::to_string(bytes.size()) +
                        " bytes; truncated?)");
    return parseSafetensorsHeader(bytes.substr(8, n), bytes.size() - 8 - n, where);
}

std::string safetensorsDtypeName(torch::ScalarType type)
{
    for (const auto& d : dtypeTable())
        if (d.type && *d.type == type)
            return d.name;
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
    if (!ti.scalarType)
        throw CheckpointError(m_path.string() + ": tensor '" + name + "' has dtype " + ti.dtype +
                              ", which Falconry cannot read (readable: F32, F16, BF16, F64, I64, I32, I16, I8, U8, BOOL)");
    const auto options = torch::TensorOptions().dtype(*ti.scalarType);
    if (ti.byteSize() == 0)
        return torch::empty(ti.shape, options);
    char* ptr = m_map->data() + m_dataOffset + ti.begin;
    const auto elementSize = static_cast<uintptr_t>(c10::elementSize(*ti.scalarType));
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
