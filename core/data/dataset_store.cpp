#include "core/data/dataset_store.h"

#include "core/data/dataset_export.h"
#include "core/io/file_writer.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <unistd.h>

namespace falconry {
namespace {

const char* const kRows = "rows.jsonl";
const char* const kMeta = "meta.json";
const char* const kJournal = "journal.jsonl";

std::string dumpLine(const JsonValue& value)
{
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

size_t replaceIn(JsonValue& value, const std::string& find, const std::string& replacement)
{
    size_t count = 0;
    if (value.is_string()) {
        std::string& s = value.get_ref<std::string&>();
        for (size_t pos = s.find(find); pos != std::string::npos; pos = s.find(find, pos + replacement.size())) {
            s.replace(pos, find.size(), replacement);
            ++count;
        }
    } else if (value.is_array() || value.is_object()) {
        for (auto& item : value)
            count += replaceIn(item, find, replacement);
    }
    return count;
}

} // namespace

DatasetStore::DatasetStore(DatasetStore&& other) noexcept
{
    *this = std::move(other);
}

DatasetStore& DatasetStore::operator=(DatasetStore&& other) noexcept
{
    if (this != &other) {
        closeJournal();
        m_folder = std::move(other.m_folder);
        m_dataset = std::move(other.m_dataset);
        m_index = std::move(other.m_index);
        m_generation = other.m_generation;
        m_journalFd = other.m_journalFd;
        m_journalEntries = other.m_journalEntries;
        m_ignoredLines = other.m_ignoredLines;
        other.m_journalFd = -1;
    }
    return *this;
}

DatasetStore::~DatasetStore()
{
    closeJournal();
}

void DatasetStore::closeJournal()
{
    if (m_journalFd >= 0)
        ::close(m_journalFd);
    m_journalFd = -1;
}

DatasetStore DatasetStore::importFile(const std::filesystem::path& source, const std::filesystem::path& folder,
                                      const ReadOptions& options, ReadReport* report)
{
    ReadResult read = readDataset(source, options);
    JsonValue info = {{"source", std::filesystem::absolute(source).string()},
                      {"format", sourceFormatName(read.report.format)},
                      {"encoding", encodingName(read.report.encoding)},
                      {"skipped", read.report.skipped.size()},
                      {"ragged", read.report.ragged.size()},
                      {"invalid_text", read.report.invalidTextCount}};
    if (report)
        *report = read.report;
    return create(std::move(read.dataset), folder, info);
}

DatasetStore DatasetStore::create(Dataset dataset, const std::filesystem::path& folder, JsonValue sourceInfo)
{
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw IoError("cannot create the project folder '" + folder.string() + "': " + ec.message());
    if (std::filesystem::exists(folder / kRows))
        throw DatasetError("'" + folder.string() + "' already holds a dataset (rows.jsonl): expected a new folder");
    DatasetStore store;
    store.m_folder = folder;
    store.m_dataset = std::move(dataset);
    store.reindex();
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    JsonValue meta = {{"falconry_dataset", 1},
                      {"source", sourceInfo.is_null() ? JsonValue::object() : sourceInfo},
                      {"imported_unix", std::chrono::duration_cast<std::chrono::seconds>(now).count()}};
    writeFileAtomically(folder / kMeta, meta.dump(2) + "\n");
    store.writeRows(store.m_generation);
    store.startJournal(store.m_generation);
    return store;
}

DatasetStore DatasetStore::open(const std::filesystem::path& folder)
{
    DatasetStore store;
    store.m_folder = folder;
    const std::filesystem::path rowsPath = folder / kRows;
    std::ifstream rows(rowsPath, std::ios::binary);
    if (!rows)
        throw DatasetError("'" + folder.string() + "' is not a dataset folder: expected " + rowsPath.string());
    std::string line;
    size_t lineNumber = 0;
    const auto bad = [&](const std::string& what) {
        return DatasetError(rowsPath.string() + ":" + std::to_string(lineNumber) + ": " + what);
    };
    while (std::getline(rows, line)) {
        ++lineNumber;
        JsonValue value;
        try {
            value = JsonValue::parse(line);
        } catch (const JsonValue::exception&) {
            throw bad("expected a JSON line; " + findJsonProblem(line).message);
        }
        if (lineNumber == 1) {
            if (!value.contains("falconry_rows") || !value.contains("columns"))
                throw bad("expected the header {\"falconry_rows\":1,...}");
            store.m_generation = value.value("generation", uint64_t{1});
            store.m_dataset.columns = value["columns"].get<std::vector<std::string>>();
            store.m_dataset.nextId = value.value("next_id", uint64_t{1});
            continue;
        }
        if (!value.contains("id") || !value.contains("row") || !value["row"].is_object())
            throw bad("expected {\"id\":N,\"row\":{...}}");
        DatasetRow row;
        row.id = value["id"].get<uint64_t>();
        row.cells.resize(store.m_dataset.columns.size());
        for (auto& [column, cell] : value["row"].items())
            row.cells[static_cast<size_t>(store.m_dataset.ensureColumn(column))] = std::move(cell);
        row.cells.resize(store.m_dataset.columns.size());
        store.m_dataset.rows.push_back(std::move(row));
    }
    store.reindex();

    // Replay the journal of this generation. Lines end with '\n' once complete.
    std::string journal;
    if (std::filesystem::exists(folder / kJournal))
        journal = readWholeFile(folder / kJournal);
    size_t start = 0;
    size_t number = 0;
    bool current = false;
    while (start < journal.size()) {
        const size_t nl = journal.find('\n', start);
        const bool complete = nl != std::string::npos;
        const std::string text = journal.substr(start, complete ? nl - start : std::string::npos);
        start = complete ? nl + 1 : journal.size();
        ++number;
        JsonValue edit;
        const bool parsed = complete && JsonValue::accept(text);
        if (!parsed) {
            if (start >= journal.size()) {
                store.m_ignoredLines = 1; // torn last line: the edit was never acknowledged
                break;
            }
            throw DatasetError((folder / kJournal).string() + ":" + std::to_string(number) +
                               ": expected a complete JSON edit in the middle of the journal, found a damaged line");
        }
        edit = JsonValue::parse(text);
        if (number == 1) {
            current = edit.value("generation", uint64_t{0}) == store.m_generation;
            if (!current)
                break; // stale journal: its edits are already in rows.jsonl
            continue;
        }
        size_t ignored = 0;
        store.applyEdit(edit, ignored);
        ++store.m_journalEntries;
    }
    if (!current || store.m_ignoredLines > 0) {
        // Start a clean journal holding the edits replayed so far (a stale or torn one is dropped).
        const size_t replayed = store.m_journalEntries;
        if (replayed > 0)
            store.writeRows(++store.m_generation);
        store.startJournal(store.m_generation);
        store.m_journalEntries = 0;
    } else {
        store.m_journalFd = ::open((folder / kJournal).c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
        if (store.m_journalFd < 0)
            throw IoError("cannot open the journal '" + (folder / kJournal).string() + "': " + std::strerror(errno));
    }
    return store;
}

void DatasetStore::reindex()
{
    m_index.clear();
    for (size_t i = 0; i < m_dataset.rows.size(); ++i)
        m_index[m_dataset.rows[i].id] = i;
}

size_t DatasetStore::rowIndex(uint64_t rowId) const
{
    const auto it = m_index.find(rowId);
    if (it == m_index.end())
        throw DatasetError("no row with id " + std::to_string(rowId));
    return it->second;
}

void DatasetStore::writeRows(uint64_t generation)
{
    AtomicFileWriter out(m_folder / kRows);
    JsonValue header = {{"falconry_rows", 1}, {"generation", generation}, {"columns", m_dataset.columns},
                        {"next_id", m_dataset.nextId}};
    out.write(dumpLine(header));
    for (const auto& row : m_dataset.rows)
        out.write(dumpLine(JsonValue{{"id", row.id}, {"row", rowObject(m_dataset, row)}}));
    out.commit();
}

void DatasetStore::startJournal(uint64_t generation)
{
    closeJournal();
    writeFileAtomically(m_folder / kJournal, dumpLine(JsonValue{{"falconry_journal", 1}, {"generation", generation}}));
    m_journalFd = ::open((m_folder / kJournal).c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (m_journalFd < 0)
        throw IoError("cannot open the journal '" + (m_folder / kJournal).string() + "': " + std::strerror(errno));
    m_journalEntries = 0;
}

void DatasetStore::appendJournal(const JsonValue& edit)
{
    const std::string line = dumpLine(edit);
    size_t written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(m_journalFd, line.data() + written, line.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw IoError("cannot append to the journal '" + (m_folder / kJournal).string() + "': " + std::strerror(errno));
        }
        written += static_cast<size_t>(n);
    }
    if (::fdatasync(m_journalFd) != 0)
        throw IoError("cannot flush the journal '" + (m_folder / kJournal).string() + "': " + std::strerror(errno));
    ++m_journalEntries;
}

void DatasetStore::applyEdit(const JsonValue& edit, size_t& count)
{
    const std::string op = edit.value("op", "");
    if (op == "set") {
        const size_t index = rowIndex(edit["id"].get<uint64_t>());
        const size_t column = static_cast<size_t>(m_dataset.ensureColumn(edit["column"].get<std::string>()));
        auto& cells = m_dataset.rows[index].cells;
        cells.resize(m_dataset.columns.size());
        cells[column] = edit["value"];
    } else if (op == "insert") {
        DatasetRow row;
        row.id = edit["id"].get<uint64_t>();
        for (auto& [column, value] : edit["cells"].items()) {
            const size_t c = static_cast<size_t>(m_dataset.ensureColumn(column));
            row.cells.resize(m_dataset.columns.size());
            row.cells[c] = value;
        }
        row.cells.resize(m_dataset.columns.size());
        const size_t at = std::min(edit["index"].get<size_t>(), m_dataset.rows.size());
        m_dataset.rows.insert(m_dataset.rows.begin() + static_cast<std::ptrdiff_t>(at), std::move(row));
        m_dataset.nextId = std::max(m_dataset.nextId, edit["id"].get<uint64_t>() + 1);
        reindex();
    } else if (op == "delete") {
        const size_t index = rowIndex(edit["id"].get<uint64_t>());
        m_dataset.rows.erase(m_dataset.rows.begin() + static_cast<std::ptrdiff_t>(index));
        reindex();
    } else if (op == "replace") {
        const std::string find = edit["find"].get<std::string>();
        const std::string replacement = edit["replacement"].get<std::string>();
        const std::string column = edit.value("column", "");
        const int only = column.empty() ? -1 : m_dataset.columnIndex(column);
        count = 0;
        for (auto& row : m_dataset.rows)
            for (size_t c = 0; c < row.cells.size(); ++c)
                if (only < 0 || static_cast<size_t>(only) == c)
                    count += replaceIn(row.cells[c], find, replacement);
    } else {
        throw DatasetError("journal: unknown edit '" + op + "': expected set, insert, delete or replace");
    }
}

void DatasetStore::setCell(uint64_t rowId, const std::string& column, JsonValue value)
{
    rowIndex(rowId); // throws before anything is written
    JsonValue edit = {{"op", "set"}, {"id", rowId}, {"column", column}, {"value", std::move(value)}};
    size_t count = 0;
    applyEdit(edit, count);
    appendJournal(edit);
}

uint64_t DatasetStore::insertRow(size_t index, const JsonValue& cells)
{
    if (!cells.is_object())
        throw DatasetError("insert row: expected an object of column → value, found " + std::string(cells.type_name()));
    const uint64_t id = m_dataset.nextId;
    JsonValue edit = {{"op", "insert"}, {"id", id}, {"index", std::min(index, m_dataset.rows.size())}, {"cells", cells}};
    size_t count = 0;
    applyEdit(edit, count);
    appendJournal(edit);
    return id;
}

void DatasetStore::deleteRow(uint64_t rowId)
{
    rowIndex(rowId);
    JsonValue edit = {{"op", "delete"}, {"id", rowId}};
    size_t count = 0;
    applyEdit(edit, count);
    appendJournal(edit);
}

size_t DatasetStore::replaceAll(const std::string& find, const std::string& replacement, const std::string& column)
{
    if (find.empty())
        throw DatasetError("replace all: expected a non-empty text to find");
    if (!column.empty() && m_dataset.columnIndex(column) < 0)
        throw DatasetError("replace all: no column '" + column + "'");
    JsonValue edit = {{"op", "replace"}, {"find", find}, {"replacement", replacement}, {"column", column}};
    size_t count = 0;
    applyEdit(edit, count);
    if (count > 0)
        appendJournal(edit);
    return count;
}

void DatasetStore::save()
{
    writeRows(m_generation + 1);
    ++m_generation; // from here a crash leaves rows of the new generation and a stale journal, which open() ignores
    startJournal(m_generation);
}

} // namespace falconry
