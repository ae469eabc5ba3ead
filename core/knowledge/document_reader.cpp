// Dispatch by file type, plain text and Markdown. HTML, PDF and tables have their own files.
#include "core/knowledge/document.h"

#include "core/knowledge/block_builder.h"
#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/text_cleanup.h"
#include "core/util/atomic_file.h"
#include "core/util/lower_case.h"

#include <regex>

namespace falconry {

using namespace knowledge_detail;

namespace {

/** Calls fn(line, lineNumber) for each line (LF, CRLF or CR endings). */
template <typename Fn>
void forEachLine(std::string_view text, Fn&& fn)
{
    int number = 1;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
            fn(text.substr(start, i - start), number++);
            if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n')
                ++i;
            start = i + 1;
        }
    }
}

/** Markdown inline markup a reader does not see: links become their text, emphasis markers go. */
std::string stripInlineMarkdown(const std::string& line)
{
    static const std::regex kImage(R"(!\[([^\]]*)\]\([^)]*\))");
    static const std::regex kLink(R"(\[([^\]]+)\]\([^)]*\))");
    std::string out = std::regex_replace(line, kImage, "$1");
    out = std::regex_replace(out, kLink, "$1");
    // Bold markers go; a single * stays (it is as often a footnote or a product name as emphasis).
    size_t pos = 0;
    while ((pos = out.find("**", pos)) != std::string::npos)
        out.erase(pos, 2);
    return out;
}

bool isFence(std::string_view line)
{
    size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ')
        ++i;
    return line.substr(i, 3) == "```" || line.substr(i, 3) == "~~~";
}

/** "## Title ##" -> level 2, "Title"; 0 when the line is no ATX heading. */
int atxHeading(std::string_view line, std::string& title)
{
    size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ')
        ++i;
    int level = 0;
    while (i < line.size() && line[i] == '#' && level < 7) {
        ++level;
        ++i;
    }
    if (level == 0 || level > 6 || (i < line.size() && line[i] != ' ' && line[i] != '\t'))
        return 0;
    std::string rest(line.substr(i));
    while (!rest.empty() && (rest.back() == '#' || rest.back() == ' ' || rest.back() == '\t'))
        rest.pop_back();
    title = collapseSpaces(rest);
    return level;
}

/** A setext underline: "===" (level 1) or "---" (level 2); 0 otherwise. */
int setextLevel(std::string_view line)
{
    const std::string s = collapseSpaces(line);
    if (s.size() < 2)
        return 0;
    const char c = s[0];
    if (c != '=' && c != '-')
        return 0;
    for (const char k : s)
        if (k != c)
            return 0;
    return c == '=' ? 1 : 2;
}

} // namespace

std::string joinHeadingPath(const std::vector<std::string>& path)
{
    std::string out;
    for (const std::string& h : path) {
        if (!out.empty())
            out += " \u203a ";
        out += h;
    }
    return out;
}

bool isSupportedDocument(const std::filesystem::path& path)
{
    static const char* const kExtensions[] = {".txt", ".text", ".md", ".markdown", ".html", ".htm",
                                              ".pdf", ".csv", ".tsv", ".jsonl", ".ndjson"};
    const std::string ext = lowerExtension(path);
    for (const char* e : kExtensions)
        if (ext == e)
            return true;
    return false;
}

ExtractedDocument readPlainText(const std::string& bytes, const std::string& name)
{
    const std::string text = decodeTextOrThrow(bytes, name);
    BlockBuilder builder;
    forEachLine(text, [&](std::string_view line, int number) { builder.addLine(line, number); });
    return {"text", builder.take(), {}};
}

ExtractedDocument readMarkdown(const std::string& bytes, const std::string& name)
{
    const std::string text = decodeTextOrThrow(bytes, name);
    BlockBuilder builder;
    std::string title;
    bool inFence = false;
    std::string pending;   // a paragraph line that may turn out to be a setext heading
    int pendingNumber = 0;
    auto flushPending = [&] {
        if (!pendingNumber)
            return;
        builder.addLine(stripInlineMarkdown(pending), pendingNumber);
        pendingNumber = 0;
    };
    forEachLine(text, [&](std::string_view line, int number) {
        if (isFence(line)) {
            flushPending();
            builder.endBlock();
            inFence = !inFence;
            builder.setPreformatted(inFence);
            return;
        }
        if (inFence) {
            builder.addLine(line, number);
            return;
        }
        std::string heading;
        if (const int level = atxHeading(line, heading)) {
            flushPending();
            heading = stripInlineMarkdown(heading);
            builder.heading(level, heading);
            if (title.empty())
                title = heading;
            return;
        }
        if (const int level = setextLevel(line); level && pendingNumber) {
            // "---" under a paragraph line makes that line a heading (a lone "---" is a rule).
            builder.endBlock();
            heading = stripInlineMarkdown(collapseSpaces(pending));
            builder.heading(level, heading);
            if (title.empty())
                title = heading;
            pendingNumber = 0;
            return;
        }
        flushPending();
        if (setextLevel(line) == 2 || collapseSpaces(line) == "***") {
            builder.endBlock(); // a thematic break
            return;
        }
        if (isBlank(line)) {
            builder.addLine(line, number);
            return;
        }
        pending = std::string(line);
        pendingNumber = number;
    });
    flushPending();
    return {"markdown", builder.take(), title};
}

ExtractedDocument readDocument(const std::filesystem::path& path, const ImportOptions& options)
{
    const std::string name = path.string();
    if (!std::filesystem::exists(path))
        throw KnowledgeError(name + ": no such file");
    if (std::filesystem::is_directory(path))
        throw KnowledgeError(name + ": is a folder; expected a document file");
    std::string bytes;
    try {
        bytes = readWholeFile(path);
    } catch (const std::exception& e) {
        throw KnowledgeError(name + ": cannot be read (" + e.what() + ")");
    }
    return readDocumentBytes(bytes, path, options);
}

ExtractedDocument readDocumentBytes(const std::string& bytes, const std::filesystem::path& path,
                                    const ImportOptions& options)
{
    const std::string name = path.string();
    const std::string ext = lowerExtension(path);
    if (ext == ".md" || ext == ".markdown")
        return readMarkdown(bytes, name);
    if (ext == ".html" || ext == ".htm")
        return readHtml(bytes, name);
    if (ext == ".pdf")
        return readPdf(bytes, name);
    if (ext == ".csv")
        return readCsvRows(bytes, name, ',', options);
    if (ext == ".tsv")
        return readCsvRows(bytes, name, '\t', options);
    if (ext == ".jsonl" || ext == ".ndjson")
        return readJsonlRows(bytes, name, options);
    if (ext == ".txt" || ext == ".text")
        return readPlainText(bytes, name);
    throw KnowledgeError(name + ": unsupported file type '" + ext +
                         "'; expected .txt, .md, .html, .pdf, .csv, .tsv or .jsonl");
}

} // namespace falconry
