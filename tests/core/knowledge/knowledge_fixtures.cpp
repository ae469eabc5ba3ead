#include "knowledge_fixtures.h"

#include "test_paths.h"

#include <fstream>

namespace falconry::test {

std::filesystem::path demoKnowledgeDir()
{
    return testDataDir().parent_path().parent_path() / "resources" / "demo-knowledge";
}

std::filesystem::path knowledgeFixtureDir()
{
    return testDataDir() / "knowledge";
}

std::filesystem::path falconTokenizerDir()
{
    return referenceDir() / "falcon-tokenizer";
}

std::filesystem::path writeFile(const std::filesystem::path& dir, const std::string& name, const std::string& bytes)
{
    const std::filesystem::path path = dir / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path;
}

} // namespace falconry::test
