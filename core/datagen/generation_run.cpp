#include "core/datagen/generation_run.h"

#include "core/data/dataset_lint.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <map>

namespace falconry {
namespace {

using nlohmann::json;

constexpr int kJournalVersion = 1;

std::string trim(const std::string& s)
{
    const size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos)
        return {};
    return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

/** Appends one JSON line and fsyncs it before returning: a killed run loses no acknowledged row. */
class JournalWriter {
public:
    explicit JournalWriter(const std::filesystem::path& path) : m_path(path)
    {
        if (path.empty())
            return;
        if (path.has_parent_path())
            std::filesystem::create_directories(path.parent_path());
        m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (m_fd < 0)
            throw IoError("cannot write the generation journal " + path.string() + ": " + std::strerror(errno));
    }
    ~JournalWriter()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    JournalWriter(const JournalWriter&) = delete;
    JournalWriter& operator=(const JournalWriter&) = delete;

    void append(const nlohmann::ordered_json& line)
    {
        if (m_fd < 0)
            return;
        const std::string text = line.dump() + "\n";
        size_t written = 0;
        while (written < text.size()) {
            const ssize_t n = ::write(m_fd, text.data() + written, text.size() - written);
            if (n <= 0)
                throw IoError("cannot write the generation journal " + m_path.string() + ": " + std::strerror(errno));
            written += static_cast<size_t>(n);
        }
        if (::fdatasync(m_fd) != 0)
            throw IoError("cannot sync the generation journal " + m_path.string() + ": " + std::strerror(errno));
    }

private:
    std::filesystem::path m_path;
    int m_fd = -1;
};

nlohmann::ordered_json droppedLine(size_t task)
{
    nlohmann::ordered_json j;
    j["task"] = task;
    j["dropped"] = true;
    return j;
}

nlohmann::ordered_json rowLine(const GeneratedExample& e, const Recipe& recipe)
{
    nlohmann::ordered_json j;
    j["task"] = e.task;
    const nlohmann::ordered_json row = generatedRowJson(e, recipe); // items() does not extend a temporary's life
    for (const auto& [key, v] : row.items())
        j[key] = v;
    return j;
}

struct JournalContents {
    json header;
    std::map<size_t, std::optional<GeneratedExample>> tasks; // task -> row (nullopt = dropped)
    bool torn = false;
};

std::optional<JournalContents> readJournal(const std::filesystem::path& path)
{
    std::ifstream in(path);
    if (!in)
        return std::nullopt;
    JournalContents c;
    std::string line;
    if (!std::getline(in, line))
        return std::nullopt;
    try {
        c.header = json::parse(line);
    } catch (const json::exception&) {
        return std::nullopt;
    }
    if (!c.header.is_object() || c.header.value("falconry_generation", 0) != kJournalVersion)
        return std::nullopt;
    while (std::getline(in, line)) {
        if (trim(line).empty())
            continue;
        try {
            const json j = json::parse(line);
            const size_t task = j.at("task").get<size_t>();
            if (j.value("dropped", false))
                c.tasks[task] = std::nullopt;
            else
                c.tasks[task] = generatedExampleFromJson(j);
        } catch (const json::exception&) {
            c.torn = true; // a line cut by a kill mid-write: it was never acknowledged
            break;
        }
    }
    return c;
}

} // namespace

void NearDuplicateIndex::add(const std::string& text)
{
    const std::string normalized = normalizeForDedup(text);
    if (normalized.empty())
        return;
    m_exact.insert(normalized);
    m_sets.push_back(textShingles(normalized));
}

bool NearDuplicateIndex::contains(const std::string& text) const
{
    const std::string normalized = normalizeForDedup(text);
    if (m_exact.count(normalized))
        return true;
    const std::vector<uint64_t> set = textShingles(normalized);
    for (const auto& other : m_sets) {
        const double small = static_cast<double>(std::min(set.size(), other.size()));
        const double large = static_cast<double>(std::max(set.size(), other.size()));
        if (small < m_threshold * large)
            continue; // |A ∩ B| / |A ∪ B| <= |small| / |large| < threshold
        if (shingleJaccard(set, other) >= m_threshold)
            return true;
    }
    return false;
}

nlohmann::ordered_json generatedRowJson(const GeneratedExample& e, const Recipe& recipe)
{
    nlohmann::ordered_json j;
    j["prompt"] = e.prompt;
    j["completion"] = e.completion;
    j["source"] = "generated";
    j["recipe"] = recipeKindName(recipe.kind);
    if (recipe.kind == RecipeKind::Topics)
        j["topic"] = e.topic;
    if (recipe.kind == RecipeKind::Documents) {
        j["passage"] = e.passage;
        j["document"] = e.document;
    }
    if (recipe.kind == RecipeKind::MoreLike)
        j["like"] = e.seeds;
    return j;
}

GeneratedExample generatedExampleFromJson(const json& j)
{
    GeneratedExample e;
    e.task = j.value("task", size_t{0});
    e.prompt = j.value("prompt", std::string());
    e.completion = j.value("completion", std::string());
    e.topic = j.value("topic", std::string());
    e.passage = j.value("passage", std::string());
    e.document = j.value("document", std::string());
    if (j.contains("like"))
        e.seeds = j["like"].get<std::vector<size_t>>();
    return e;
}

std::optional<GenerationJournalState> readGenerationJournal(const std::filesystem::path& journal)
{
    const auto contents = readJournal(journal);
    if (!contents)
        return std::nullopt;
    try {
        GenerationJournalState s;
        s.recipe = recipeFromJson(contents->header.at("recipe"));
        s.settings = contents->header.value("settings", json::object());
        for (const auto& [task, row] : contents->tasks)
            if (row)
                ++s.rows;
        s.target = s.recipe.targetCount();
        return s;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

GenerationOutcome runGeneration(const Recipe& recipe, ChatSource& source, const GenerationOptions& options,
                                const GenerationReportFn& onReport, const GenerationStreamFn& onText,
                                const std::atomic<bool>& stop)
{
    recipe.validate();
    const size_t target = options.limit > 0 ? std::min(options.limit, recipe.targetCount()) : recipe.targetCount();
    const size_t maxTasks = target * std::max<size_t>(1, options.maxTaskFactor) + 8;
    const json recipeJson = recipeToJson(recipe);

    GenerationOutcome outcome;
    NearDuplicateIndex seen(recipe.nearDuplicateThreshold);
    for (const std::string& p : options.existingPrompts)
        seen.add(p);

    // Resume: a journal of the same recipe gives back its rows and the tasks already tried.
    std::map<size_t, std::optional<GeneratedExample>> tried;
    if (!options.journal.empty() && std::filesystem::exists(options.journal)) {
        const auto contents = readJournal(options.journal);
        if (!contents || contents->header.value("recipe", json()) != recipeJson)
            throw ConfigError("the generation journal " + options.journal.string() +
                              " belongs to another recipe (or is unreadable); delete it to start again");
        tried = contents->tasks;
        if (contents->torn) {
            // Rewrite it without the torn line, so that appends start on a line of their own.
            std::string text = contents->header.dump() + "\n";
            for (const auto& [task, row] : tried)
                text += (row ? rowLine(*row, recipe) : droppedLine(task)).dump() + "\n";
            writeFileAtomically(options.journal, text);
        }
    }
    JournalWriter journal(options.journal);
    if (!options.journal.empty() && tried.empty() && std::filesystem::file_size(options.journal) == 0)
    {
        nlohmann::ordered_json header;
        header["falconry_generation"] = kJournalVersion;
        header["recipe"] = recipeJson;
        header["settings"] = options.journalSettings;
        journal.append(header);
    }
    for (const auto& [task, row] : tried) {
        if (!row) {
            ++outcome.dropped;
            continue;
        }
        if (outcome.rows.size() >= target)
            break;
        seen.add(row->prompt);
        outcome.rows.push_back(*row);
    }
    outcome.resumed = outcome.rows.size();

    const auto started = std::chrono::steady_clock::now();
    GenerationProgress progress;
    progress.total = target;
    progress.resumed = outcome.resumed;
    auto report = [&](const GeneratedExample* row, const std::string& notice) {
        progress.done = outcome.rows.size();
        progress.dropped = outcome.dropped;
        progress.notice = notice;
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const size_t madeNow = outcome.rows.size() - outcome.resumed;
        progress.rowsPerSecond = elapsed > 0 && madeNow > 0 ? static_cast<double>(madeNow) / elapsed : 0.0;
        progress.secondsLeft = progress.rowsPerSecond > 0
                                   ? static_cast<double>(target - std::min(target, progress.done)) / progress.rowsPerSecond
                                   : -1.0;
        if (onReport)
            onReport(progress, row);
    };
    report(nullptr, {});

    size_t next = 0;
    const size_t batch = std::max<size_t>(1, source.preferredBatch());
    while (outcome.rows.size() < target && !stop.load()) {
        std::vector<GenerationTask> tasks;
        while (tasks.size() < std::min(batch, target - outcome.rows.size()) && next < maxTasks) {
            if (!tried.count(next))
                tasks.push_back(taskAt(recipe, next));
            ++next;
        }
        if (tasks.empty()) {
            outcome.exhausted = true;
            break;
        }
        // 1. The questions.
        std::vector<ChatRequest> requests;
        for (const GenerationTask& t : tasks)
            requests.push_back(questionRequest(recipe, t));
        const std::vector<std::string> replies = source.complete(
            requests, [&](size_t i, const std::string& piece) { return !onText || onText(tasks[i].index, false, piece); },
            stop);
        if (stop.load())
            break; // replies may be cut short: the batch is dropped, finished rows stay
        // 2. Near duplicates of the dataset or of an earlier question are dropped before they cost an answer.
        std::vector<GenerationTask> kept;
        std::vector<std::string> questions;
        for (size_t i = 0; i < tasks.size(); ++i) {
            const std::string q = cleanQuestion(replies[i]);
            if (q.empty() || seen.contains(q)) {
                journal.append(droppedLine(tasks[i].index));
                tried[tasks[i].index] = std::nullopt;
                ++outcome.dropped;
                continue;
            }
            seen.add(q); // also against the others of this batch
            kept.push_back(tasks[i]);
            questions.push_back(q);
        }
        if (kept.empty())
            continue;
        // 3. The answers, each request carrying its question as the last user message.
        requests.clear();
        for (size_t i = 0; i < kept.size(); ++i)
            requests.push_back(answerRequest(recipe, kept[i], questions[i]));
        const std::vector<std::string> answers = source.complete(
            requests, [&](size_t i, const std::string& piece) { return !onText || onText(kept[i].index, true, piece); },
            stop);
        if (stop.load())
            break;
        for (size_t i = 0; i < kept.size(); ++i) {
            const std::string answer = trim(answers[i]);
            if (answer.empty()) {
                journal.append(droppedLine(kept[i].index));
                tried[kept[i].index] = std::nullopt;
                ++outcome.dropped;
                continue;
            }
            GeneratedExample e;
            e.task = kept[i].index;
            e.prompt = questions[i];
            e.completion = answer;
            e.topic = kept[i].topic;
            e.seeds = kept[i].seeds;
            if (recipe.kind == RecipeKind::Documents) {
                e.passage = recipe.passages[kept[i].passage].text;
                e.document = recipe.passages[kept[i].passage].document;
            }
            journal.append(rowLine(e, recipe));
            tried[e.task] = e;
            outcome.rows.push_back(e);
            report(&outcome.rows.back(), {});
            if (outcome.rows.size() >= target)
                break;
        }
    }
    outcome.cancelled = stop.load() && outcome.rows.size() < target;
    std::sort(outcome.rows.begin(), outcome.rows.end(),
              [](const GeneratedExample& a, const GeneratedExample& b) { return a.task < b.task; });
    return outcome;
}

} // namespace falconry
