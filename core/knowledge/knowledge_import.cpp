#include "core/knowledge/knowledge_import.h"

#include "core/hub/sha256.h"
#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/token_counter.h"
#include "core/util/atomic_file.h"

#include <algorithm>
#include <system_error>

namespace falconry {

size_t ImportReport::failures() const
{
    return static_cast<size_t>(std::count_if(files.begin(), files.end(), [](const ImportedFile& f) {
        return f.status == ImportedFile::Status::Failed;
    }));
}

const char* importStatusName(ImportedFile::Status status)
{
    switch (status) {
    case ImportedFile::Status::Added: return "added";
    case ImportedFile::Status::Replaced: return "replaced";
    case ImportedFile::Status::Unchanged: return "unchanged";
    case ImportedFile::Status::Failed: return "failed";
    case ImportedFile::Status::Cancelled: return "cancelled";
    }
    return "?";
}

std::vector<std::filesystem::path> expandImportInputs(const std::vector<std::filesystem::path>& inputs)
{
    namespace fs = std::filesystem;
    std::vector<fs::path> out;
    for (const fs::path& input : inputs) {
        std::error_code ec;
        if (!fs::exists(input, ec))
            throw KnowledgeError(input.string() + ": no such file or folder");
        if (!fs::is_directory(input, ec)) {
            out.push_back(input);
            continue;
        }
        std::vector<fs::path> found;
        for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec)
                break;
            const std::string name = it->path().filename().string();
            if (!name.empty() && name[0] == '.') {
                if (it->is_directory(ec))
                    it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec) && isSupportedDocument(it->path()))
                found.push_back(input / fs::relative(it->path(), input, ec));
        }
        if (found.empty())
            throw KnowledgeError(input.string() +
                                 ": the folder holds no documents (.txt, .md, .html, .pdf, .csv, .tsv, .jsonl)");
        std::sort(found.begin(), found.end());
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

ImportReport importDocuments(KnowledgeStore& store, const std::vector<std::filesystem::path>& inputs,
                             const TokenCounter& counter, const ChunkOptions& chunking, const ImportOptions& options,
                             const std::function<bool(const ImportProgress&)>& progress, const std::atomic<bool>& stop)
{
    const std::vector<std::filesystem::path> files = expandImportInputs(inputs);
    ImportReport report;
    ImportProgress state;
    state.fileCount = files.size();
    for (const auto& f : files) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(f, ec);
        state.bytesTotal += ec ? 0 : size;
    }
    store.setMeta("token_counter", counter.description());
    store.setMeta("chunk_max_tokens", std::to_string(chunking.maxTokens));
    auto keepGoing = [&] { return !stop.load() && (!progress || progress(state)); };

    for (size_t i = 0; i < files.size(); ++i) {
        const std::string source = files[i].string();
        state.fileIndex = i;
        state.source = source;
        state.passagesDone = state.passagesTotal = 0;
        ImportedFile result;
        result.source = source;
        if (!keepGoing()) {
            report.cancelled = true;
            break;
        }
        try {
            const std::string bytes = readWholeFile(files[i]);
            report.bytes += bytes.size();
            const std::string hash = Sha256::of(bytes);
            const std::optional<StoredDocument> old = store.document(source);
            if (old && old->contentHash == hash) {
                result.status = ImportedFile::Status::Unchanged;
                result.passages = static_cast<size_t>(old->passages);
            } else {
                const ExtractedDocument doc = readDocumentBytes(bytes, files[i], options);
                const std::vector<Chunk> chunks = chunkDocument(doc, counter, chunking);
                if (chunks.empty())
                    throw KnowledgeError(source + ": no text to import (only headings or empty rows)");
                state.passagesTotal = chunks.size();
                StoredDocument stored;
                stored.source = source;
                stored.contentHash = hash;
                stored.bytes = static_cast<int64_t>(bytes.size());
                stored.format = doc.format;
                stored.title = doc.title;
                const bool done = store.replaceDocument(stored, chunks, [&](size_t n) {
                    state.passagesDone = n;
                    // Progress is reported every 64 passages: a callback per row would cost more than the insert.
                    return (n % 64 != 0 && n != chunks.size()) || keepGoing();
                });
                if (!done) {
                    result.status = ImportedFile::Status::Cancelled;
                    report.files.push_back(result);
                    report.cancelled = true;
                    break;
                }
                result.status = old ? ImportedFile::Status::Replaced : ImportedFile::Status::Added;
                result.passages = chunks.size();
            }
        } catch (const std::exception& e) {
            result.status = ImportedFile::Status::Failed;
            result.error = e.what();
        }
        std::error_code ec;
        const auto size = std::filesystem::file_size(files[i], ec);
        state.bytesDone += ec ? 0 : size;
        report.files.push_back(std::move(result));
    }
    if (!report.cancelled && progress) {
        state.fileIndex = files.size();
        progress(state);
    }
    return report;
}

} // namespace falconry
