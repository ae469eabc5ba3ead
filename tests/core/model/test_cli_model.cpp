// `falconry-cli info` and `falconry-cli forward` run as child processes on the goldens.
#include "core/io/safetensors_file.h"
#include "core/util/atomic_file.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <sstream>

namespace falconry {
namespace {

namespace fs = std::filesystem;

TEST(CliModel, ForwardWritesTransformersLogits)
{
    const fs::path golden = test::referenceDir() / "golden" / "falcon40b";
    const SafetensorsFile ref(golden / "reference.safetensors");
    const torch::Tensor ids = ref.tensor("input_ids");
    std::ostringstream text;
    for (int64_t r = 0; r < ids.size(0); ++r) {
        for (int64_t c = 0; c < ids.size(1); ++c)
            text << (c ? " " : "") << ids[r][c].item<int64_t>();
        text << "\n";
    }
    const fs::path dir = test::makeTempDir("cli-forward");
    writeFileAtomically(dir / "ids.txt", text.str());
    const auto [code, output] = test::runCli("forward --model " + (golden / "model-fp32").string() + " --ids-file " +
                                       (dir / "ids.txt").string() + " --out " + (dir / "out.safetensors").string());
    ASSERT_EQ(code, 0) << output;
    const SafetensorsFile out(dir / "out.safetensors");
    const torch::Tensor logits = out.tensor("logits");
    EXPECT_EQ(out.info("logits").dtype, "F32");
    ASSERT_EQ(logits.sizes(), ref.tensor("logits").sizes());
    EXPECT_LT((logits - ref.tensor("logits")).abs().max().item<double>(), 1e-4);
}

TEST(CliModel, ForwardRejectsBadIdsWithThePlace)
{
    const fs::path dir = test::makeTempDir("cli-forward-bad");
    writeFileAtomically(dir / "ids.txt", "1 2 3\n4 5\n");
    const std::string model = (test::referenceDir() / "golden" / "falcon7b" / "model-fp32").string();
    auto [code, output] = test::runCli("forward --model " + model + " --ids-file " + (dir / "ids.txt").string() + " --out " +
                                 (dir / "o.safetensors").string());
    EXPECT_NE(code, 0);
    EXPECT_NE(output.find("ids.txt:2: 2 ids, but the first line has 3"), std::string::npos) << output;
    EXPECT_FALSE(fs::exists(dir / "o.safetensors"));
    std::tie(code, output) = test::runCli("forward --model " + model + " --ids-file " + (dir / "ids.txt").string());
    EXPECT_EQ(code, 2) << output; // usage error: --out missing
}

TEST(CliModel, InfoDescribesTheFolder)
{
    const auto [code, output] =
        test::runCli("info --model " + (test::referenceDir() / "golden" / "falconrw" / "model-bf16-sharded").string());
    ASSERT_EQ(code, 0) << output;
    // 512*64 embeddings + 2 layers of (qkv 192x64+192, dense 64x64+64, mlp 2x256x64+256+64, 2 norms) + ln_f.
    EXPECT_NE(output.find("Parameters:  132864"), std::string::npos) << output;
    EXPECT_NE(output.find("ALiBi"), std::string::npos) << output;
    EXPECT_NE(output.find("BF16"), std::string::npos) << output;
    EXPECT_NE(output.find("model-00003-of-00003.safetensors"), std::string::npos) << output;
    const auto [badCode, badOutput] = test::runCli("info --model /nonexistent/falcon");
    EXPECT_EQ(badCode, 1);
    EXPECT_NE(badOutput.find("does not exist"), std::string::npos) << badOutput;
}

} // namespace
} // namespace falconry
