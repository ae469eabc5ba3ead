#include "core/data/format_detector.h"

#include "core/util/errors.h"
#include "core/util/lower_case.h"

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace falconry {
namespace {

/** The first column whose lower-cased name is one of `names` (in the order of `names`). */
std::string findColumn(const Dataset& dataset, std::initializer_list<const char*> names)
{
    for (const char* name : names)
        for (const auto& column : dataset.columns)
            if (lowerCase(column) == name)
                return column;
    return {};
}

/** Mean characters of the first `sampled` cells of `column`. */
double meanLength(const Dataset& dataset, int column, size_t sampled)
{
    if (sampled == 0)
        return 0.0;
    size_t total = 0;
    for (size_t r = 0; r < sampled; ++r)
        total += dataset.cellText(dataset.rows[r], column).size();
    return static_cast<double>(total) / static_cast<double>(sampled);
}

/** True when the lower-cased `name` holds one of `words` ("customer_message" holds "message"). */
bool nameHints(const std::string& name, std::initializer_list<const char*> words)
{
    const std::string lower = lowerCase(name);
    for (const char* word : words)
        if (lower.find(word) != std::string::npos)
            return true;
    return false;
}

/**
 * A guess for columns of unknown names: the prompt and the answer are the two columns with the
 * most text (ids, topics and dates are short), the answer the one named like a reply where one is,
 * else the later one. Spreadsheets of support tickets, FAQs or chats usually look so.
 */
FormatDetection guessTwoTextColumns(const Dataset& dataset, size_t sampled)
{
    FormatDetection d;
    d.kind = DatasetKind::Unknown;
    d.evidence.push_back("no known column names (instruction/output, prompt/completion, question/answer, "
                         "conversations, messages, text)");
    if (dataset.columns.size() < 2)
        return d;
    std::vector<int> order(dataset.columns.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::vector<double> length(order.size());
    for (int i : order)
        length[static_cast<size_t>(i)] = meanLength(dataset, i, sampled);
    // Longest first; among equals (e.g. no rows yet) the earlier column.
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return length[static_cast<size_t>(a)] > length[static_cast<size_t>(b)]; });
    int prompt = std::min(order[0], order[1]);
    int answer = std::max(order[0], order[1]);
    const auto replyLike = [&](int c) {
        return nameHints(dataset.columns[static_cast<size_t>(c)],
                         {"reply", "answer", "response", "agent", "assistant", "output", "solution", "resolution", "bot"});
    };
    if (replyLike(prompt) && !replyLike(answer))
        std::swap(prompt, answer);
    d.mapping.user = dataset.columns[static_cast<size_t>(prompt)];
    d.mapping.assistant = dataset.columns[static_cast<size_t>(answer)];
    d.confidence = 0.2;
    const bool byLength = dataset.columns.size() > 2 && sampled > 0;
    d.evidence.push_back("guessed: '" + d.mapping.user + "' as the prompt, '" + d.mapping.assistant + "' as the answer" +
                         (byLength ? " (the two columns with the most text)" : " (the first two columns)"));
    return d;
}

struct TurnShape {
    size_t shareGpt = 0;
    size_t messages = 0;
    size_t multiTurn = 0;
    size_t rows = 0;
};

/** Counts sampled rows whose cell is an array of {from,value} / {role,content} objects. */
TurnShape turnShape(const Dataset& dataset, int column, size_t sample)
{
    TurnShape shape;
    for (size_t r = 0; r < std::min(sample, dataset.rows.size()); ++r) {
        const auto& cells = dataset.rows[r].cells;
        if (static_cast<size_t>(column) >= cells.size())
            continue;
        ++shape.rows;
        JsonValue value = cells[static_cast<size_t>(column)];
        if (value.is_string()) {
            const std::string& s = value.get_ref<const std::string&>();
            if (s.empty() || s.front() != '[' || !JsonValue::accept(s))
                continue;
            value = JsonValue::parse(s);
        }
        if (!value.is_array() || value.empty())
            continue;
        bool from = true, role = true;
        size_t answers = 0;
        for (const auto& turn : value) {
            from = from && turn.is_object() && turn.contains("from") && turn.contains("value");
            role = role && turn.is_object() && turn.contains("role") && turn.contains("content");
            if (turn.is_object()) {
                const auto& who = turn.contains("from") ? turn["from"] : turn.contains("role") ? turn["role"] : JsonValue();
                if (who.is_string() && (who == "gpt" || who == "assistant"))
                    ++answers;
            }
        }
        shape.shareGpt += from ? 1 : 0;
        shape.messages += role ? 1 : 0;
        shape.multiTurn += answers > 1 ? 1 : 0;
    }
    return shape;
}

double nonEmptyShare(const Dataset& dataset, const std::string& column, size_t sample)
{
    const int index = dataset.columnIndex(column);
    const size_t n = std::min(sample, dataset.rows.size());
    if (index < 0 || n == 0)
        return 0.0;
    size_t filled = 0;
    for (size_t r = 0; r < n; ++r)
        filled += dataset.cellText(dataset.rows[r], index).find_first_not_of(" \t\r\n") != std::string::npos ? 1 : 0;
    return static_cast<double>(filled) / static_cast<double>(n);
}

std::string share(size_t count, size_t total)
{
    return std::to_string(count) + "/" + std::to_string(total) + " sampled rows";
}

FormatDetection pairKind(const Dataset& dataset, DatasetKind kind, const std::string& user, const std::string& assistant,
                         const std::string& input, size_t sample)
{
    FormatDetection d;
    d.kind = kind;
    d.mapping.user = user;
    d.mapping.assistant = assistant;
    d.mapping.input = input;
    d.mapping.system = findColumn(dataset, {"system", "system_prompt"});
    d.evidence.push_back("columns '" + user + "' and '" + assistant + "'" +
                         (input.empty() ? std::string() : " with '" + input + "'"));
    if (!d.mapping.system.empty())
        d.evidence.push_back("column '" + d.mapping.system + "' holds the system prompt");
    const double filled = std::min(nonEmptyShare(dataset, user, sample), nonEmptyShare(dataset, assistant, sample));
    d.confidence = 0.95 * (dataset.rows.empty() ? 1.0 : filled);
    if (filled < 1.0)
        d.evidence.push_back("some sampled rows have an empty '" + user + "' or '" + assistant + "'");
    return d;
}

} // namespace

