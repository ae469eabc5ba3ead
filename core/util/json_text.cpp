#include "core/util/json_text.h"

#include <algorithm>

namespace falconry {
namespace {

/**
 * A SAX consumer that accepts every value and keeps the first error with its byte position:
 * nlohmann reports number overflow (out_of_range.406) and syntax errors through parse_error,
 * with the position, only to a SAX consumer (the DOM parser's exception has none for 406).
 */
struct FirstProblem : nlohmann::json::json_sax_t {
    size_t position = 0;
    size_t numberBytes = 0; // a number too large (out_of_range.406): its length, to point at its start
    std::string message;
    bool found = false;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string& lastToken, const nlohmann::detail::exception& e) override
    {
        position = pos;
        if (e.id == 406 && lastToken.find('<') == std::string::npos)
            numberBytes = lastToken.size();
        message = plainJsonMessage(e);
        found = true;
        return false;
    }
};

} // namespace

std::string plainJsonMessage(const nlohmann::json::exception& e)
{
    std::string what = e.what();
    if (what.rfind("[json.exception.", 0) == 0) {
        const size_t close = what.find("] ");
        if (close != std::string::npos)
            what.erase(0, close + 2);
    }
    // "parse error at line 1, column 7: syntax error while parsing value - invalid literal; last read: 'tru'"
    // repeats the position the caller already gives.
    if (what.rfind("parse error at line ", 0) == 0) {
        const size_t colon = what.find(": ");
        if (colon != std::string::npos)
            what.erase(0, colon + 2);
    }
    return what;
}

JsonProblem findJsonProblem(std::string_view text)
{
    FirstProblem first;
    try {
        nlohmann::json::sax_parse(text, &first);
    } catch (const nlohmann::json::exception& e) {
        first.found = true;
        first.message = plainJsonMessage(e);
        first.position = text.size();
    }
    JsonProblem problem;
    problem.message = first.found ? "not valid JSON: " + first.message : "not valid JSON";
    // nlohmann counts the position in bytes read: the offending byte is the last one read, except for a
    // number too large, which is read whole first (point at its start).
    const size_t back = first.numberBytes > 0 ? first.numberBytes : 1;
    const size_t end = std::min(text.size(), first.position >= back ? first.position - back : 0);
    size_t lineStart = 0;
    for (size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++problem.line;
            lineStart = i + 1;
        }
    }
    problem.column = end - lineStart + 1;
    return problem;
}

std::string describeJsonProblem(std::string_view text, const std::string& where)
{
    const JsonProblem p = findJsonProblem(text);
    return where + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + p.message;
}

} // namespace falconry
