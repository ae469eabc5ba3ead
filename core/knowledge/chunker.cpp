#include "core/knowledge/chunker.h"

#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/token_counter.h"

#include <algorithm>

namespace falconry {
namespace {

constexpr const char* kJoin = "\n\n";

/** Sentence ends: ". ", "! ", "? " or a line break; returns the pieces with their trailing space trimmed. */
std::vector<std::string> splitSentences(const std::string& text)
{
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool end = c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && text[i + 1] == ' ');
        if (!end)
            continue;
        std::string piece = text.substr(start, i + 1 - start);
        while (!piece.empty() && (piece.back() == ' ' || piece.back() == '\n'))
            piece.pop_back();
        if (!piece.empty())
            out.push_back(std::move(piece));
        start = i + 1;
        while (start < text.size() && text[start] == ' ')
            ++start;
        i = start - 1;
    }
    if (start < text.size())
        out.push_back(text.substr(start));
    return out;
}

/** Cuts `text` at token boundaries into pieces of at most `maxTokens` (by the counter's own count). */
void cutByTokens(const std::string& text, const TokenCounter& counter, size_t maxTokens, std::vector<std::string>& out)
{
    const std::vector<size_t> ends = counter.tokenEnds(text);
    size_t begin = 0;
    size_t token = 0;
    while (token < ends.size()) {
        size_t take = std::min(maxTokens, ends.size() - token);
        // Recount the cut text: a token boundary can merge differently when cut (BPE).
        while (take > 0) {
            const std::string piece = text.substr(begin, ends[token + take - 1] - begin);
            if (counter.count(piece) <= maxTokens) {
                out.push_back(piece);
                break;
            }
            --take;
        }
        if (take == 0)
            take = 1; // a single token the counter sees as more than maxTokens cannot happen; never loop forever
        begin = ends[token + take - 1];
        token += take;
    }
}

/** A piece of a block and how it joins the piece before it in the same passage. */
struct Piece {
    std::string text;
    const char* join; // "\n\n" between paragraphs, " " between sentences, "" inside a cut word
};

/** The pieces of one block, each at most maxTokens. */
std::vector<Piece> piecesOf(const std::string& text, const TokenCounter& counter, size_t maxTokens)
{
    if (counter.count(text) <= maxTokens)
        return {{text, kJoin}};
    std::vector<Piece> pieces;
    std::string current;
    auto push = [&](std::string piece, const char* join) {
        pieces.push_back({std::move(piece), pieces.empty() ? kJoin : join});
    };
    for (const std::string& sentence : splitSentences(text)) {
        const std::string candidate = current.empty() ? sentence : current + " " + sentence;
        if (counter.count(candidate) <= maxTokens) {
            current = candidate;
            continue;
        }
        if (!current.empty())
            push(current, " ");
        current.clear();
        if (counter.count(sentence) <= maxTokens) {
            current = sentence;
        } else {
            std::vector<std::string> cut;
            cutByTokens(sentence, counter, maxTokens, cut);
            for (size_t i = 0; i < cut.size(); ++i)
                push(std::move(cut[i]), i == 0 ? " " : "");
        }
    }
    if (!current.empty())
        push(current, " ");
    return pieces;
}

/** The last ~`tokens` tokens of `text`, starting at a word start (may be empty). */
std::string tailOf(const std::string& text, const TokenCounter& counter, size_t tokens)
{
    if (tokens == 0)
        return {};
    const std::vector<size_t> ends = counter.tokenEnds(text);
    if (ends.size() <= tokens)
        return {};
    size_t from = ends[ends.size() - tokens - 1];
    while (from < text.size() && text[from] != ' ' && text[from] != '\n')
        ++from;
    while (from < text.size() && (text[from] == ' ' || text[from] == '\n'))
        ++from;
    return text.substr(from);
}

class Packer {
public:
    Packer(const TokenCounter& counter, const ChunkOptions& options, std::vector<Chunk>& out)
        : m_counter(counter)
        , m_options(options)
        , m_out(out)
    {
    }

    void startSection(const DocumentBlock& first)
    {
        flush();
        m_previous.clear();
        m_path = first.headingPath;
        m_page = first.page;
        m_line = first.line;
    }

    void add(const std::string& piece, const char* join, int line)
    {
        if (!m_text.empty()) {
            const std::string candidate = m_text + join + piece;
            const size_t tokens = m_counter.count(candidate);
            if (tokens <= m_options.maxTokens) {
                m_text = candidate;
                m_tokens = tokens;
                return;
            }
            flush();
        }
        // A new passage of the same section: repeat the end of the one before.
        if (!m_previous.empty()) {
            const std::string overlap = tailOf(m_previous, m_counter, m_options.overlapTokens);
            if (!overlap.empty()) {
                const std::string candidate = overlap + " " + piece;
                const size_t tokens = m_counter.count(candidate);
                if (tokens <= m_options.maxTokens) {
                    m_text = candidate;
                    m_tokens = tokens;
                    m_line = line;
                    return;
                }
            }
        }
        m_text = piece;
        m_tokens = m_counter.count(piece);
        m_line = line;
    }

    void flush()
    {
        if (m_text.empty())
            return;
        m_out.push_back({m_text, m_path, m_page, m_line, m_tokens});
        m_previous = m_text;
        m_text.clear();
        m_tokens = 0;
    }

private:
    const TokenCounter& m_counter;
    const ChunkOptions& m_options;
    std::vector<Chunk>& m_out;
    std::vector<std::string> m_path;
    int m_page = 0;
    int m_line = 0;
    std::string m_text;
    size_t m_tokens = 0;
    std::string m_previous;
};

} // namespace

std::vector<Chunk> chunkDocument(const ExtractedDocument& document, const TokenCounter& counter,
                                 const ChunkOptions& options)
{
    if (options.maxTokens < 16)
        throw KnowledgeError("passages of at most " + std::to_string(options.maxTokens) +
                             " tokens are too short to hold a fact; expected at least 16");
    ChunkOptions bounded = options;
    bounded.overlapTokens = std::min(options.overlapTokens, options.maxTokens / 2);
    std::vector<Chunk> chunks;
    Packer packer(counter, bounded, chunks);
    const DocumentBlock* sectionStart = nullptr;
    for (const DocumentBlock& block : document.blocks) {
        const bool newSection = !sectionStart || block.isRow || sectionStart->isRow ||
                                block.headingPath != sectionStart->headingPath || block.page != sectionStart->page;
        if (newSection) {
            packer.startSection(block);
            sectionStart = &block;
        }
        // A paragraph too long for one passage is cut into pieces that leave room for the overlap.
        const size_t pieceTokens = counter.count(block.text) <= bounded.maxTokens
            ? bounded.maxTokens
            : bounded.maxTokens - bounded.overlapTokens - 1;
        for (const Piece& piece : piecesOf(block.text, counter, pieceTokens))
            packer.add(piece.text, piece.join, block.line);
    }
    packer.flush();
    return chunks;
}

} // namespace falconry
