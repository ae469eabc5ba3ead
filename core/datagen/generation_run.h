#pragma once

#include "core/datagen/chat_source.h"
#include "core/datagen/recipe.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace falconry {

/**
 * Texts seen so far (the dataset's questions, then each kept generated one), to drop near
 * duplicates with the dataset lint's measure: character 5-gram Jaccard of normalizeForDedup()
 * text >= threshold, or the same normalized text. A pair can only reach Jaccard t when the
 * smaller set has at least t times the larger's size, which skips most comparisons.
 */
class NearDuplicateIndex {
public:
    explicit NearDuplicateIndex(double threshold) : m_threshold(threshold) {}
    void add(const std::string& text);
    bool contains(const std::string& text) const;
    size_t size() const { return m_sets.size(); }

private:
    double m_threshold;
    std::vector<std::vector<uint64_t>> m_sets;
    std::unordered_set<std::string> m_exact;
};

/** One kept example, with where it came from. */
struct GeneratedExample {
    size_t task = 0;
    std::string prompt;
    std::string completion;
    std::string topic;          // Topics
    std::string passage;        // Documents: the passage it is grounded in
    std::string document;       // Documents: the file it came from
    std::vector<size_t> seeds;  // MoreLike: indices of the examples imitated
};

/** The row as the output file and the dataset get it: prompt, completion, source "generated", recipe, topic, ... */
nlohmann::ordered_json generatedRowJson(const GeneratedExample& example, const Recipe& recipe);
GeneratedExample generatedExampleFromJson(const nlohmann::json& j);

struct GenerationProgress {
    size_t done = 0;             // rows kept (resumed ones included)
    size_t total = 0;            // rows wanted
    size_t dropped = 0;          // questions dropped as near duplicates (or empty replies)
    size_t resumed = 0;          // rows read back from the journal
    double rowsPerSecond = 0.0;  // this run's rate
    double secondsLeft = -1.0;   // < 0 = not known yet
    std::string notice;          // e.g. "rate limited ...; retrying in 1.0 s"
};

struct GenerationOptions {
    /** Every finished row is appended here (fsync'ed) and read back by a later run of the same recipe. Empty = none. */
    std::filesystem::path journal;
    /** Opaque settings saved in the journal's header (where the text came from; never an API key). */
    nlohmann::json journalSettings = nlohmann::json::object();
    /** The dataset's own prompts: generated questions too close to one of them are dropped. */
    std::vector<std::string> existingPrompts;
    size_t limit = 0;            // stop after this many rows (a preview); 0 = the recipe's count
    size_t maxTaskFactor = 3;    // at most count * factor + 8 tasks are tried before giving up
};

struct GenerationOutcome {
    std::vector<GeneratedExample> rows; // every kept row in task order, resumed ones included
    size_t dropped = 0;
    size_t resumed = 0;
    bool cancelled = false;
    bool exhausted = false; // the task limit was reached before the count (too many duplicates)
};

/** After each kept row (newRow set) and each notice (newRow null). Called on the generating thread. */
using GenerationReportFn = std::function<void(const GenerationProgress& progress, const GeneratedExample* newRow)>;
/** Streamed text of a task's question (answer = false) or answer. Return false to stop. */
using GenerationStreamFn = std::function<bool(size_t task, bool answer, const std::string& piece)>;

/**
 * Runs the recipe with `source` in batches of source.preferredBatch() tasks: the batch's
 * questions, the near-duplicate check, then the answers of the questions kept. With a journal,
 * rows already in it are kept and their tasks skipped; a journal of another recipe throws
 * ConfigError. `stop` ends the run after the rows finished so far (the batch in flight is dropped).
 * Throws the source's errors (EndpointError, model errors); rows finished before stay in the journal.
 */
GenerationOutcome runGeneration(const Recipe& recipe, ChatSource& source, const GenerationOptions& options,
                                const GenerationReportFn& onReport, const GenerationStreamFn& onText,
                                const std::atomic<bool>& stop);

/** The header and rows of a journal, for offering to resume it; nullopt when absent or unreadable. */
struct GenerationJournalState {
    Recipe recipe;
    nlohmann::json settings;
    size_t rows = 0;
    size_t target = 0;
};
std::optional<GenerationJournalState> readGenerationJournal(const std::filesystem::path& journal);

} // namespace falconry
