// Every document reader on real files, and hostile input (empty, binary, broken or encrypted PDF).
#include "core/knowledge/document.h"
#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/knowledge_import.h"
#include "knowledge_fixtures.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace falconry {
namespace {

const DocumentBlock* blockContaining(const ExtractedDocument& doc, const std::string& text)
{
    for (const DocumentBlock& b : doc.blocks)
        if (b.text.find(text) != std::string::npos)
            return &b;
    return nullptr;
}

std::string errorOf(const std::filesystem::path& path)
{
    try {
        readDocument(path);
    } catch (const KnowledgeError& e) {
        return e.what();
    }
    return "";
}

TEST(KnowledgeReaders, MarkdownManualKeepsHeadingsAndLines)
{
    const ExtractedDocument doc = readDocument(test::demoKnowledgeDir() / "aerie_manual.md");
    EXPECT_EQ(doc.format, "markdown");
    EXPECT_EQ(doc.title, "Aerie Smart Bird Feeder: User Manual");
    const DocumentBlock* charge = blockContaining(doc, "takes about four hours");
    ASSERT_NE(charge, nullptr);
    ASSERT_EQ(charge->headingPath.size(), 2u);
    EXPECT_EQ(charge->headingPath[1], "4. Charging the battery");
    EXPECT_EQ(charge->page, 0);
    EXPECT_GT(charge->line, 10);
    // 35 sections, one paragraph each, plus the introduction.
    EXPECT_EQ(doc.blocks.size(), 36u);
}

TEST(KnowledgeReaders, MarkdownSetextFencesAndLinks)
{
    const std::string md = "Intro\n=====\n\nSee [the shop](https://x.example) for **spare** parts.\n\n"
                           "Usage\n-----\n\n```\nline one\n  line two\n```\n\n### Deep\nText under deep.\n";
    const ExtractedDocument doc = readMarkdown(md, "t.md");
    ASSERT_EQ(doc.blocks.size(), 3u);
    EXPECT_EQ(doc.blocks[0].text, "See the shop for spare parts.");
    EXPECT_EQ(doc.blocks[0].headingPath, std::vector<std::string>{"Intro"});
    EXPECT_EQ(doc.blocks[0].line, 4);
    EXPECT_EQ(doc.blocks[1].text, "line one\n  line two");
    EXPECT_EQ(doc.blocks[1].headingPath, (std::vector<std::string>{"Intro", "Usage"}));
    EXPECT_EQ(doc.blocks[2].headingPath, (std::vector<std::string>{"Intro", "Usage", "Deep"}));
}

TEST(KnowledgeReaders, HtmlHeadingsEntitiesAndNoScript)
{
    const std::string html =
        "<!DOCTYPE html><html><head><title>Aerie &amp; you</title><style>p{color:red}</style>"
        "<script>var secret = 'hidden';</script></head><body>\n<h1>Setup</h1>\n<p>Hold the button for\n"
        "five&nbsp;seconds &mdash; until it blinks.</p><!-- a comment -->\n<h2>Wi-Fi</h2><ul><li>2.4 GHz only</li>"
        "<li>30&#160;m range</li></ul><table><tr><td>Price</td><td>29 &euro;</td></tr></table></body></html>";
    const ExtractedDocument doc = readHtml(html, "t.html");
    EXPECT_EQ(doc.title, "Aerie & you");
    ASSERT_GE(doc.blocks.size(), 4u);
    EXPECT_EQ(doc.blocks[0].text, "Hold the button for five seconds \u2014 until it blinks.");
    EXPECT_EQ(doc.blocks[0].headingPath, std::vector<std::string>{"Setup"});
    EXPECT_EQ(doc.blocks[0].line, 3);
    EXPECT_EQ(doc.blocks[1].text, "2.4 GHz only");
    EXPECT_EQ(doc.blocks[1].headingPath, (std::vector<std::string>{"Setup", "Wi-Fi"}));
    EXPECT_NE(blockContaining(doc, "30 m range"), nullptr);
    EXPECT_NE(blockContaining(doc, "Price | 29 \u20ac"), nullptr);
    EXPECT_EQ(blockContaining(doc, "secret"), nullptr);
    EXPECT_EQ(blockContaining(doc, "color"), nullptr);
}

TEST(KnowledgeReaders, PdfMadeByGroffKeepsPagesAndNumberedHeadings)
{
    const ExtractedDocument doc = readDocument(test::demoKnowledgeDir() / "aerie_manual.pdf");
    EXPECT_EQ(doc.format, "pdf");
    const DocumentBlock* charge = blockContaining(doc, "takes about four hours");
    ASSERT_NE(charge, nullptr);
    EXPECT_EQ(charge->headingPath.back(), "4. Charging the battery");
    EXPECT_EQ(charge->page, 1);
    const DocumentBlock* support = blockContaining(doc, "help@aerie.example");
    ASSERT_NE(support, nullptr);
    EXPECT_EQ(support->headingPath.back(), "35. Contacting support");
    EXPECT_GE(support->page, 3);
    // The running page numbers ("-2-") are not text.
    for (const DocumentBlock& b : doc.blocks)
        EXPECT_EQ(b.text.find("-2-"), std::string::npos) << b.text;
    int sections = 0;
    std::vector<std::string> seen;
    for (const DocumentBlock& b : doc.blocks)
        if (!b.headingPath.empty() && std::find(seen.begin(), seen.end(), b.headingPath.back()) == seen.end()) {
            seen.push_back(b.headingPath.back());
            ++sections;
        }
    EXPECT_EQ(sections, 35);
}

TEST(KnowledgeReaders, CsvAndJsonlRowsOnePassageEach)
{
    const std::string csv = "id,question,answer\n1,Battery?,\"About three weeks,\nwith normal traffic\"\n2,Wi-Fi?,2.4 GHz\n";
    const ExtractedDocument all = readCsvRows(csv, "faq.csv", ',', {});
    ASSERT_EQ(all.blocks.size(), 2u);
    EXPECT_TRUE(all.blocks[0].isRow);
    EXPECT_EQ(all.blocks[0].text, "id: 1\nquestion: Battery?\nanswer: About three weeks,\nwith normal traffic");
    EXPECT_EQ(all.blocks[1].line, 4);
    ImportOptions column;
    column.textColumn = "answer";
    const ExtractedDocument answers = readCsvRows(csv, "faq.csv", ',', column);
    EXPECT_EQ(answers.blocks[1].text, "2.4 GHz");
    column.textColumn = "nope";
    try {
        readCsvRows(csv, "faq.csv", ',', column);
        FAIL() << "expected an error for a missing column";
    } catch (const KnowledgeError& e) {
        EXPECT_NE(std::string(e.what()).find("no column 'nope'; the columns are 'id', 'question', 'answer'"),
                  std::string::npos)
            << e.what();
    }
    const std::string jsonl = "{\"text\": \"Clips stay 7 days.\", \"n\": 1}\n\n{\"text\": \"Plus keeps 365 days.\"}\n";
    column.textColumn = "text";
    const ExtractedDocument rows = readJsonlRows(jsonl, "f.jsonl", column);
    ASSERT_EQ(rows.blocks.size(), 2u);
    EXPECT_EQ(rows.blocks[1].text, "Plus keeps 365 days.");
    EXPECT_EQ(rows.blocks[1].line, 3);
    try {
        readJsonlRows("{\"text\": 1}\n[1, 2]\n", "g.jsonl", {});
        FAIL() << "expected an error for a non-object line";
    } catch (const KnowledgeError& e) {
        EXPECT_NE(std::string(e.what()).find("g.jsonl:2: expected a JSON object"), std::string::npos) << e.what();
    }
}

TEST(KnowledgeReaders, PlainTextParagraphsAndUtf16)
{
    const ExtractedDocument doc = readPlainText("First para\nstill first.\n\n\nSecond\tpara.\n", "a.txt");
    ASSERT_EQ(doc.blocks.size(), 2u);
    EXPECT_EQ(doc.blocks[0].text, "First para still first.");
    EXPECT_EQ(doc.blocks[1].text, "Second para.");
    EXPECT_EQ(doc.blocks[1].line, 5);
    const std::string utf16 = std::string("\xff\xfe", 2) + std::string("H\0i\0", 4);
    EXPECT_EQ(readPlainText(utf16, "u.txt").blocks.at(0).text, "Hi");
}

TEST(KnowledgeReaders, HostileInputGivesClearErrors)
{
    const auto dir = test::makeTempDir("kb-hostile");
    EXPECT_NE(errorOf(test::writeFile(dir, "empty.md", "")).find("empty.md: the file is empty"), std::string::npos);
    EXPECT_NE(errorOf(test::writeFile(dir, "blank.txt", " \n\n\t\n")).find("only whitespace"), std::string::npos);
    std::string png = "\x89PNG\r\n\x1a\n";
    png += std::string("\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 25);
    for (int i = 0; i < 200; ++i)
        png += static_cast<char>((i * 37) & 0xff);
    EXPECT_NE(errorOf(test::writeFile(dir, "picture.txt", png)).find("picture.txt: not a text document"),
              std::string::npos);
    EXPECT_NE(errorOf(test::writeFile(dir, "picture.md", png)).find("not a text document"), std::string::npos);
    EXPECT_NE(errorOf(test::writeFile(dir, "notpdf.pdf", "hello, I am text")).find("not a PDF"), std::string::npos);
    EXPECT_NE(errorOf(test::writeFile(dir, "broken.pdf", "%PDF-1.4\n" + png)).find("broken.pdf: the PDF cannot be read"),
              std::string::npos);
    EXPECT_NE(errorOf(test::writeFile(dir, "empty.pdf", "")).find("empty.pdf: the file is empty"), std::string::npos);
    EXPECT_NE(errorOf(test::knowledgeFixtureDir() / "encrypted.pdf").find("encrypted with a password"),
              std::string::npos);
    EXPECT_NE(errorOf(test::writeFile(dir, "page.html", "<html><script>x()</script></html>")).find("no visible text"),
              std::string::npos);
    EXPECT_NE(errorOf(test::writeFile(dir, "x.docx", "PK\3\4")).find("unsupported file type '.docx'"),
              std::string::npos);
    EXPECT_NE(errorOf(dir / "missing.md").find("missing.md: no such file"), std::string::npos);
    // A PDF cut in half: poppler may rebuild what is left or refuse; never a crash, and a refusal says so.
    const std::string pdf = [] {
        std::ifstream in(test::demoKnowledgeDir() / "aerie_manual.pdf", std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }();
    const std::string cut = errorOf(test::writeFile(dir, "cut.pdf", pdf.substr(0, pdf.size() / 2)));
    if (!cut.empty()) {
        EXPECT_NE(cut.find("cut.pdf: the PDF"), std::string::npos) << cut;
    }
}

TEST(KnowledgeReaders, FolderExpansionFindsDocumentsSortedAndSkipsHidden)
{
    const auto dir = test::makeTempDir("kb-folder");
    test::writeFile(dir, "b.md", "# B\ntext");
    test::writeFile(dir, "sub/a.txt", "text");
    test::writeFile(dir, ".hidden/c.md", "text");
    test::writeFile(dir, "image.png", "x");
    const auto files = expandImportInputs({dir});
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0], dir / "b.md");
    EXPECT_EQ(files[1], dir / "sub/a.txt");
    EXPECT_THROW(expandImportInputs({dir / "nothing-here"}), KnowledgeError);
    const auto empty = test::makeTempDir("kb-empty-folder");
    EXPECT_THROW(expandImportInputs({empty}), KnowledgeError);
}

} // namespace
} // namespace falconry
