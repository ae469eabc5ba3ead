// Sharded checkpoints, pickle refusal, the Hugging Face cache.
#include "core/io/checkpoint_reader.h"
#include "core/io/hf_cache.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace falconry {
namespace {

namespace fs = std::filesystem;

fs::path golden(const std::string& name, const std::string& variant)
{
    return test::referenceDir() / "golden" / name / variant;
}

template <typename Fn>
std::string errorOf(Fn&& fn)
{
    try {
        fn();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

TEST(Checkpoint, ShardedIndexGivesTheSameTensorsAsTheSingleFile)
{
    const CheckpointReader sharded(golden("falcon40b", "model-bf16-sharded"));
    const CheckpointReader single(golden("falcon40b", "model-fp32"));
    EXPECT_EQ(sharded.files().size(), 3U);
    EXPECT_EQ(sharded.names(), single.names());
    const nlohmann::json index =
        nlohmann::json::parse(readWholeFile(golden("falcon40b", "model-bf16-sharded") / kSafetensorsIndexName));
    EXPECT_EQ(sharded.totalBytes(), index["metadata"]["total_size"].get<uint64_t>());
    EXPECT_EQ(sharded.bytesByDtype().count("BF16"), 1U);
    for (const auto& name : single.names()) {
        const torch::Tensor a = sharded.tensor(name);
        EXPECT_EQ(a.scalar_type(), torch::kBFloat16);
        // The bf16 shards are the fp32 weights rounded: within bf16 precision of them.
        const torch::Tensor b = single.tensor(name);
        EXPECT_TRUE(torch::allclose(a.to(torch::kFloat), b, 1e-2, 1e-6)) << name;
        EXPECT_EQ(sharded.fileOf(name).filename().string(), index["weight_map"][name].get<std::string>());
    }
}

TEST(Checkpoint, WriterShardsAndIndexesRoundTripBitExact)
{
    const CheckpointReader original(golden("falconrw", "model-fp32"));
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (const auto& name : original.names())
        tensors.emplace_back(name, original.tensor(name));
    const fs::path dir = test::makeTempDir("ckpt-shards");
    std::vector<std::pair<uint64_t, uint64_t>> progress;
    const auto files = saveSafetensorsCheckpoint(dir, tensors, 150'000, [&](uint64_t done, uint64_t total) {
        progress.emplace_back(done, total);
        return true;
    });
    EXPECT_GT(files.size(), 2U);
    EXPECT_TRUE(fs::exists(dir / kSafetensorsIndexName));
    EXPECT_FALSE(progress.empty());
    EXPECT_EQ(progress.back().first, progress.back().second);
    const CheckpointReader back(dir);
    EXPECT_EQ(back.names(), original.names());
    for (const auto& [name, t] : tensors)
        EXPECT_TRUE(torch::equal(back.tensor(name), t)) << name;
    // Saving again unsharded removes the stale shards and index.
    saveSafetensorsCheckpoint(dir, tensors);
    EXPECT_FALSE(fs::exists(dir / kSafetensorsIndexName));
    EXPECT_TRUE(fs::exists(dir / "model.safetensors"));
    EXPECT_FALSE(fs::exists(dir / "model-00001-of-00003.safetensors"));
    EXPECT_EQ(CheckpointReader(dir).names(), original.names());
}

TEST(Checkpoint, PickleOnlyFolderIsRefused)
{
    const fs::path dir = test::makeTempDir("ckpt-bin");
    writeFileAtomically(dir / "config.json", "{}");
    writeFileAtomically(dir / "pytorch_model-00001-of-00002.bin", "PK\x03\x04 not really a pickle");
    const std::string error = errorOf([&] { CheckpointReader reader(dir); });
    EXPECT_NE(error.find("only PyTorch pickle weights (pytorch_model-00001-of-00002.bin"), std::string::npos) << error;
    EXPECT_NE(error.find("never unpickles"), std::string::npos) << error;
    EXPECT_NE(errorOf([&] { CheckpointReader reader(dir / "pytorch_model-00001-of-00002.bin"); }).find("never unpickles"),
              std::string::npos);
}

TEST(Checkpoint, EmptyFolderAndMissingPath)
{
    const fs::path dir = test::makeTempDir("ckpt-empty");
    EXPECT_NE(errorOf([&] { CheckpointReader reader(dir); }).find("no weights in"), std::string::npos);
    EXPECT_NE(errorOf([&] { CheckpointReader reader(dir / "nope"); }).find("does not exist"), std::string::npos);
}

TEST(Checkpoint, BrokenIndex)
{
    const fs::path src = golden("falcon7b", "model-bf16-sharded");
    const fs::path dir = test::makeTempDir("ckpt-index");
    for (const auto& entry : fs::directory_iterator(src))
        fs::copy_file(entry.path(), dir / entry.path().filename());
    fs::permissions(dir / kSafetensorsIndexName, fs::perms::owner_write, fs::perm_options::add);
    fs::remove(dir / "model-00002-of-00003.safetensors");
    EXPECT_NE(errorOf([&] { CheckpointReader reader(dir); }).find("shard 'model-00002-of-00003.safetensors'"), std::string::npos);

    nlohmann::json index = nlohmann::json::parse(readWholeFile(src / kSafetensorsIndexName));
    index["weight_map"]["transformer.h.0.mlp.dense_h_to_4h.weight"] = "../../etc/passwd";
    writeFileAtomically(dir / kSafetensorsIndexName, index.dump());
    EXPECT_NE(errorOf([&] { CheckpointReader reader(dir); }).find("expected a file name inside the folder"), std::string::npos);

    index = nlohmann::json::parse(readWholeFile(src / kSafetensorsIndexName));
    index["weight_map"]["transformer.h.7.extra.weight"] = "model-00001-of-00003.safetensors";
    fs::copy_file(src / "model-00002-of-00003.safetensors", dir / "model-00002-of-00003.safetensors");
    writeFileAtomically(dir / kSafetensorsIndexName, index.dump());
    EXPECT_NE(errorOf([&] { CheckpointReader reader(dir); }).find("lists tensor 'transformer.h.7.extra.weight'"), std::string::npos);

    writeFileAtomically(dir / kSafetensorsIndexName, "{\"weight_map\": ");
    EXPECT_NE(errorOf([&] { CheckpointReader reader(dir); }).find("not valid JSON"), std::string::npos);
}

/** A fake hub cache: blobs + snapshot symlinks + refs/main, as huggingface_hub lays it out. */
fs::path makeCache()
{
    const fs::path cache = test::makeTempDir("hf-cache");
    const auto addRepo = [&](const std::string& folder, const std::string& config) {
        const fs::path repo = cache / folder;
        fs::create_directories(repo / "blobs");
        fs::create_directories(repo / "refs");
        fs::create_directories(repo / "snapshots" / "abc123");
        writeFileAtomically(repo / "blobs" / "cfg", config);
        writeFileAtomically(repo / "blobs" / "weights", std::string(1000, 'x'));
        fs::create_symlink("../../blobs/cfg", repo / "snapshots" / "abc123" / "config.json");
        fs::create_symlink("../../blobs/weights", repo / "snapshots" / "abc123" / "model.safetensors");
        writeFileAtomically(repo / "refs" / "main", "abc123");
    };
    addRepo("models--tiiuae--falcon-7b", R"({"model_type": "falcon"})");
    addRepo("models--tiiuae--falcon-40b", R"({"model_type": "RefinedWeb"})");
    addRepo("models--meta--llama", R"({"model_type": "llama"})");
    fs::create_directories(cache / "datasets--x--y");
    return cache;
}

TEST(HfCache, ListsFalconModelsOnly)
{
    const fs::path cache = makeCache();
    const auto models = listCachedFalconModels(cache);
    ASSERT_EQ(models.size(), 2U);
    EXPECT_EQ(models[0].repoId, "tiiuae/falcon-40b");
    EXPECT_EQ(models[0].modelType, "RefinedWeb");
    EXPECT_EQ(models[1].repoId, "tiiuae/falcon-7b");
    EXPECT_EQ(models[1].revision, "abc123");
    EXPECT_EQ(models[1].path, cache / "models--tiiuae--falcon-7b" / "snapshots" / "abc123");
    EXPECT_EQ(models[1].sizeBytes, 1000U + std::string(R"({"model_type": "falcon"})").size());
}

TEST(HfCache, ResolvesRepoIdsAndRevisions)
{
    const fs::path cache = makeCache();
    const fs::path snapshot = cache / "models--tiiuae--falcon-7b" / "snapshots" / "abc123";
    EXPECT_EQ(resolveCachedRepo("tiiuae/falcon-7b", "main", cache), snapshot);
    EXPECT_EQ(resolveCachedRepo("tiiuae/falcon-7b", "abc123", cache), snapshot);
    EXPECT_FALSE(resolveCachedRepo("tiiuae/falcon-7b", "v2", cache).has_value());
    EXPECT_FALSE(resolveCachedRepo("tiiuae/falcon-180b", "main", cache).has_value());
    EXPECT_EQ(resolveModelPath("tiiuae/falcon-7b", cache), snapshot);
    EXPECT_EQ(resolveModelPath("tiiuae/falcon-7b@abc123", cache), snapshot);
    EXPECT_EQ(resolveModelPath(cache.string(), cache), cache); // an existing folder is taken as is
    EXPECT_NE(errorOf([&] { resolveModelPath("tiiuae/falcon-180b", cache); }).find("neither a folder nor a model"),
              std::string::npos);
}

} // namespace
} // namespace falconry
