#pragma once

#include "core/datagen/recipe.h"

#include <filesystem>
#include <string>
#include <vector>

namespace falconry {

/**
 * Cuts plain text into passages of about `maxChars` bytes at paragraph boundaries (blank lines;
 * a paragraph longer than that is cut at sentence ends, then at spaces, never inside a UTF-8
 * character). Passages shorter than 40 characters of text are dropped (headings alone).
 */
std::vector<DocumentPassage> cutPassages(const std::string& text, const std::string& document, size_t maxChars);

/**
 * The passages of text and Markdown files (.txt, .md, .markdown, .text, .rst, or anything that is
 * valid UTF-8 text). Throws IoError for a missing file and DatasetError for one that is not text
 * (a PDF or a binary file needs a knowledge base to read it).
 */
std::vector<DocumentPassage> readDocumentPassages(const std::vector<std::string>& files, size_t maxChars);

} // namespace falconry
