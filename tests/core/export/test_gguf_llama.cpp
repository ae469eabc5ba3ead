// Falconry's GGUF files checked by llama.cpp itself (npm node-llama-cpp 3.21.1, through
// tests/gguf/llama_check.mjs): for the golden Falcon layouts llama.cpp runs (7B multi-query,
// 40B grouped KV with two norms), the bundled demo model (sentencepiece) and a Falcon-tokenizer
// model (byte-level BPE), f32/f16/bf16 exports must give exactly Falconry's own greedy tokens
// and token ids; q8_0 must agree on most positions with logits close to Falconry's; q4_k_m and
// the other quantized types must load and generate. Agreement figures are printed.
#include "core/export/gguf_export.h"
#include "core/export/gguf_lora_export.h"
#include "core/generate/generator.h"
#include "core/io/falcon_loader.h"
#include "core/io/safetensors_file.h"
#include "core/lora/adapter_loader.h"
#include "core/lora/lora_model.h"
#include "core/lora/peft_adapter.h"
#include "core/model/falcon_model.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/atomic_file.h"

#include "llama_check.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <map>

using namespace falconry;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int64_t kNewTokens = 12;

const std::vector<std::string> kTexts = {"Hello world", "The quick brown fox jumps over the lazy dog.",
                                         "Falconry exports GGUF files, 12345 of them!", "a b c"};

/** Falconry's reference: greedy continuation (EOS not special) and last-position probabilities. */
struct Reference {
    std::vector<int64_t> generated;
    torch::Tensor probabilities; // [V] softmax of the last prompt position
    std::vector<double> margins; // per generated token: Falconry's top-1 minus top-2 logit
};

Reference falconryGreedy(const fs::path& model, const fs::path& adapter, const std::vector<int64_t>& prompt)
{
    LoadOptions options;
    options.zeroCopy = false;
    FalconModel m = loadFalconModel(model, options);
    if (!adapter.empty())
        applyAdapterFromFolder(*m, adapter);
    GenerationSettings settings;
    settings.sampling.greedy = true;
    settings.maxNewTokens = kNewTokens;
    settings.stopOnEos = false;
    std::atomic<bool> stop{false};
    const GenerationResult result = generate(*m, nullptr, {prompt}, settings, {}, stop);
    Reference ref;
    ref.generated = result.rows.front().newIds;
    torch::NoGradGuard noGrad;
    m->eval();
    const torch::Tensor ids = torch::tensor(prompt, torch::kLong).unsqueeze(0);
    ref.probabilities = torch::softmax(m->forwardLast(ids).to(torch::kFloat32), -1)[0];
    std::vector<int64_t> full = prompt;
    full.insert(full.end(), ref.generated.begin(), ref.generated.end());
    const torch::Tensor logits = m->forward(torch::tensor(full, torch::kLong).unsqueeze(0)).to(torch::kFloat32)[0];
    for (size_t j = 0; j < ref.generated.size(); ++j) {
        const torch::Tensor top = std::get<0>(logits[static_cast<int64_t>(prompt.size() + j) - 1].topk(2));
        ref.margins.push_back((top[0] - top[1]).item<double>());
    }
    return ref;
}

std::vector<int64_t> ids(const json& array)
{
    std::vector<int64_t> out;
    for (const json& v : array)
        out.push_back(v.get<int64_t>());
    return out;
}

fs::path exportTo(const fs::path& dir, const fs::path& model, const fs::path& adapter, GgufFileType type)
{
    GgufExportOptions options;
    options.modelDir = model;
    options.adapterDir = adapter;
    options.outFile = dir / (model.parent_path().filename().string() + "-" + model.filename().string() + "-" +
                             ggufFileTypeName(type) + (adapter.empty() ? "" : "-lora") + ".gguf");
    options.fileType = type;
    options.templateName = "falcon-instruct";
    std::atomic<bool> stop{false};
    const GgufExportResult result = exportGguf(options, {}, stop);
    EXPECT_FALSE(result.cancelled);
    EXPECT_EQ(result.tensorsByType.count(ggmlTypeName(GgmlType::F16)) > 0, type == GgufFileType::MostlyF16)
        << "the export must be of the requested type, " << ggufFileTypeName(type);
    EXPECT_TRUE(fs::exists(result.file));
    return result.file;
}

/** One model folder (+ adapter) to check, with its prompts. */
struct Case {
    std::string name;
    fs::path model;
    fs::path adapter;
    std::vector<std::vector<int64_t>> prompts;
};

