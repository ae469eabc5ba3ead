#pragma once

#include "core/data/dataset.h"

#include <string>
#include <string_view>
#include <vector>

namespace falconry {

/**
 * Which column plays which role. Single-turn rows use system/user/input/
 * assistant; a `conversation` column holds a whole multi-turn chat (ShareGPT
 * `conversations` or OpenAI `messages`); a `text` column is trained as is
 * (or split into turns at `### Human:`/`### Assistant:` when splitGuanaco).
 */
struct RoleMapping {
    std::string system;
    std::string user;  // the instruction / prompt / question
    std::string input; // context that goes with the user turn (Alpaca "input")
    std::string assistant;
    std::string text;
    std::string conversation;
    bool splitGuanaco = false;

    bool empty() const;
    /** "user=question,assistant=answer"; role names: system, user|instruction|prompt|question,
     *  input|context, assistant|output|response|completion|answer, text, conversation|messages.
     *  Throws DatasetError on an unknown role. */
    static RoleMapping parse(std::string_view spec);
    /** Fields set in `overrides` replace ours. */
    void apply(const RoleMapping& overrides);
    std::string toString() const;
    /** The mapped columns every row needs non-empty (answer side and prompt side). */
    std::vector<std::string> requiredColumns() const;
    /** Throws DatasetError naming a mapped column that `dataset` lacks. */
    void check(const Dataset& dataset) const;
};

enum class TurnRole {
    System,
    User,
    Assistant,
    Text, // a document trained as a whole (pre-training style)
};

std::string turnRoleName(TurnRole role);

struct Turn {
    TurnRole role = TurnRole::User;
    std::string text;
    std::string input; // User turns: context shown with the instruction (Alpaca "input"); may be empty
};

/** One example as a sequence of turns, independent of the template. */
struct Conversation {
    std::vector<Turn> turns;
};

/**
 * The row as turns. ShareGPT `from` values human/user → User, gpt/assistant/
 * model/chatgpt/bard/bing → Assistant, system → System; OpenAI roles likewise;
 * content given as an array of parts joins their "text". A conversation cell
 * holding JSON as a string (from a CSV) is parsed. Throws DatasetError naming
 * the row id and column when a cell has the wrong shape.
 */
Conversation buildConversation(const Dataset& dataset, const DatasetRow& row, const RoleMapping& mapping);

/** Splits "### Human: q### Assistant: a..." into turns (one space after each marker is dropped). */
Conversation parseGuanacoText(std::string_view text);

} // namespace falconry
