#include "core/knowledge/knowledge_store.h"

#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/sqlite_db.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <set>

namespace falconry {

using namespace knowledge_detail;

namespace {

// Do not change: existing knowledge bases were created with this schema (kSchemaVersion).
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    format TEXT NOT NULL,
    title TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    ordinal INTEGER NOT NULL,
    heading TEXT NOT NULL,
    page INTEGER NOT NULL,
    line INTEGER NOT NULL,
    tokens INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_by_document ON passages(document_id);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(
    text, heading, content='passages', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts(rowid, text, heading) VALUES (new.id, new.text, new.heading);
END;
CREATE TRIGGER IF NOT EXISTS passages_ad AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, text, heading) VALUES ('delete', old.id, old.text, old.heading);
END;
)sql";

// Words that match nearly every passage of a manual; left out of the query so BM25 ranks on the rest.
const std::set<std::string>& stopWords()
{
    static const std::set<std::string> kWords = {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i",
        "if", "in", "is", "it", "its", "me", "my", "of", "on", "or", "should", "so", "that", "the", "their",
        "there", "this", "to", "was", "what", "when", "where", "which", "who", "why", "will", "with", "you",
        "your", "would", "could", "did", "has", "have", "we", "our", "they", "them", "than", "then", "into",
        "about", "many", "much", "any", "all", "long", "need", "get"};
    return kWords;
}

std::string nowUtc()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

int64_t documentId(const SqliteDb& db, const std::string& source)
{
    SqliteStatement q(db, "SELECT id FROM documents WHERE source = ?1");
    q.bind(1, source);
    return q.step() ? q.integer(0) : 0;
}

void deletePassages(const SqliteDb& db, int64_t id)
{
    SqliteStatement del(db, "DELETE FROM passages WHERE document_id = ?1");
    del.bind(1, id);
    del.step();
}

} // namespace

KnowledgeStore::KnowledgeStore(const std::filesystem::path& file, bool create)
    : m_path(file)
{
    if (!create && !std::filesystem::exists(file))
        throw KnowledgeError(file.string() + ": no such knowledge base");
    if (std::filesystem::is_directory(file))
        throw KnowledgeError(file.string() + ": is a folder; expected a knowledge-base file (.sqlite)");
    m_db = std::make_unique<SqliteDb>(file, create);
    m_db->exec("PRAGMA journal_mode=WAL");
    m_db->exec("PRAGMA synchronous=NORMAL");
    createSchema();
}

KnowledgeStore::~KnowledgeStore() = default;

void KnowledgeStore::createSchema()
{
    const std::string version = [&] {
        try {
            return meta("schema_version");
        } catch (const KnowledgeError&) {
            return std::string(); // a new file: no meta table yet
        }
    }();
    if (!version.empty() && version != std::to_string(kSchemaVersion))
        throw KnowledgeError(m_path.string() + ": knowledge base of schema version " + version + "; this Falconry reads version " +
                             std::to_string(kSchemaVersion));
    SqliteTransaction tx(*m_db);
    m_db->exec(kSchema);
    if (version.empty()) {
        SqliteStatement set(*m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?1)");
        set.bind(1, std::to_string(kSchemaVersion));
        set.step();
    }
    tx.commit();
}

std::string KnowledgeStore::meta(const std::string& key) const
{
    SqliteStatement q(*m_db, "SELECT value FROM meta WHERE key = ?1");
    q.bind(1, key);
    return q.step() ? q.text(0) : std::string();
}

