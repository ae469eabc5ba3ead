// Run bundles on the demo model (resources/demo-model, the Aerie support CSV): a tiny run is
// bundled and read back (every file byte for byte, the versions and machine, the examples hashing
// to the run's dataset hash), cut, damaged and hostile bundles are refused, and
// `falconry-cli train --from-bundle` reproduces the run's losses and adapter on the same machine
// and refuses other data, naming both hashes.
#include "core/io/safetensors_file.h"
#include "core/io/tar_archive.h"
#include "core/train/run_bundle.h"
#include "core/train/train_data.h"
#include "core/train/trainer.h"
#include "core/util/folder_lock.h"
#include "core/util/version.h"

#include "demo_run.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>

using namespace falconry;
namespace fs = std::filesystem;

namespace {

TrainConfig tinyDemoRun(const fs::path& out)
{
    TrainConfig c = test::demoRunConfig(out);
    c.maxSteps = 4;
    c.batchSize = 2;
    c.maxLength = 128;
    c.learningRate = 2e-3;
    c.warmupRatio = 0.0;
    c.evalRatio = 0.05;
    c.lora.r = 4;
    c.lora.alpha = 8;
    c.lora.dropout = 0.1; // draws random numbers: a reproduction must draw the same ones
    c.probeMaxTokens = 6;
    c.seed = 7;
    return c;
}

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeFile(const fs::path& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

std::vector<double> lossesOf(const fs::path& runDir)
{
    std::vector<double> out;
    std::ifstream in(runDir / "metrics.jsonl");
    std::string line;
    while (std::getline(in, line))
        out.push_back(nlohmann::json::parse(line).at("loss").get<double>());
    return out;
}

/** A bundle's members in order (manifest first) as path -> bytes. */
std::vector<std::pair<std::string, std::string>> membersOf(const std::string& bundle)
{
    std::istringstream in(bundle);
    TarReader reader(in, bundle.size(), "test");
    std::vector<std::pair<std::string, std::string>> out;
    TarEntry e;
    while (reader.next(e))
        out.emplace_back(e.path, reader.readAll(uint64_t{1} << 30));
    return out;
}

std::string archiveOf(const std::vector<std::pair<std::string, std::string>>& members)
{
    std::string out;
    TarWriter tar([&](std::string_view b) { out.append(b); });
    for (const auto& [path, bytes] : members)
        tar.addFile(path, bytes, 0);
    tar.finish();
    return out;
}

std::string refusal(const std::string& bundle)
{
    std::istringstream in(bundle);
    try {
        readRunBundle(in, bundle.size(), "b.falconry-run");
    } catch (const ArchiveError& e) {
        return e.what();
    }
    return "";
}

/** One finished demo run with Compare votes, trained once for all the tests of this file. */
class RunBundleTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_root = test::makeTempDir("run-bundle");
        s_config = tinyDemoRun(s_root / "run");
        const std::atomic<bool> stop{false};
        Trainer trainer;
        ASSERT_EQ(trainer.run(s_config, {}, stop).status, TrainStatus::Finished);
        writeFile(s_config.outDir / kBundledVotes,
                  "{\"prompt\":\"Where is my order?\",\"chosen\":\"Hi, I'm Aerie...\",\"rejected\":\"No.\"}\n");
        s_bundle = s_root / "run.falconry-run";
        BundleOptions options;
        options.withExamples = true;
        writeRunBundle(s_config.outDir, s_bundle, options);
    }
    static inline fs::path s_root;
    static inline TrainConfig s_config;
    static inline fs::path s_bundle;
};

} // namespace

