// CSV/TSV and JSONL: one passage per row, from a chosen column or from every column.
#include "core/knowledge/document.h"

#include "core/data/csv_reader.h"
#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/text_cleanup.h"

#include <nlohmann/json.hpp>

namespace falconry {

using namespace knowledge_detail;

namespace {

std::string listNames(const std::vector<std::string>& names)
{
    std::string out;
    for (const std::string& n : names)
        out += (out.empty() ? "" : ", ") + ("'" + n + "'");
    return out;
}

} // namespace

ExtractedDocument readCsvRows(const std::string& bytes, const std::string& name, char delimiter,
                              const ImportOptions& options)
{
    const std::string text = decodeTextOrThrow(bytes, name);
    ExtractedDocument doc;
    doc.format = "csv";
    std::vector<std::string> header;
    int column = -1;
    std::string firstProblem;
    CsvParser parser(
        delimiter,
        [&](std::vector<std::string>& fields, size_t line) {
            if (header.empty()) {
                header = fields;
                if (!options.textColumn.empty()) {
                    for (size_t i = 0; i < header.size(); ++i)
                        if (header[i] == options.textColumn)
                            column = static_cast<int>(i);
                    if (column < 0)
                        throw KnowledgeError(name + ": no column '" + options.textColumn + "'; the columns are " +
                                             listNames(header));
                }
                return;
            }
            std::string passage;
            if (column >= 0) {
                passage = static_cast<size_t>(column) < fields.size() ? fields[static_cast<size_t>(column)] : "";
            } else {
                for (size_t i = 0; i < fields.size(); ++i) {
                    if (isBlank(fields[i]))
                        continue;
                    const std::string label = i < header.size() ? header[i] : "column " + std::to_string(i + 1);
                    passage += (passage.empty() ? "" : "\n") + label + ": " + fields[i];
                }
            }
            if (!isBlank(passage))
                doc.blocks.push_back({passage, {}, 0, static_cast<int>(line), true});
        },
        [&](const SourceIssue& issue) {
            if (firstProblem.empty())
                firstProblem = formatIssue(name, issue);
        });
    parser.feed(text);
    parser.finish();
    if (doc.blocks.empty())
        throw KnowledgeError(name + ": no rows with text" +
                             (firstProblem.empty() ? std::string(" under the header row") : " (" + firstProblem + ")"));
    return doc;
}

ExtractedDocument readJsonlRows(const std::string& bytes, const std::string& name, const ImportOptions& options)
{
    const std::string text = decodeTextOrThrow(bytes, name);
    ExtractedDocument doc;
    doc.format = "jsonl";
    size_t start = 0;
    int lineNo = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string_view line = std::string_view(text).substr(start, end - start);
        ++lineNo;
        start = end + 1;
        if (isBlank(line))
            continue;
        nlohmann::json row;
        try {
            row = nlohmann::json::parse(line);
        } catch (const nlohmann::json::parse_error& e) {
            throw KnowledgeError(name + ":" + std::to_string(lineNo) + ": not a JSON object (" + e.what() + ")");
        }
        if (!row.is_object())
            throw KnowledgeError(name + ":" + std::to_string(lineNo) + ": expected a JSON object per line, found " +
                                 row.type_name());
        std::string passage;
        if (!options.textColumn.empty()) {
            const auto it = row.find(options.textColumn);
            if (it == row.end())
                throw KnowledgeError(name + ":" + std::to_string(lineNo) + ": no field '" + options.textColumn + "'");
            passage = it->is_string() ? it->get<std::string>() : it->dump();
        } else {
            for (const auto& [key, value] : row.items()) {
                const std::string v = value.is_string() ? value.get<std::string>() : value.dump();
                if (!isBlank(v))
                    passage += (passage.empty() ? "" : "\n") + key + ": " + v;
            }
        }
        if (!isBlank(passage))
            doc.blocks.push_back({passage, {}, 0, lineNo, true});
        if (end == text.size())
            break;
    }
    if (doc.blocks.empty())
        throw KnowledgeError(name + ": no rows with text");
    return doc;
}

} // namespace falconry
