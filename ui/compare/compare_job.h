#pragma once

#include "core/data/chat_prompt.h"
#include "ui/engine/engine_job.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <string>

namespace falconry::ui {

/** Sampling settings of the Compare page (converted into core's sampler config in the job). */
struct SamplingSettings {
    double temperature = 0.7; // 0 = greedy
    double topP = 0.9;
    int topK = 40;
    int maxNewTokens = 128;
    double repetitionPenalty = 1.1;
    quint64 seed = 0;
};

/**
 * One comparison: row 0 without the adapter (base), row 1 with it (tuned),
 * generated in one batch over one copy of the base weights. Each row has its
 * own prompt (its own conversation so far). Without an adapter only the base
 * row runs (baseChat).
 */
struct CompareRequest {
    QString modelDir;
    QString adapterDir; // empty: the base model alone
    bool fourBitWeights = false; // "4-bit weights for chat": both rows from one NF4 copy of the weights
    ChatPrompt baseChat;  // row 0's conversation, encoded in the job as training encoded it
    ChatPrompt tunedChat; // row 1's (unused without an adapter)
    QStringList stopStrings;
    SamplingSettings sampling;
    /**
     * Knowledge base (Compare's "with the knowledge base"): each row may run with or without the
     * adapter and with or without passages, so base + KB can face tuned, or tuned face tuned + KB.
     * rowCount 0 = as without these fields: one row without an adapter, else two.
     */
    int rowCount = 0;
    bool rowTuned[2] = {false, true};
    bool rowUsesKnowledge[2] = {false, false};
    QString knowledgeBase; // the SQLite file retrieval reads
    QString question;      // the user's message: what passages are retrieved for
    /** Writes row `row`'s prompt (its conversation so far) for a user message; needed for knowledge rows. */
    std::function<ChatPrompt(int row, const std::string& message)> renderRow;
};

/** Streams the two rows' text through JobContext::reportTokens(row, text). */
EngineJob makeCompareJob(const CompareRequest& request);

} // namespace falconry::ui
