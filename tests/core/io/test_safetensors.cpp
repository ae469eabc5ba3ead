// safetensors: the reader against files transformers wrote, the writer byte for byte against
// them, and every kind of broken file with its own error.
#include "core/io/safetensors_file.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>

namespace falconry {
namespace {

namespace fs = std::filesystem;

fs::path goldenModel(const std::string& name)
{
    return test::referenceDir() / "golden" / name / "model-fp32" / "model.safetensors";
}

/** 8-byte length + header + buffer of `bufferBytes` zero bytes. */
std::string image(const std::string& header, size_t bufferBytes, std::optional<uint64_t> lengthField = std::nullopt)
{
    const uint64_t n = lengthField.value_or(header.size());
    std::string out(8, '\0');
    std::memcpy(out.data(), &n, 8);
    return out + header + std::string(bufferBytes, '\0');
}

/** The CheckpointError message of parsing `bytes` ("" if it parsed). */
std::string parseError(const std::string& bytes)
{
    try {
        parseSafetensorsBytes(bytes, "test.safetensors");
    } catch (const CheckpointError& e) {
        return e.what();
    }
    return "";
}

#define EXPECT_ERROR_HAS(bytes, text) \
    EXPECT_NE(parseError(bytes).find(text), std::string::npos) << "got: '" << parseError(bytes) << "'"

TEST(Safetensors, ReadsWhatTransformersWrote)
{
    const SafetensorsFile file(goldenModel("falcon7b"));
    EXPECT_EQ(file.metadata().at("format"), "pt");
    const auto& info = file.info("transformer.word_embeddings.weight");
    EXPECT_EQ(info.dtype, "F32");
    EXPECT_EQ(info.shape, (std::vector<int64_t>{512, 64}));
    const torch::Tensor t = file.tensor("transformer.word_embeddings.weight");
    EXPECT_EQ(t.sizes(), torch::IntArrayRef({512, 64}));
    EXPECT_EQ(t.scalar_type(), torch::kFloat);
    EXPECT_TRUE(torch::isfinite(t).all().item<bool>());
    EXPECT_GT(t.abs().sum().item<double>(), 0.0);
}

TEST(Safetensors, ViewsAreZeroCopyAndOutliveTheFile)
{
    torch::Tensor view;
    {
        const SafetensorsFile file(goldenModel("falcon7b"));
        view = file.tensor("transformer.ln_f.weight");
        const torch::Tensor again = file.tensor("transformer.ln_f.weight");
        EXPECT_EQ(view.data_ptr(), again.data_ptr()); // both point into the mapping
    }
    // The mapping stays alive with the view; writing into it is private (copy-on-write).
    const float first = view[0].item<float>();
    view.add_(1.0);
    EXPECT_FLOAT_EQ(view[0].item<float>(), first + 1.0F);
    const SafetensorsFile reopened(goldenModel("falcon7b"));
    EXPECT_FLOAT_EQ(reopened.tensor("transformer.ln_f.weight")[0].item<float>(), first);
}

TEST(Safetensors, WriterReproducesTransformersFilesByteForByte)
{
    for (const char* name : {"falcon7b", "falcon40b", "falconrw"}) {
        const SafetensorsFile original(goldenModel(name));
        std::map<std::string, torch::Tensor> tensors;
        for (const auto& n : original.names())
            tensors[n] = original.tensor(n);
        const fs::path out = test::makeTempDir("st-write") / "model.safetensors";
        saveSafetensors(out, tensors, original.metadata());
        EXPECT_TRUE(readWholeFile(out) == readWholeFile(goldenModel(name))) << name;
    }
}

TEST(Safetensors, RoundTripEveryReadableDtype)
{
    std::map<std::string, torch::Tensor> tensors = {
        {"f32", torch::randn({3, 5})},
        {"bf16", torch::randn({7}).to(torch::kBFloat16)},
        {"f16", torch::randn({2, 2}).to(torch::kHalf)},
        {"f64", torch::randn({3}, torch::kDouble)},
        {"i64", torch::arange(5, torch::kLong)},
        {"i32", torch::arange(3, torch::kInt)},
        {"i16", torch::arange(3, torch::kShort)},
        {"i8", torch::arange(-2, 3, torch::kChar)},
        {"u8", torch::arange(9, torch::kByte)},
        {"bool", torch::tensor({true, false, true})},
        {"empty", torch::empty({0, 4})},
        {"scalar", torch::tensor(3.5)},
    };
    const fs::path out = test::makeTempDir("st-roundtrip") / "all.safetensors";
    saveSafetensors(out, tensors, {{"format", "pt"}, {"note", "x"}});
    const std::string bytes = readWholeFile(out);
    uint64_t n = 0;
    std::memcpy(&n, bytes.data(), 8);
    EXPECT_EQ(n % 8, 0U);
    const SafetensorsFile file(out);
    EXPECT_EQ(file.metadata().at("note"), "x");
    ASSERT_EQ(file.names().size(), tensors.size());
    for (const auto& [name, t] : tensors) {
        const torch::Tensor back = file.tensor(name);
        EXPECT_EQ(back.scalar_type(), t.scalar_type()) << name;
        EXPECT_TRUE(torch::equal(back, t)) << name;
    }
}

TEST(Safetensors, TruncatedFiles)
{
    EXPECT_ERROR_HAS(std::string("abc"), "shorter than the 8-byte header length");
    const std::string header = R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})";
    EXPECT_ERROR_HAS(image(header, 10), "past the data buffer");
    // Same, read from disk.
    const fs::path dir = test::makeTempDir("st-trunc");
    const std::string good = readWholeFile(goldenModel("falcon7b"));
    writeFileAtomically(dir / "cut.safetensors", std::string_view(good).substr(0, good.size() - 100));
    try {
        SafetensorsFile file(dir / "cut.safetensors");
        FAIL() << "a truncated file opened";
    } catch (const CheckpointError& e) {
        EXPECT_NE(std::string(e.what()).find("cut.safetensors"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("truncated"), std::string::npos) << e.what();
    }
}

TEST(Safetensors, HeaderLongerThanFile)
{
    EXPECT_ERROR_HAS(image("{}", 0, 4096), "is longer than the file");
    EXPECT_ERROR_HAS(image("{}", 0, uint64_t{1} << 40), "exceeds the 100 MB limit");
}

TEST(Safetensors, OverlappingAndGappedOffsets)
{
    EXPECT_ERROR_HAS(image(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                           R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                           12),
                     "overlap tensor 'a'");
    EXPECT_ERROR_HAS(image(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                           R"("b":{"dtype":"F32","shape":[2],"data_offsets":[12,20]}})",
                           20),
                     "gap of 4 bytes before tensor 'b'");
    EXPECT_ERROR_HAS(image(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", 16), "extra bytes at the end");
    EXPECT_ERROR_HAS(image(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}})", 8), "end before begin");
    EXPECT_ERROR_HAS(image(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,-8]}})", 8),
                     "data_offsets[1] must be a non-negative integer");
}