TEST_F(RunBundleTest, RoundTripKeepsEveryFileByteForByte)
{
    const RunBundle bundle = readRunBundle(s_bundle);
    const nlohmann::json runJson = nlohmann::json::parse(readFile(s_config.outDir / "run.json"));
    EXPECT_EQ(bundle.runJson, runJson);
    EXPECT_EQ(bundle.datasetHash(), runJson["dataset"]["hash"].get<std::string>());
    EXPECT_EQ(bundle.manifest["dataset_hash"], runJson["dataset"]["hash"]);
    EXPECT_EQ(bundle.runName(), "run");
    // Versions and machine: of the writer, and of the run as it trained.
    EXPECT_EQ(bundle.manifest["written_by"]["falconry"], falconryVersion());
    EXPECT_FALSE(bundle.manifest["written_by"]["libtorch"].get<std::string>().empty());
    EXPECT_EQ(bundle.manifest["run"]["versions"], runJson["versions"]);
    EXPECT_EQ(bundle.manifest["run"]["device"], "cpu");
    EXPECT_EQ(bundle.manifest["run"]["machine"]["cpu"], runJson["machine"]["cpu"]);
    EXPECT_EQ(bundle.manifest["contents"]["votes"], 1);

    const fs::path dest = s_root / "opened";
    extractRunBundle(s_bundle, dest);
    std::vector<std::string> compared;
    for (const char* name : {"run.json", "metrics.jsonl", "probes.jsonl", "preferences.jsonl"})
        compared.push_back(name);
    for (const auto& entry : fs::directory_iterator(s_config.outDir / "adapter"))
        compared.push_back("adapter/" + entry.path().filename().string());
    ASSERT_GE(compared.size(), 6u);
    for (const std::string& name : compared) {
        ASSERT_TRUE(bundle.has(name)) << name;
        EXPECT_EQ(readFile(dest / name), readFile(s_config.outDir / name)) << name;
        EXPECT_EQ(fs::status(dest / name).permissions() & fs::perms::owner_write, fs::perms::none) << name << " is writable";
    }
    EXPECT_FALSE(fs::exists(dest / "checkpoints")); // no optimizer state: a bundle is not for resuming
    EXPECT_TRUE(isImportedRun(dest));
    EXPECT_FALSE(isImportedRun(s_config.outDir));
    // The bundled examples are the run's: they hash to its dataset hash, train and eval rows alike.
    const std::vector<TrainExample> examples = readBundledExamples(dest / kBundledExamples);
    EXPECT_EQ(hashExamples(examples), bundle.datasetHash());
    EXPECT_EQ(examples.size(), runJson["dataset"]["train_examples"].get<size_t>() + runJson["dataset"]["eval_examples"].get<size_t>());
    // Extracting again into the same folder is refused (nothing replaced).
    EXPECT_THROW(extractRunBundle(s_bundle, dest), IoError);
}

TEST_F(RunBundleTest, AVotesFileGivenGoesInAsTheVotes)
{
    const fs::path votes = s_root / "votes.jsonl";
    writeFile(votes, "{\"prompt\":\"a\",\"chosen\":\"b\",\"rejected\":\"c\"}\n{\"prompt\":\"d\",\"chosen\":\"e\",\"rejected\":\"f\"}\n");
    BundleOptions options;
    options.votesFile = votes;
    const fs::path file = s_root / "votes.falconry-run";
    const nlohmann::json manifest = writeRunBundle(s_config.outDir, file, options);
    EXPECT_EQ(manifest["contents"]["votes"], 2);
    EXPECT_EQ(manifest["contents"]["examples"], false);
    extractRunBundle(file, s_root / "votes-opened");
    EXPECT_EQ(readFile(s_root / "votes-opened" / kBundledVotes), readFile(votes));
    EXPECT_FALSE(fs::exists(s_root / "votes-opened" / kBundledExamples));
}

TEST_F(RunBundleTest, ARunTrainingOrUnfinishedIsNotBundled)
{
    {
        FolderLock training(s_config.outDir, "training");
        EXPECT_THROW(writeRunBundle(s_config.outDir, s_root / "busy.falconry-run"), BusyError);
    }
    EXPECT_FALSE(fs::exists(s_root / "busy.falconry-run"));
    const fs::path unfinished = s_root / "unfinished";
    fs::create_directories(unfinished);
    fs::copy_file(s_config.outDir / "run.json", unfinished / "run.json");
    EXPECT_THROW(writeRunBundle(unfinished, s_root / "u.falconry-run"), ConfigError);
    EXPECT_THROW(writeRunBundle(s_root / "nothing-here", s_root / "n.falconry-run"), ConfigError);
}