class GgufLlama : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (const auto reason = test::llamaUnavailable())
            GTEST_SKIP() << test::llamaSkipMessage(*reason);
        m_dir = test::makeTempDir("gguf-llama");
    }

    /** llama.cpp's greedy tokens (and distributions) for each prompt of `c` from `gguf`. */
    json llama(const fs::path& gguf, const Case& c, bool probabilities, int64_t tokens = kNewTokens,
               const fs::path& lora = {})
    {
        json request = {{"model", gguf.string()}, {"texts", kTexts}, {"prompts", c.prompts},
                        {"maxTokens", tokens}, {"probabilities", probabilities}};
        if (!lora.empty())
            request["lora"] = lora.string();
        return test::runLlamaCheck(request, m_dir);
    }

    /** Exact agreement: f32 / f16 / bf16 exports give Falconry's greedy tokens and token ids. */
    void expectExact(const Case& c, const fs::path& exportFrom, GgufFileType type)
    {
        const fs::path gguf = exportTo(m_dir, exportFrom, c.adapter, type);
        const json out = llama(gguf, c, false);
        ASSERT_EQ(out["runs"].size(), c.prompts.size());
        for (size_t i = 0; i < c.prompts.size(); ++i) {
            const Reference ref = falconryGreedy(c.model, c.adapter, c.prompts[i]);
            const std::vector<int64_t> theirs = ids(out["runs"][i]["generated"]);
            if (type != GgufFileType::MostlyBF16) {
                EXPECT_EQ(theirs, ref.generated) << c.name << " " << ggufFileTypeName(type) << " prompt " << i;
                continue;
            }
            // llama.cpp's CPU bf16 matmul rounds the activations to bf16 as well: the tokens must be
            // Falconry's up to the first near-tie (top-2 logit margin below 0.05), never beyond.
            ASSERT_EQ(theirs.size(), ref.generated.size());
            for (size_t j = 0; j < theirs.size(); ++j) {
                if (theirs[j] == ref.generated[j])
                    continue;
                EXPECT_LT(ref.margins[j], 0.05) << c.name << " bf16 prompt " << i << " token " << j << ": llama.cpp "
                                                << theirs[j] << ", Falconry " << ref.generated[j];
                std::cout << "[gguf] " << c.name << " bf16 prompt " << i << ": same " << j << "/" << theirs.size()
                          << " tokens, then a near-tie (Falconry's top-2 margin " << ref.margins[j] << ")\n";
                break;
            }
        }
        const std::unique_ptr<Tokenizer> tokenizer = Tokenizer::load(c.model);
        for (size_t i = 0; i < kTexts.size(); ++i)
            EXPECT_EQ(ids(out["tokenize"][i]), tokenizer->encode(kTexts[i])) << c.name << " text '" << kTexts[i] << "'";
    }

    /**
     * Top-1 agreement of a quantized export with Falconry, teacher-forced: every prefix of
     * Falconry's greedy continuation is a prompt, llama.cpp gives the next token. Also the
     * largest probability difference at the end of the original prompts.
     */
    double agreement(const Case& c, GgufFileType type, double* maxLogitDiff)
    {
        const fs::path gguf = exportTo(m_dir, c.model, c.adapter, type);
        Case prefixes = c;
        prefixes.prompts.clear();
        std::vector<int64_t> expected;
        std::vector<Reference> refs;
        for (const auto& prompt : c.prompts) {
            refs.push_back(falconryGreedy(c.model, c.adapter, prompt));
            std::vector<int64_t> seq = prompt;
            for (const int64_t next : refs.back().generated) {
                prefixes.prompts.push_back(seq);
                expected.push_back(next);
                seq.push_back(next);
            }
        }
        const json out = llama(gguf, prefixes, false, 1);
        int same = 0;
        for (size_t i = 0; i < expected.size(); ++i)
            same += ids(out["runs"][i]["generated"]).at(0) == expected[i] ? 1 : 0;
        const json dist = llama(gguf, c, true, 1);
        // The tiny models' distributions are nearly one-hot, so probabilities alone hide the
        // logits: compare log-probabilities relative to Falconry's top token (= logit
        // differences) for every token both give more than e^-30 of the top one's.
        *maxLogitDiff = 0.0;
        for (size_t i = 0; i < c.prompts.size(); ++i) {
            torch::Tensor theirs = torch::zeros_like(refs[i].probabilities, torch::kFloat64);
            for (const json& pair : dist["runs"][i]["probabilities"])
                theirs[pair[0].get<int64_t>()] = pair[1].get<double>();
            const torch::Tensor ours = refs[i].probabilities.to(torch::kFloat64);
            const int64_t top = ours.argmax().item<int64_t>();
            const torch::Tensor a = theirs.log() - theirs[top].log();
            const torch::Tensor b = ours.log() - ours[top].log();
            const torch::Tensor keep = (b > -30.0) & (theirs > 0) & (ours > 0);
            const double diff = (a - b).abs().masked_select(keep).max().item<double>();
            *maxLogitDiff = std::max(*maxLogitDiff, diff);
        }
        const double rate = static_cast<double>(same) / static_cast<double>(expected.size());
        std::cout << "[gguf] " << c.name << " " << ggufFileTypeName(type) << ": top-1 agreement with Falconry "
                  << same << "/" << expected.size() << " = " << rate << ", max logit difference " << *maxLogitDiff
                  << "\n";
        RecordProperty(c.name + "_" + ggufFileTypeName(type) + "_agreement", std::to_string(rate));
        return rate;
    }

    /** Loads and generates: every token a valid id. */
    void expectGenerates(const Case& c, GgufFileType type, int64_t vocab)
    {
        const fs::path gguf = exportTo(m_dir, c.model, c.adapter, type);
        const json out = llama(gguf, c, false);
        ASSERT_EQ(out["runs"].size(), c.prompts.size()) << ggufFileTypeName(type);
        for (const json& run : out["runs"]) {
            const auto generated = ids(run["generated"]);
            EXPECT_EQ(static_cast<int64_t>(generated.size()), kNewTokens) << ggufFileTypeName(type);
            for (const int64_t id : generated) {
                EXPECT_TRUE(id >= 0 && id < vocab) << id;
            }
        }
    }

    Case golden(const std::string& layout, const std::string& folder = "model-fp32") const
    {
        const fs::path dir = test::referenceDir() / "golden" / layout;
        const torch::Tensor prompt = SafetensorsFile(dir / "reference.safetensors").tensor("greedy_prompt");
        Case c{layout, dir / folder, {}, {}};
        std::vector<int64_t> p(prompt.data_ptr<int64_t>(), prompt.data_ptr<int64_t>() + prompt.numel());
        c.prompts = {p, {11, 17, 23}, {300, 2, 99, 45, 7, 120, 64}};
        return c;
    }

    Case demo() const
    {
        const fs::path model = test::testDataDir().parent_path().parent_path() / "resources" / "demo-model";
        const std::unique_ptr<Tokenizer> tokenizer = Tokenizer::load(model);
        Case c{"demo", model, {}, {}};
        c.prompts = {tokenizer->encode("User: What is Falconry?\nAssistant:"), tokenizer->encode("Once upon a time")};
        return c;
    }

    /** A small random LoRA adapter for the demo model (B random so that it changes the output). */
    fs::path demoAdapter()
    {
        const fs::path folder = m_dir / "demo-adapter";
        LoadOptions options;
        options.zeroCopy = false;
        FalconModel m = loadFalconModel(demo().model, options);
        LoraConfig config;
        config.r = 4;
        config.alpha = 8;
        torch::manual_seed(11);
        LoraModel lora = LoraModel::inject(*m, config);
        torch::NoGradGuard noGrad;
        for (const LoraLayer& layer : lora.layers())
            layer.adapter->loraB().copy_(torch::randn_like(layer.adapter->loraB()) * 0.05);
        savePeftAdapter(lora, folder);
        return folder;
    }

    fs::path m_dir;
};

} // namespace

