// The strategy check's questions, fact matching, tallies and JSON (the run is strategy_check_run.cpp).
#include "core/knowledge/strategy_check.h"

#include "core/data/csv_reader.h"
#include "core/knowledge/knowledge_error.h"
#include "core/knowledge/text_cleanup.h"
#include "core/util/atomic_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace falconry {
namespace {

std::string lowerTrimmed(std::string_view text)
{
    std::string out = knowledge_detail::collapseSpaces(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool isWordByte(unsigned char c)
{
    return std::isalnum(c) || c >= 0x80;
}

/**
 * Lower case, every run of white space one space, and a comma between digits dropped when three
 * digits follow it ("6,700" -> "6700"), so the fact and the answer compare as written words.
 */
std::string normalizedForFacts(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isspace(c)) {
            space = !out.empty();
            continue;
        }
        if (c == ',' && !out.empty() && std::isdigit(static_cast<unsigned char>(out.back())) && i + 3 < text.size() &&
            std::isdigit(static_cast<unsigned char>(text[i + 1])) && std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
            std::isdigit(static_cast<unsigned char>(text[i + 3])))
            continue;
        if (space)
            out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

} // namespace

const char* strategyArmName(StrategyArm arm)
{
    switch (arm) {
    case StrategyArm::Base: return "base";
    case StrategyArm::BaseKnowledge: return "base+kb";
    case StrategyArm::Tuned: return "tuned";
    case StrategyArm::TunedKnowledge: return "tuned+kb";
    }
    return "unknown";
}

bool armIsTuned(StrategyArm arm)
{
    return arm == StrategyArm::Tuned || arm == StrategyArm::TunedKnowledge;
}

bool armUsesKnowledge(StrategyArm arm)
{
    return arm == StrategyArm::BaseKnowledge || arm == StrategyArm::TunedKnowledge;
}

std::vector<CheckQuestion> readCheckQuestions(const std::filesystem::path& file)
{
    const std::string name = file.string();
    const std::string text = knowledge_detail::decodeTextOrThrow(readWholeFile(file), name);
    std::vector<CheckQuestion> out;
    int questionColumn = -1;
    int factColumn = -1;
    bool header = true;
    CsvParser parser(
        sniffCsvDelimiter(text),
        [&](std::vector<std::string>& fields, size_t) {
            if (header) {
                header = false;
                for (size_t i = 0; i < fields.size(); ++i) {
                    const std::string column = lowerTrimmed(fields[i]);
                    if (column == "question" && questionColumn < 0)
                        questionColumn = static_cast<int>(i);
                    else if ((column == "fact" || column == "answer") && factColumn < 0)
                        factColumn = static_cast<int>(i);
                }
                if (questionColumn < 0 || factColumn < 0)
                    throw KnowledgeError(name + ": the first line must name a 'question' and a 'fact' column; it is \"" +
                                         text.substr(0, std::min(text.find('\n'), size_t{200})) + "\"");
                return;
            }
            const auto field = [&](int column) {
                return static_cast<size_t>(column) < fields.size()
                    ? knowledge_detail::collapseSpaces(fields[static_cast<size_t>(column)])
                    : std::string();
            };
            CheckQuestion q{field(questionColumn), field(factColumn)};
            if (!q.question.empty() && !q.fact.empty())
                out.push_back(std::move(q));
        },
        [](const SourceIssue&) {});
    parser.feed(text);
    parser.finish();
    if (out.empty())
        throw KnowledgeError(name + ": no question with a fact in it (expected rows under a 'question,fact' header)");
    return out;
}

bool answerContainsFact(std::string_view answer, std::string_view fact)
{
    const std::string needle = normalizedForFacts(fact);
    if (needle.empty())
        return false;
    const std::string hay = normalizedForFacts(answer);
    for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
        // A fact that starts or ends with a word character must not continue a longer word there.
        const bool startOk = at == 0 || !isWordByte(static_cast<unsigned char>(hay[at - 1])) ||
            !isWordByte(static_cast<unsigned char>(needle.front()));
        const size_t end = at + needle.size();
        const bool endOk = end == hay.size() || !isWordByte(static_cast<unsigned char>(hay[end])) ||
            !isWordByte(static_cast<unsigned char>(needle.back()));
        // "2.5" inside "12.5" or "2.50": a digit or a decimal point and digit around it continues the number.
        const bool numberContinues = (at >= 2 && hay[at - 1] == '.' && std::isdigit(static_cast<unsigned char>(hay[at - 2]))) ||
            (end + 1 < hay.size() && hay[end] == '.' && std::isdigit(static_cast<unsigned char>(hay[end + 1])) &&
             std::isdigit(static_cast<unsigned char>(needle.back())));
        if (startOk && endOk && !numberContinues)
            return true;
    }
    return false;
}

std::vector<ArmTally> tallyAnswers(const std::vector<CheckAnswer>& answers, const std::vector<StrategyArm>& arms)
{
    std::vector<ArmTally> out;
    for (const StrategyArm arm : arms) {
        ArmTally t;
        t.arm = arm;
        for (const CheckAnswer& a : answers) {
            if (a.arm != arm)
                continue;
            ++t.answered;
            t.containing += a.containsFact ? 1 : 0;
        }
        out.push_back(t);
    }
    return out;
}

nlohmann::json strategyCheckJson(const StrategyCheckResult& result, const std::vector<CheckQuestion>& questions)
{
    nlohmann::json arms = nlohmann::json::array();
    for (const ArmTally& t : result.tallies)
        arms.push_back({{"arm", strategyArmName(t.arm)},
                        {"answered", t.answered},
                        {"containing", t.containing},
                        {"rate", t.rate()}});
    nlohmann::json answers = nlohmann::json::array();
    for (const CheckAnswer& a : result.answers) {
        nlohmann::json entry{{"question", a.question < questions.size() ? questions[a.question].question : ""},
                             {"fact", a.question < questions.size() ? questions[a.question].fact : ""},
                             {"arm", strategyArmName(a.arm)},
                             {"answer", a.answer},
                             {"contains_fact", a.containsFact}};
        if (armUsesKnowledge(a.arm)) {
            entry["passages"] = a.passages;
            entry["fact_in_passages"] = a.factInPassages;
        }
        answers.push_back(std::move(entry));
    }
    return {{"questions", result.questions},
            {"fact_retrieved", result.factRetrieved},
            {"cancelled", result.cancelled},
            {"new_tokens", result.newTokens},
            {"seconds", result.seconds},
            {"arms", arms},
            {"answers", answers}};
}

} // namespace falconry
