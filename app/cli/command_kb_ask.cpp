// `falconry-cli kb ask`: retrieve passages, answer from them with the model, list what was cited.
#include "app/cli/arg_parser.h"
#include "app/cli/command_kb.h"
#include "core/data/chat_prompt.h"
#include "core/generate/generator.h"
#include "core/io/falcon_loader.h"
#include "core/io/hf_cache.h"
#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/retriever.h"
#include "core/knowledge/token_counter.h"
#include "core/lora/adapter_loader.h"
#include "core/model/device.h"
#include "core/model/falcon_model.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <iostream>

namespace falconry::cli {

int runKbAsk(const std::vector<std::string>& args)
{
    ArgParser parser({"model", "adapter", "k", "max-new-tokens", "template", "temperature", "seed", "device"},
                     {"json"});
    parser.parse(args);
    const auto& pos = parser.positionals();
    if (pos.size() != 2)
        throw UsageError("expected --model DIR, KB.sqlite and a question in quotes");
    const long long k = parser.integer("k", 5);
    const long long maxNew = parser.integer("max-new-tokens", 128);
    if (k < 1 || k > 50)
        throw UsageError("--k must be between 1 and 50, got " + parser.value("k"));
    if (maxNew < 1)
        throw UsageError("--max-new-tokens must be >= 1, got " + parser.value("max-new-tokens"));
    const std::filesystem::path modelDir = resolveModelPath(parser.value("model"));
    if (!std::filesystem::exists(modelDir / "config.json"))
        throw ConfigError("--model " + modelDir.string() + ": no config.json; expected a Hugging Face Falcon folder");
    const KnowledgeStore store(pos[0], false);
    const std::string question = pos[1];

    LoadOptions options;
    options.device = selectDevice(parser.valueOr("device", "auto"), 0);
    FalconModel model = loadFalconModel(modelDir, options);
    if (const auto adapter = parser.optional("adapter"))
        applyAdapterFromFolder(*model, *adapter);
    const ModelTokens tokens = loadModelTokens(modelDir);
    const PromptTemplate tpl = PromptTemplate::fromName(parser.valueOr("template", "falcon-instruct"));
    RoleMapping mapping;

    // Budget: the model's context minus the prompt without passages and the answer.
    const ChatPrompt bare = renderChatPrompt(tpl, mapping, {}, questionFrame(question));
    RetrievalOptions retrieval;
    retrieval.k = static_cast<size_t>(k);
    retrieval.tokenBudget = passageBudget(static_cast<size_t>(model->config().maxPositionEmbeddings),
                                          encodeChatPrompt(bare, *tokens.tokenizer).size(), static_cast<size_t>(maxNew));
    const Retrieval found = retrieve(store, question, retrieval, *tokens.counter);
    const ChatPrompt prompt = renderChatPrompt(tpl, mapping, {}, citedQuestion(question, found.passages));

    GenerationSettings settings;
    settings.maxNewTokens = static_cast<int>(maxNew);
    settings.sampling.greedy = !parser.has("temperature");
    settings.sampling.temperature = parser.number("temperature", 1.0);
    settings.sampling.seed = static_cast<uint64_t>(parser.integer("seed", 0));
    settings.stopStrings = prompt.stopStrings;
    const bool json = parser.has("json");
    std::atomic<bool> stop{false};
    const GenerationResult result = generate(
        *model, tokens.tokenizer.get(), {encodeChatPrompt(prompt, *tokens.tokenizer)}, settings,
        [json](const GenerationChunk& chunk) {
            if (!json)
                std::cout << chunk.text << std::flush;
            return true;
        },
        stop);
    std::string answer = result.rows.front().text;
    for (const std::string& s : prompt.stopStrings)
        if (const size_t at = answer.find(s); at != std::string::npos)
            answer.resize(at);
    const std::vector<int> cited = citedNumbers(answer, found.passages.size());
    if (json) {
        nlohmann::json passages = nlohmann::json::array();
        for (size_t i = 0; i < found.passages.size(); ++i) {
            const Passage& p = found.passages[i];
            passages.push_back({{"n", i + 1}, {"source", p.source}, {"text", p.text}, {"score", p.score},
                                {"heading", p.heading}, {"page", p.page}, {"line", p.line},
                                {"cited", std::find(cited.begin(), cited.end(), static_cast<int>(i + 1)) != cited.end()}});
        }
        std::cout << nlohmann::json{{"answer", answer}, {"passages", passages}, {"passage_tokens", found.tokens},
                                    {"budget_tokens", retrieval.tokenBudget}}
                         .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                  << "\n";
        return 0;
    }
    std::cout << "\n\nPassages (" << found.passages.size() << ", " << found.tokens << " of " << retrieval.tokenBudget
              << " budget tokens):\n";
    if (found.passages.empty())
        std::cout << "  none matched the question\n";
    for (size_t i = 0; i < found.passages.size(); ++i) {
        const Passage& p = found.passages[i];
        const bool wasCited = std::find(cited.begin(), cited.end(), static_cast<int>(i + 1)) != cited.end();
        std::cout << "[" << i + 1 << "]" << (wasCited ? " (cited) " : " ") << passageCitation(p) << "\n    " << p.text
                  << "\n";
    }
    return 0;
}

} // namespace falconry::cli
