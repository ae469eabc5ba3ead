// The GGUF container read back by hand (ggml docs/gguf.md), the temp-name-then-rename contract,
// llama.cpp's Falcon tensor names and its Q4_K_M mix for the 7B shape, and the refused layouts.
#include "core/export/gguf_tensor_plan.h"
#include "core/export/gguf_writer.h"
#include "core/model/falcon_config.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"

#include "test_paths.h"

#include <gtest/gtest.h>

#include <cstring>
#include <map>

using namespace falconry;
namespace fs = std::filesystem;

namespace {

struct Reader {
    std::string bytes;
    size_t at = 0;
    template <typename T>
    T pod()
    {
        T value{};
        std::memcpy(&value, bytes.data() + at, sizeof(T));
        at += sizeof(T);
        return value;
    }
    std::string str()
    {
        const auto n = pod<uint64_t>();
        std::string s = bytes.substr(at, n);
        at += n;
        return s;
    }
};

} // namespace

TEST(GgufWriter, WritesAReadableV3File)
{
    const fs::path dir = test::makeTempDir("gguf-writer");
    const fs::path file = dir / "t.gguf";
    {
        GgufWriter writer(file);
        writer.addString("general.architecture", "falcon");
        writer.addUint32("falcon.block_count", 2);
        writer.addStringArray("tokenizer.ggml.tokens", {"a", "bc"});
        writer.addTensor("x", {3}, GgmlType::F32);
        writer.addTensor("y", {32, 2}, GgmlType::Q8_0);
        writer.writeHeader();
        EXPECT_TRUE(fs::exists(writer.partialPath()));
        EXPECT_FALSE(fs::exists(file));
        const float x[3] = {1, 2, 3};
        writer.beginTensor(0);
        writer.append(x, sizeof(x));
        writer.beginTensor(1);
        const std::vector<uint8_t> y(68, 7);
        writer.append(y.data(), 34);
        writer.append(y.data() + 34, 34);
        writer.finish();
    }
    Reader r{readWholeFile(file)};
    ASSERT_EQ(r.bytes.substr(0, 4), "GGUF");
    r.at = 4;
    EXPECT_EQ(r.pod<uint32_t>(), 3u);
    EXPECT_EQ(r.pod<uint64_t>(), 2u); // tensors
    EXPECT_EQ(r.pod<uint64_t>(), 4u); // 3 keys + general.alignment
    EXPECT_EQ(r.str(), "general.architecture");
    EXPECT_EQ(r.pod<uint32_t>(), 8u);
    EXPECT_EQ(r.str(), "falcon");
    EXPECT_EQ(r.str(), "falcon.block_count");
    EXPECT_EQ(r.pod<uint32_t>(), 4u);
    EXPECT_EQ(r.pod<uint32_t>(), 2u);
    EXPECT_EQ(r.str(), "tokenizer.ggml.tokens");
    EXPECT_EQ(r.pod<uint32_t>(), 9u); // array
    EXPECT_EQ(r.pod<uint32_t>(), 8u); // of strings
    EXPECT_EQ(r.pod<uint64_t>(), 2u);
    EXPECT_EQ(r.str(), "a");
    EXPECT_EQ(r.str(), "bc");
    EXPECT_EQ(r.str(), "general.alignment");
    EXPECT_EQ(r.pod<uint32_t>(), 4u);
    EXPECT_EQ(r.pod<uint32_t>(), 32u);
    EXPECT_EQ(r.str(), "x");
    EXPECT_EQ(r.pod<uint32_t>(), 1u);
    EXPECT_EQ(r.pod<uint64_t>(), 3u);
    EXPECT_EQ(r.pod<uint32_t>(), 0u);
    EXPECT_EQ(r.pod<uint64_t>(), 0u);
    EXPECT_EQ(r.str(), "y");
    EXPECT_EQ(r.pod<uint32_t>(), 2u);
    EXPECT_EQ(r.pod<uint64_t>(), 32u);
    EXPECT_EQ(r.pod<uint64_t>(), 2u);
    EXPECT_EQ(r.pod<uint32_t>(), 8u);
    EXPECT_EQ(r.pod<uint64_t>(), 32u); // 12 bytes of x rounded up to the alignment
    const size_t dataStart = (r.at + 31) / 32 * 32;
    float x1 = 0;
    std::memcpy(&x1, r.bytes.data() + dataStart + 4, 4);
    EXPECT_EQ(x1, 2.0f);
    EXPECT_EQ(static_cast<uint8_t>(r.bytes[dataStart + 32]), 7);
    EXPECT_EQ(r.bytes.size(), dataStart + 32 + 68);
}

TEST(GgufWriter, UnfinishedFileLeavesNothing)
{
    const fs::path dir = test::makeTempDir("gguf-cancel");
    const fs::path file = dir / "t.gguf";
    fs::path partial;
    {
        GgufWriter writer(file);
        writer.addTensor("x", {4}, GgmlType::F32);
        writer.writeHeader();
        partial = writer.partialPath();
        EXPECT_TRUE(fs::exists(partial));
    }
    EXPECT_FALSE(fs::exists(partial));
    EXPECT_FALSE(fs::exists(file));
    GgufWriter short_(file);
    short_.addTensor("x", {4}, GgmlType::F32);
    short_.writeHeader();
    short_.beginTensor(0);
    const float two[2] = {1, 2};
    short_.append(two, sizeof(two));
    EXPECT_THROW(short_.finish(), IoError);
    EXPECT_THROW(GgufWriter(file).addTensor("q", {48}, GgmlType::Q8_0), IoError); // 48 is not a multiple of 32
}

