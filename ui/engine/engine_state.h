#pragma once

// Engine-thread state: only the worker thread touches it. Included by the job
// .cpp files, never by a Qt widget header (it pulls in core and torch).

#include "core/model/falcon_model.h"
#include "core/tokenizer/tokenizer.h"

#include <filesystem>
#include <memory>
#include <string>

namespace falconry::ui {

/**
 * What stays loaded on the engine thread between jobs: the model used for
 * generation (one copy of the base weights), its tokenizer and the adapter
 * injected into it. Loaded on first use and kept until another model is asked for.
 */
class EngineState {
public:
    /** The model in `dir` with its tokenizer, loaded now unless it already is. */
    FalconModelImpl& model(const std::filesystem::path& dir);
    const Tokenizer& tokenizer() const { return *m_tokenizer; }
    /** Injects the PEFT adapter in `adapterDir` unless it is the one already there. */
    void useAdapter(const std::filesystem::path& adapterDir);
    void unload();

    std::filesystem::path modelDir;   // folder of the loaded model (empty = none)
    std::filesystem::path adapterDir; // adapter injected into it (empty = none)

private:
    FalconModel m_model{nullptr};
    std::unique_ptr<Tokenizer> m_tokenizer;
};

} // namespace falconry::ui
