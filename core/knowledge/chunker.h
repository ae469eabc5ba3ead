#pragma once

#include "core/knowledge/document.h"

#include <string>
#include <vector>

namespace falconry {

class TokenCounter;

/** One passage as it is stored and retrieved: its text and where it came from. */
struct Chunk {
    std::string text;
    std::vector<std::string> headingPath;
    int page = 0;      // 1-based PDF page, 0 = none
    int line = 0;      // 1-based first line, 0 = unknown
    size_t tokens = 0; // tokens of `text` by the counter it was cut with
};

struct ChunkOptions {
    size_t maxTokens = 200;    // no chunk is longer (overlap included)
    size_t overlapTokens = 24; // a chunk continuing a section repeats about this many tokens of the one before
};

/**
 * Cuts a document into passages along its structure: a passage never spans two sections
 * (heading paths) or two PDF pages; paragraphs of a section are packed together up to
 * maxTokens; a paragraph longer than that is cut at sentence ends, and a sentence longer
 * than that at token boundaries. A passage that continues a section starts with the last
 * ~overlapTokens tokens of the passage before it (from a word start), so a fact cut at
 * the boundary is whole in one of the two. Table rows stay one passage each (cut only if
 * longer than maxTokens). Throws KnowledgeError when maxTokens is too small to be useful.
 */
std::vector<Chunk> chunkDocument(const ExtractedDocument& document, const TokenCounter& counter,
                                 const ChunkOptions& options = {});

} // namespace falconry
