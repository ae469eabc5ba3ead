#include "core/knowledge/retriever.h"

#include "core/knowledge/token_counter.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

namespace falconry {
namespace {

std::set<std::string> wordSet(const std::string& text)
{
    std::set<std::string> words;
    std::string word;
    for (const char ch : text + " ") {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c >= 0x80) {
            word += static_cast<char>(std::tolower(c));
        } else if (!word.empty()) {
            words.insert(word);
            word.clear();
        }
    }
    return words;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b)
{
    if (a.empty() && b.empty())
        return 1.0;
    size_t common = 0;
    for (const std::string& w : a)
        common += b.count(w);
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

std::string passageEntry(const Passage& p, size_t number)
{
    return "[" + std::to_string(number) + "] (" + passageCitation(p) + ")\n" + p.text;
}

} // namespace

std::string passageCitation(const Passage& p)
{
    // The file name, not the path: a path costs prompt tokens and says nothing to the model.
    std::string out = std::filesystem::path(p.source).filename().string();
    if (out.empty())
        out = p.source;
    if (!p.heading.empty())
        out += " \u203a " + p.heading;
    if (p.page > 0)
        out += ", p. " + std::to_string(p.page);
    else if (p.line > 0)
        out += ", line " + std::to_string(p.line);
    return out;
}

std::string passagesBlock(const std::vector<Passage>& passages)
{
    std::string out;
    for (size_t i = 0; i < passages.size(); ++i)
        out += (i ? "\n\n" : "") + passageEntry(passages[i], i + 1);
    return out;
}

Retrieval retrieve(const KnowledgeStore& store, const std::string& question, const RetrievalOptions& options,
                   const TokenCounter& counter)
{
    Retrieval out;
    const std::vector<Passage> hits = store.search(question, std::max(options.candidates, options.k));
    if (hits.empty())
        return out;
    const double floor = hits.front().score * options.relativeFloor;
    std::vector<std::set<std::string>> keptWords;
    for (const Passage& hit : hits) {
        if (out.passages.size() == options.k)
            break;
        if (hit.score < floor) {
            ++out.belowFloor;
            continue;
        }
        std::set<std::string> words = wordSet(hit.text);
        const bool duplicate = std::any_of(keptWords.begin(), keptWords.end(), [&](const std::set<std::string>& kept) {
            return jaccard(kept, words) >= options.duplicateOverlap;
        });
        if (duplicate) {
            ++out.duplicates;
            continue;
        }
        std::vector<Passage> candidate = out.passages;
        candidate.push_back(hit);
        const size_t tokens = counter.count(passagesBlock(candidate));
        if (tokens > options.tokenBudget) {
            ++out.overBudget;
            continue;
        }
        out.passages = std::move(candidate);
        out.tokens = tokens;
        keptWords.push_back(std::move(words));
    }
    return out;
}

size_t passageBudget(size_t contextTokens, size_t promptTokens, size_t answerTokens)
{
    // The two blank lines around the block and a token the joins may merge differently.
    constexpr size_t kFraming = 16;
    const size_t used = promptTokens + answerTokens + kFraming;
    return contextTokens > used ? contextTokens - used : 0;
}

namespace {
constexpr const char* kInstruction =
    "Answer the question using only the numbered passages below. Cite the passages you use as [1], [2] and so on. "
    "If the passages do not contain the answer, say that you do not know.\n\n";
} // namespace

std::string questionFrame(const std::string& question)
{
    return std::string(kInstruction) + "\n\nQuestion: " + question;
}

std::string citedQuestion(const std::string& question, const std::vector<Passage>& passages)
{
    if (passages.empty())
        return "No passage of the knowledge base matches this question. If you do not know the answer, say so.\n\n"
               "Question: " +
               question;
    return kInstruction + passagesBlock(passages) + "\n\nQuestion: " + question;
}

std::vector<int> citedNumbers(const std::string& answer, size_t count)
{
    std::vector<int> out;
    for (size_t i = 0; i < answer.size(); ++i) {
        if (answer[i] != '[')
            continue;
        size_t j = i + 1;
        int n = 0;
        while (j < answer.size() && std::isdigit(static_cast<unsigned char>(answer[j])) && n < 1000)
            n = n * 10 + (answer[j++] - '0');
        if (j < answer.size() && answer[j] == ']' && j > i + 1 && n >= 1 && static_cast<size_t>(n) <= count &&
            std::find(out.begin(), out.end(), n) == out.end())
            out.push_back(n);
    }
    return out;
}

} // namespace falconry
