#include "core/data/json_reader.h"

#include "core/data/dataset_reader.h"
#include "core/util/errors.h"
#include "core/util/json_text.h"

namespace falconry {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string describe(char c)
{
    if (c == '\n')
        return "a line break";
    return std::string("'") + c + "'";
}

std::string typeName(const JsonValue& v)
{
    return std::string(v.type_name());
}

/** The value of `text`; throws the JsonProblem (every nlohmann exception: syntax, 1e999, bad UTF-8). */
JsonValue parseJsonValue(std::string_view text)
{
    try {
        return JsonValue::parse(text);
    } catch (const JsonValue::exception&) {
        throw findJsonProblem(text);
    }
}

/** The streaming scanner behind readJsonInto. */
class JsonRowScanner {
public:
    JsonRowScanner(const ReadOptions& options, const std::string& name, ReadResult& result)
        : m_options(options), m_name(name), m_result(result)
    {
    }

    void feed(std::string_view chunk)
    {
        for (const char c : chunk) {
            step(c);
            // A top-level object may be one example itself ({"instruction": ..., "output": ...}): kept
            // until an array of examples shows up inside it.
            if (m_inObject && m_result.report.rowsKey.empty() && !m_wholeTooLong) {
                m_whole += c;
                if (m_whole.size() > m_options.maxRecordBytes) {
                    m_wholeTooLong = true;
                    m_whole.clear();
                }
            }
            if (c == '\n') {
                ++m_line;
                m_column = 1;
            } else {
                ++m_column;
            }
        }
    }

    void finish()
    {
        if (m_state == State::Top)
            fail(m_line, m_column, "expected '[' (an array of examples) or '{', found an empty file");
        if (m_state != State::End)
            fail(m_line, m_column,
                 "the JSON ends early: expected the rest of the value opened at " + std::to_string(m_openLine) + ":" +
                     std::to_string(m_openColumn) + " and its closing bracket");
        if (m_inObject && m_result.report.rowsKey.empty() && m_sawKey) {
            // No array of examples inside: the object is the one example.
            if (m_wholeTooLong)
                failTooLong(m_openLine, m_openColumn, "the object");
            try {
                addJsonRow(m_result.dataset, parseJsonValue(m_whole), m_openLine, m_name);
            } catch (const JsonProblem& problem) {
                fail(m_openLine + problem.line - 1, problem.line == 1 ? m_openColumn + problem.column - 1 : problem.column,
                     problem.message);
            }
        }
    }

private:
    enum class State { Top, KeyStart, Key, Colon, ValueStart, ArrayPeek, Skip, AfterValue, ElementStart, Element, End };

    [[noreturn]] void fail(size_t line, size_t column, const std::string& message)
    {
        throw DatasetError(formatIssue(m_name, SourceIssue{line, column, message}));
    }

    [[noreturn]] void failTooLong(size_t line, size_t column, const std::string& what)
    {
        throwRecordTooLong(m_name, line, column, what, m_options.maxRecordBytes);
    }

    // String/escape tracking shared by the skipping and capturing states.
    bool inString(char c)
    {
        if (m_escape) {
            m_escape = false;
            return true;
        }
        if (m_string) {
            if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_string = false;
            return true;
        }
        if (c == '"') {
            m_string = true;
            return true;
        }
        return false;
    }

    void startElement(char c)
    {
        m_element.clear();
        m_elementLine = m_line;
        m_elementColumn = m_column;
        m_depth = 0;
        m_state = State::Element;
        captureChar(c);
    }

    void captureChar(char c)
    {
        if (!inString(c)) {
            if (c == '{' || c == '[') {
                ++m_depth;
            } else if ((c == '}' || c == ']') && m_depth > 0) {
                --m_depth;
            } else if ((c == ',' || c == ']') && m_depth == 0) {
                finishElement();
                if (c == ']')
                    endRowsArray();
                else
                    m_state = State::ElementStart;
                return;
            }
        }
        m_element += c;
        if (m_element.size() > m_options.maxRecordBytes)
            failTooLong(m_elementLine, m_elementColumn, "an example");
    }

