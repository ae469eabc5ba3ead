#pragma once

// Engine-thread state: only the worker thread touches it. Included by the job
// .cpp files, never by a Qt widget header (it pulls in core and torch).

#include <filesystem>
#include <string>

namespace falconry::ui {

/** What stays loaded on the engine thread between jobs (the model, its tokenizer, adapters). */
class EngineState {
public:
    /** Folder of the model loaded last (empty = none). */
    std::filesystem::path modelDir;
};

} // namespace falconry::ui
