// HTML to blocks: a small tag scanner, not a full HTML5 parser. Headings (h1-h6) become the
// heading path, block-level tags end paragraphs, script/style/head content is skipped, and
// character references are decoded. Good enough for saved pages and exported manuals.
#include "core/knowledge/document.h"

#include "core/data/text_source.h"
#include "core/knowledge/block_builder.h"
#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/text_cleanup.h"
#include "core/util/lower_case.h"

#include <cctype>
#include <cstdlib>
#include <set>
#include <string_view>

namespace falconry {

using namespace knowledge_detail;

namespace {

void appendEntity(std::string_view entity, std::string& out)
{
    if (entity.size() > 1 && entity[0] == '#') {
        const bool hex = entity[1] == 'x' || entity[1] == 'X';
        const std::string digits(entity.substr(hex ? 2 : 1));
        char* end = nullptr;
        const unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
        if (!digits.empty() && end && *end == '\0' && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            if (cp == 0xA0)
                out += ' '; // a no-break space is a space to the reader and to search
            else
                appendUtf8(out, static_cast<uint32_t>(cp));
            return;
        }
    }
    static const std::pair<const char*, const char*> kNamed[] = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
        {"ndash", "\u2013"}, {"mdash", "\u2014"}, {"hellip", "\u2026"}, {"copy", "\u00a9"},
        {"reg", "\u00ae"}, {"deg", "\u00b0"}, {"euro", "\u20ac"}, {"rsquo", "\u2019"}, {"lsquo", "\u2018"},
        {"rdquo", "\u201d"}, {"ldquo", "\u201c"}, {"times", "\u00d7"}};
    for (const auto& [name, text] : kNamed)
        if (entity == name) {
            out += text;
            return;
        }
    out += '&';
    out += entity;
    out += ';';
}

std::string decodeEntities(std::string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '&') {
            const size_t semi = text.find(';', i + 1);
            if (semi != std::string_view::npos && semi - i <= 10) {
                appendEntity(text.substr(i + 1, semi - i - 1), out);
                i = semi;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

bool isBlockTag(const std::string& tag)
{
    static const std::set<std::string> kBlock = {"p", "div", "li", "ul", "ol", "tr", "table", "br", "section",
                                                 "article", "blockquote", "dd", "dt", "dl", "header", "footer",
                                                 "main", "nav", "aside", "figure", "figcaption", "hr", "pre",
                                                 "body", "form", "caption", "address", "details", "summary"};
    return kBlock.count(tag) > 0;
}

} // namespace

ExtractedDocument readHtml(const std::string& bytes, const std::string& name)
{
    const std::string html = decodeTextOrThrow(bytes, name);
    BlockBuilder builder;
    ExtractedDocument doc;
    doc.format = "html";
    int line = 1;
    int blockLine = 1;
    std::string text;        // text of the paragraph (or heading) being read
    int headingLevel = 0;    // inside <hN>
    std::string skipUntil;   // inside <script>, <style>, <head>'s <title>...
    bool inTitle = false;
    bool inPre = false;
    auto flushText = [&] {
        const std::string decoded = decodeEntities(text);
        if (headingLevel > 0) {
            builder.heading(headingLevel, decoded);
        } else if (inPre) {
            size_t start = 0;
            int n = blockLine;
            for (size_t i = 0; i <= decoded.size(); ++i)
                if (i == decoded.size() || decoded[i] == '\n') {
                    builder.addLine(std::string_view(decoded).substr(start, i - start), n++);
                    start = i + 1;
                }
        } else {
            std::string flat = decoded;
            for (char& c : flat)
                if (c == '\n' || c == '\r')
                    c = ' ';
            builder.addLine(flat, blockLine);
        }
        text.clear();
    };
    for (size_t i = 0; i < html.size(); ++i) {
        const char c = html[i];
        if (c != '<') {
            if (c == '\n')
                ++line;
            if (!skipUntil.empty() && !inTitle)
                continue;
            if (text.empty() || isBlank(text))
                blockLine = line;
            if (inTitle)
                doc.title += c;
            else
                text += c;
            continue;
        }
        // A comment, a doctype or a tag.
        if (html.compare(i, 4, "<!--") == 0) {
            const size_t end = html.find("-->", i + 4);
            const size_t stop = end == std::string::npos ? html.size() : end + 3;
            for (size_t k = i; k < stop; ++k)
                line += html[k] == '\n';
            i = stop - 1;
            continue;
        }
        const size_t close = html.find('>', i + 1);
        if (close == std::string::npos)
            break; // a cut-off tag at the end: drop it
        std::string_view tagText(html.data() + i + 1, close - i - 1);
        for (const char k : tagText)
            line += k == '\n';
        i = close;
        const bool closing = !tagText.empty() && tagText[0] == '/';
        if (closing)
            tagText.remove_prefix(1);
        size_t nameEnd = 0;
        while (nameEnd < tagText.size() && (std::isalnum(static_cast<unsigned char>(tagText[nameEnd]))))
            ++nameEnd;
        const std::string tag = lowerCase(tagText.substr(0, nameEnd));
        if (tag.empty())
            continue; // <!DOCTYPE ...> and the like
        if (!skipUntil.empty()) {
            if (closing && tag == skipUntil) {
                skipUntil.clear();
                if (tag == "title") {
                    inTitle = false;
                    doc.title = collapseSpaces(decodeEntities(doc.title));
                }
            }
            continue;
        }
        if (!closing && (tag == "script" || tag == "style" || tag == "template" || tag == "noscript" ||
                         tag == "svg" || tag == "title")) {
            if (tagText.empty() || tagText.back() != '/') {
                skipUntil = tag;
                inTitle = tag == "title" && doc.title.empty();
            }
            continue;
        }
        const bool isHeading = tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
        if (isHeading || isBlockTag(tag) || tag == "td" || tag == "th") {
            if (tag == "td" || tag == "th") {
                if (!closing && !isBlank(text))
                    text += " | "; // cells of a row stay one line: "Price | 29 €"
                continue;
            }
            flushText();
            headingLevel = 0;
            if (isHeading && !closing)
                headingLevel = tag[1] - '0';
            if (tag == "pre")
                inPre = !closing;
            builder.setPreformatted(inPre);
            if (!isHeading || closing)
                builder.endBlock();
            blockLine = line;
        }
    }
    flushText();
    doc.blocks = builder.take();
    if (doc.title.empty()) {
        for (const DocumentBlock& b : doc.blocks)
            if (!b.headingPath.empty()) {
                doc.title = b.headingPath.front();
                break;
            }
    }
    if (doc.blocks.empty())
        throw KnowledgeError(name + ": the HTML page has no visible text");
    return doc;
}

} // namespace falconry
