#include "core/io/falcon_loader.h"

#include "core/io/hf_cache.h"
#include "core/model/weight_map.h"
#include "core/util/atomic_file.h"
#include "core/util/atomic_folder.h"
#include "core/util/crash_point.h"
#include "core/util/error_info.h"

#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace falconry {
namespace {

std::string shapeString(const std::vector<int64_t>& shape)
{
    std::ostringstream out;
    out << '[';
    for (size_t i = 0; i < shape.size(); ++i)
        out << (i ? ", " : "") << shape[i];
    out << ']';
    return out.str();
}

std::string listNames(const std::vector<std::string>& names)
{
    std::string out;
    const size_t shown = std::min<size_t>(names.size(), 8);
    for (size_t i = 0; i < shown; ++i)
        out += (i ? ", " : "") + names[i];
    if (names.size() > shown)
        out += " and " + std::to_string(names.size() - shown) + " more";
    return out;
}

const char* dtypeConfigName(torch::ScalarType t)
{
    switch (t) {
    case torch::kBFloat16: return "bfloat16";
    case torch::kHalf: return "float16";
    default: return "float32";
    }
}

} // namespace

void checkCheckpointAgainstConfig(const CheckpointReader& reader, const FalconConfig& config)
{
    const std::vector<WeightMapEntry> table = falconWeightMap(config);
    std::set<std::string> known;
    std::vector<std::string> missing;
    std::vector<std::string> wrongShape;
    std::vector<std::string> wrongType;
    for (const auto& e : table) {
        known.insert(e.name);
        if (!reader.contains(e.name)) {
            if (e.role == WeightRole::Required)
                missing.push_back(e.name);
            continue;
        }
        const auto& info = reader.info(e.name);
        if (info.shape != e.shape)
            wrongShape.push_back(e.name + " is " + shapeString(info.shape) + ", expected " + shapeString(e.shape));
        else if (!info.isFloatingPoint())
            wrongType.push_back(e.name + " is stored as " + info.dtype + " (integers)");
        else if (!torchScalarType(info.dtype))
            wrongType.push_back(e.name + " has dtype " + info.dtype + ", which Falconry cannot read");
    }
    std::vector<std::string> unexpected;
    for (const auto& name : reader.names())
        if (!known.count(name) && !isIgnoredCheckpointTensor(name))
            unexpected.push_back(name);
    if (missing.empty() && wrongShape.empty() && wrongType.empty() && unexpected.empty())
        return;
    std::string msg = reader.location().string() + ": checkpoint does not match config.json (" + toString(config.layout()) +
                      ", " + std::to_string(config.numHiddenLayers) + " layers, hidden " + std::to_string(config.hiddenSize) + ")";
    if (!missing.empty())
        msg += "; missing tensors: " + listNames(missing);
    if (!wrongShape.empty())
        msg += "; wrong shape: " + listNames(wrongShape);
    if (!wrongType.empty())
        msg += "; weights must be floating point (F32, F16 or BF16): " + listNames(wrongType);
    if (!unexpected.empty())
        msg += "; unexpected tensors: " + listNames(unexpected);
    if (!missing.empty() && wrongShape.empty() && wrongType.empty()) // a partial download or a shard gone
        throw Described<CheckpointError>(msg, "model.incomplete",
                                         {{"folder", reader.location().string()}, {"missing", listNames(missing)}});
    throw CheckpointError(msg);
}

void loadFalconWeights(FalconModelImpl& model, const CheckpointReader& reader, const LoadOptions& options)
{
    torch::NoGradGuard noGrad;
    const auto params = model.named_parameters(/*recurse=*/true);
    uint64_t total = 0;
    for (const auto& item : params)
        total += reader.info(item.key()).byteSize();
    uint64_t done = 0;
    for (const auto& item : params) {
        const std::string& name = item.key();
        torch::Tensor param = item.value();
        torch::Tensor src = reader.tensor(name);
        if (!src.sizes().equals(param.sizes()))
            throw CheckpointError(reader.fileOf(name).string() + ": tensor '" + name + "' is " + c10::str(src.sizes()) +
                                  ", the model expects " + c10::str(param.sizes()));
        if (options.zeroCopy && src.scalar_type() == param.scalar_type() && param.device().is_cpu())
            param.set_data(src); // the parameter now reads the mapped file
        else
            param.copy_(src);
        done += reader.info(name).byteSize();
        if (options.progress && !options.progress(done, total))
            throw LoadCancelled("loading " + reader.location().string() + " was stopped");
    }
}

FalconModel loadFalconModel(const fs::path& folderOrRepo, const LoadOptions& options)
{
    const fs::path folder = resolveModelPath(folderOrRepo.string());
    const FalconConfig config = FalconConfig::load(folder);
    const CheckpointReader reader(folder);
    checkCheckpointAgainstConfig(reader, config); // before allocating anything
    ModelOptions mo;
    mo.dtype = options.dtype;
    mo.device = options.device;
    mo.randomInit = false;
    FalconModel model(config, mo);
    loadFalconWeights(*model, reader, options);
    model->eval();
    return model;
}

std::vector<std::pair<std::string, torch::Tensor>> falconStateDict(FalconModelImpl& model, std::optional<torch::ScalarType> dtype)
{
    torch::NoGradGuard noGrad;
    std::map<std::string, torch::Tensor> params;
    for (const auto& item : model.named_parameters(true))
        params.emplace(item.key(), item.value());
    // Quantized linears hold no plain weight: take the dequantized one.
    for (auto& [name, linear] : model.linearLayers())
        if (linear->weightSource())
            params[name + ".weight"] = linear->effectiveWeight(dtype.value_or(model.dtype()));
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto& e : falconWeightMap(model.config())) {
        if (e.role == WeightRole::TiedDuplicate)
            continue;
        torch::Tensor t = params.at(e.name).detach();
        if (dtype && t.scalar_type() != *dtype)
            t = t.to(*dtype);
        out.emplace_back(e.name, t.to(torch::kCPU));
    }
    return out;
}

void saveFalconModel(FalconModelImpl& model, const fs::path& folder, const SaveOptions& options)
{
    const torch::ScalarType dtype = options.dtype.value_or(model.dtype());
    const auto tensors = falconStateDict(model, dtype);
    AtomicFolder out(folder, "config.json");
    saveSafetensorsCheckpoint(out.path(), tensors, options.maxShardBytes, options.progress);
    crashPoint("model-after-weights");
    FalconConfig config = model.config();
    config.torchDtype = dtypeConfigName(dtype);
    writeFileAtomically(out.path() / "config.json", config.toJson().dump(2) + "\n");
    const nlohmann::json generation = {{"_from_model_config", true},
                                       {"bos_token_id", config.bosTokenId},
                                       {"eos_token_id", config.eosTokenId},
                                       {"transformers_version", "4.36.2"}};
    writeFileAtomically(out.path() / "generation_config.json", generation.dump(2) + "\n");
    if (!options.tokenizerFrom.empty())
        copyTokenizerFiles(options.tokenizerFrom, out.path());
    out.commit();
}

void copyTokenizerFiles(const fs::path& from, const fs::path& to)
{
    for (const char* name : {"tokenizer.json", "tokenizer.model", "tokenizer_config.json", "special_tokens_map.json"}) {
        std::error_code ec;
        if (fs::exists(from / name, ec) && !fs::equivalent(from, to, ec))
            writeFileAtomically(to / name, readWholeFile(from / name));
    }
}

} // namespace falconry
