#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace falconry {

/**
 * One structural piece of a document as its reader found it: a paragraph (or
 * list, table row, code block) under a heading path, or one row of a table.
 * Headings themselves are not blocks; they become the headingPath of the
 * blocks under them, so a passage can say where it came from.
 */
struct DocumentBlock {
    std::string text;                     // UTF-8, whitespace collapsed within lines
    std::vector<std::string> headingPath; // outermost first, e.g. {"Refilling", "Seed types"}
    int page = 0;                         // 1-based PDF page; 0 = the format has no pages
    int line = 0;                         // 1-based line where the block starts; 0 = unknown (PDF)
    bool isRow = false;                   // a CSV/JSONL row: a passage of its own, never merged
};

/** The text of one file, block by block. */
struct ExtractedDocument {
    std::string format; // "text", "markdown", "html", "pdf", "csv", "jsonl"
    std::vector<DocumentBlock> blocks;
    std::string title;  // the first heading or the HTML <title>; may be empty
};

/** How table files become passages. */
struct ImportOptions {
    /** CSV/JSONL: the column (field) whose text is the passage; empty = every column as "name: value" lines. */
    std::string textColumn;
};

/** Heading path joined for display and search: "Refilling › Seed types". */
std::string joinHeadingPath(const std::vector<std::string>& path);

/** The readers by file name: .txt .text .md .markdown .html .htm .pdf .csv .tsv .jsonl .ndjson (case-insensitive). */
bool isSupportedDocument(const std::filesystem::path& path);

/**
 * Reads the document at `path` (format from its extension). Throws KnowledgeError with the
 * file name and what is wrong: unreadable, empty, binary (not text), an encrypted or broken
 * PDF, a CSV column that does not exist.
 */
ExtractedDocument readDocument(const std::filesystem::path& path, const ImportOptions& options = {});

/** As readDocument, for the file's bytes already read (the format still comes from `path`). */
ExtractedDocument readDocumentBytes(const std::string& bytes, const std::filesystem::path& path,
                                    const ImportOptions& options = {});

/** The readers, for bytes already in memory (tests, the fuzz target). `name` is used in errors. */
ExtractedDocument readPlainText(const std::string& bytes, const std::string& name);
ExtractedDocument readMarkdown(const std::string& bytes, const std::string& name);
ExtractedDocument readHtml(const std::string& bytes, const std::string& name);
ExtractedDocument readPdf(const std::string& bytes, const std::string& name);
ExtractedDocument readCsvRows(const std::string& bytes, const std::string& name, char delimiter,
                              const ImportOptions& options);
ExtractedDocument readJsonlRows(const std::string& bytes, const std::string& name, const ImportOptions& options);

} // namespace falconry