TEST(Safetensors, ShapeTimesDtypeMustEqualByteLength)
{
    EXPECT_ERROR_HAS(image(R"({"a":{"dtype":"BF16","shape":[3],"data_offsets":[0,8]}})", 8),
                     "shape [3] of BF16 needs 6 bytes but data_offsets span 8");
    EXPECT_ERROR_HAS(image(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,8]}})", 8),
                     "more than 2^64");
}

TEST(Safetensors, DtypesUnknownOrRefusedByName)
{
    EXPECT_ERROR_HAS(image(R"({"a":{"dtype":"F128","shape":[1],"data_offsets":[0,16]}})", 16), "unknown dtype 'F128'");
    // A known dtype Falconry cannot compute with parses, and is refused by name when read.
    const fs::path path = test::makeTempDir("st-u16") / "u16.safetensors";
    writeFileAtomically(path, image(R"({"a":{"dtype":"U16","shape":[2],"data_offsets":[0,4]}})", 4));
    const SafetensorsFile file(path);
    EXPECT_EQ(file.info("a").dtype, "U16");
    try {
        file.tensor("a");
        FAIL() << "U16 was read";
    } catch (const CheckpointError& e) {
        EXPECT_NE(std::string(e.what()).find("dtype U16, which Falconry cannot read"), std::string::npos) << e.what();
    }
}

TEST(Safetensors, BadJsonAndStructure)
{
    EXPECT_ERROR_HAS(image(R"({"a":{"dtype":"F32",)", 0), "header is not valid JSON");
    EXPECT_ERROR_HAS(image(R"([1,2])", 0), "must be a JSON object");
    EXPECT_ERROR_HAS(image(R"({"a":{"dtype":"F32","shape":[1]}})", 4), "missing \"data_offsets\"");
    EXPECT_ERROR_HAS(image(R"({"a":{"dtype":"F32","shape":"x","data_offsets":[0,4]}})", 4), "\"shape\" must be an array");
    EXPECT_ERROR_HAS(image(R"({"__metadata__":{"format":1}})", 0), "value of 'format' must be a string");
    EXPECT_ERROR_HAS(image(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                           R"("a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                           8),
                     "tensor name 'a' appears twice");
}

TEST(Safetensors, MissingTensorIsNamed)
{
    const SafetensorsFile file(goldenModel("falcon7b"));
    try {
        file.tensor("transformer.h.9.mlp.dense_h_to_4h.weight");
        FAIL();
    } catch (const CheckpointError& e) {
        EXPECT_NE(std::string(e.what()).find("no tensor named 'transformer.h.9.mlp.dense_h_to_4h.weight'"), std::string::npos);
    }
}

TEST(Safetensors, EmptyFileAndMinimalValidFile)
{
    EXPECT_ERROR_HAS(std::string(), "shorter than the 8-byte");
    EXPECT_EQ(parseError(image("{}", 0)), "");
    EXPECT_EQ(parseError(image("{}      ", 0)), ""); // space padding
}

} // namespace
} // namespace falconry
