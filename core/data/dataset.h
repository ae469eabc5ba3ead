#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace falconry {

/** Cell values keep their JSON structure (ShareGPT `conversations`, OpenAI `messages`) and key order. */
using JsonValue = nlohmann::ordered_json;

/** One example: a stable id and one value per column. */
struct DatasetRow {
    uint64_t id = 0;              // stable across edits, never reused; import numbers rows 1..N
    std::vector<JsonValue> cells; // cells[i] belongs to Dataset::columns[i]; null = absent
};

/**
 * A table of examples. CSV/TSV/text cells are strings; JSON/JSONL cells are
 * whatever the file holds (strings, numbers, arrays of turn objects, ...).
 */
struct Dataset {
    std::vector<std::string> columns;
    std::vector<DatasetRow> rows;
    uint64_t nextId = 1; // the id the next inserted row gets

    /** Index of `name` in columns, or -1. Exact match first, then ASCII case-insensitive. */
    int columnIndex(std::string_view name) const;
    /** Adds a column (cells of existing rows become null) unless present; returns its index. */
    int ensureColumn(const std::string& name);
    /** Adds a new column named `base`, or `base_2`, `base_3`, ... when that name is taken; returns its index. */
    int addColumnNamedLike(const std::string& base);
    /** The cell as text: a string as is, null as "", anything else as compact JSON. */
    std::string cellText(const DatasetRow& row, int column) const;
    /** Appends a row with the next id. */
    DatasetRow& appendRow(std::vector<JsonValue> cells);
};

/** Where a reader found something (1-based line and column; the column counts bytes of the UTF-8 text). */
struct SourceIssue {
    size_t line = 0;
    size_t column = 0;
    std::string message; // what was expected there and what was found
};

/** "file:line:column: message". */
std::string formatIssue(const std::string& file, const SourceIssue& issue);

} // namespace falconry
