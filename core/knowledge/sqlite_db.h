#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace falconry::knowledge_detail {

/** An open SQLite connection; every failure throws KnowledgeError with SQLite's message and the file. */
class SqliteDb {
public:
    SqliteDb(const std::filesystem::path& file, bool create);
    ~SqliteDb();
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;

    void exec(const char* sql);
    sqlite3* handle() const { return m_db; }
    const std::string& name() const { return m_name; }
    [[noreturn]] void fail(const std::string& what) const;

private:
    sqlite3* m_db = nullptr;
    std::string m_name;
};

/** A prepared statement: bind (1-based), step, read columns (0-based). */
class SqliteStatement {
public:
    SqliteStatement(const SqliteDb& db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    SqliteStatement& bind(int index, std::string_view text);
    SqliteStatement& bind(int index, int64_t value);
    /** True while there is a row; false when done. */
    bool step();
    void reset();
    int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;

private:
    const SqliteDb& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/** BEGIN IMMEDIATE ... COMMIT; rolled back unless commit() was called. */
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDb& db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    void commit();

private:
    SqliteDb& m_db;
    bool m_done = false;
};

} // namespace falconry::knowledge_detail
