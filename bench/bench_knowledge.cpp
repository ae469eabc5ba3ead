// Knowledge base: import throughput (MB/s of text) and query latency at 10^5 passages, beside
// the same run's references: the Falcon tokenizer alone over the same text (the chunker must
// tokenize it all) and SQLite's own sqlite3 shell running the same FTS5 queries on the same file.
//
//   bench_knowledge [passages=100000]
// Prints one JSON object.
#include "core/knowledge/knowledge_import.h"
#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/token_counter.h"
#include "core/tokenizer/tokenizer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

using namespace falconry;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

/** A Zipf-like vocabulary of made-up words, so FTS5 sees realistic posting-list lengths. */
std::vector<std::string> makeVocabulary(std::mt19937& rng, size_t n)
{
    static const char* kSyllables[] = {"ka", "lo", "mi", "ter", "su", "ran", "po", "vel", "di", "no", "ba", "ris", "te", "ul", "gor", "fe"};
    std::vector<std::string> words;
    std::uniform_int_distribution<int> syl(0, 15), len(1, 4);
    while (words.size() < n) {
        std::string w;
        for (int i = len(rng); i > 0; --i)
            w += kSyllables[syl(rng)];
        words.push_back(w);
    }
    return words;
}

} // namespace

int main(int argc, char** argv)
{
    const size_t passages = argc > 1 ? std::stoul(argv[1]) : 100000;
    constexpr size_t kSectionsPerFile = 1000;
    constexpr size_t kQueries = 200;
    const fs::path dir = fs::temp_directory_path() / ("falconry-bench-kb-" + std::to_string(::getpid()));
    fs::create_directories(dir / "docs");
    std::mt19937 rng(42);
    const std::vector<std::string> vocab = makeVocabulary(rng, 20000);
    std::vector<double> weights(vocab.size());
    for (size_t i = 0; i < weights.size(); ++i)
        weights[i] = 1.0 / static_cast<double>(i + 1);
    std::discrete_distribution<size_t> zipf(weights.begin(), weights.end());

    // One passage per section: "## Section N" and a paragraph of about 40 words.
    std::string allText;
    uint64_t bytes = 0;
    for (size_t file = 0; file * kSectionsPerFile < passages; ++file) {
        std::ostringstream md;
        for (size_t s = 0; s < kSectionsPerFile && file * kSectionsPerFile + s < passages; ++s) {
            md << "## Section " << file << "." << s << "\n\n";
            for (int w = 0; w < 40; ++w)
                md << vocab[zipf(rng)] << (w % 12 == 11 ? ". " : " ");
            md << "\n\n";
        }
        const std::string text = md.str();
        bytes += text.size();
        allText += text;
        std::ofstream(dir / "docs" / ("doc" + std::to_string(file) + ".md")) << text;
    }

    const fs::path tokenizerDir = fs::path(FALCONRY_BENCH_REFERENCE_DIR) / "falcon-tokenizer";
    const auto tokenizer = Tokenizer::load(tokenizerDir);
    const auto counter = TokenCounter::forTokenizer(*tokenizer, "falcon");

    // Reference 1: the tokenizer alone over the same text.
    auto t0 = Clock::now();
    const size_t tokens = tokenizer->encode(allText).size();
    auto t1 = Clock::now();
    const double tokenizeMBs = static_cast<double>(bytes) / 1e6 / seconds(t0, t1);

    // Import: read, chunk (counting tokens), store with FTS5, one transaction per file.
    const fs::path kb = dir / "kb.sqlite";
    std::atomic<bool> stop{false};
    t0 = Clock::now();
    {
        KnowledgeStore store(kb);
        const ImportReport report = importDocuments(store, {dir / "docs"}, *counter, {}, {}, {}, stop);
        if (report.failures() > 0) {
            std::cerr << "import failed: " << report.files.front().error << "\n";
            return 1;
        }
    }
    t1 = Clock::now();
    const double importSeconds = seconds(t0, t1);

    // Queries: two or three words each (frequent and rare), the same list for both sides.
    std::vector<std::string> queries;
    std::uniform_int_distribution<size_t> any(0, 2000);
    for (size_t q = 0; q < kQueries; ++q)
        queries.push_back(vocab[any(rng)] + " " + vocab[zipf(rng)] + (q % 2 ? " " + vocab[any(rng)] : ""));
    KnowledgeStore store(kb, false);
    const int64_t stored = store.passageCount();
    std::vector<double> ms;
    size_t hits = 0;
    for (const std::string& q : queries) {
        const auto a = Clock::now();
        hits += store.search(q, 5).size();
        ms.push_back(seconds(a, Clock::now()) * 1e3);
    }
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    double total = 0;
    for (const double m : ms)
        total += m;

    // Reference 2: sqlite3's shell, the same SQL (bm25, snippet, joins, LIMIT 5) for each query.
    const fs::path script = dir / "queries.sql";
    {
        std::ofstream sql(script);
        for (const std::string& q : queries)
            sql << "SELECT p.id, d.source, p.text, p.heading, p.page, p.line, p.tokens, bm25(passages_fts, 1.0, 2.0) AS rank, "
                   "snippet(passages_fts, 0, char(2), char(3), '…', 24) FROM passages_fts JOIN passages p ON p.id = "
                   "passages_fts.rowid JOIN documents d ON d.id = p.document_id WHERE passages_fts MATCH '"
                << KnowledgeStore::ftsQuery(q) << "' ORDER BY rank LIMIT 5;\n";
    }
    const std::string command = "sqlite3 '" + kb.string() + "' < '" + script.string() + "' > /dev/null";
    t0 = Clock::now();
    const int rc = std::system(command.c_str());
    t1 = Clock::now();
    const double shellMsPerQuery = rc == 0 ? seconds(t0, t1) * 1e3 / static_cast<double>(kQueries) : -1.0;

    std::printf("{\"passages\": %lld, \"text_mb\": %.2f, \"falcon_tokens\": %zu,\n"
                " \"import_mb_per_s\": %.2f, \"import_seconds\": %.2f,\n"
                " \"reference_tokenizer_only_mb_per_s\": %.2f,\n"
                " \"query_ms_mean\": %.3f, \"query_ms_median\": %.3f, \"query_ms_p95\": %.3f, \"hits_per_query\": %.2f,\n"
                " \"reference_sqlite3_shell_ms_per_query\": %.3f, \"queries\": %zu}\n",
                static_cast<long long>(stored), static_cast<double>(bytes) / 1e6, tokens,
                static_cast<double>(bytes) / 1e6 / importSeconds, importSeconds, tokenizeMBs, total / static_cast<double>(kQueries),
                sorted[sorted.size() / 2], sorted[sorted.size() * 95 / 100],
                static_cast<double>(hits) / static_cast<double>(kQueries), shellMsPerQuery, kQueries);
    fs::remove_all(dir);
    return 0;
}
