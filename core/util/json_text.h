#pragma once

// One way to read JSON text: every nlohmann exception (syntax, a number too large for a double
// such as 1e999, invalid UTF-8) becomes the caller's error class with "where:line:column: what".

#include "core/util/atomic_file.h"
#include "core/util/errors.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace falconry {

/** Where and why nlohmann cannot parse a text (line and column 1-based, the column in bytes). */
struct JsonProblem {
    size_t line = 1;
    size_t column = 1;
    std::string message; // "not valid JSON: ..." without nlohmann's prefixes
};

/** The first problem in `text` (for text that does parse: line 1, column 1, "not valid JSON"). */
JsonProblem findJsonProblem(std::string_view text);

/** "where:line:column: not valid JSON: what is wrong". */
std::string describeJsonProblem(std::string_view text, const std::string& where);

/** An exception's message without nlohmann's "[json.exception.type_error.302] " prefix. */
std::string plainJsonMessage(const nlohmann::json::exception& e);

/** Parses `text`; throws ErrorType (a falconry::Error) naming `where`, line and column. */
template <class ErrorType, class Json = nlohmann::json>
Json parseJson(std::string_view text, const std::string& where)
{
    try {
        return Json::parse(text);
    } catch (const nlohmann::json::exception&) {
        throw ErrorType(describeJsonProblem(text, where));
    }
}

/** Reads and parses a whole file; throws IoError when it cannot be read, ErrorType when it is not JSON. */
template <class ErrorType, class Json = nlohmann::json>
Json readJsonFile(const std::filesystem::path& path)
{
    return parseJson<ErrorType, Json>(readWholeFile(path), path.string());
}

} // namespace falconry
