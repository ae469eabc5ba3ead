// PDF text through poppler's C++ library (Debian's libpoppler-cpp): one page at a time,
// so every block knows its page. PDFs have no paragraph markup; blank lines of the
// physical layout end paragraphs, and short numbered lines ("3.2 Cleaning the tray")
// are taken as headings, which is how manuals made from Markdown or LaTeX look.
#include "core/knowledge/document.h"

#include "core/knowledge/block_builder.h"
#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/text_cleanup.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <cctype>
#include <climits>
#include <memory>
#include <mutex>
#include <regex>

namespace falconry {

using namespace knowledge_detail;

namespace {

/** Poppler reports problems through one global function; they become the error's details. */
std::mutex g_popplerMutex;
std::string* g_popplerMessages = nullptr;

void collectPopplerMessage(const std::string& message, void*)
{
    if (g_popplerMessages && g_popplerMessages->size() < 400)
        *g_popplerMessages += (g_popplerMessages->empty() ? "" : "; ") + message;
}

/** "2.1 Seed types" -> level 2; 0 when the line does not look like a numbered heading. */
int numberedHeadingLevel(const std::string& line, std::string& title)
{
    static const std::regex kNumbered(R"(^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.{0,78})$)");
    std::smatch m;
    if (!std::regex_match(line, m, kNumbered))
        return 0;
    const std::string rest = m[2].str();
    const char last = rest.back();
    if (last == '.' || last == ',' || last == ';' || last == ':')
        return 0;
    if (!std::isupper(static_cast<unsigned char>(rest.front())))
        return 0;
    title = line;
    int level = 1;
    for (const char c : m[1].str())
        level += c == '.';
    return level;
}

/** "-2-", "2", "Page 2", "2 / 7": a running page number, not text. */
bool isPageNumberLine(const std::string& line)
{
    static const std::regex kPageNumber(R"(^(?:-\s*\d+\s*-|\d+|[Pp]age \d+(?: of \d+)?|\d+ ?/ ?\d+)$)");
    return std::regex_match(line, kPageNumber);
}

} // namespace

ExtractedDocument readPdf(const std::string& bytes, const std::string& name)
{
    if (bytes.empty())
        throw KnowledgeError(name + ": the file is empty; expected a PDF document");
    if (bytes.compare(0, 5, "%PDF-") != 0)
        throw KnowledgeError(name + ": not a PDF (it does not start with %PDF-)");
    if (bytes.size() > static_cast<size_t>(INT_MAX))
        throw KnowledgeError(name + ": the PDF is larger than 2 GiB");
    std::lock_guard lock(g_popplerMutex);
    std::string messages;
    g_popplerMessages = &messages;
    poppler::set_debug_error_function(&collectPopplerMessage, nullptr);
    struct Reset {
        ~Reset() { g_popplerMessages = nullptr; }
    } reset;

    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc)
        throw KnowledgeError(name + ": the PDF cannot be read (damaged or cut short" +
                             (messages.empty() ? std::string() : ": " + messages) + ")");
    if (doc->is_locked())
        throw KnowledgeError(name + ": the PDF is encrypted with a password; save an unprotected copy and import that");
    ExtractedDocument out;
    out.format = "pdf";
    BlockBuilder builder;
    const int pages = doc->pages();
    for (int p = 0; p < pages; ++p) {
        std::unique_ptr<poppler::page> page(doc->create_page(p));
        if (!page)
            continue;
        const poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        const std::string text(utf8.begin(), utf8.end());
        size_t start = 0;
        for (size_t i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text[i] != '\n')
                continue;
            std::string line = collapseSpaces(std::string_view(text).substr(start, i - start));
            start = i + 1;
            if (isPageNumberLine(line))
                continue;
            std::string title;
            if (const int level = numberedHeadingLevel(line, title)) {
                builder.heading(level, title);
                if (out.title.empty())
                    out.title = title;
                continue;
            }
            builder.addLine(line, 0, p + 1);
        }
        builder.endBlock(); // a paragraph does not run across pages (each passage has one page)
    }
    out.blocks = builder.take();
    if (out.blocks.empty())
        throw KnowledgeError(name + ": the PDF has no text layer (" + std::to_string(pages) +
                             " page(s) of images, e.g. a scan); run it through OCR first");
    return out;
}

} // namespace falconry
