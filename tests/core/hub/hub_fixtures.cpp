#include "hub_fixtures.h"

#include "test_paths.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace falconry::test {

std::string readBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

FakeRepo goldenRepo(const std::string& id)
{
    const auto dir = referenceDir() / "golden" / "falcon7b" / "model-fp32";
    FakeRepo repo;
    repo.id = id;
    repo.commit = "3c1e0f2b7a9d4e5f60718293a4b5c6d7e8f90a1b";
    for (const char* name : {"config.json", "generation_config.json", "model.safetensors", "tokenizer.model", "tokenizer_config.json"}) {
        const std::string n = name;
        repo.files.push_back({n, readBytes(dir / n), n == "model.safetensors" || n == "tokenizer.model"});
    }
    // Files Falconry must not fetch: a pickle copy of the weights and an unrelated subfolder.
    repo.files.push_back({"pytorch_model.bin", std::string(1000, 'p'), true});
    repo.files.push_back({"onnx/model.onnx", std::string(100, 'o'), true});
    repo.files.push_back({".gitattributes", "*.safetensors filter=lfs diff=lfs merge=lfs -text\n", false});
    return repo;
}

} // namespace falconry::test
