#pragma once

#include "ui/engine/engine_job.h"

#include <QString>

namespace falconry::ui {

/** What the GGUF dialog asks for; the job turns it into core's GgufExportOptions. */
struct GgufExportRequest {
    QString modelDir;
    QString adapterDir;    // empty: the base model alone
    QString outFile;       // NAME.gguf
    QString type;          // "f16", "q4_k_m", ... (core's ggufFileTypeName)
    QString templateName;  // empty: no chat template, no Modelfile
    bool writeModelfile = true;
};

/**
 * Writes the GGUF on the engine thread (core's exportGguf: streamed tensor by tensor, temporary
 * name renamed at the end), reporting progress per chunk; Stop cancels and leaves no file.
 * The result's summary says where the file is and, with a Modelfile, the `ollama create` line.
 */
EngineJob makeGgufExportJob(const GgufExportRequest& request);

} // namespace falconry::ui
