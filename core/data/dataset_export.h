#pragma once

#include "core/data/dataset.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace falconry {

enum class ExportFormat {
    Jsonl, // one object per row, column → value, absent cells omitted, nested values kept
    Csv,   // RFC 4180, header row, CRLF; nested values as JSON text
};

/** By extension: .csv → Csv, .jsonl/.json/.ndjson → Jsonl; throws DatasetError otherwise. */
ExportFormat exportFormatFor(const std::filesystem::path& path);

/** Writes the rows atomically (the old file stays whole if anything fails). */
void exportDataset(const Dataset& dataset, const std::filesystem::path& path, ExportFormat format);

/** One CSV field, quoted when it holds the delimiter, a quote, a line break or edge spaces. */
std::string csvField(std::string_view text, char delimiter = ',');

/** One row as a JSON object (column → value, null cells omitted). */
JsonValue rowObject(const Dataset& dataset, const DatasetRow& row);

} // namespace falconry