void KnowledgeStore::setMeta(const std::string& key, const std::string& value)
{
    SqliteStatement set(*m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
    set.bind(1, key).bind(2, value);
    set.step();
}

std::vector<StoredDocument> KnowledgeStore::documents() const
{
    SqliteStatement q(*m_db, "SELECT d.source, d.content_hash, d.bytes, d.format, d.title, d.imported_at, "
                             "(SELECT COUNT(*) FROM passages p WHERE p.document_id = d.id) "
                             "FROM documents d ORDER BY d.source");
    std::vector<StoredDocument> out;
    while (q.step())
        out.push_back({q.text(0), q.text(1), q.integer(2), q.integer(6), q.text(3), q.text(4), q.text(5)});
    return out;
}

std::optional<StoredDocument> KnowledgeStore::document(const std::string& source) const
{
    for (StoredDocument& d : documents())
        if (d.source == source)
            return std::move(d);
    return std::nullopt;
}

int64_t KnowledgeStore::passageCount() const
{
    SqliteStatement q(*m_db, "SELECT COUNT(*) FROM passages");
    return q.step() ? q.integer(0) : 0;
}

bool KnowledgeStore::replaceDocument(const StoredDocument& document, const std::vector<Chunk>& chunks,
                                     const std::function<bool(size_t done)>& onPassage)
{
    SqliteTransaction tx(*m_db);
    int64_t id = documentId(*m_db, document.source);
    if (id != 0) {
        deletePassages(*m_db, id);
        SqliteStatement update(*m_db, "UPDATE documents SET content_hash = ?2, bytes = ?3, format = ?4, title = ?5, "
                                      "imported_at = ?6 WHERE id = ?1");
        update.bind(1, id).bind(2, document.contentHash).bind(3, document.bytes).bind(4, document.format);
        update.bind(5, document.title).bind(6, nowUtc());
        update.step();
    } else {
        SqliteStatement insert(*m_db, "INSERT INTO documents(source, content_hash, bytes, format, title, imported_at) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert.bind(1, document.source).bind(2, document.contentHash).bind(3, document.bytes);
        insert.bind(4, document.format).bind(5, document.title).bind(6, nowUtc());
        insert.step();
        id = documentId(*m_db, document.source);
    }
    SqliteStatement insert(*m_db, "INSERT INTO passages(document_id, ordinal, heading, page, line, tokens, text) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (size_t i = 0; i < chunks.size(); ++i) {
        const Chunk& c = chunks[i];
        insert.reset();
        insert.bind(1, id).bind(2, static_cast<int64_t>(i)).bind(3, joinHeadingPath(c.headingPath));
        insert.bind(4, static_cast<int64_t>(c.page)).bind(5, static_cast<int64_t>(c.line));
        insert.bind(6, static_cast<int64_t>(c.tokens)).bind(7, c.text);
        insert.step();
        if (onPassage && !onPassage(i + 1))
            return false; // tx rolls back: the document stays as it was
    }
    tx.commit();
    return true;
}

bool KnowledgeStore::removeDocument(const std::string& source)
{
    SqliteTransaction tx(*m_db);
    const int64_t id = documentId(*m_db, source);
    if (id == 0)
        return false;
    deletePassages(*m_db, id);
    SqliteStatement del(*m_db, "DELETE FROM documents WHERE id = ?1");
    del.bind(1, id);
    del.step();
    tx.commit();
    return true;
}

std::string KnowledgeStore::ftsQuery(const std::string& text)
{
    std::vector<std::string> words;
    std::set<std::string> seen;
    size_t i = 0;
    while (i < text.size()) {
        const auto isWordByte = [&](size_t k) {
            const auto c = static_cast<unsigned char>(text[k]);
            return std::isalnum(c) || c >= 0x80;
        };
        if (!isWordByte(i)) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < text.size() && isWordByte(j))
            ++j;
        std::string word = text.substr(i, j - i);
        for (char& c : word)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        i = j;
        if ((word.size() < 2 && !std::isdigit(static_cast<unsigned char>(word[0]))) || stopWords().count(word))
            continue;
        if (seen.insert(word).second)
            words.push_back(word);
    }
    std::string query;
    for (const std::string& w : words)
        query += (query.empty() ? "\"" : " OR \"") + w + "\"";
    return query;
}

std::vector<Passage> KnowledgeStore::search(const std::string& query, size_t limit) const
{
    const std::string match = ftsQuery(query);
    if (match.empty() || limit == 0)
        return {};
    // bm25(): column weights text 1, heading 2 (a question naming a section's topic).
    SqliteStatement q(*m_db,
                      "SELECT p.id, d.source, p.text, p.heading, p.page, p.line, p.tokens, "
                      "bm25(passages_fts, 1.0, 2.0) AS rank, "
                      "snippet(passages_fts, 0, char(2), char(3), '\u2026', 24) "
                      "FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
                      "JOIN documents d ON d.id = p.document_id "
                      "WHERE passages_fts MATCH ?1 ORDER BY rank LIMIT ?2");
    q.bind(1, match).bind(2, static_cast<int64_t>(limit));
    std::vector<Passage> out;
    while (q.step()) {
        Passage p;
        p.id = q.integer(0);
        p.source = q.text(1);
        p.text = q.text(2);
        p.heading = q.text(3);
        p.page = static_cast<int>(q.integer(4));
        p.line = static_cast<int>(q.integer(5));
        p.tokens = q.integer(6);
        p.score = -q.real(7);
        p.snippet = q.text(8);
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace falconry
