#pragma once

// Engine-thread state: only the worker thread touches it. Included by the job
// .cpp files, never by a Qt widget header (it pulls in core and torch).

#include "core/model/falcon_model.h"
#include "core/tokenizer/tokenizer.h"

#include <filesystem>
#include <memory>
#include <string>

namespace falconry::ui {

/** How the loaded model holds the weights of its blocks' linear layers for generation. */
enum class GenerationWeights {
    Stored, // as the checkpoint stores them (bf16 stays bf16 and memory-mapped, fp32 stays fp32)
    Nf4,    // quantized to 4-bit NF4 (double-quantized) and decoded from the codes (core/lora/nf4_gemv)
};

/**
 * What stays loaded on the engine thread between jobs: the model used for
 * generation (one copy of the base weights), its tokenizer and the adapter
 * injected into it. Loaded on first use and kept until another model, or
 * other weights, are asked for.
 */
class EngineState {
public:
    /** The model in `dir` with its tokenizer: as loaded if it is, else loaded now with its stored weights. */
    FalconModelImpl& model(const std::filesystem::path& dir);
    /**
     * The model in `dir` holding `weights`. Stored -> Nf4 quantizes the loaded copy in place (the
     * stored weights are freed); Nf4 -> Stored loads the folder again. Either way there is one
     * copy, and an adapter that was attached is attached again on the side of it.
     */
    FalconModelImpl& model(const std::filesystem::path& dir, GenerationWeights weights);
    const Tokenizer& tokenizer() const { return *m_tokenizer; }
    /** Injects the PEFT adapter in `adapterDir` unless it is the one already there. */
    void useAdapter(const std::filesystem::path& adapterDir);
    void unload();

    /** What the loaded model's block linears hold (Stored when none is loaded). */
    GenerationWeights weights() const { return m_weights; }

    std::filesystem::path modelDir;   // folder of the loaded model (empty = none)
    std::filesystem::path adapterDir; // adapter injected into it (empty = none)

private:
    void load(const std::filesystem::path& dir);

    FalconModel m_model{nullptr};
    std::unique_ptr<Tokenizer> m_tokenizer;
    GenerationWeights m_weights = GenerationWeights::Stored;
};

} // namespace falconry::ui
