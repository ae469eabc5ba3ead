// libFuzzer target for the JSONL and streaming JSON readers. Errors must be
// DatasetError with a position; tiny chunks must give the same rows as one go.
#include "core/data/dataset_reader.h"
#include "core/util/error_info.h"
#include "core/util/errors.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

bool sameRead(std::string_view bytes, falconry::SourceFormat format, bool skipBad, size_t chunk)
{
    falconry::ReadOptions whole;
    whole.format = format;
    whole.skipBad = skipBad;
    falconry::ReadOptions tiny = whole;
    tiny.chunkBytes = chunk;
    falconry::ReadResult a, b;
    bool failedA = false, failedB = false, refused = false;
    try {
        a = falconry::readDatasetFromBytes(bytes, whole, "fuzz.json");
    } catch (const falconry::DatasetError& e) {
        failedA = true;
        const auto* info = dynamic_cast<const falconry::ErrorInfo*>(&e);
        refused = info && info->kind().rfind("dataset.", 0) == 0; // empty, binary, a record too long
    }
    try {
        b = falconry::readDatasetFromBytes(bytes, tiny, "fuzz.json");
    } catch (const falconry::DatasetError&) {
        failedB = true;
    }
    if (failedA != failedB || a.dataset.columns != b.dataset.columns || a.dataset.rows.size() != b.dataset.rows.size())
        return false;
    for (size_t r = 0; r < a.dataset.rows.size(); ++r)
        if (a.dataset.rows[r].cells != b.dataset.rows[r].cells)
            return false;
    if (format == falconry::SourceFormat::Jsonl && skipBad && failedA && !refused)
        return false; // JSONL with skipBad never gives up on a text file
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const auto format : {falconry::SourceFormat::Jsonl, falconry::SourceFormat::Json})
        for (const bool skipBad : {false, true})
            if (!sameRead(bytes, format, skipBad, 1 + size % 7))
                std::abort();
    return 0;
}
