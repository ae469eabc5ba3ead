#pragma once

#include "core/data/prompt_template.h"
#include "core/data/role_mapping.h"
#include "core/knowledge/strategy_check.h"
#include "ui/engine/engine_job.h"

#include <QString>

#include <vector>

namespace falconry::ui {

/** What the strategy check runs: the model (and adapter), the knowledge base, the questions and the arms. */
struct StrategyCheckRequest {
    QString modelDir;
    QString adapterDir;    // needed by the tuned arms
    QString knowledgeBase; // needed by the knowledge arms (the SQLite file)
    std::vector<CheckQuestion> questions;
    std::vector<StrategyArm> arms;
    PromptTemplate promptTemplate; // as Compare writes prompts: the adapter's run's, else the Data page's
    RoleMapping mapping;
    int maxNewTokens = 64;
    int passages = 4;
    int batchSize = 8;
};

/**
 * The check on the engine thread (the loaded model, one copy of the weights; base and tuned rows
 * in the same batches). Progress "N of M answers"; Cancel keeps the answers finished so far.
 * Result values: "tallies" (list of {arm, answered, containing}), "answers" (list of {question,
 * arm, answer, containsFact, passages, factInPassages}), "questions", "factRetrieved", "cancelled".
 */
EngineJob makeStrategyCheckJob(const StrategyCheckRequest& request);

} // namespace falconry::ui