TEST_F(GgufLlama, GoldenLayoutsExactInF32F16Bf16)
{
    for (const std::string layout : {"falcon7b", "falcon40b"}) {
        const Case c = golden(layout);
        expectExact(c, c.model, GgufFileType::AllF32);
        expectExact(c, c.model, GgufFileType::MostlyF16);
        // bf16 from the bf16 shards: the same weights Falconry computes with in fp32.
        Case bf = golden(layout, "model-bf16-sharded");
        expectExact(bf, bf.model, GgufFileType::MostlyBF16);
    }
}

TEST_F(GgufLlama, GoldenWithMergedAdapterExact)
{
    for (const std::string layout : {"falcon7b", "falcon40b"}) {
        Case c = golden(layout);
        c.adapter = test::referenceDir() / "golden" / layout / "adapter";
        expectExact(c, c.model, GgufFileType::AllF32);
        expectExact(c, c.model, GgufFileType::MostlyF16);
    }
}

TEST_F(GgufLlama, LoraGgufOnTheBase)
{
    // One base GGUF plus the adapter as a llama.cpp LoRA GGUF (--lora): Falconry's tokens with the adapter.
    for (const std::string layout : {"falcon7b", "falcon40b"}) {
        Case c = golden(layout);
        const fs::path adapter = test::referenceDir() / "golden" / layout / "adapter";
        const fs::path base = exportTo(m_dir, c.model, {}, GgufFileType::AllF32);
        const fs::path lora = m_dir / (layout + "-lora.gguf");
        exportGgufLora(c.model, adapter, lora, GgmlType::F32);
        const json out = llama(base, c, false, kNewTokens, lora);
        ASSERT_EQ(out["runs"].size(), c.prompts.size());
        int changed = 0;
        for (size_t i = 0; i < c.prompts.size(); ++i) {
            const Reference tuned = falconryGreedy(c.model, adapter, c.prompts[i]);
            const Reference plain = falconryGreedy(c.model, {}, c.prompts[i]);
            changed += tuned.generated != plain.generated ? 1 : 0;
            EXPECT_EQ(ids(out["runs"][i]["generated"]), tuned.generated) << layout << " prompt " << i;
        }
        EXPECT_GT(changed, 0) << "the golden adapter should change the greedy tokens";
    }
}

