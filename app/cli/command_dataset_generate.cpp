// `falconry-cli dataset generate`: bulk-generates examples from a recipe (topics x instruction,
// more like these, from documents) with a local model or an OpenAI-compatible server. Finished
// rows go to OUT.jsonl.journal as they come; the same command run again resumes from there.
#include "app/cli/command_dataset_generate.h"

#include "app/cli/arg_parser.h"
#include "core/data/dataset_reader.h"
#include "core/data/format_detector.h"
#include "core/datagen/document_passages.h"
#include "core/datagen/generation_run.h"
#include "core/datagen/local_chat_source.h"
#include "core/datagen/openai_client.h"
#include "core/io/falcon_loader.h"
#include "core/io/hf_cache.h"
#include "core/lora/adapter_loader.h"
#include "core/model/device.h"
#include "core/model/falcon_model.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <iostream>

namespace falconry::cli {

const char* const kDatasetGenerateUsage =
    "falconry-cli dataset generate --recipe FILE.json --out OUT.jsonl [--model DIR | --endpoint URL --api-model NAME]\n"
    "       falconry-cli dataset generate --topics FILE.txt --instruction TEXT --persona TEXT --count N --out OUT.jsonl\n"
    "                 [--variants N] [--model DIR | --endpoint URL --api-model NAME]\n"
    "  --recipe FILE.json   {\"recipe\": \"topics\"|\"more-like-these\"|\"documents\", \"count\": N, \"topics\": [...],\n"
    "                       \"instruction\": \"... {topic} ...\", \"persona\": \"...\", \"examples\": [{\"prompt\",\"completion\"}],\n"
    "                       \"documents\": [\"a.md\"], \"max_tokens\", \"temperature\", \"seed\", \"near_duplicate_threshold\"}\n"
    "  --topics FILE.txt    one topic per line; with --count equal to the number of topics, each topic once\n"
    "  --model DIR          a Falcon folder (or cached repo id) run here [--adapter DIR] [--template NAME] [--batch N]\n"
    "                       [--device auto|cpu|cuda] [--dtype fp32|bf16]\n"
    "  --endpoint URL       an OpenAI-compatible server's base URL ending in /v1 (the key from OPENAI_API_KEY)\n"
    "                       --api-model NAME [--no-stream]\n"
    "  --existing FILE      a dataset whose prompts count as taken: near duplicates of them are dropped\n"
    "  --max-tokens N --temperature T --seed S   override the recipe's\n"
    "  --fresh              discard OUT.jsonl.journal of another recipe instead of stopping\n"
    "  Rows: {\"prompt\", \"completion\", \"source\": \"generated\", \"recipe\", \"topic\"} (documents: passage, document).";

namespace {

std::atomic<bool> g_stop{false};

extern "C" void onGenerateDataInterrupt(int)
{
    g_stop.store(true);
}

Recipe recipeFromArguments(const ArgParser& p)
{
    Recipe r;
    if (p.has("recipe")) {
        for (const char* o : {"topics", "instruction", "persona", "variants"})
            if (p.has(o))
                throw UsageError(std::string("--") + o + " goes with --topics, not with --recipe (put it in the recipe file)");
        r = loadRecipe(p.value("recipe"));
        if (p.has("count"))
            r.count = static_cast<size_t>(p.integer("count", 0));
    } else {
        if (!p.has("topics") || !p.has("instruction") || !p.has("count"))
            throw UsageError("expected --recipe FILE.json, or --topics FILE.txt --instruction TEXT --persona TEXT --count N");
        nlohmann::json j = {{"recipe", "topics"}, {"topics_file", p.value("topics")},
                            {"instruction", p.value("instruction")}, {"variants", p.integer("variants", 1)}};
        if (p.has("persona"))
            j["persona"] = p.value("persona");
        r = recipeFromJson(j);
        const long long count = p.integer("count", 0);
        if (count <= 0)
            throw UsageError("--count must be a positive number of rows");
        r.count = static_cast<size_t>(count);
    }
    if (p.has("max-tokens"))
        r.maxTokens = static_cast<int>(p.integer("max-tokens", r.maxTokens));
    if (p.has("temperature"))
        r.temperature = p.number("temperature", r.temperature);
    if (p.has("seed"))
        r.seed = static_cast<uint64_t>(p.integer("seed", 0));
    if (r.kind == RecipeKind::Documents && r.passages.empty())
        r.passages = readDocumentPassages(r.documents, r.passageChars);
    r.validate();
    return r;
}

std::vector<std::string> existingPrompts(const std::string& file)
{
    const ReadResult read = readDataset(file);
    const FormatDetection detected = detectFormat(read.dataset);
    const int column = read.dataset.columnIndex(detected.mapping.user.empty() ? "prompt" : detected.mapping.user);
    if (column < 0)
        throw DatasetError(file + ": no prompt column found to compare generated questions with");
    std::vector<std::string> prompts;
    for (const DatasetRow& row : read.dataset.rows)
        prompts.push_back(read.dataset.cellText(row, column));
    return prompts;
}

void printProgress(const GenerationProgress& p)
{
    std::cerr << "\r" << p.done << "/" << p.total << " rows";
    if (p.rowsPerSecond > 0)
        std::cerr << ", " << p.rowsPerSecond << " rows/s";
    if (p.secondsLeft >= 0)
        std::cerr << ", " << static_cast<long long>(p.secondsLeft + 0.5) << " s left";
    if (p.dropped > 0)
        std::cerr << ", " << p.dropped << " dropped";
    if (!p.notice.empty())
        std::cerr << " (" << p.notice << ")";
    std::cerr << "   " << std::flush;
}

} // namespace

int runDatasetGenerate(const std::vector<std::string>& args)
{
    ArgParser p({"recipe", "topics", "instruction", "persona", "count", "variants", "out", "model", "adapter",
                 "template", "batch", "device", "dtype", "endpoint", "api-model", "existing", "max-tokens",
                 "temperature", "seed"},
                {"no-stream", "fresh"});
    p.parse(args);
    if (!p.positionals().empty())
        throw UsageError("unexpected argument '" + p.positionals().front() + "'");
    const std::string out = p.value("out");
    if (p.has("model") == p.has("endpoint"))
        throw UsageError("expected exactly one text source: --model DIR or --endpoint URL --api-model NAME");
    const Recipe recipe = recipeFromArguments(p);

    GenerationOptions options;
    options.journal = out + ".journal";
    if (p.has("existing"))
        options.existingPrompts = existingPrompts(p.value("existing"));
    if (p.has("fresh"))
        std::filesystem::remove(options.journal);

    std::unique_ptr<ChatSource> source;
    FalconModel model{nullptr};
    std::unique_ptr<Tokenizer> tokenizer;
    if (p.has("endpoint")) {
        EndpointSettings s;
        s.baseUrl = p.value("endpoint");
        s.model = p.value("api-model");
        s.stream = !p.has("no-stream");
        if (const char* key = std::getenv("OPENAI_API_KEY"))
            s.apiKey = key;
        options.journalSettings = {{"endpoint", s.baseUrl}, {"model", s.model}}; // never the key
        source = std::make_unique<OpenAiChatSource>(std::move(s), [](const std::string& notice) {
            std::cerr << "\n" << notice << "\n";
        });
    } else {
        const std::filesystem::path dir = resolveModelPath(p.value("model"));
        if (!std::filesystem::exists(dir / "config.json"))
            throw ConfigError("--model " + dir.string() + ": no config.json; expected a Hugging Face Falcon folder");
        tokenizer = Tokenizer::load(dir);
        LoadOptions load;
        const std::string dtype = p.valueOr("dtype", "fp32");
        if (dtype != "fp32" && dtype != "bf16")
            throw UsageError("--dtype must be fp32 or bf16, got '" + dtype + "'");
        load.dtype = dtype == "bf16" ? torch::kBFloat16 : torch::kFloat32;
        load.device = selectDevice(p.valueOr("device", "auto"), 0);
        model = loadFalconModel(dir, load);
        if (p.has("adapter"))
            applyAdapterFromFolder(*model, p.value("adapter"));
        const long long batch = p.integer("batch", 4);
        if (batch <= 0)
            throw UsageError("--batch must be positive");
        options.journalSettings = {{"model", dir.string()}};
        source = std::make_unique<LocalChatSource>(*model, *tokenizer,
                                                   PromptTemplate::fromName(p.valueOr("template", "falcon-instruct")),
                                                   dir.filename().string(), static_cast<size_t>(batch));
    }

    std::signal(SIGINT, onGenerateDataInterrupt);
    std::signal(SIGTERM, onGenerateDataInterrupt);
    GenerationOutcome outcome;
    try {
        outcome = runGeneration(
            recipe, *source, options, [](const GenerationProgress& progress, const GeneratedExample*) { printProgress(progress); },
            {}, g_stop);
    } catch (const Error&) {
        std::cerr << "\n";
        if (std::filesystem::exists(options.journal))
            std::cerr << "finished rows are kept in " << options.journal.string()
                      << "; run the same command again to resume\n";
        throw;
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    std::cerr << "\n";
    if (outcome.cancelled) {
        std::cerr << "stopped: " << outcome.rows.size() << " rows kept in " << options.journal.string()
                  << "; run the same command again to resume\n";
        return 130;
    }
    std::string text;
    for (const GeneratedExample& e : outcome.rows)
        text += generatedRowJson(e, recipe).dump() + "\n";
    writeFileAtomically(out, text);
    std::filesystem::remove(options.journal);
    std::cerr << "wrote " << outcome.rows.size() << " rows to " << out << " (" << outcome.resumed << " resumed, "
              << outcome.dropped << " near-duplicate or empty questions dropped, source: " << source->describe() << ")\n";
    if (outcome.exhausted) {
        std::cerr << "gave up before " << recipe.targetCount() << " rows: too many questions were near duplicates; "
                     "add topics or raise the temperature\n";
        return 3;
    }
    return 0;
}

} // namespace falconry::cli