std::string datasetKindName(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Unknown: return "unknown";
    case DatasetKind::Alpaca: return "alpaca";
    case DatasetKind::ShareGpt: return "sharegpt";
    case DatasetKind::OpenAiMessages: return "messages";
    case DatasetKind::PromptCompletion: return "prompt-completion";
    case DatasetKind::PromptResponse: return "prompt-response";
    case DatasetKind::QuestionAnswer: return "question-answer";
    case DatasetKind::Text: return "text";
    case DatasetKind::Guanaco: return "guanaco";
    }
    return "unknown";
}

DatasetKind parseDatasetKind(std::string_view name)
{
    for (DatasetKind k : {DatasetKind::Alpaca, DatasetKind::ShareGpt, DatasetKind::OpenAiMessages,
                          DatasetKind::PromptCompletion, DatasetKind::PromptResponse, DatasetKind::QuestionAnswer,
                          DatasetKind::Text, DatasetKind::Guanaco})
        if (datasetKindName(k) == name)
            return k;
    throw DatasetError("unknown dataset kind '" + std::string(name) +
                       "': expected alpaca, sharegpt, messages, prompt-completion, prompt-response, question-answer, "
                       "text or guanaco");
}

FormatDetection detectFormat(const Dataset& dataset, size_t sample)
{
    std::vector<FormatDetection> candidates;
    const size_t sampled = std::min(sample, dataset.rows.size());

    // Multi-turn chats: a column of turn arrays (by name first, then by content).
    std::vector<std::string> turnColumns;
    const std::string named = findColumn(dataset, {"conversations", "messages", "conversation", "turns", "dialog", "chat"});
    if (!named.empty())
        turnColumns.push_back(named);
    for (const auto& column : dataset.columns)
        if (column != named)
            turnColumns.push_back(column);
    for (const auto& column : turnColumns) {
        const TurnShape shape = turnShape(dataset, dataset.columnIndex(column), sample);
        const size_t best = std::max(shape.shareGpt, shape.messages);
        if (best == 0)
            continue;
        FormatDetection d;
        d.kind = shape.shareGpt >= shape.messages ? DatasetKind::ShareGpt : DatasetKind::OpenAiMessages;
        d.mapping.conversation = column;
        d.mapping.system = findColumn(dataset, {"system", "system_prompt"});
        d.multiTurn = shape.multiTurn > 0;
        d.confidence = static_cast<double>(best) / static_cast<double>(std::max<size_t>(1, shape.rows)) *
                       (column == named ? 0.98 : 0.9);
        d.evidence.push_back("column '" + column + "' holds " +
                             (d.kind == DatasetKind::ShareGpt ? "[{from, value}]" : "[{role, content}]") + " turns in " +
                             share(best, shape.rows));
        if (d.multiTurn)
            d.evidence.push_back(share(shape.multiTurn, shape.rows) + " have more than one assistant turn");
        candidates.push_back(d);
        break;
    }

    const std::string instruction = findColumn(dataset, {"instruction"});
    const std::string output = findColumn(dataset, {"output", "response"});
    const std::string prompt = findColumn(dataset, {"prompt"});
    const std::string completion = findColumn(dataset, {"completion"});
    const std::string response = findColumn(dataset, {"response"});
    const std::string question = findColumn(dataset, {"question", "query"});
    const std::string answer = findColumn(dataset, {"answer", "answers"});
    if (!instruction.empty() && !output.empty())
        candidates.push_back(pairKind(dataset, DatasetKind::Alpaca, instruction, output,
                                      findColumn(dataset, {"input", "context"}), sample));
    if (!prompt.empty() && !completion.empty())
        candidates.push_back(pairKind(dataset, DatasetKind::PromptCompletion, prompt, completion, {}, sample));
    if (!prompt.empty() && !response.empty())
        candidates.push_back(pairKind(dataset, DatasetKind::PromptResponse, prompt, response, {}, sample));
    if (!question.empty() && !answer.empty())
        candidates.push_back(
            pairKind(dataset, DatasetKind::QuestionAnswer, question, answer, findColumn(dataset, {"context"}), sample));

    const std::string text = findColumn(dataset, {"text", "content", "document", "body"});
    const std::string textColumn = !text.empty() ? text : dataset.columns.size() == 1 ? dataset.columns[0] : std::string();
    if (!textColumn.empty()) {
        const int index = dataset.columnIndex(textColumn);
        size_t guanaco = 0;
        for (size_t r = 0; r < sampled; ++r) {
            const std::string cell = dataset.cellText(dataset.rows[r], index);
            guanaco += cell.find("### Human:") != std::string::npos && cell.find("### Assistant:") != std::string::npos;
        }
        FormatDetection d;
        d.mapping.text = textColumn;
        if (guanaco * 2 > sampled && sampled > 0) {
            d.kind = DatasetKind::Guanaco;
            d.mapping.splitGuanaco = true;
            d.confidence = 0.95 * static_cast<double>(guanaco) / static_cast<double>(sampled);
            d.evidence.push_back("column '" + textColumn + "' holds \"### Human:\" and \"### Assistant:\" in " +
                                 share(guanaco, sampled));
        } else {
            d.kind = DatasetKind::Text;
            d.confidence = text.empty() ? 0.5 : dataset.columns.size() == 1 ? 0.9 : 0.6;
            d.evidence.push_back("column '" + textColumn + "' holds plain text" +
                                 (text.empty() ? " (the only column)" : ""));
        }
        candidates.push_back(d);
    }

    if (candidates.empty())
        return guessTwoTextColumns(dataset, sampled);
    return *std::max_element(candidates.begin(), candidates.end(),
                             [](const FormatDetection& a, const FormatDetection& b) { return a.confidence < b.confidence; });
}

