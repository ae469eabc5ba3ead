#pragma once

#include "core/knowledge/chunker.h"
#include "core/knowledge/document.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace falconry {

class KnowledgeStore;
class TokenCounter;

/** Where an import is, for a progress bar. */
struct ImportProgress {
    size_t fileIndex = 0; // 0-based, of fileCount
    size_t fileCount = 0;
    std::string source;
    size_t passagesDone = 0;  // of the current file
    size_t passagesTotal = 0; // of the current file (0 while it is read)
    uint64_t bytesDone = 0;   // of all files, up to the current one
    uint64_t bytesTotal = 0;
};

/** What happened to one file. */
struct ImportedFile {
    enum class Status {
        Added,
        Replaced,  // its content changed: its old passages were replaced
        Unchanged, // same content hash as stored: nothing to do
        Failed,    // error says why; the knowledge base is as it was for this file
        Cancelled, // stopped while importing it: rolled back
    };
    std::string source;
    Status status = Status::Added;
    size_t passages = 0;
    std::string error;
};

struct ImportReport {
    std::vector<ImportedFile> files;
    bool cancelled = false;
    uint64_t bytes = 0; // bytes of the files read
    size_t failures() const;
};

/** "added", "replaced", ... (CLI output, logs). */
const char* importStatusName(ImportedFile::Status status);

/**
 * The files `inputs` stand for: a file as given; a folder's supported documents, recursively,
 * sorted, each as `folder/relative/path` (hidden files and folders skipped). Throws
 * KnowledgeError for an input that does not exist or a folder without documents.
 */
std::vector<std::filesystem::path> expandImportInputs(const std::vector<std::filesystem::path>& inputs);

/**
 * Imports each file of `inputs` (expanded as above) in its own transaction: read, chunk with
 * `counter`, store. A file whose content hash is the stored one is skipped; a file that
 * fails is reported and the others go on. `progress` returning false or `stop` becoming
 * true cancels: the file being imported is rolled back, the ones before stay.
 * Records the counter's description and the chunk size in the knowledge base's meta.
 */
ImportReport importDocuments(KnowledgeStore& store, const std::vector<std::filesystem::path>& inputs,
                             const TokenCounter& counter, const ChunkOptions& chunking, const ImportOptions& options,
                             const std::function<bool(const ImportProgress&)>& progress, const std::atomic<bool>& stop);

} // namespace falconry
