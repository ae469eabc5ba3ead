// `falconry-cli kb check`: the strategy check, base / base + KB / tuned / tuned + KB on questions with facts.
#include "app/cli/arg_parser.h"
#include "app/cli/command_kb.h"
#include "core/io/falcon_loader.h"
#include "core/io/hf_cache.h"
#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/strategy_check.h"
#include "core/lora/adapter_loader.h"
#include "core/model/device.h"
#include "core/model/falcon_model.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>

namespace falconry::cli {
namespace {

std::atomic<bool> g_checkInterrupted{false};

extern "C" void onCheckInterrupt(int)
{
    g_checkInterrupted.store(true);
}

} // namespace

int runKbCheck(const std::vector<std::string>& args)
{
    ArgParser parser({"model", "adapter", "k", "max-new-tokens", "template", "batch", "device"}, {"json", "no-kb"});
    parser.parse(args);
    const auto& pos = parser.positionals();
    if (pos.size() != 2 && !(pos.size() == 1 && parser.has("no-kb")))
        throw UsageError("expected --model DIR, KB.sqlite and QUESTIONS.csv (a 'question' and a 'fact' column)");
    const long long k = parser.integer("k", 4);
    const long long maxNew = parser.integer("max-new-tokens", 64);
    const long long batch = parser.integer("batch", 8);
    if (k < 1 || k > 50)
        throw UsageError("--k must be between 1 and 50, got " + parser.value("k"));
    if (maxNew < 1 || maxNew > 4096)
        throw UsageError("--max-new-tokens must be between 1 and 4096, got " + parser.value("max-new-tokens"));
    if (batch < 1 || batch > 256)
        throw UsageError("--batch must be between 1 and 256, got " + parser.value("batch"));
    const std::filesystem::path modelDir = resolveModelPath(parser.value("model"));
    if (!std::filesystem::exists(modelDir / "config.json"))
        throw ConfigError("--model " + modelDir.string() + ": no config.json; expected a Hugging Face Falcon folder");
    const bool withKnowledge = !parser.has("no-kb");
    std::unique_ptr<KnowledgeStore> store;
    if (withKnowledge)
        store = std::make_unique<KnowledgeStore>(pos[0], false);
    const std::vector<CheckQuestion> questions = readCheckQuestions(pos.back());

    LoadOptions load;
    load.device = selectDevice(parser.valueOr("device", "auto"), 0);
    FalconModel model = loadFalconModel(modelDir, load);
    const bool tuned = parser.optional("adapter").has_value();
    if (tuned)
        applyAdapterFromFolder(*model, *parser.optional("adapter"));
    const auto tokenizer = Tokenizer::load(modelDir);

    StrategyCheckOptions options;
    options.arms.clear();
    options.arms.push_back(StrategyArm::Base);
    if (withKnowledge)
        options.arms.push_back(StrategyArm::BaseKnowledge);
    if (tuned) {
        options.arms.push_back(StrategyArm::Tuned);
        if (withKnowledge)
            options.arms.push_back(StrategyArm::TunedKnowledge);
    }
    options.promptTemplate = PromptTemplate::fromName(parser.valueOr("template", "falcon-instruct"));
    options.contextTokens = static_cast<size_t>(model->config().maxPositionEmbeddings);
    options.k = static_cast<size_t>(k);
    options.maxNewTokens = maxNew;
    options.batchSize = static_cast<size_t>(batch);

    const bool json = parser.has("json");
    std::signal(SIGINT, onCheckInterrupt);
    const StrategyCheckResult result = runStrategyCheck(
        *model, *tokenizer, store.get(), questions, options,
        [](const StrategyCheckProgress& p) {
            std::fprintf(stderr, "\ranswered %zu of %zu", p.done, p.total);
            return true;
        },
        g_checkInterrupted);
    std::signal(SIGINT, SIG_DFL);
    std::fprintf(stderr, "\n");
    if (json) {
        std::cout << strategyCheckJson(result, questions).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                  << "\n";
        return result.cancelled ? 130 : 0;
    }
    std::cout << "Answers containing the fact (" << questions.size() << " questions, greedy, at most " << maxNew
              << " tokens each):\n";
    for (const ArmTally& t : result.tallies) {
        std::printf("  %-9s %4zu of %-4zu %5.1f %%\n", strategyArmName(t.arm), t.containing, t.answered,
                    100.0 * t.rate());
    }
    if (withKnowledge)
        std::cout << "The retrieved passages held the fact for " << result.factRetrieved << " of " << questions.size()
                  << " questions.\n";
    std::printf("%lld tokens in %.1f s\n", static_cast<long long>(result.newTokens), result.seconds);
    if (result.cancelled)
        std::cout << "Stopped before the end: the counts are of the answers finished so far.\n";
    return result.cancelled ? 130 : 0;
}

} // namespace falconry::cli