    void finishElement()
    {
        if (m_element.find_first_not_of(" \t\r\n") == std::string::npos)
            fail(m_elementLine, m_elementColumn, "expected an example (a JSON object) before ',' or ']', found nothing");
        try {
            JsonValue value = parseJsonValue(m_element);
            addJsonRow(m_result.dataset, std::move(value), m_elementLine, m_name);
        } catch (const JsonProblem& problem) {
            // The problem's position counts from the element's first byte.
            SourceIssue issue{m_elementLine + problem.line - 1,
                              problem.line == 1 ? m_elementColumn + problem.column - 1 : problem.column, problem.message};
            if (!m_options.skipBad)
                throw DatasetError(formatIssue(m_name, issue));
            m_result.report.skipped.push_back(issue);
        } catch (const DatasetError& e) {
            if (!m_options.skipBad)
                throw;
            std::string message = e.what();
            const std::string prefix = formatIssue(m_name, SourceIssue{m_elementLine, 1, ""});
            if (message.rfind(prefix, 0) == 0)
                message.erase(0, prefix.size());
            m_result.report.skipped.push_back(SourceIssue{m_elementLine, m_elementColumn, message});
        }
    }

    void endRowsArray()
    {
        m_rowsDone = true;
        m_state = m_inObject ? State::AfterValue : State::End;
    }

    void step(char c)
    {
        switch (m_state) {
        case State::Top:
            if (isSpace(c))
                return;
            m_openLine = m_line;
            m_openColumn = m_column;
            if (c == '[') {
                m_state = State::ElementStart;
            } else if (c == '{') {
                m_inObject = true;
                m_state = State::KeyStart;
            } else {
                fail(m_line, m_column, "expected '[' (an array of examples) or '{' (an object holding one), found " + describe(c));
            }
            return;
        case State::KeyStart:
            if (isSpace(c))
                return;
            if (c == '"') {
                m_key = "\"";
                m_state = State::Key;
            } else if (c == '}' && !m_sawKey) {
                m_state = State::End;
            } else {
                fail(m_line, m_column, "expected a key in quotes, found " + describe(c));
            }
            return;
        case State::Key:
            m_key += c;
            if (m_escape) {
                m_escape = false;
            } else if (c == '\\') {
                m_escape = true;
            } else if (c == '"') {
                m_sawKey = true;
                m_state = State::Colon;
            }
            return;
        case State::Colon:
            if (isSpace(c))
                return;
            if (c != ':')
                fail(m_line, m_column, "expected ':' after the key " + m_key + ", found " + describe(c));
            m_state = State::ValueStart;
            return;
        case State::ValueStart:
            if (isSpace(c))
                return;
            if (c == '[' && !m_rowsDone) {
                m_state = State::ArrayPeek;
                return;
            }
            m_depth = 0;
            m_state = State::Skip;
            skipChar(c);
            return;
        case State::ArrayPeek:
            if (isSpace(c))
                return;
            if (c == '{') {
                setRowsKey();
                startElement(c);
            } else if (c == ']') {
                setRowsKey();
                endRowsArray();
            } else {
                m_depth = 1; // inside the array we are skipping
                m_state = State::Skip;
                skipChar(c);
            }
            return;
        case State::Skip:
            skipChar(c);
            return;
        case State::AfterValue:
            if (isSpace(c))
                return;
            if (c == ',')
                m_state = State::KeyStart;
            else if (c == '}')
                m_state = State::End;
            else
                fail(m_line, m_column, "expected ',' or '}' after the value of " + m_key + ", found " + describe(c));
            return;
        case State::ElementStart:
            if (isSpace(c))
                return;
            if (c == ']') {
                if (!m_result.dataset.rows.empty() || !m_result.report.skipped.empty())
                    fail(m_line, m_column, "expected an example after ',', found ']' (a trailing comma)");
                endRowsArray();
                return;
            }
            startElement(c);
            return;
        case State::Element:
            captureChar(c);
            return;
        case State::End:
            if (!isSpace(c))
                fail(m_line, m_column, "expected the end of the file after the closing bracket, found " + describe(c));
            return;
        }
    }

    void skipChar(char c)
    {
        if (inString(c)) {
            if (!m_string && m_depth == 0)
                m_state = State::AfterValue; // a string value just ended
            return;
        }
        if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            if (m_depth == 0) {
                if (c == '}') {
                    m_state = State::End; // `{"k": 1}`: scalar ended by the object's close
                    return;
                }
                fail(m_line, m_column, "expected a value, found ']'");
            }
            if (--m_depth == 0)
                m_state = State::AfterValue;
        } else if (m_depth == 0 && c == ',') {
            m_state = State::KeyStart; // a scalar value ended
        } else if (m_depth == 0 && isSpace(c)) {
            m_state = State::AfterValue;
        }
    }

