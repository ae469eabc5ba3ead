#include "core/io/safetensors_header.h"

#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cstring>
#include <set>

namespace falconry {
namespace {

struct DtypeSpec {
    const char* name;
    int bits;
    bool floating;
};

// Every dtype of safetensors' Dtype enum (safetensors/src/tensor.rs) with its width; the file
// layer (safetensors_file.cpp) says which of them torch can hold.
const std::vector<DtypeSpec>& dtypeTable()
{
    static const std::vector<DtypeSpec> table = {
        {"BOOL", 8, false},  {"U8", 8, false},       {"I8", 8, false},      {"I16", 16, false},
        {"U16", 16, false},  {"F16", 16, true},      {"BF16", 16, true},    {"I32", 32, false},
        {"U32", 32, false},  {"F32", 32, true},      {"F64", 64, true},     {"I64", 64, false},
        {"U64", 64, false},  {"F8_E5M2", 8, true},   {"F8_E4M3", 8, true},  {"F8_E4M3FNUZ", 8, true},
        {"F8_E5M2FNUZ", 8, true}, {"F8_E8M0", 8, true}, {"F4", 4, true},     {"F6_E2M3", 6, true},
        {"F6_E3M2", 6, true}, {"C64", 64, false},
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

bool SafetensorsTensorInfo::isFloatingPoint() const
{
    const DtypeSpec* spec = findDtype(dtype);
    return spec && spec->floating;
}

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

} // namespace falconry
