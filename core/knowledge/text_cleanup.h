#pragma once

#include <string>
#include <string_view>

namespace falconry::knowledge_detail {

/**
 * The bytes of a text file as valid UTF-8 (BOM dropped, UTF-16 converted). Throws
 * KnowledgeError naming `name` when the file is empty or is not text (NUL bytes, mostly
 * invalid UTF-8 or control characters: an image, an archive, an executable).
 */
std::string decodeTextOrThrow(const std::string& bytes, const std::string& name);

/** Collapses runs of spaces and tabs to one space and trims both ends. */
std::string collapseSpaces(std::string_view text);

/** True when the text has no visible character. */
bool isBlank(std::string_view text);

} // namespace falconry::knowledge_detail
