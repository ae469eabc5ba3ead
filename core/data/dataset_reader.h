#pragma once

#include "core/data/dataset.h"
#include "core/data/text_source.h"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace falconry {

/** The container format of a file (what the rows look like is FormatDetection's job). */
enum class SourceFormat {
    Auto, // from the extension, then from the content
    Csv,  // delimiter sniffed among , ; tab |
    Tsv,
    Json,  // an array of objects, or an object holding one array of objects
    Jsonl, // one JSON object per line
    Text,  // blocks separated by blank lines, one column "text"
};

std::string sourceFormatName(SourceFormat format);
/** "auto", "csv", "tsv", "json", "jsonl", "text"; throws DatasetError otherwise. */
SourceFormat parseSourceFormat(std::string_view name);

struct ReadOptions {
    SourceFormat format = SourceFormat::Auto;
    char delimiter = 0;    // CSV: 0 = sniff
    bool header = true;    // CSV: the first record names the columns
    bool skipBad = false;  // skip malformed records/lines and list them, instead of throwing
    size_t chunkBytes = TextSource::kDefaultChunk;
    /** The longest record (CSV record, JSON line or element, text block) read; a longer one is an error, so that
     *  /dev/zero or a huge one-line file does not grow memory without bound. */
    size_t maxRecordBytes = size_t{64} << 20;
    /** Called after each chunk with (bytes read, file size); false stops reading (DatasetError "cancelled"). */
    std::function<bool(uint64_t, uint64_t)> progress;
};

/** What the reader saw besides the rows. */
struct ReadReport {
    SourceFormat format = SourceFormat::Auto; // the format actually read
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = 0;                       // CSV/TSV
    std::vector<SourceIssue> skipped;         // malformed records skipped (skipBad)
    std::vector<SourceIssue> ragged;          // CSV records with another field count than the header (kept)
    std::vector<SourceIssue> invalidText;     // invalid UTF-8 / UTF-16 positions (first 100)
    uint64_t invalidTextCount = 0;
    uint64_t bytes = 0;
    std::string rowsKey;                      // JSON: the key of the array that held the rows, if any
};

struct ReadResult {
    Dataset dataset;
    ReadReport report;
};

/**
 * Reads a dataset file in chunks (a file larger than memory's spare room
 * streams; only the rows are kept). Malformed input throws DatasetError
 * "file:line:column: expected ..., found ..." unless options.skipBad.
 */
/** Throws DatasetError (kind "dataset.record_too_long") for a record longer than `limit` bytes at line:column (0: unknown). */
[[noreturn]] void throwRecordTooLong(const std::string& name, size_t line, size_t column, const std::string& what, size_t limit);

ReadResult readDataset(const std::filesystem::path& path, const ReadOptions& options = {});

/** Same, from bytes in memory; `name` stands for the file in messages. */
ReadResult readDatasetFromBytes(std::string_view bytes, const ReadOptions& options, const std::string& name = "<memory>");

} // namespace falconry
