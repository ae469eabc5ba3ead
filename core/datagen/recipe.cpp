#include "core/datagen/recipe.h"

#include "core/util/atomic_file.h"
#include "core/util/errors.h"

#include <algorithm>
#include <cctype>

namespace falconry {
namespace {

using nlohmann::json;

const char* const kQuestionSystem =
    "You write questions for a training dataset. Reply with exactly one question and nothing else: no answer, no "
    "preamble, no quotes.";

std::string trim(const std::string& s)
{
    const size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos)
        return {};
    return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

void replaceAll(std::string& text, const std::string& from, const std::string& to)
{
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

std::string passageBlock(const DocumentPassage& p)
{
    return "DocumentPassage (from " + p.document + "):\n\"\"\"\n" + p.text + "\n\"\"\"";
}

template <typename T>
T value(const json& j, const char* key, T fallback)
{
    if (!j.contains(key) || j[key].is_null())
        return fallback;
    try {
        return j[key].get<T>();
    } catch (const json::exception&) {
        throw ConfigError(std::string("recipe field '") + key + "' has the wrong type (" + j[key].type_name() + ")");
    }
}

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = text.find('\n', start);
        const std::string line = trim(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (!line.empty() && line[0] != '#')
            out.push_back(line);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

} // namespace

std::string recipeKindName(RecipeKind kind)
{
    switch (kind) {
    case RecipeKind::Topics: return "topics";
    case RecipeKind::MoreLike: return "more-like-these";
    case RecipeKind::Documents: return "documents";
    }
    return "topics";
}

RecipeKind parseRecipeKind(const std::string& name)
{
    for (RecipeKind k : {RecipeKind::Topics, RecipeKind::MoreLike, RecipeKind::Documents})
        if (recipeKindName(k) == name)
            return k;
    throw ConfigError("recipe '" + name + "': expected topics, more-like-these or documents");
}

void Recipe::validate() const
{
    switch (kind) {
    case RecipeKind::Topics:
        if (topics.empty())
            throw ConfigError("the topics recipe needs at least one topic (one per line)");
        if (instruction.find("{topic}") == std::string::npos)
            throw ConfigError("the instruction '" + instruction + "' has no {topic} placeholder; write where the "
                              "topic goes, e.g. \"Write a question about {topic}.\"");
        if (variants == 0)
            throw ConfigError("variants must be at least 1");
        break;
    case RecipeKind::MoreLike:
        if (examples.empty())
            throw ConfigError("the more-like-these recipe needs example rows to imitate (select some rows)");
        break;
    case RecipeKind::Documents:
        if (passages.empty())
            throw ConfigError("the documents recipe found no passages: add text or Markdown files with some text");
        break;
    }
    if (maxTokens <= 0)
        throw ConfigError("max_tokens must be positive, got " + std::to_string(maxTokens));
    if (!(temperature >= 0.0 && temperature <= 2.0))
        throw ConfigError("temperature must be between 0 and 2, got " + std::to_string(temperature));
    if (!(nearDuplicateThreshold > 0.0 && nearDuplicateThreshold <= 1.0))
        throw ConfigError("near_duplicate_threshold must be in (0, 1], got " + std::to_string(nearDuplicateThreshold));
}

size_t Recipe::targetCount() const
{
    if (count > 0)
        return count;
    switch (kind) {
    case RecipeKind::Topics: return topics.size() * std::max<size_t>(1, variants);
    case RecipeKind::MoreLike: return 10;
    case RecipeKind::Documents: return passages.size();
    }
    return 0;
}

Recipe recipeFromJson(const json& j, const std::filesystem::path& baseDir)
{
    if (!j.is_object())
        throw ConfigError("a recipe is a JSON object, e.g. {\"recipe\": \"topics\", \"topics\": [...], \"count\": 20}");
    static const std::vector<std::string> kKnown = {
        "recipe", "count", "topics", "topics_file", "instruction", "variables", "variants", "persona", "examples",
        "examples_per_prompt", "documents", "passages", "passage_chars", "max_tokens", "temperature", "seed",
        "near_duplicate_threshold"};
    for (const auto& [key, v] : j.items())
        if (std::find(kKnown.begin(), kKnown.end(), key) == kKnown.end())
            throw ConfigError("recipe field '" + key + "' is not known (a typo?)");
    Recipe r;
    r.kind = parseRecipeKind(value<std::string>(j, "recipe", "topics"));
    const long long count = value<long long>(j, "count", 0);
    if (count < 0)
        throw ConfigError("count must be >= 0");
    r.count = static_cast<size_t>(count);
    r.topics = value<std::vector<std::string>>(j, "topics", {});
    if (j.contains("topics_file")) {
        std::filesystem::path file = value<std::string>(j, "topics_file", "");
        if (file.is_relative())
            file = baseDir / file;
        for (std::string& t : linesOf(readWholeFile(file)))
            r.topics.push_back(std::move(t));
    }
    r.instruction = value<std::string>(j, "instruction", r.instruction);
    r.variables = value<std::map<std::string, std::string>>(j, "variables", {});
    r.variants = static_cast<size_t>(std::max<long long>(1, value<long long>(j, "variants", 1)));
    r.persona = value<std::string>(j, "persona", r.persona);
    if (j.contains("examples")) {
        for (const json& e : j["examples"]) {
            if (!e.is_object() || !e.contains("prompt"))
                throw ConfigError("each recipe example is {\"prompt\": ..., \"completion\": ...}");
            r.examples.push_back({value<std::string>(e, "prompt", ""), value<std::string>(e, "completion", "")});
        }
    }
    r.examplesPerPrompt = static_cast<size_t>(std::max<long long>(1, value<long long>(j, "examples_per_prompt", 3)));
    for (const std::string& d : value<std::vector<std::string>>(j, "documents", {})) {
        std::filesystem::path p = d;
        r.documents.push_back((p.is_relative() && !baseDir.empty() ? baseDir / p : p).string());
    }
    if (j.contains("passages"))
        for (const json& p : j["passages"])
            r.passages.push_back({value<std::string>(p, "text", ""), value<std::string>(p, "document", ""),
                                  static_cast<size_t>(value<long long>(p, "index", 0))});
    r.passageChars = static_cast<size_t>(std::max<long long>(200, value<long long>(j, "passage_chars", 1200)));
    r.maxTokens = value<int>(j, "max_tokens", r.maxTokens);
    r.temperature = value<double>(j, "temperature", r.temperature);
    const long long seed = value<long long>(j, "seed", 0);
    r.seed = static_cast<uint64_t>(seed < 0 ? 0 : seed);
    r.nearDuplicateThreshold = value<double>(j, "near_duplicate_threshold", r.nearDuplicateThreshold);
    return r;
}

json recipeToJson(const Recipe& r)
{
    json j = {{"recipe", recipeKindName(r.kind)}, {"count", r.count}, {"persona", r.persona},
              {"max_tokens", r.maxTokens}, {"temperature", r.temperature}, {"seed", r.seed},
              {"near_duplicate_threshold", r.nearDuplicateThreshold}};
    switch (r.kind) {
    case RecipeKind::Topics:
        j["topics"] = r.topics;
        j["instruction"] = r.instruction;
        j["variables"] = r.variables;
        j["variants"] = r.variants;
        break;
    case RecipeKind::MoreLike: {
        json examples = json::array();
        for (const SeedExample& e : r.examples)
            examples.push_back({{"prompt", e.prompt}, {"completion", e.completion}});
        j["examples"] = examples;
        j["examples_per_prompt"] = r.examplesPerPrompt;
        break;
    }
    case RecipeKind::Documents: {
        // The passages themselves, so a resumed job asks about the same text even if a file changed.
        json passages = json::array();
        for (const DocumentPassage& p : r.passages)
            passages.push_back({{"text", p.text}, {"document", p.document}, {"index", p.index}});
        j["passages"] = passages;
        j["passage_chars"] = r.passageChars;
        break;
    }
    }
    return j;
}

Recipe loadRecipe(const std::filesystem::path& file)
{
    json j;
    try {
        j = json::parse(readWholeFile(file));
    } catch (const json::parse_error& e) {
        throw ConfigError(file.string() + ": not valid JSON (" + e.what() + ")");
    }
    try {
        return recipeFromJson(j, file.parent_path());
    } catch (const ConfigError& e) {
        throw ConfigError(file.string() + ": " + e.what());
    }
}

GenerationTask taskAt(const Recipe& r, size_t index)
{
    GenerationTask t;
    t.index = index;
    switch (r.kind) {
    case RecipeKind::Topics:
        t.topic = r.topics[index % r.topics.size()];
        t.variant = index / r.topics.size() + 1;
        break;
    case RecipeKind::MoreLike: {
        // A window of examples sliding by one per task, so every example serves as a model in turn.
        const size_t n = std::min(r.examplesPerPrompt, r.examples.size());
        for (size_t k = 0; k < n; ++k)
            t.seeds.push_back((index + k) % r.examples.size());
        break;
    }
    case RecipeKind::Documents:
        t.passage = index % r.passages.size();
        t.variant = index / r.passages.size() + 1;
        break;
    }
    return t;
}

std::string fillInstruction(const Recipe& r, const std::string& topic, size_t variant)
{
    std::string text = r.instruction;
    replaceAll(text, "{topic}", topic);
    replaceAll(text, "{variant}", std::to_string(variant));
    for (const auto& [name, v] : r.variables)
        replaceAll(text, "{" + name + "}", v);
    return text;
}

ChatRequest questionRequest(const Recipe& r, const GenerationTask& t)
{
    ChatRequest q;
    q.maxTokens = std::min(r.maxTokens, 96);
    q.temperature = r.temperature;
    q.seed = r.seed + 2 * t.index; // fixed per task: a resumed job asks the same
    std::string user;
    switch (r.kind) {
    case RecipeKind::Topics:
        user = fillInstruction(r, t.topic, t.variant);
        if (t.variant > 1)
            user += "\n(This is question " + std::to_string(t.variant) + " about this topic: make it different from "
                    "the obvious first one.)";
        break;
    case RecipeKind::MoreLike:
        user = "Here are examples from a dataset:\n\n";
        for (size_t k = 0; k < t.seeds.size(); ++k)
            user += "Example " + std::to_string(k + 1) + ":\n" + r.examples[t.seeds[k]].prompt + "\n\n";
        user += "Write one new question of the same kind and style. Do not copy or paraphrase closely any example; "
                "ask something new.";
        break;
    case RecipeKind::Documents:
        user = passageBlock(r.passages[t.passage]) + "\n\nWrite one question that this passage answers" +
               (t.variant > 1 ? " (not the most obvious one)" : "") + ".";
        break;
    }
    q.messages = {{"system", kQuestionSystem}, {"user", user}};
    return q;
}

ChatRequest answerRequest(const Recipe& r, const GenerationTask& t, const std::string& question)
{
    ChatRequest a;
    a.maxTokens = r.maxTokens;
    a.temperature = r.temperature;
    a.seed = r.seed + 2 * t.index + 1;
    std::string system = r.persona;
    if (r.kind == RecipeKind::MoreLike) {
        system += "\n\nAnswer in the style of these examples:\n";
        for (size_t k = 0; k < t.seeds.size() && k < 2; ++k)
            system += "\nQ: " + r.examples[t.seeds[k]].prompt + "\nA: " + r.examples[t.seeds[k]].completion + "\n";
    } else if (r.kind == RecipeKind::Documents) {
        system += "\n\nAnswer from this passage only; if it does not say, answer that it does not.\n\n" +
                  passageBlock(r.passages[t.passage]);
    }
    a.messages = {{"system", system}, {"user", question}};
    return a;
}

std::string cleanQuestion(const std::string& reply)
{
    std::string text = trim(reply);
    // The first paragraph: small models often go on to answer their own question.
    if (const size_t blank = text.find("\n\n"); blank != std::string::npos)
        text = trim(text.substr(0, blank));
    for (const char* prefix : {"Question:", "question:", "Q:", "**Question:**"})
        if (text.rfind(prefix, 0) == 0)
            text = trim(text.substr(std::char_traits<char>::length(prefix)));
    if (text.size() > 2 && std::isdigit(static_cast<unsigned char>(text[0])) && (text[1] == '.' || text[1] == ')'))
        text = trim(text.substr(2));
    if (text.size() >= 2 && ((text.front() == '"' && text.back() == '"') || (text.front() == '\'' && text.back() == '\'')))
        text = trim(text.substr(1, text.size() - 2));
    if (text.size() > 600) {
        size_t cut = 600;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 character
        text.resize(cut);
    }
    return text;
}

} // namespace falconry
