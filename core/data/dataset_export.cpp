#include "core/data/dataset_export.h"

#include "core/io/file_writer.h"

#include "core/util/errors.h"
#include "core/util/lower_case.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace falconry {

ExportFormat exportFormatFor(const std::filesystem::path& path)
{
    const std::string ext = lowerExtension(path);
    if (ext == ".csv")
        return ExportFormat::Csv;
    if (ext == ".jsonl" || ext == ".json" || ext == ".ndjson")
        return ExportFormat::Jsonl;
    throw DatasetError("cannot tell the output format of '" + path.string() + "': expected a .jsonl or .csv name");
}

std::string csvField(std::string_view text, char delimiter)
{
    const bool quote = text.find_first_of(std::string{'"', '\r', '\n', delimiter}) != std::string_view::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

JsonValue rowObject(const Dataset& dataset, const DatasetRow& row)
{
    JsonValue object = JsonValue::object();
    for (size_t c = 0; c < dataset.columns.size() && c < row.cells.size(); ++c)
        if (!row.cells[c].is_null())
            object[dataset.columns[c]] = row.cells[c];
    return object;
}

void exportDataset(const Dataset& dataset, const std::filesystem::path& path, ExportFormat format)
{
    AtomicFileWriter out(path);
    std::string line;
    if (format == ExportFormat::Csv) {
        for (size_t c = 0; c < dataset.columns.size(); ++c)
            line += (c ? "," : "") + csvField(dataset.columns[c]);
        out.write(line + "\r\n");
        for (const auto& row : dataset.rows) {
            line.clear();
            for (size_t c = 0; c < dataset.columns.size(); ++c)
                line += (c ? "," : "") + csvField(dataset.cellText(row, static_cast<int>(c)));
            out.write(line + "\r\n");
        }
    } else {
        for (const auto& row : dataset.rows)
            out.write(rowObject(dataset, row).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    }
    out.commit();
}

} // namespace falconry