TEST_F(GgufLlama, DemoModelSentencePieceExact)
{
    Case c = demo();
    expectExact(c, c.model, GgufFileType::MostlyBF16); // the demo model is stored in bf16
    expectExact(c, c.model, GgufFileType::AllF32);
    c.adapter = demoAdapter();
    expectExact(c, c.model, GgufFileType::AllF32);
}

TEST_F(GgufLlama, QuantizedAgreeAndGenerate)
{
    double diff = 0.0;
    for (Case c : {golden("falcon7b"), golden("falcon40b"), demo()}) {
        EXPECT_GE(agreement(c, GgufFileType::MostlyQ8_0, &diff), 0.75) << c.name;
        EXPECT_LT(diff, 0.3) << c.name << " q8_0 logits";
        agreement(c, GgufFileType::MostlyQ4_K_M, &diff);
        expectGenerates(c, GgufFileType::MostlyQ4_K_M, 1 << 20);
    }
    // The demo model's rows (256, 1024) take every K-quant: Q6_K, Q5_K and Q4_K blocks as
    // llama.cpp reads them must stay close to Falconry.
    Case c = demo();
    for (const GgufFileType type : {GgufFileType::MostlyQ6_K, GgufFileType::MostlyQ5_K_M, GgufFileType::MostlyQ4_0,
                                    GgufFileType::MostlyQ5_0, GgufFileType::MostlyQ5_1}) {
        const double rate = agreement(c, type, &diff);
        EXPECT_GE(rate, type == GgufFileType::MostlyQ4_0 ? 0.3 : 0.5) << ggufFileTypeName(type);
        EXPECT_LT(diff, 3.0) << ggufFileTypeName(type) << " logits";
    }
}