TEST_F(RunBundleTest, CutDamagedAndHostileBundlesAreRefused)
{
    const std::string whole = readFile(s_bundle);
    EXPECT_EQ(refusal(whole), "");
    for (size_t cut : {size_t{0}, size_t{100}, size_t{512}, size_t{2000}, whole.size() / 2, whole.size() - 1030})
        EXPECT_NE(refusal(whole.substr(0, cut)), "") << "cut at " << cut;
    EXPECT_NE(refusal(whole.substr(0, whole.size() / 2)).find("truncated"), std::string::npos);

    auto members = membersOf(whole);
    ASSERT_EQ(members.front().first, kBundleManifest);
    const auto withChanged = [&](const std::string& path, const std::function<void(std::string&)>& change) {
        auto copy = members;
        for (auto& [p, bytes] : copy)
            if (p == path)
                change(bytes);
        return archiveOf(copy);
    };
    // One weight byte changed: the CRC catches it.
    EXPECT_NE(refusal(withChanged("adapter/adapter_model.safetensors", [](std::string& b) { b[b.size() / 2] ^= 1; })).find("damaged"),
              std::string::npos);
    // A member the manifest does not list.
    auto extra = members;
    extra.emplace_back("adapter/extra.bin", "x");
    EXPECT_NE(refusal(archiveOf(extra)).find("not listed"), std::string::npos) << refusal(archiveOf(extra));
    // A member the manifest lists, missing.
    auto missing = members;
    missing.pop_back();
    EXPECT_NE(refusal(archiveOf(missing)).find("incomplete"), std::string::npos);
    // The manifest not first, or not a bundle's.
    auto reordered = members;
    std::swap(reordered[0], reordered[1]);
    EXPECT_NE(refusal(archiveOf(reordered)).find("not a Falconry run bundle"), std::string::npos);
    EXPECT_NE(refusal(archiveOf({{"run.json", "{}"}})).find("not a Falconry run bundle"), std::string::npos);
    // A manifest of a newer format, or listing a path outside a run.
    const auto manifestEdit = [&](const std::function<void(nlohmann::json&)>& edit) {
        return withChanged(kBundleManifest, [&](std::string& b) {
            nlohmann::json m = nlohmann::json::parse(b);
            edit(m);
            b = m.dump();
        });
    };
    EXPECT_NE(refusal(manifestEdit([](nlohmann::json& m) { m["format_version"] = 2; })).find("newer Falconry"), std::string::npos);
    EXPECT_NE(refusal(manifestEdit([](nlohmann::json& m) { m["files"][0]["path"] = "../run.json"; })).find("refused"),
              std::string::npos);
    EXPECT_NE(refusal(manifestEdit([](nlohmann::json& m) { m["files"][1]["path"] = ".bashrc"; })).find("refused"),
              std::string::npos);
    EXPECT_NE(refusal(manifestEdit([](nlohmann::json& m) { m["dataset_hash"] = "0000000000000000"; })).find("dataset_hash"),
              std::string::npos);
    // A member whose header says more bytes than the file has (a 2 GB claim in a small file).
    std::string absurd = whole;
    const size_t sizeField = 512 + ((members[0].second.size() + 511) / 512) * 512 + 124;
    absurd.replace(sizeField, 11, "17777777777");
    EXPECT_NE(refusal(absurd), "");
    // Extracting a refused bundle leaves no folder behind.
    writeFile(s_root / "cut.falconry-run", whole.substr(0, whole.size() / 2));
    EXPECT_THROW(extractRunBundle(s_root / "cut.falconry-run", s_root / "cut-opened"), ArchiveError);
    EXPECT_FALSE(fs::exists(s_root / "cut-opened"));
}

