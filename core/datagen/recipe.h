#pragma once

#include "core/datagen/chat_source.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace falconry {

/** The three ways of generating examples. Do not reorder: saved in recipes and job journals by name. */
enum class RecipeKind {
    Topics,   // topics x instruction: one question per topic and variant, answered in a persona
    MoreLike, // more like these: new questions in the style of example rows, never copies
    Documents // from documents: questions a passage answers, answered from the passage
};

/** "topics", "more-like-these", "documents" (the rows' `recipe` value). */
std::string recipeKindName(RecipeKind kind);
RecipeKind parseRecipeKind(const std::string& name); // throws ConfigError listing the names

/** An example the MoreLike recipe imitates. */
struct SeedExample {
    std::string prompt;
    std::string completion;
};

/** A passage of a document, kept with the generated row as provenance. */
struct DocumentPassage {
    std::string text;
    std::string document; // file path (or knowledge-base document name)
    size_t index = 0;     // 0-based passage number within the document
};

/**
 * What to generate, filled in by the user (the Generate dialog or a recipe file). Each task
 * makes one question and then one answer (two requests; the answer's carries the question as
 * its last user message). Questions too close to the dataset's own (the lint's character
 * 5-gram Jaccard >= nearDuplicateThreshold) or to one generated before are dropped and
 * replaced by further tasks, up to a limit.
 */
struct Recipe {
    RecipeKind kind = RecipeKind::Topics;
    size_t count = 0; // rows wanted; 0 = one per topic x variant (Topics), per passage (Documents), 10 (MoreLike)

    // Topics
    std::vector<std::string> topics;
    std::string instruction = "Write one question that a curious learner might ask about {topic}.";
    std::map<std::string, std::string> variables; // further {name} placeholders of the instruction
    size_t variants = 1;                          // questions per topic before the topics repeat

    // All recipes: how the answer is written (its system message).
    std::string persona = "You are a helpful, precise assistant. Answer clearly and concisely.";

    // MoreLike
    std::vector<SeedExample> examples;
    size_t examplesPerPrompt = 3;

    // Documents
    std::vector<std::string> documents; // files; passages are cut from them
    std::vector<DocumentPassage> passages;      // filled from documents (or a knowledge base) before planning
    size_t passageChars = 1200;

    int maxTokens = 256;
    double temperature = 0.8;
    uint64_t seed = 0;
    double nearDuplicateThreshold = 0.9; // LintOptions' default

    /** Throws ConfigError naming what is missing (no topics, no {topic} in the instruction, ...). */
    void validate() const;
    /** Rows wanted once count = 0 is resolved. */
    size_t targetCount() const;
};

/** The recipe file format (`falconry-cli dataset generate --recipe FILE.json`); relative paths against `baseDir`. */
Recipe recipeFromJson(const nlohmann::json& j, const std::filesystem::path& baseDir = {});
nlohmann::json recipeToJson(const Recipe& recipe);
Recipe loadRecipe(const std::filesystem::path& file);

/** One unit of work: which topic / examples / passage task number `index` is about. */
struct GenerationTask {
    size_t index = 0;
    std::string topic;          // Topics
    size_t variant = 1;         // Topics: 1.. per topic
    std::vector<size_t> seeds;  // MoreLike: indices into recipe.examples
    size_t passage = 0;         // Documents: index into recipe.passages
};

/** Task `index` of the recipe (tasks cycle through topics, examples and passages). */
GenerationTask taskAt(const Recipe& recipe, size_t index);
/** The request that writes task's question. */
ChatRequest questionRequest(const Recipe& recipe, const GenerationTask& task);
/** The request that answers `question` (the question is its last user message). */
ChatRequest answerRequest(const Recipe& recipe, const GenerationTask& task, const std::string& question);
/** The instruction with {topic}, {variant} and the recipe's variables filled in. */
std::string fillInstruction(const Recipe& recipe, const std::string& topic, size_t variant);
/** The first line-ish of a model's reply that looks like the question (quotes, "Question:" and numbering stripped). */
std::string cleanQuestion(const std::string& reply);

} // namespace falconry
