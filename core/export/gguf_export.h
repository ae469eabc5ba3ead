#pragma once

#include "core/export/ggml_type.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>

namespace falconry {

/** What to export: a Falcon HF folder, optionally with a PEFT adapter merged, as one GGUF file. */
struct GgufExportOptions {
    std::filesystem::path modelDir;   // config.json, safetensors, tokenizer
    std::filesystem::path adapterDir; // PEFT LoRA adapter merged into the weights; empty = none
    std::filesystem::path outFile;    // NAME.gguf
    GgufFileType fileType = GgufFileType::MostlyF16;
    std::string templateName;         // prompt template ("falcon-instruct", ...): chat template + Modelfile; empty = none
    std::string modelName;            // general.name; empty = the out file's stem
    bool writeModelfile = true;       // an Ollama Modelfile beside the GGUF (needs templateName)
};

/** Reported after each chunk of rows written (about 64 MB of fp32 at most). */
struct GgufExportProgress {
    size_t tensorIndex = 0;
    size_t tensorCount = 0;
    std::string tensorName;  // llama.cpp name
    uint64_t bytesDone = 0;  // tensor data written so far
    uint64_t bytesTotal = 0;
};
using GgufProgressFn = std::function<bool(const GgufExportProgress&)>; // false = stop

struct GgufExportResult {
    bool cancelled = false;                  // stopped: nothing was written
    std::filesystem::path file;
    std::filesystem::path modelfile;         // empty when none was written
    uint64_t fileBytes = 0;
    size_t tensorCount = 0;
    std::map<std::string, int> tensorsByType; // "q4_K" -> count
    uint64_t largestTensorBytes = 0;         // fp32 bytes of the largest tensor (the working memory's scale)
};

/**
 * Writes `options.outFile` as a GGUF v3 for llama.cpp's `falcon` architecture, with the metadata
 * llama.cpp's converter writes (convert_hf_to_gguf.py FalconModel: context length, embedding and
 * feed-forward length, block count, head counts, layer-norm epsilon, rope base, file type, name,
 * licence), the tokenizer (GgufVocab) and, with a template, tokenizer.chat_template; then an
 * Ollama `Modelfile` beside it. Tensors stream one at a time, in chunks of rows, from the
 * memory-mapped checkpoint: the adapter's delta is added in fp32 per chunk (W + scaling * B A,
 * as peft's merge), the chunk converted or quantized and written. Extra memory is a chunk, never
 * a second model. The file appears under its name only when complete (temporary name + rename).
 * A refused layout throws ConfigError with llama.cpp's reason (ggufUnsupportedReason).
 */
GgufExportResult exportGguf(const GgufExportOptions& options, const GgufProgressFn& progress,
                            const std::atomic<bool>& stop);

/**
 * The prompt template a run was trained with ("template" in the run.json of the adapter's run
 * folder: `<run>/adapter` or a checkpoint under `<run>/checkpoints/`), or empty when unknown.
 */
std::string templateOfRun(const std::filesystem::path& adapterDir);

/** The `license:` of a Hugging Face README's front matter, or empty. */
std::string readModelLicense(const std::filesystem::path& modelDir);

} // namespace falconry
