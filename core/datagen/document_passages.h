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
 * The passages of documents: text, Markdown, HTML, PDF, CSV/JSONL rows through the knowledge
 * base's readers and structure-aware chunker (core/knowledge); any other file that is valid UTF-8
 * text (.rst, .org, ...) through cutPassages. `document` of each passage names the file, its
 * heading path and PDF page. Throws IoError for a missing file, KnowledgeError for a broken or
 * binary document, DatasetError for an unknown file type that is not text.
 */
std::vector<DocumentPassage> readDocumentPassages(const std::vector<std::string>& files, size_t maxChars);

} // namespace falconry
