#include "core/datagen/document_passages.h"

#include "core/knowledge/chunker.h"
#include "core/knowledge/document.h"
#include "core/knowledge/token_counter.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"

#include <algorithm>

namespace falconry {
namespace {

bool validUtf8(const std::string& s)
{
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        if (c == 0)
            return false; // NUL: a binary file
        i += n;
    }
    return true;
}

std::string trim(const std::string& s)
{
    const size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos)
        return {};
    return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

/** Where to cut `text` at or before `limit`: after a sentence end, else at a space, else at a character start. */
size_t cutPoint(const std::string& text, size_t limit)
{
    for (size_t i = limit; i > limit / 2; --i)
        if ((text[i - 1] == '.' || text[i - 1] == '?' || text[i - 1] == '!') && text[i] == ' ')
            return i;
    for (size_t i = limit; i > limit / 2; --i)
        if (text[i] == ' ')
            return i;
    size_t i = limit;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
        --i;
    return i;
}

} // namespace

std::vector<DocumentPassage> cutPassages(const std::string& text, const std::string& document, size_t maxChars)
{
    maxChars = std::max<size_t>(maxChars, 100);
    // Paragraphs: split at blank lines, with whitespace runs inside kept as they are.
    std::vector<std::string> paragraphs;
    std::string current;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (trim(line).empty()) {
            if (!trim(current).empty())
                paragraphs.push_back(trim(current));
            current.clear();
        } else {
            current += (current.empty() ? "" : "\n") + line;
        }
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    if (!trim(current).empty())
        paragraphs.push_back(trim(current));

    std::vector<DocumentPassage> out;
    std::string passage;
    auto emit = [&] {
        if (trim(passage).size() >= 40)
            out.push_back({trim(passage), document, out.size()});
        passage.clear();
    };
    for (std::string p : paragraphs) {
        while (p.size() > maxChars) {
            emit();
            const size_t cut = cutPoint(p, maxChars);
            passage = p.substr(0, cut);
            emit();
            p = trim(p.substr(cut));
        }
        if (!passage.empty() && passage.size() + 2 + p.size() > maxChars)
            emit();
        passage += (passage.empty() ? "" : "\n\n") + p;
    }
    emit();
    return out;
}

std::vector<DocumentPassage> readDocumentPassages(const std::vector<std::string>& files, size_t maxChars)
{
    std::vector<DocumentPassage> out;
    for (const std::string& file : files) {
        if (!std::filesystem::is_regular_file(file))
            throw IoError(file + ": no such file (expected a text, Markdown, HTML or PDF document)");
        if (isSupportedDocument(file)) {
            // The knowledge base's readers and chunker: passages follow the document's structure
            // (never across two sections or PDF pages) and say where they are.
            const ExtractedDocument document = readDocument(file);
            ChunkOptions chunking;
            chunking.maxTokens = std::max<size_t>(40, maxChars / 6); // words and marks, ~6 bytes each
            chunking.overlapTokens = 0;                               // questions need no overlap
            const auto counter = TokenCounter::wordCounter();
            size_t index = 0;
            for (const Chunk& chunk : chunkDocument(document, *counter, chunking)) {
                if (chunk.text.size() < 40)
                    continue;
                std::string where = file;
                if (!chunk.headingPath.empty())
                    where += " › " + joinHeadingPath(chunk.headingPath);
                if (chunk.page > 0)
                    where += ", page " + std::to_string(chunk.page);
                out.push_back({chunk.text, where, index++});
            }
            continue;
        }
        const std::string text = readWholeFile(file);
        if (!validUtf8(text))
            throw DatasetError(file + ": not UTF-8 text; plain text and Markdown files can be read here (PDF and HTML "
                                      "through a knowledge base)");
        for (DocumentPassage& p : cutPassages(text, file, maxChars))
            out.push_back(std::move(p));
    }
    return out;
}

} // namespace falconry