TEST_F(RunBundleTest, TrainFromBundleReproducesTheRunAndRefusesOtherData)
{
    const fs::path again = s_root / "again";
    auto [code, output] = test::runCli("train --from-bundle " + s_bundle.string() + " --data " + s_config.dataFile.string() +
                                       " --out " + again.string());
    ASSERT_EQ(code, 0) << output;
    EXPECT_NE(output.find("reproduced"), std::string::npos) << output;
    const std::vector<double> before = lossesOf(s_config.outDir);
    const std::vector<double> now = lossesOf(again);
    ASSERT_EQ(before.size(), 4u);
    ASSERT_EQ(now.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i)
        EXPECT_NEAR(now[i], before[i], 1e-6 * std::max(1.0, std::abs(before[i]))) << "step " << i + 1;
    const SafetensorsFile a(s_config.outDir / "adapter" / "adapter_model.safetensors");
    const SafetensorsFile b(again / "adapter" / "adapter_model.safetensors");
    ASSERT_EQ(a.names(), b.names());
    for (const std::string& name : a.names())
        EXPECT_TRUE(torch::allclose(a.tensor(name).to(torch::kFloat), b.tensor(name).to(torch::kFloat), 1e-5, 1e-7)) << name;
    // The same settings, seed included, in the reproduction's run.json.
    nlohmann::json settingsBefore = nlohmann::json::parse(readFile(s_config.outDir / "run.json"))["settings"];
    nlohmann::json settingsNow = nlohmann::json::parse(readFile(again / "run.json"))["settings"];
    for (auto* s : {&settingsBefore, &settingsNow})
        s->erase("out");
    EXPECT_EQ(settingsNow, settingsBefore);

    // Other data (one row fewer): refused, naming both hashes; nothing trained.
    std::ifstream csv(s_config.dataFile);
    std::string line, text;
    for (int n = 0; std::getline(csv, line); ++n)
        if (n != 3)
            text += line + "\n";
    const fs::path other = s_root / "other.csv";
    writeFile(other, text);
    std::tie(code, output) = test::runCli("train --from-bundle " + s_bundle.string() + " --data " + other.string() + " --out " +
                                          (s_root / "other-run").string());
    EXPECT_EQ(code, 1) << output;
    EXPECT_NE(output.find(readRunBundle(s_bundle).datasetHash()), std::string::npos) << output;
    EXPECT_NE(output.find("gives dataset hash "), std::string::npos) << output;
    EXPECT_FALSE(fs::exists(s_root / "other-run")); // not even an empty folder
    // Options that would change the run are refused by name.
    std::tie(code, output) = test::runCli("train --from-bundle " + s_bundle.string() + " --data " + other.string() +
                                          " --out x --lr 0.1");
    EXPECT_EQ(code, 2) << output;
    EXPECT_NE(output.find("--lr"), std::string::npos) << output;
}

TEST_F(RunBundleTest, CliShowsAndExtractsABundle)
{
    auto [code, output] = test::runCli("bundle show " + s_bundle.string());
    ASSERT_EQ(code, 0) << output;
    EXPECT_NE(output.find(readRunBundle(s_bundle).datasetHash()), std::string::npos) << output;
    EXPECT_NE(output.find("all verified"), std::string::npos) << output;
    std::tie(code, output) = test::runCli("bundle create " + s_config.outDir.string() + " --out " +
                                          (s_root / "cli.falconry-run").string());
    ASSERT_EQ(code, 0) << output;
    std::tie(code, output) = test::runCli("bundle extract " + (s_root / "cli.falconry-run").string() + " " +
                                          (s_root / "cli-opened").string());
    ASSERT_EQ(code, 0) << output;
    EXPECT_EQ(readFile(s_root / "cli-opened" / "run.json"), readFile(s_config.outDir / "run.json"));
    // An opened bundle is read-only: resuming it is refused, pointing to --from-bundle.
    std::tie(code, output) = test::runCli("train --resume " + (s_root / "cli-opened").string());
    EXPECT_EQ(code, 1) << output;
    EXPECT_NE(output.find("--from-bundle"), std::string::npos) << output;
    writeFile(s_root / "cut.bin", readFile(s_bundle).substr(0, 3000));
    std::tie(code, output) = test::runCli("bundle show " + (s_root / "cut.bin").string());
    EXPECT_EQ(code, 1) << output;
    EXPECT_NE(output.find("truncated"), std::string::npos) << output;
}
