#pragma once

#include "core/knowledge/chunker.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace falconry {

namespace knowledge_detail {
class SqliteDb;
}

/** A document of the knowledge base. */
struct StoredDocument {
    std::string source;      // the file path as given when it was added
    std::string contentHash; // SHA-256 of the file's bytes
    int64_t bytes = 0;
    int64_t passages = 0;
    std::string format; // "markdown", "pdf", ...
    std::string title;
    std::string importedAt; // UTC, ISO 8601
};

/** A passage found by a search, best first. */
struct Passage {
    int64_t id = 0;
    std::string source;
    std::string text;
    std::string heading; // heading path joined with " › "
    int page = 0;
    int line = 0;
    int64_t tokens = 0;
    double score = 0.0;   // BM25, higher is better (SQLite's bm25() negated)
    std::string snippet;  // the text around the matches, matched words between kMatchBegin/kMatchEnd
};

/**
 * A knowledge base: one SQLite file with the documents, their passages and an FTS5 index
 * over them (porter-stemmed unicode61 words; BM25 with the heading weighted above the
 * text). Every change runs in one transaction: a process killed mid-import leaves the
 * file as it was before that document (SQLite's journal rolls it back on the next open).
 * WAL mode, so a search on another connection runs while an import writes.
 * One object per thread; several objects (connections) may share the file.
 */
class KnowledgeStore {
public:
    static constexpr char kMatchBegin = '\x02';
    static constexpr char kMatchEnd = '\x03';
    static constexpr int kSchemaVersion = 1;

    /** Opens `file`, creating it when `create` (and its folder must exist). Throws KnowledgeError. */
    explicit KnowledgeStore(const std::filesystem::path& file, bool create = true);
    ~KnowledgeStore();
    KnowledgeStore(const KnowledgeStore&) = delete;
    KnowledgeStore& operator=(const KnowledgeStore&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::vector<StoredDocument> documents() const;
    std::optional<StoredDocument> document(const std::string& source) const;
    int64_t passageCount() const;

    /**
     * Replaces every passage of `document.source` by `chunks` in one transaction (adds the
     * document when it is new). `onPassage(done)` is called after each insert; returning
     * false rolls the whole document back and returns false. Throws KnowledgeError.
     */
    bool replaceDocument(const StoredDocument& document, const std::vector<Chunk>& chunks,
                         const std::function<bool(size_t done)>& onPassage = {});
    /** Removes a document and its passages; false when there is no such source. */
    bool removeDocument(const std::string& source);

    /**
     * Up to `limit` passages matching any of the words of `query` (stop words dropped), by
     * BM25, best first. An empty list when no word of the query is in the index.
     */
    std::vector<Passage> search(const std::string& query, size_t limit) const;
    /** The FTS5 query search() runs for `text`: its words quoted and joined with OR ("" = none). */
    static std::string ftsQuery(const std::string& text);

    std::string meta(const std::string& key) const;
    void setMeta(const std::string& key, const std::string& value);

private:
    void createSchema();

    std::filesystem::path m_path;
    std::unique_ptr<knowledge_detail::SqliteDb> m_db;
};

} // namespace falconry
