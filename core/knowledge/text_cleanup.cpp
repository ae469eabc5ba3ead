#include "core/knowledge/text_cleanup.h"

#include "core/data/text_source.h"
#include "core/knowledge/knowledge_error.h"

namespace falconry::knowledge_detail {

std::string decodeTextOrThrow(const std::string& bytes, const std::string& name)
{
    if (bytes.empty())
        throw KnowledgeError(name + ": the file is empty; expected a document with text");
    // Text never holds NUL bytes, except as half of each UTF-16 code unit (TextSource sniffs that).
    auto source = TextSource::fromBytes(bytes);
    std::string text;
    std::string chunk;
    while (source->next(chunk))
        text += chunk;
    const bool utf16 = source->encoding() == TextEncoding::Utf16Le || source->encoding() == TextEncoding::Utf16Be;
    size_t controls = 0;
    size_t nuls = 0;
    for (const unsigned char c : text) {
        if (c == 0)
            ++nuls;
        else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    // A few stray bytes are tolerated (shown as U+FFFD); a file made mostly of them is not text.
    const double size = static_cast<double>(std::max<size_t>(bytes.size(), 1));
    const bool binary = nuls > 0 || static_cast<double>(source->invalidCount()) > 0.02 * size ||
                        static_cast<double>(controls) > 0.02 * size;
    if (binary)
        throw KnowledgeError(name + ": not a text document (" +
                             (nuls > 0 ? std::string("it holds NUL bytes")
                                       : std::to_string(source->invalidCount() + controls) +
                                             " bytes are neither UTF-8 text nor line breaks") +
                             (utf16 ? ", read as UTF-16" : "") +
                             "); expected plain text, Markdown, HTML, PDF, CSV or JSONL");
    if (isBlank(text))
        throw KnowledgeError(name + ": the file holds only whitespace; expected a document with text");
    return text;
}

std::string collapseSpaces(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

bool isBlank(std::string_view text)
{
    for (const char c : text)
        if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'))
            return false;
    return true;
}

} // namespace falconry::knowledge_detail
