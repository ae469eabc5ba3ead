#include "core/data/dataset.h"

#include <algorithm>

namespace falconry {
namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

} // namespace

int Dataset::columnIndex(std::string_view name) const
{
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == name)
            return static_cast<int>(i);
    for (size_t i = 0; i < columns.size(); ++i)
        if (equalsIgnoreCase(columns[i], name))
            return static_cast<int>(i);
    return -1;
}

int Dataset::ensureColumn(const std::string& name)
{
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == name)
            return static_cast<int>(i);
    columns.push_back(name);
    for (auto& row : rows)
        row.cells.resize(columns.size());
    return static_cast<int>(columns.size() - 1);
}

int Dataset::addColumnNamedLike(const std::string& base)
{
    const auto taken = [&](const std::string& name) {
        return std::find(columns.begin(), columns.end(), name) != columns.end();
    };
    std::string name = base;
    for (int suffix = 2; taken(name); ++suffix)
        name = base + "_" + std::to_string(suffix);
    return ensureColumn(name);
}

std::string Dataset::cellText(const DatasetRow& row, int column) const
{
    if (column < 0 || static_cast<size_t>(column) >= row.cells.size())
        return {};
    const JsonValue& cell = row.cells[static_cast<size_t>(column)];
    if (cell.is_string())
        return cell.get<std::string>();
    if (cell.is_null())
        return {};
    return cell.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

DatasetRow& Dataset::appendRow(std::vector<JsonValue> cells)
{
    cells.resize(std::max(cells.size(), columns.size()));
    rows.push_back(DatasetRow{nextId++, std::move(cells)});
    return rows.back();
}

std::string formatIssue(const std::string& file, const SourceIssue& issue)
{
    return file + ":" + std::to_string(issue.line) + ":" + std::to_string(issue.column) + ": " + issue.message;
}

} // namespace falconry
