#pragma once

#include "core/io/checkpoint_reader.h"
#include "core/model/falcon_model.h"
#include "core/util/errors.h"

#include <torch/torch.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace falconry {

/** Load progress: (bytes of tensor data done, total bytes); return false to stop. */
using LoadProgressFn = std::function<bool(uint64_t done, uint64_t total)>;

/** Thrown when a progress callback asked to stop. */
class LoadCancelled : public Error {
public:
    using Error::Error;
};

struct LoadOptions {
    torch::ScalarType dtype = torch::kFloat; // weights and compute: kFloat or kBFloat16
    torch::Device device = torch::kCPU;
    LoadProgressFn progress;
    /** CPU + same dtype as the file: parameters are views of the mapped file (no copy, no load time). */
    bool zeroCopy = true;
};

/**
 * Loads a Hugging Face Falcon folder (config.json + safetensors, single or sharded) or a cached
 * repo id ("tiiuae/falcon-7b"). Every tensor is checked against the weight table before anything
 * is allocated: missing, unexpected and mis-shaped tensors are named in one CheckpointError.
 */
FalconModel loadFalconModel(const std::filesystem::path& folder, const LoadOptions& options = {});

/** Checks `reader` against the table of `config` (names, shapes); throws CheckpointError listing every problem. */
void checkCheckpointAgainstConfig(const CheckpointReader& reader, const FalconConfig& config);

/** Fills `model`'s parameters from `reader` (already checked). */
void loadFalconWeights(FalconModelImpl& model, const CheckpointReader& reader, const LoadOptions& options);

/**
 * The model's tensors by HF name in table order (tied lm_head left out, as save_pretrained does;
 * quantized linears dequantized), converted to `dtype` when given, on the CPU.
 */
std::vector<std::pair<std::string, torch::Tensor>> falconStateDict(FalconModelImpl& model,
                                                                   std::optional<torch::ScalarType> dtype = std::nullopt);

struct SaveOptions {
    std::optional<torch::ScalarType> dtype;         // default: the model's dtype
    uint64_t maxShardBytes = kDefaultMaxShardBytes; // above it: shards + model.safetensors.index.json
    SaveProgressFn progress;
    std::filesystem::path tokenizerFrom; // when set: its tokenizer files are written into the folder too
};

/**
 * Writes a Hugging Face folder transformers loads: config.json, generation_config.json and
 * model.safetensors (or shards + index), and the tokenizer files of options.tokenizerFrom.
 * The folder appears whole or not at all (core/util/atomic_folder.h); an existing folder is
 * replaced only when it is empty or an earlier model folder (holds config.json).
 */
void saveFalconModel(FalconModelImpl& model, const std::filesystem::path& folder, const SaveOptions& options = {});

/** Copies tokenizer.json / tokenizer.model / tokenizer_config.json / special_tokens_map.json if present. */
void copyTokenizerFiles(const std::filesystem::path& from, const std::filesystem::path& to);

} // namespace falconry
