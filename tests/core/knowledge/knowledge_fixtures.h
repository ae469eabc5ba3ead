#pragma once

#include <filesystem>
#include <string>

namespace falconry::test {

/** resources/demo-knowledge: the Aerie manual (Markdown and the PDF groff made of it) and its questions. */
std::filesystem::path demoKnowledgeDir();
/** tests/data/knowledge: small fixtures (an encrypted PDF). */
std::filesystem::path knowledgeFixtureDir();
/** The real Falcon tokenizer (../shared/reference/falcon-tokenizer). */
std::filesystem::path falconTokenizerDir();
/** Writes `bytes` to `dir/name` and returns the path. */
std::filesystem::path writeFile(const std::filesystem::path& dir, const std::string& name, const std::string& bytes);

} // namespace falconry::test
