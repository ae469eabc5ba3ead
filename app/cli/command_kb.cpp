// `falconry-cli kb add|search|remove|list|ask`: a knowledge base in one SQLite file.
#include "app/cli/command_kb.h"

#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/io/hf_cache.h"
#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/knowledge_import.h"
#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/token_counter.h"
#include "core/tokenizer/tokenizer.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <csignal>
#include <iostream>

namespace falconry::cli {
namespace {

constexpr const char* kUsage =
    "falconry-cli kb add KB.sqlite FILES_OR_FOLDERS... [--model DIR] [--max-tokens N] [--overlap N] [--column NAME]\n"
    "       falconry-cli kb search KB.sqlite \"question\" [--k 5] [--json]\n"
    "       falconry-cli kb remove KB.sqlite FILE\n"
    "       falconry-cli kb list KB.sqlite [--json]\n"
    "       falconry-cli kb ask --model DIR [--adapter DIR] KB.sqlite \"question\" [--k 5] [--max-new-tokens N]\n"
    "           [--template NAME] [--temperature T] [--seed S] [--json]\n"
    "       falconry-cli kb check --model DIR [--adapter DIR] KB.sqlite QUESTIONS.csv [--k 4] [--max-new-tokens 64]\n"
    "           [--batch 8] [--template NAME] [--json]   (--no-kb: QUESTIONS.csv alone, without a knowledge base)\n"
    "\n"
    "  add      imports text, Markdown, HTML, PDF, CSV/TSV and JSONL files (folders: every such file in them);\n"
    "           a file already there with the same content is skipped, a changed one replaced\n"
    "  --model DIR       passages are bounded in this model's tokens (default: the model the knowledge base was\n"
    "                    built with, else words)\n"
    "  --max-tokens N    tokens per passage at most (default 200)\n"
    "  --overlap N       tokens a passage repeats from the one before in the same section (default 24)\n"
    "  --column NAME     CSV/JSONL: the column whose text is the passage (default: every column)\n"
    "  search   passages best first (BM25); --json prints a list of {source, text, score, heading, page, line, snippet}\n"
    "  remove   removes FILE (as it was given to add) and its passages\n"
    "  ask      answers from the passages with the model (and adapter), citing them as [n], then lists them\n"
    "  check    the strategy check: each question of QUESTIONS.csv (columns 'question' and 'fact') answered by the\n"
    "           base model, base + KB and, with --adapter, tuned and tuned + KB (greedy, batched, one copy of the\n"
    "           weights); prints how often each answer contained the fact";

std::atomic<bool> g_interrupted{false};

extern "C" void onKbInterrupt(int)
{
    g_interrupted.store(true);
}

std::string highlighted(const std::string& snippet)
{
    std::string out;
    for (const char c : snippet) {
        if (c == KnowledgeStore::kMatchBegin)
            out += "**";
        else if (c == KnowledgeStore::kMatchEnd)
            out += "**";
        else
            out += c;
    }
    return out;
}

std::string plainSnippet(const std::string& snippet)
{
    std::string out;
    for (const char c : snippet)
        if (c != KnowledgeStore::kMatchBegin && c != KnowledgeStore::kMatchEnd)
            out += c;
    return out;
}

int runAdd(const std::vector<std::string>& args)
{
    ArgParser parser({"model", "max-tokens", "overlap", "column"}, {});
    parser.parse(args);
    const auto& pos = parser.positionals();
    if (pos.size() < 2)
        throw UsageError("expected KB.sqlite and at least one file or folder");
    ChunkOptions chunking;
    const long long maxTokens = parser.integer("max-tokens", 200);
    const long long overlap = parser.integer("overlap", 24);
    if (maxTokens < 16 || maxTokens > 100000)
        throw UsageError("--max-tokens must be between 16 and 100000, got " + parser.value("max-tokens"));
    if (overlap < 0 || overlap >= maxTokens)
        throw UsageError("--overlap must be >= 0 and below --max-tokens, got " + parser.value("overlap"));
    chunking.maxTokens = static_cast<size_t>(maxTokens);
    chunking.overlapTokens = static_cast<size_t>(overlap);
    ImportOptions options;
    options.textColumn = parser.valueOr("column", "");

    KnowledgeStore store(pos[0]);
    // The model whose tokens bound the passages: --model, else the one this knowledge base was built with.
    std::string modelDir = parser.valueOr("model", store.meta("model_dir"));
    ModelTokens tokens;
    std::unique_ptr<TokenCounter> words;
    const TokenCounter* counter = nullptr;
    if (!modelDir.empty() && std::filesystem::exists(resolveModelPath(modelDir))) {
        tokens = loadModelTokens(resolveModelPath(modelDir));
        counter = tokens.counter.get();
        store.setMeta("model_dir", modelDir);
    } else {
        if (parser.has("model"))
            throw UsageError("--model " + modelDir + ": no such folder");
        words = TokenCounter::wordCounter();
        counter = words.get();
    }
    std::vector<std::filesystem::path> inputs(pos.begin() + 1, pos.end());
    std::signal(SIGINT, onKbInterrupt);
    const ImportReport report = importDocuments(store, inputs, *counter, chunking, options, {}, g_interrupted);
    std::signal(SIGINT, SIG_DFL);
    for (const ImportedFile& f : report.files) {
        std::cout << importStatusName(f.status) << "  " << f.source;
        if (f.status == ImportedFile::Status::Failed)
            std::cout << ": " << f.error;
        else
            std::cout << " (" << f.passages << " passages)";
        std::cout << "\n";
    }
    std::cout << store.documents().size() << " documents, " << store.passageCount() << " passages in " << pos[0]
              << " (passages of at most " << chunking.maxTokens << " tokens: " << counter->description() << ")\n";
    if (report.cancelled)
        return 130;
    return report.failures() ? 1 : 0;
}

int runSearch(const std::vector<std::string>& args)
{
    ArgParser parser({"k"}, {"json"});
    parser.parse(args);
    const auto& pos = parser.positionals();
    if (pos.size() != 2)
        throw UsageError("expected KB.sqlite and a question in quotes");
    const long long k = parser.integer("k", 5);
    if (k < 1 || k > 1000)
        throw UsageError("--k must be between 1 and 1000, got " + parser.value("k"));
    const KnowledgeStore store(pos[0], false);
    const std::vector<Passage> hits = store.search(pos[1], static_cast<size_t>(k));
    if (parser.has("json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const Passage& p : hits)
            list.push_back({{"source", p.source},
                            {"text", p.text},
                            {"score", p.score},
                            {"heading", p.heading},
                            {"page", p.page},
                            {"line", p.line},
                            {"tokens", p.tokens},
                            {"snippet", plainSnippet(p.snippet)}});
        std::cout << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    if (hits.empty())
        std::cout << "no passage matches \"" << pos[1] << "\"\n";
    for (size_t i = 0; i < hits.size(); ++i) {
        const Passage& p = hits[i];
        std::cout << "[" << i + 1 << "] " << p.source;
        if (!p.heading.empty())
            std::cout << " \u203a " << p.heading;
        if (p.page > 0)
            std::cout << ", p. " << p.page;
        else if (p.line > 0)
            std::cout << ", line " << p.line;
        std::cout << "  (score " << p.score << ")\n    " << highlighted(p.snippet) << "\n";
    }
    return 0;
}

int runRemove(const std::vector<std::string>& args)
{
    ArgParser parser({}, {});
    parser.parse(args);
    const auto& pos = parser.positionals();
    if (pos.size() != 2)
        throw UsageError("expected KB.sqlite and the FILE to remove (as it was added)");
    KnowledgeStore store(pos[0], false);
    if (!store.removeDocument(pos[1])) {
        std::string known;
        for (const StoredDocument& d : store.documents())
            known += "\n  " + d.source;
        throw KnowledgeError(pos[1] + ": not in " + pos[0] + (known.empty() ? " (it is empty)" : "; its documents:" + known));
    }
    std::cout << "removed " << pos[1] << "; " << store.documents().size() << " documents, " << store.passageCount()
              << " passages left\n";
    return 0;
}

int runList(const std::vector<std::string>& args)
{
    ArgParser parser({}, {"json"});
    parser.parse(args);
    if (parser.positionals().size() != 1)
        throw UsageError("expected KB.sqlite");
    const KnowledgeStore store(parser.positionals()[0], false);
    const auto docs = store.documents();
    if (parser.has("json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const StoredDocument& d : docs)
            list.push_back({{"source", d.source}, {"passages", d.passages}, {"bytes", d.bytes}, {"format", d.format},
                            {"title", d.title}, {"sha256", d.contentHash}, {"imported_at", d.importedAt}});
        std::cout << list.dump(2) << "\n";
        return 0;
    }
    for (const StoredDocument& d : docs)
        std::cout << d.source << "  " << d.passages << " passages, " << d.format << ", " << d.bytes << " bytes\n";
    return 0;
}

int runKb(const std::vector<std::string>& args)
{
    if (args.empty())
        throw UsageError("expected a subcommand: add, search, remove, list, ask or check");
    const std::string sub = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (sub == "add")
        return runAdd(rest);
    if (sub == "search")
        return runSearch(rest);
    if (sub == "remove")
        return runRemove(rest);
    if (sub == "list")
        return runList(rest);
    if (sub == "ask")
        return runKbAsk(rest);
    if (sub == "check")
        return runKbCheck(rest);
    throw UsageError("unknown subcommand '" + sub + "'; expected add, search, remove, list, ask or check");
}

const CommandRegistrar kRegistrar({"kb", "knowledge base: add documents, search passages, ask with citations, check strategies", kUsage,
                                   &runKb});

} // namespace

ModelTokens loadModelTokens(const std::filesystem::path& dir)
{
    ModelTokens out;
    out.tokenizer = Tokenizer::load(dir);
    std::filesystem::path name = dir.lexically_normal();
    if (name.filename().empty())
        name = name.parent_path();
    out.counter = TokenCounter::forTokenizer(*out.tokenizer, "tokens of " + name.filename().string());
    return out;
}

} // namespace falconry::cli