TEST(GgufTensorPlan, Falcon7bNamesAndQ4KMMix)
{
    FalconConfig c; // the defaults are Falcon-7B's: hidden 4544, 71 heads, 1 KV head, 32 layers
    const auto plans = planGgufTensors(c, GgufFileType::MostlyQ4_K_M, false);
    std::map<std::string, GgmlType> types;
    for (const auto& p : plans)
        types[p.ggufName] = p.type;
    EXPECT_EQ(plans.size(), 1 + 32 * 6 + 2u);
    EXPECT_EQ(types.count("output.weight"), 0u); // tied: llama.cpp reuses token_embd
    // 4544 is not a multiple of 256: the K-quants fall back as llama.cpp does.
    EXPECT_EQ(types["token_embd.weight"], GgmlType::Q8_0); // the output's type, as there is no output.weight
    EXPECT_EQ(types["blk.0.attn_norm.weight"], GgmlType::F32);
    EXPECT_EQ(types["blk.0.attn_qkv.weight"], GgmlType::Q5_1);   // Q5_K -> Q5_1
    EXPECT_EQ(types["blk.0.attn_output.weight"], GgmlType::Q5_0); // Q4_K -> Q5_0
    EXPECT_EQ(types["blk.0.ffn_up.weight"], GgmlType::Q5_0);
    // ffn_down rows are 18176 = 71 * 256 long: Q6_K in the first 32/16 blocks, Q5_K where
    // use_more_bits (i < 4, i >= 28, (i - 4) % 3 == 2), else Q4_K.
    EXPECT_EQ(types["blk.0.ffn_down.weight"], GgmlType::Q6_K);
    EXPECT_EQ(types["blk.1.ffn_down.weight"], GgmlType::Q6_K);
    EXPECT_EQ(types["blk.2.ffn_down.weight"], GgmlType::Q5_K);
    EXPECT_EQ(types["blk.4.ffn_down.weight"], GgmlType::Q4_K);
    EXPECT_EQ(types["blk.6.ffn_down.weight"], GgmlType::Q5_K);
    EXPECT_EQ(types["blk.31.ffn_down.weight"], GgmlType::Q5_K);
    EXPECT_EQ(types["output_norm.bias"], GgmlType::F32);
}

TEST(GgufTensorPlan, Falcon40bNormsAndQkvOrder)
{
    const FalconConfig c = FalconConfig::load(test::referenceDir() / "golden/falcon40b/model-fp32");
    const auto plans = planGgufTensors(c, GgufFileType::MostlyF16, false);
    bool sawNorm2 = false;
    for (const auto& p : plans) {
        if (p.hfName == "transformer.h.0.ln_attn.weight") {
            EXPECT_EQ(p.ggufName, "blk.0.attn_norm_2.weight");
            sawNorm2 = true;
        }
        if (p.hfName == "transformer.h.0.ln_mlp.weight") {
            EXPECT_EQ(p.ggufName, "blk.0.attn_norm.weight");
        }
        if (p.ggufName == "blk.1.attn_qkv.weight") {
            EXPECT_TRUE(p.qkvReorder);
            EXPECT_EQ(p.type, GgmlType::F16);
        }
    }
    EXPECT_TRUE(sawNorm2);
    // 8 heads in 2 groups of [4 q, k, v], head_dim 8: all q first, then the two k, then the two v.
    const std::vector<int64_t> order = qkvRowOrder(c);
    ASSERT_EQ(order.size(), 12u * 8u);
    EXPECT_EQ(order[0], 0);
    EXPECT_EQ(order[4 * 8], 6 * 8);      // q head 4 = group 1's first query
    EXPECT_EQ(order[8 * 8], 4 * 8);      // k of group 0
    EXPECT_EQ(order[9 * 8], 10 * 8);     // k of group 1
    EXPECT_EQ(order[10 * 8], 5 * 8);     // v of group 0
    EXPECT_EQ(order[11 * 8 + 7], 11 * 8 + 7);
}

TEST(GgufTensorPlan, FalconRwIsRefusedWithTheReason)
{
    const FalconConfig rw = FalconConfig::load(test::referenceDir() / "golden/falconrw/model-fp32");
    const auto reason = ggufUnsupportedReason(rw);
    ASSERT_TRUE(reason.has_value());
    EXPECT_NE(reason->find("ALiBi"), std::string::npos) << *reason;
    EXPECT_THROW(planGgufTensors(rw, GgufFileType::MostlyF16, false), ConfigError);
    FalconConfig sequential;
    sequential.parallelAttn = false;
    EXPECT_NE(ggufUnsupportedReason(sequential)->find("parallel"), std::string::npos);
    EXPECT_FALSE(ggufUnsupportedReason(FalconConfig{}).has_value());
}
