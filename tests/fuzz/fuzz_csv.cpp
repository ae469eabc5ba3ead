// libFuzzer target for the CSV reader (delimiter sniffing, quotes, line endings,
// BOM/UTF-16 decoding). Besides not crashing, it checks that reading in tiny
// chunks gives the same rows as reading in one go, and that every cell is
// valid UTF-8 (invalid bytes must have become U+FFFD).
#include "core/data/dataset_reader.h"
#include "core/util/error_info.h"
#include "core/util/errors.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

/** Whether reading failed; `refused` when the whole file was refused (empty, binary, a record too long). */
falconry::ReadResult readOrEmpty(std::string_view bytes, falconry::ReadOptions options, bool& failed, bool& refused)
{
    failed = false;
    refused = false;
    try {
        return falconry::readDatasetFromBytes(bytes, options, "fuzz.csv");
    } catch (const falconry::DatasetError& e) {
        failed = true;
        const auto* info = dynamic_cast<const falconry::ErrorInfo*>(&e);
        refused = info && info->kind().rfind("dataset.", 0) == 0;
        return {};
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const bool skipBad : {false, true}) {
        falconry::ReadOptions whole;
        whole.format = falconry::SourceFormat::Csv;
        whole.skipBad = skipBad;
        falconry::ReadOptions tiny = whole;
        tiny.chunkBytes = 1 + size % 5;
        bool failedWhole = false, failedTiny = false, refused = false, refusedTiny = false;
        const falconry::ReadResult a = readOrEmpty(bytes, whole, failedWhole, refused);
        const falconry::ReadResult b = readOrEmpty(bytes, tiny, failedTiny, refusedTiny);
        if (failedWhole != failedTiny || refused != refusedTiny)
            std::abort();
        if (skipBad && failedWhole && !refused)
            std::abort(); // skipBad must produce rows from any text file
        if (a.dataset.columns != b.dataset.columns || a.dataset.rows.size() != b.dataset.rows.size())
            std::abort();
        for (size_t r = 0; r < a.dataset.rows.size(); ++r) {
            if (a.dataset.rows[r].cells != b.dataset.rows[r].cells)
                std::abort();
            for (const auto& cell : a.dataset.rows[r].cells)
                (void)cell.dump(); // throws (and aborts the fuzzer) on invalid UTF-8
        }
    }
    return 0;
}
