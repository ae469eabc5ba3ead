#include "ui/engine/engine_state.h"

#include "ui/engine/engine_job.h"

#include "core/io/checkpoint_reader.h"
#include "core/io/falcon_loader.h"
#include "core/lora/adapter_loader.h"
#include "core/lora/nf4.h"
#include "core/model/device.h"

namespace falconry::ui {

void EngineStateDeleter::operator()(EngineState* state) const
{
    delete state;
}

EngineStatePtr makeEngineState()
{
    return EngineStatePtr(new EngineState);
}

FalconModelImpl& EngineState::model(const std::filesystem::path& dir)
{
    if (!m_model || dir != modelDir)
        load(dir);
    return *m_model;
}

FalconModelImpl& EngineState::model(const std::filesystem::path& dir, GenerationWeights weights)
{
    if (m_model && dir == modelDir && weights == m_weights)
        return *m_model;
    if (m_model && dir == modelDir && weights == GenerationWeights::Nf4) {
        // In place: each linear's stored weight is replaced by its NF4 codes; an attached
        // adapter stays where it is, on the side of the (now 4-bit) base weights.
        quantizeModelToNf4(*m_model, true);
        m_weights = GenerationWeights::Nf4;
        return *m_model;
    }
    // Another model, or the stored weights back: the old copy goes first (one copy in memory).
    const std::filesystem::path adapter = dir == modelDir ? adapterDir : std::filesystem::path();
    load(dir);
    if (weights == GenerationWeights::Nf4) {
        quantizeModelToNf4(*m_model, true);
        m_weights = GenerationWeights::Nf4;
    }
    if (!adapter.empty())
        useAdapter(adapter);
    return *m_model;
}

void EngineState::load(const std::filesystem::path& dir)
{
    unload();
    // Compute in the dtype the weights are stored in: bf16 checkpoints stay bf16
    // (and memory-mapped, no copy); fp32 ones stay fp32.
    LoadOptions options;
    const CheckpointReader reader(dir);
    const auto bytes = reader.bytesByDtype();
    const uint64_t bf16 = bytes.count("BF16") ? bytes.at("BF16") : 0;
    options.dtype = bf16 * 2 > reader.totalBytes() ? torch::kBFloat16 : torch::kFloat;
    // The GPU when there is one, as training's --device auto (generation, Compare).
    options.device = selectDevice("auto", 0);
    m_model = loadFalconModel(dir, options);
    m_tokenizer = Tokenizer::load(dir);
    modelDir = dir;
}

void EngineState::useAdapter(const std::filesystem::path& dir)
{
    if (!m_model)
        throw ConfigError("no model is loaded to attach the adapter " + dir.string() + " to");
    if (dir == adapterDir)
        return;
    adapterDir.clear();
    applyAdapterFromFolder(*m_model, dir);
    adapterDir = dir;
}

void EngineState::unload()
{
    m_model = FalconModel{nullptr};
    m_tokenizer.reset();
    modelDir.clear();
    adapterDir.clear();
    m_weights = GenerationWeights::Stored;
}

} // namespace falconry::ui