    void setRowsKey()
    {
        try {
            m_result.report.rowsKey = JsonValue::parse(m_key).get<std::string>();
        } catch (const std::exception&) {
            m_result.report.rowsKey = m_key;
        }
    }

    const ReadOptions& m_options;
    const std::string& m_name;
    ReadResult& m_result;
    State m_state = State::Top;
    bool m_inObject = false;
    bool m_sawKey = false;
    bool m_rowsDone = false;
    bool m_string = false;
    bool m_escape = false;
    int m_depth = 0;
    std::string m_key;
    std::string m_element;
    std::string m_whole; // the top-level object's text while it may be one example
    bool m_wholeTooLong = false;
    size_t m_line = 1;
    size_t m_column = 1;
    size_t m_openLine = 1;
    size_t m_openColumn = 1;
    size_t m_elementLine = 1;
    size_t m_elementColumn = 1;
};

} // namespace

void addJsonRow(Dataset& dataset, JsonValue&& value, size_t line, const std::string& name)
{
    std::vector<JsonValue> cells(dataset.columns.size());
    if (value.is_object()) {
        for (auto& [key, cell] : value.items()) {
            const size_t index = static_cast<size_t>(dataset.ensureColumn(key));
            if (cells.size() <= index)
                cells.resize(index + 1);
            cells[index] = std::move(cell);
        }
    } else if (value.is_string()) {
        const size_t index = static_cast<size_t>(dataset.ensureColumn("text"));
        if (cells.size() <= index)
            cells.resize(index + 1);
        cells[index] = std::move(value);
    } else {
        throw DatasetError(formatIssue(name, SourceIssue{line, 1, "expected an example (a JSON object), found " +
                                                                      typeName(value)}));
    }
    dataset.appendRow(std::move(cells));
}

void readJsonlInto(TextSource& source, const ReadOptions& options, const std::string& name, ReadResult& result)
{
    std::string chunk;
    std::string line;
    size_t lineNumber = 0;
    const auto handleLine = [&]() {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            return;
        if (line.size() > options.maxRecordBytes)
            throwRecordTooLong(name, lineNumber, 1, "a line", options.maxRecordBytes);
        try {
            addJsonRow(result.dataset, parseJsonValue(line), lineNumber, name);
        } catch (const JsonProblem& problem) {
            const SourceIssue issue{lineNumber + problem.line - 1, problem.column, problem.message};
            if (!options.skipBad)
                throw DatasetError(formatIssue(name, issue));
            result.report.skipped.push_back(issue);
        } catch (const DatasetError& e) {
            if (!options.skipBad)
                throw;
            std::string message = e.what();
            const std::string prefix = formatIssue(name, SourceIssue{lineNumber, 1, ""});
            if (message.rfind(prefix, 0) == 0)
                message.erase(0, prefix.size());
            result.report.skipped.push_back(SourceIssue{lineNumber, 1, message});
        }
    };
    while (source.next(chunk)) {
        size_t start = 0;
        for (size_t nl = chunk.find('\n'); nl != std::string::npos; nl = chunk.find('\n', start)) {
            line.append(chunk, start, nl - start);
            handleLine();
            line.clear();
            start = nl + 1;
        }
        line.append(chunk, start, std::string::npos);
        if (line.size() > options.maxRecordBytes)
            throwRecordTooLong(name, lineNumber + 1, 1, "a line", options.maxRecordBytes);
        if (options.progress && !options.progress(source.bytesRead(), source.totalBytes()))
            throw DatasetError(name + ": reading cancelled");
    }
    if (!line.empty())
        handleLine();
}

void readJsonInto(TextSource& source, const ReadOptions& options, const std::string& name, ReadResult& result)
{
    JsonRowScanner scanner(options, name, result);
    std::string chunk;
    while (source.next(chunk)) {
        scanner.feed(chunk);
        if (options.progress && !options.progress(source.bytesRead(), source.totalBytes()))
            throw DatasetError(name + ": reading cancelled");
    }
    scanner.finish();
}

} // namespace falconry