FormatDetection detectAs(const Dataset& dataset, DatasetKind kind, size_t sample)
{
    FormatDetection detected = detectFormat(dataset, sample);
    if (detected.kind == kind)
        return detected;
    FormatDetection d;
    d.kind = kind;
    d.confidence = 1.0;
    d.evidence.push_back("format given by the user");
    const auto need = [&](const std::string& column, const char* what) {
        if (column.empty())
            throw DatasetError("format " + datasetKindName(kind) + ": expected a column " + what +
                               "; map it with --map role=column");
        return column;
    };
    switch (kind) {
    case DatasetKind::ShareGpt:
    case DatasetKind::OpenAiMessages:
        d.mapping.conversation = need(findColumn(dataset, {"conversations", "messages", "conversation", "turns"}),
                                      "'conversations' or 'messages'");
        d.mapping.system = findColumn(dataset, {"system", "system_prompt"});
        break;
    case DatasetKind::Alpaca:
        d.mapping.user = need(findColumn(dataset, {"instruction"}), "'instruction'");
        d.mapping.assistant = need(findColumn(dataset, {"output", "response"}), "'output'");
        d.mapping.input = findColumn(dataset, {"input", "context"});
        break;
    case DatasetKind::Text:
    case DatasetKind::Guanaco:
        d.mapping.text = need(findColumn(dataset, {"text", "content"}), "'text'");
        d.mapping.splitGuanaco = kind == DatasetKind::Guanaco;
        break;
    default:
        d.mapping = detected.mapping;
        break;
    }
    return d;
}

} // namespace falconry
