#include "core/data/dataset_reader.h"

#include "core/data/csv_reader.h"
#include "core/data/json_reader.h"
#include "core/util/error_info.h"
#include "core/util/errors.h"
#include "core/util/lower_case.h"

#include <algorithm>
#include <optional>

namespace falconry {
namespace {

/** Guesses the container from the first chunk of text (and the extension as a hint). */
SourceFormat sniffFormat(std::string_view head, const std::string& ext)
{
    const size_t first = head.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && head[first] == '[')
        return SourceFormat::Json;
    if (first != std::string_view::npos && head[first] == '{') {
        if (ext == ".jsonl" || ext == ".ndjson")
            return SourceFormat::Jsonl; // even when its first line is broken
        // JSONL if the first line alone is a complete value and another line follows it.
        const size_t nl = head.find('\n', first);
        if (nl == std::string_view::npos)
            return ext == ".jsonl" || ext == ".ndjson" ? SourceFormat::Jsonl : SourceFormat::Json;
        if (JsonValue::accept(head.substr(first, nl - first)))
            return SourceFormat::Jsonl;
        return SourceFormat::Json;
    }
    if (ext == ".csv")
        return SourceFormat::Csv;
    if (ext == ".tsv" || ext == ".tab")
        return SourceFormat::Tsv;
    if (ext == ".txt" || ext == ".md" || ext == ".text")
        return SourceFormat::Text;
    // No telling extension: CSV when a delimiter splits the lines consistently.
    const char delimiter = sniffCsvDelimiter(head.substr(0, 65536));
    const size_t lineEnd = head.find('\n');
    const std::string_view firstLine = head.substr(0, lineEnd);
    if (firstLine.find(delimiter) != std::string_view::npos)
        return delimiter == '\t' ? SourceFormat::Tsv : SourceFormat::Csv;
    return SourceFormat::Text;
}

/**
 * Where the first 64 KiB of decoded text stop looking like text: a NUL, or more than one byte in
 * eight that is a control character or an undecodable byte (U+FFFD). Programs, images, archives
 * and random bytes all fail this; text in any language and UTF-16 files (decoded first) pass.
 */
std::optional<size_t> binaryAt(std::string_view head)
{
    const size_t nul = head.find('\0');
    if (nul != std::string_view::npos)
        return nul;
    size_t odd = 0;
    for (size_t i = 0; i < head.size(); ++i) {
        const auto c = static_cast<unsigned char>(head[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            ++odd;
        else if (head.compare(i, 3, "\xEF\xBF\xBD") == 0)
            ++odd;
    }
    if (head.size() >= 64 && odd * 8 > head.size())
        return 0;
    return std::nullopt;
}

/** Refuses a file that is empty or not text, before any reader sees it. */
void checkLooksLikeText(std::string_view head, const std::string& name)
{
    const std::string file = name;
    if (head.empty())
        throw Described<DatasetError>(name + ": the file is empty", "dataset.empty", {{"file", file}});
    if (head.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
        throw Described<DatasetError>(name + ": the file holds only blank lines", "dataset.empty", {{"file", file}});
    if (const auto at = binaryAt(head))
        throw Described<DatasetError>(name + ": not a text file (binary data near byte " + std::to_string(*at) +
                                          "): expected CSV, TSV, JSON, JSONL or plain text",
                                      "dataset.binary", {{"file", file}});
}

/** Blank-line-separated blocks, each one row of column "text". Line breaks inside a block become LF. */
void readTextInto(TextSource& source, const ReadOptions& options, const std::string& name, ReadResult& result)
{
    Dataset& dataset = result.dataset;
    dataset.columns = {"text"};
    std::string block;
    std::string line;
    std::string chunk;
    const auto endLine = [&]() {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t\r\f\v") == std::string::npos) {
            if (!block.empty())
                dataset.appendRow({JsonValue(std::move(block))});
            block.clear();
        } else {
            if (!block.empty())
                block += '\n';
            block += line;
            if (block.size() > options.maxRecordBytes)
                throwRecordTooLong(name, 0, 0, "a block of text", options.maxRecordBytes);
        }
        line.clear();
    };
    while (source.next(chunk)) {
        size_t start = 0;
        for (size_t nl = chunk.find('\n'); nl != std::string::npos; nl = chunk.find('\n', start)) {
            line.append(chunk, start, nl - start);
            endLine();
            start = nl + 1;
        }
        line.append(chunk, start, std::string::npos);
        if (line.size() + block.size() > options.maxRecordBytes)
            throwRecordTooLong(name, 0, 0, "a block of text", options.maxRecordBytes);
        if (options.progress && !options.progress(source.bytesRead(), source.totalBytes()))
            throw DatasetError(name + ": reading cancelled");
    }
    if (!line.empty())
        endLine();
    if (!block.empty())
        dataset.appendRow({JsonValue(std::move(block))});
}

ReadResult readFrom(const std::function<std::unique_ptr<TextSource>()>& open, const ReadOptions& options,
                    const std::string& name, const std::string& ext)
{
    ReadResult result;
    SourceFormat format = options.format;
    {
        auto probe = open();
        std::string head, chunk;
        while (head.size() < 65536 && probe->next(chunk))
            head += chunk; // the same sample whatever the chunk size
        checkLooksLikeText(std::string_view(head).substr(0, 65536), name);
        if (format == SourceFormat::Auto)
            format = sniffFormat(head, ext);
    }
    auto source = open();
    result.report.format = format;
    switch (format) {
    case SourceFormat::Csv:
        readCsvInto(*source, options, options.delimiter, name, result);
        break;
    case SourceFormat::Tsv:
        readCsvInto(*source, options, options.delimiter == 0 ? '\t' : options.delimiter, name, result);
        break;
    case SourceFormat::Json:
        readJsonInto(*source, options, name, result);
        break;
    case SourceFormat::Jsonl:
        readJsonlInto(*source, options, name, result);
        break;
    case SourceFormat::Text:
    case SourceFormat::Auto:
        result.report.format = SourceFormat::Text;
        readTextInto(*source, options, name, result);
        break;
    }
    result.report.encoding = source->encoding();
    result.report.invalidText = source->invalidPositions();
    result.report.invalidTextCount = source->invalidCount();
    result.report.bytes = source->bytesRead();
    return result;
}

} // namespace

void throwRecordTooLong(const std::string& name, size_t line, size_t column, const std::string& what, size_t limit)
{
    const std::string mib = std::to_string(limit >> 20);
    const std::string where = line > 0 ? formatIssue(name, SourceIssue{line, column, ""}) : name + ": ";
    throw Described<DatasetError>(where + what + " longer than " + mib + " MiB: not a dataset of examples "
                                      "(a binary file, or a quote that is never closed?)",
                                  "dataset.record_too_long", {{"file", name}, {"limit_mib", mib}});
}

std::string sourceFormatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Auto: return "auto";
    case SourceFormat::Csv: return "csv";
    case SourceFormat::Tsv: return "tsv";
    case SourceFormat::Json: return "json";
    case SourceFormat::Jsonl: return "jsonl";
    case SourceFormat::Text: return "text";
    }
    return "auto";
}

SourceFormat parseSourceFormat(std::string_view name)
{
    for (SourceFormat f : {SourceFormat::Auto, SourceFormat::Csv, SourceFormat::Tsv, SourceFormat::Json,
                           SourceFormat::Jsonl, SourceFormat::Text})
        if (sourceFormatName(f) == name)
            return f;
    throw DatasetError("unknown file format '" + std::string(name) + "': expected auto, csv, tsv, json, jsonl or text");
}

ReadResult readDataset(const std::filesystem::path& path, const ReadOptions& options)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw DatasetError("'" + path.string() + "' is a folder: expected a CSV, TSV, JSON, JSONL or text file");
    return readFrom([&]() { return TextSource::fromFile(path, options.chunkBytes); }, options, path.string(),
                    lowerExtension(path));
}

ReadResult readDatasetFromBytes(std::string_view bytes, const ReadOptions& options, const std::string& name)
{
    return readFrom([&]() { return TextSource::fromBytes(bytes, options.chunkBytes); }, options, name,
                    lowerExtension(name));
}

} // namespace falconry
