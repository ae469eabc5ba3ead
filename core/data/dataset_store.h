#pragma once

#include "core/data/dataset.h"
#include "core/data/dataset_reader.h"

#include <filesystem>
#include <string>
#include <unordered_map>

namespace falconry {

/**
 * A project's own copy of a dataset: a folder with
 *   rows.jsonl    header line {"falconry_rows":1,"generation":G,"columns":[...],"next_id":N},
 *                 then one {"id":N,"row":{column: value}} per row;
 *   meta.json     where the rows came from (source path, format, encoding, import time);
 *   journal.jsonl header {"falconry_journal":1,"generation":G}, then one edit per line.
 * The user's source file is only read. Every edit is appended to the journal
 * and fsync'ed before the call returns, so a crash (even SIGKILL) loses no
 * acknowledged edit; open() replays the journal (a torn last line is ignored;
 * a journal of another generation is stale, from a save that crashed after
 * its rows were written, and is ignored). save() compacts: rows.jsonl is
 * rewritten atomically with generation G+1, then the journal restarts.
 * Not thread-safe: one owner (the GUI's engine thread) edits it.
 */
class DatasetStore {
public:
    /** Reads `source` and writes a new project folder (created; must be empty or absent). */
    static DatasetStore importFile(const std::filesystem::path& source, const std::filesystem::path& folder,
                                   const ReadOptions& options = {}, ReadReport* report = nullptr);
    /** Writes `dataset` as a new project folder; `sourceInfo` goes into meta.json. */
    static DatasetStore create(Dataset dataset, const std::filesystem::path& folder, JsonValue sourceInfo = {});
    /** Opens a project folder and replays its journal. Throws DatasetError/IoError. */
    static DatasetStore open(const std::filesystem::path& folder);

    DatasetStore(DatasetStore&& other) noexcept;
    DatasetStore& operator=(DatasetStore&& other) noexcept;
    DatasetStore(const DatasetStore&) = delete;
    DatasetStore& operator=(const DatasetStore&) = delete;
    ~DatasetStore();

    const Dataset& dataset() const { return m_dataset; }
    const std::filesystem::path& folder() const { return m_folder; }
    /** Position of the row with this id; throws DatasetError if there is none. */
    size_t rowIndex(uint64_t rowId) const;
    size_t journalEntries() const { return m_journalEntries; }
    /** Journal lines from the last open() that were ignored (a torn last line). */
    size_t ignoredJournalLines() const { return m_ignoredLines; }

    /** Sets one cell (a new column name adds the column). */
    void setCell(uint64_t rowId, const std::string& column, JsonValue value);
    /** Inserts a row before position `index` (clamped to the end); `cells` maps column → value. Returns its id. */
    uint64_t insertRow(size_t index, const JsonValue& cells);
    void deleteRow(uint64_t rowId);
    /** Replaces every occurrence of `find` in string values (nested ones too), in `column` or in all columns. Returns the count. */
    size_t replaceAll(const std::string& find, const std::string& replacement, const std::string& column = {});

    /** Compacts: rows.jsonl rewritten atomically, journal emptied. */
    void save();

private:
    DatasetStore() = default;
    void applyEdit(const JsonValue& edit, size_t& count);
    void appendJournal(const JsonValue& edit);
    void writeRows(uint64_t generation);
    void startJournal(uint64_t generation);
    void reindex();
    void closeJournal();

    std::filesystem::path m_folder;
    Dataset m_dataset;
    std::unordered_map<uint64_t, size_t> m_index; // row id → position
    uint64_t m_generation = 1;
    int m_journalFd = -1;
    size_t m_journalEntries = 0;
    size_t m_ignoredLines = 0;
};

} // namespace falconry
