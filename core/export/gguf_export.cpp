#include "core/export/gguf_export.h"

#include "core/export/chat_template.h"
#include "core/export/gguf_tensor_plan.h"
#include "core/export/gguf_vocab.h"
#include "core/export/gguf_writer.h"
#include "core/export/quantize.h"
#include "core/io/checkpoint_reader.h"
#include "core/lora/peft_adapter.h"
#include "core/model/falcon_config.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>

#include <fstream>
#include <optional>
#include <vector>

namespace falconry {
namespace {

// Rows per chunk: about 16 M floats (64 MB of fp32 working memory).
constexpr int64_t kChunkElements = int64_t{1} << 24;

/** lora_A / lora_B of one module, by the HF weight name they change. */
struct LoraPair {
    torch::Tensor a; // [r, in]
    torch::Tensor b; // [out, r]
};

std::map<std::string, LoraPair> indexAdapter(const PeftAdapter& adapter, const std::string& where)
{
    std::map<std::string, LoraPair> pairs;
    const std::string prefix = "base_model.model.";
    for (const auto& [name, tensor] : adapter.tensors) {
        const bool isA = name.find(".lora_A.") != std::string::npos;
        const bool isB = name.find(".lora_B.") != std::string::npos;
        if (!isA && !isB)
            throw CheckpointError(where + ": tensor '" + name + "' is neither lora_A nor lora_B; expected a plain "
                                  "LoRA adapter");
        std::string module = name.substr(0, name.find(isA ? ".lora_A." : ".lora_B."));
        if (module.rfind(prefix, 0) == 0)
            module = module.substr(prefix.size());
        LoraPair& pair = pairs[module + ".weight"];
        (isA ? pair.a : pair.b) = tensor.to(torch::kFloat32).contiguous();
    }
    for (const auto& [weight, pair] : pairs)
        if (!pair.a.defined() || !pair.b.defined())
            throw CheckpointError(where + ": the adapter has only one of lora_A / lora_B for '" + weight + "'");
    return pairs;
}

void writeMetadata(GgufWriter& writer, const FalconConfig& config, const GgufExportOptions& options,
                   const GgufVocab& vocab, const std::string& name)
{
    writer.addString("general.architecture", "falcon");
    writer.addString("general.type", "model");
    writer.addString("general.name", name);
    const std::string license = readModelLicense(options.modelDir);
    if (!license.empty())
        writer.addString("general.license", license);
    writer.addUint32("general.file_type", static_cast<uint32_t>(options.fileType));
    const bool quantized = options.fileType != GgufFileType::AllF32 && options.fileType != GgufFileType::MostlyF16 &&
                           options.fileType != GgufFileType::MostlyBF16;
    if (quantized)
        writer.addUint32("general.quantization_version", 2); // GGML_QNT_VERSION
    writer.addUint32("falcon.context_length", static_cast<uint32_t>(config.maxPositionEmbeddings));
    writer.addString("falcon.tensor_data_layout", "jploski"); // the converter's marker for the reordered QKV
    writer.addUint32("falcon.embedding_length", static_cast<uint32_t>(config.hiddenSize));
    writer.addUint32("falcon.feed_forward_length", static_cast<uint32_t>(config.ffnSize()));
    writer.addUint32("falcon.block_count", static_cast<uint32_t>(config.numHiddenLayers));
    writer.addUint32("falcon.attention.head_count", static_cast<uint32_t>(config.numAttentionHeads));
    writer.addUint32("falcon.attention.head_count_kv", static_cast<uint32_t>(config.kvHeads()));
    writer.addFloat32("falcon.attention.layer_norm_epsilon", static_cast<float>(config.layerNormEpsilon));
    writer.addFloat32("falcon.rope.freq_base", static_cast<float>(config.ropeTheta));
    if (config.ropeScaling) {
        writer.addString("falcon.rope.scaling.type", "linear");
        writer.addFloat32("falcon.rope.scaling.factor", static_cast<float>(config.ropeScaling->factor));
    }
    vocab.write(writer);
    if (!options.templateName.empty())
        writer.addString("tokenizer.chat_template", jinjaChatTemplate(PromptTemplate::fromName(options.templateName)));
}

/** Rows [begin, end) of the tensor as llama.cpp wants them, in fp32, with the adapter's delta. */
torch::Tensor chunkRows(const torch::Tensor& source, const std::optional<torch::Tensor>& order,
                        const LoraPair* lora, double scaling, int64_t begin, int64_t end)
{
    torch::Tensor index;
    torch::Tensor rows;
    if (order) {
        index = order->slice(0, begin, end);
        rows = source.index_select(0, index).to(torch::kFloat32);
    } else {
        rows = source.slice(0, begin, end).to(torch::kFloat32);
    }
    if (lora) {
        const torch::Tensor b = order ? lora->b.index_select(0, index) : lora->b.slice(0, begin, end);
        rows = rows + torch::matmul(b, lora->a) * scaling; // [rows, r] @ [r, in], as peft's merge in fp32
    }
    return rows.contiguous();
}

} // namespace

std::string templateOfRun(const std::filesystem::path& adapterDir)
{
    if (adapterDir.empty())
        return {};
    const std::filesystem::path absolute = std::filesystem::absolute(adapterDir);
    for (std::filesystem::path dir = absolute; !dir.empty() && dir != dir.parent_path(); dir = dir.parent_path()) {
        const std::filesystem::path runJson = dir / "run.json";
        if (!std::filesystem::exists(runJson))
            continue;
        try {
            const nlohmann::json run = nlohmann::json::parse(readWholeFile(runJson));
            if (run.contains("template") && run["template"].is_string())
                return run["template"].get<std::string>();
            for (const auto& [key, value] : run.items())
                if (value.is_object() && value.contains("template") && value["template"].is_string())
                    return value["template"].get<std::string>();
        } catch (const std::exception&) {
            return {};
        }
        return {};
    }
    return {};
}

std::string readModelLicense(const std::filesystem::path& modelDir)
{
    std::ifstream in(modelDir / "README.md");
    std::string line;
    if (!in || !std::getline(in, line) || line.rfind("---", 0) != 0)
        return {};
    while (std::getline(in, line) && line.rfind("---", 0) != 0) {
        if (line.rfind("license:", 0) == 0) {
            std::string value = line.substr(8);
            const size_t first = value.find_first_not_of(" \t\"'");
            const size_t last = value.find_last_not_of(" \t\"'\r");
            return first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
        }
    }
    return {};
}

GgufExportResult exportGguf(const GgufExportOptions& options, const GgufProgressFn& progress,
                            const std::atomic<bool>& stop)
{
    torch::NoGradGuard noGrad;
    const FalconConfig config = FalconConfig::load(options.modelDir);
    if (const auto reason = ggufUnsupportedReason(config))
        throw ConfigError("cannot export " + options.modelDir.string() + " as GGUF: " + *reason);
    const CheckpointReader reader(options.modelDir);
    std::map<std::string, LoraPair> lora;
    double scaling = 0.0;
    if (!options.adapterDir.empty()) {
        const PeftAdapter adapter = readPeftAdapter(options.adapterDir);
        lora = indexAdapter(adapter, (options.adapterDir / "adapter_model.safetensors").string());
        scaling = adapter.config.scaling();
    }
    const GgufVocab vocab = GgufVocab::read(options.modelDir, config.vocabSize, config.bosTokenId, config.eosTokenId);
    const bool withOutput = !config.tieWordEmbeddings;
    const std::vector<GgufTensorPlan> plans = planGgufTensors(config, options.fileType, withOutput);
    for (const auto& [weight, pair] : lora) {
        const bool found = std::any_of(plans.begin(), plans.end(), [&](const GgufTensorPlan& p) { return p.hfName == weight; });
        if (!found)
            throw CheckpointError((options.adapterDir / "adapter_model.safetensors").string() + ": the adapter changes '" +
                                  weight + "', which this model does not have; is it the adapter of another model?");
    }

    const std::string name = !options.modelName.empty() ? options.modelName : options.outFile.stem().string();
    GgufWriter writer(options.outFile);
    writeMetadata(writer, config, options, vocab, name);
    GgufExportResult result;
    for (const GgufTensorPlan& plan : plans) {
        writer.addTensor(plan.ggufName, plan.ggmlShape(), plan.type);
        int64_t elements = 1;
        for (const int64_t n : plan.hfShape)
            elements *= n;
        result.largestTensorBytes = std::max<uint64_t>(result.largestTensorBytes, static_cast<uint64_t>(elements) * 4);
        ++result.tensorsByType[ggmlTypeName(plan.type)];
    }
    writer.writeHeader();

    std::optional<torch::Tensor> qkvOrder;
    {
        const std::vector<int64_t> order = qkvRowOrder(config);
        qkvOrder = torch::tensor(order, torch::kLong);
    }
    GgufExportProgress report;
    report.tensorCount = plans.size();
    report.bytesTotal = writer.dataBytes();
    std::vector<uint8_t> buffer;
    for (size_t i = 0; i < plans.size(); ++i) {
        const GgufTensorPlan& plan = plans[i];
        torch::Tensor source = reader.tensor(plan.hfName); // a view into the mapped file
        if (source.sizes().vec() != plan.hfShape)
            throw CheckpointError(reader.fileOf(plan.hfName).string() + ": tensor '" + plan.hfName + "' has shape " +
                                  c10::str(source.sizes()) + ", expected " + c10::str(c10::IntArrayRef(plan.hfShape)) +
                                  " from config.json");
        if (source.dim() == 1)
            source = source.unsqueeze(0); // norms: one row
        const int64_t rows = source.size(0);
        const int64_t cols = source.size(1);
        const auto found = lora.find(plan.hfName);
        const LoraPair* pair = found == lora.end() ? nullptr : &found->second;
        const int64_t chunkRowsCount = std::max<int64_t>(1, kChunkElements / cols);
        writer.beginTensor(i);
        for (int64_t begin = 0; begin < rows; begin += chunkRowsCount) {
            if (stop.load()) {
                result.cancelled = true;
                return result; // the writer removes the partial file
            }
            const int64_t end = std::min(rows, begin + chunkRowsCount);
            const torch::Tensor chunk =
                chunkRows(source, plan.qkvReorder ? qkvOrder : std::nullopt, pair, scaling, begin, end);
            const uint64_t bytes = ggmlRowBytes(plan.type, cols) * static_cast<uint64_t>(end - begin);
            buffer.resize(bytes);
            // Rows are independent: quantize them on libtorch's intra-op threads.
            const float* chunkData = chunk.data_ptr<float>();
            uint8_t* out = buffer.data();
            const uint64_t rowBytes = ggmlRowBytes(plan.type, cols);
            at::parallel_for(0, end - begin, 1, [&](int64_t first, int64_t last) {
                quantizeRows(plan.type, chunkData + first * cols, last - first, cols, out + first * rowBytes);
            });
            writer.append(buffer.data(), bytes);
            report.tensorIndex = i;
            report.tensorName = plan.ggufName;
            report.bytesDone += bytes;
            if (progress && !progress(report)) {
                result.cancelled = true;
                return result;
            }
        }
    }
    result.fileBytes = writer.finish();
    result.file = options.outFile;
    result.tensorCount = plans.size();
    if (options.writeModelfile && !options.templateName.empty()) {
        const PromptTemplate tpl = PromptTemplate::fromName(options.templateName);
        const std::string eosText = vocab.eosId && *vocab.eosId < static_cast<int64_t>(vocab.tokens.size())
            ? vocab.tokens[static_cast<size_t>(*vocab.eosId)] : std::string();
        result.modelfile = options.outFile.parent_path() / "Modelfile";
        writeFileAtomically(result.modelfile, ollamaModelfile(options.outFile.filename().string(), name, tpl, eosText,
                                                              config.maxPositionEmbeddings));
    }
    return result;
}

} // namespace falconry