TEST_F(GgufLlama, FalconByteLevelBpeTokenizer)
{
    // A small random model with the real Falcon tokenizer (65,024 tokens, 64,784 merges).
    const fs::path model = m_dir / "falcon-bpe";
    FalconConfig config;
    config.vocabSize = 65024;
    config.hiddenSize = 64;
    config.numAttentionHeads = 4;
    config.numHiddenLayers = 2;
    config.maxPositionEmbeddings = 256;
    config.ffnHiddenSize = 256;
    ModelOptions options;
    options.seed = 5;
    FalconModel m(config, options);
    fs::create_directories(model);
    saveFalconModel(*m, model);
    copyTokenizerFiles(test::referenceDir() / "falcon-tokenizer", model);
    // The 46 texts of llama.cpp's own falcon tokenizer test and HF's ids for them.
    const std::string inp = readWholeFile(test::referenceDir() / "falcon-tokenizer/vectors.inp");
    const std::string sep = "\n__ggml_vocab_test__\n";
    std::vector<std::string> texts;
    for (size_t at = 0;;) {
        const size_t next = inp.find(sep, at);
        texts.push_back(inp.substr(at, next == std::string::npos ? std::string::npos : next - at));
        if (next == std::string::npos)
            break;
        at = next + sep.size();
    }
    if (!texts.empty() && texts.back().empty())
        texts.pop_back();
    std::ifstream outs(test::referenceDir() / "falcon-tokenizer/vectors.out");
    std::vector<std::vector<int64_t>> expected;
    for (std::string line; std::getline(outs, line);) {
        std::istringstream words(line);
        std::vector<int64_t> row;
        for (int64_t id = 0; words >> id;)
            row.push_back(id);
        expected.push_back(row);
    }
    ASSERT_EQ(texts.size(), expected.size());
    const fs::path gguf = exportTo(m_dir, model, {}, GgufFileType::AllF32);
    const json request = {{"model", gguf.string()}, {"texts", texts}, {"prompts", json::array({{1212, 318, 257, 1332}})},
                          {"maxTokens", kNewTokens}, {"probabilities", false}};
    const json out = test::runLlamaCheck(request, m_dir);
    int same = 0;
    for (size_t i = 0; i < texts.size(); ++i) {
        const auto theirs = ids(out["tokenize"][i]);
        same += theirs == expected[i] ? 1 : 0;
        EXPECT_EQ(theirs, expected[i]) << "text " << i << ": '" << texts[i] << "'";
    }
    std::cout << "[gguf] Falcon BPE: llama.cpp tokenizes " << same << "/" << texts.size()
              << " of llama.cpp's falcon vectors as Hugging Face does\n";
    const Reference ref = falconryGreedy(model, {}, {1212, 318, 257, 1332});
    EXPECT_EQ(ids(out["runs"][0]["generated"]), ref.generated);
}

TEST(GgufExport, RefusesFalconRwWithTheReason)
{
    GgufExportOptions options;
    options.modelDir = test::referenceDir() / "golden/falconrw/model-fp32";
    options.outFile = test::makeTempDir("gguf-rw") / "rw.gguf";
    std::atomic<bool> stop{false};
    try {
        exportGguf(options, {}, stop);
        FAIL() << "falcon-rw was exported";
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("ALiBi"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(options.outFile));
}

TEST(GgufExport, CancelLeavesNoFile)
{
    GgufExportOptions options;
    options.modelDir = test::referenceDir() / "golden/falcon7b/model-fp32";
    options.outFile = test::makeTempDir("gguf-cancel-export") / "c.gguf";
    options.templateName = "falcon-instruct";
    std::atomic<bool> stop{false};
    int calls = 0;
    const GgufExportResult result = exportGguf(options, [&](const GgufExportProgress&) { return ++calls < 3; }, stop);
    EXPECT_TRUE(result.cancelled);
    EXPECT_EQ(calls, 3);
    EXPECT_FALSE(fs::exists(options.outFile));
    EXPECT_FALSE(fs::exists(options.outFile.string() + ".partial"));
    EXPECT_FALSE(fs::exists(options.outFile.parent_path() / "Modelfile"));
}

TEST(GgufExport, ModelfileAndChatTemplate)
{
    GgufExportOptions options;
    options.modelDir = test::referenceDir() / "golden/falcon7b/model-fp32";
    options.outFile = test::makeTempDir("gguf-modelfile") / "tiny.gguf";
    options.templateName = "falcon-instruct";
    options.fileType = GgufFileType::MostlyQ8_0;
    std::atomic<bool> stop{false};
    const GgufExportResult result = exportGguf(options, {}, stop);
    ASSERT_FALSE(result.modelfile.empty());
    const std::string modelfile = readWholeFile(result.modelfile);
    EXPECT_NE(modelfile.find("FROM ./tiny.gguf\n"), std::string::npos) << modelfile;
    EXPECT_NE(modelfile.find("TEMPLATE \"\"\""), std::string::npos);
    EXPECT_NE(modelfile.find("User: {{ .Content }}\n"), std::string::npos) << modelfile;
    EXPECT_NE(modelfile.find("PARAMETER stop \"\\nUser:\""), std::string::npos) << modelfile;
    EXPECT_NE(modelfile.find("ollama create tiny -f Modelfile"), std::string::npos);
    const std::string gguf = readWholeFile(result.file);
    EXPECT_NE(gguf.find("tokenizer.chat_template"), std::string::npos);
    EXPECT_NE(gguf.find("'Assistant: ' + message['content'] + eos_token"), std::string::npos);
}
