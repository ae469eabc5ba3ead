#include "core/data/csv_reader.h"

#include "core/data/dataset_reader.h"
#include "core/util/errors.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

namespace falconry {
namespace {

std::string describeChar(char c)
{
    if (c == '\n')
        return "a line feed";
    if (c == '\r')
        return "a carriage return";
    if (c == '\t')
        return "a tab";
    return std::string("'") + c + "'";
}

std::string delimiterName(char d)
{
    return d == '\t' ? "tab" : std::string("'") + d + "'";
}

} // namespace

CsvParser::CsvParser(char delimiter, RecordFn onRecord, BadFn onBad, size_t maxRecordBytes)
    : m_delimiter(delimiter), m_maxRecordBytes(maxRecordBytes), m_onRecord(std::move(onRecord)), m_onBad(std::move(onBad))
{
}

void CsvParser::endField()
{
    m_fields.push_back(std::move(m_field));
    m_field.clear();
    m_recordQuoted = m_recordQuoted || m_fieldQuoted;
    m_fieldQuoted = false;
    m_state = State::FieldStart;
}

void CsvParser::endRecord()
{
    endField();
    if (m_bad) {
        m_bad = false;
        m_onBad(m_badIssue);
    } else if (!(m_fields.size() == 1 && m_fields[0].empty() && !m_recordQuoted)) {
        m_onRecord(m_fields, m_recordLine);
    }
    m_fields.clear();
    m_recordQuoted = false;
    m_recordBytes = 0;
}

void CsvParser::newline(char c)
{
    // CRLF counts as one line break; so do a lone CR and a lone LF.
    if (c == '\r' || !m_skipLf) {
        ++m_line;
        m_column = 1;
    }
    m_skipLf = c == '\r';
}

void CsvParser::feed(std::string_view chunk)
{
    for (const char c : chunk) {
        if (++m_recordBytes > m_maxRecordBytes)
            throw RecordTooLong{m_recordLine};
        if (c == '\n' && m_skipLf) {
            m_skipLf = false; // second half of CRLF: already handled
            continue;
        }
        if (c != '\r' && c != '\n')
            m_skipLf = false;
        switch (m_state) {
        case State::FieldStart:
            if (m_fields.empty() && m_field.empty())
                m_recordLine = m_line;
            if (c == '"') {
                m_state = State::Quoted;
                m_fieldQuoted = true;
                m_quoteLine = m_line;
                m_quoteColumn = m_column;
            } else if (c == m_delimiter) {
                endField();
            } else if (c == '\r' || c == '\n') {
                newline(c);
                endRecord();
                continue;
            } else {
                m_field += c;
                m_state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == m_delimiter) {
                endField();
            } else if (c == '\r' || c == '\n') {
                newline(c);
                endRecord();
                continue;
            } else {
                m_field += c;
            }
            break;
        case State::Quoted:
            if (c == '"') {
                m_state = State::QuoteInQuoted;
            } else if (c == '\r' || c == '\n') {
                newline(c);
                m_field += '\n';
                continue;
            } else {
                m_field += c;
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                m_field += '"';
                m_state = State::Quoted;
            } else if (c == m_delimiter) {
                endField();
            } else if (c == '\r' || c == '\n') {
                newline(c);
                endRecord();
                continue;
            } else {
                if (!m_bad) {
                    m_bad = true;
                    m_badIssue = SourceIssue{m_line, m_column,
                                             "expected the delimiter " + delimiterName(m_delimiter) +
                                                 " or the end of the line after the closing quote of the field opened at " +
                                                 std::to_string(m_quoteLine) + ":" + std::to_string(m_quoteColumn) +
                                                 ", found " + describeChar(c) +
                                                 " (a quote inside a quoted field must be doubled: \"\")"};
                }
                m_field += c;
                m_state = State::Unquoted;
            }
            break;
        }
        ++m_column;
    }
}

void CsvParser::finish()
{
    if (m_state == State::Quoted) {
        m_onBad(SourceIssue{m_quoteLine, m_quoteColumn,
                            "the quoted field opened here is never closed: expected a closing '\"' before the end of "
                            "the file (found " + std::to_string(m_line - m_quoteLine + 1) + " lines of field text)"});
        m_fields.clear();
        m_field.clear();
        m_state = State::FieldStart;
        return;
    }
    if (m_state != State::FieldStart || !m_fields.empty())
        endRecord();
}

char sniffCsvDelimiter(std::string_view sample)
{
    constexpr std::array<char, 4> kCandidates = {',', ';', '\t', '|'};
    constexpr size_t kRecords = 50;
    // Only whole lines: a record cut by the sample's end would skew the counts.
    const size_t lastBreak = sample.find_last_of("\r\n");
    if (lastBreak != std::string_view::npos && lastBreak + 1 < sample.size())
        sample = sample.substr(0, lastBreak + 1);
    char best = ',';
    size_t bestScore = 0;
    size_t bestFields = 0;
    for (char candidate : kCandidates) {
        std::vector<size_t> counts;
        CsvParser parser(
            candidate,
            [&](std::vector<std::string>& fields, size_t) {
                if (counts.size() < kRecords)
                    counts.push_back(fields.size());
            },
            [&](const SourceIssue&) { counts.push_back(0); });
        parser.feed(sample);
        parser.finish();
        std::map<size_t, size_t> histogram;
        for (size_t n : counts)
            ++histogram[n];
        size_t modeFields = 0, modeCount = 0;
        for (const auto& [fields, count] : histogram)
            if (count > modeCount || (count == modeCount && fields > modeFields)) {
                modeFields = fields;
                modeCount = count;
            }
        if (modeFields < 2)
            continue;
        const size_t score = modeCount;
        if (score > bestScore || (score == bestScore && modeFields > bestFields)) {
            best = candidate;
            bestScore = score;
            bestFields = modeFields;
        }
    }
    return best;
}

void readCsvInto(TextSource& source, const ReadOptions& options, char delimiter, const std::string& name,
                 ReadResult& result)
{
    Dataset& dataset = result.dataset;
    ReadReport& report = result.report;
    bool haveHeader = !options.header;
    std::string chunk;
    const auto onRecord = [&](std::vector<std::string>& fields, size_t line) {
        if (!haveHeader) {
            haveHeader = true;
            for (size_t i = 0; i < fields.size(); ++i) {
                std::string column = fields[i];
                const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
                column.erase(column.begin(), std::find_if(column.begin(), column.end(), notSpace));
                column.erase(std::find_if(column.rbegin(), column.rend(), notSpace).base(), column.end());
                if (column.empty())
                    column = "column_" + std::to_string(i + 1);
                dataset.addColumnNamedLike(column);
            }
            return;
        }
        if (dataset.columns.empty() && !options.header) {
            for (size_t i = 0; i < fields.size(); ++i)
                dataset.columns.push_back("column_" + std::to_string(i + 1));
        }
        if (fields.size() != dataset.columns.size()) {
            report.ragged.push_back(SourceIssue{
                line, 1,
                "expected " + std::to_string(dataset.columns.size()) + " fields as in the header, found " +
                    std::to_string(fields.size()) +
                    (fields.size() < dataset.columns.size() ? " (missing cells left empty)"
                                                             : " (extra cells kept in new columns)")});
            while (fields.size() > dataset.columns.size())
                // A header may already hold "column_3": a plain ensureColumn would return it and never grow.
                dataset.addColumnNamedLike("column_" + std::to_string(dataset.columns.size() + 1));
        }
        std::vector<JsonValue> cells;
        cells.reserve(dataset.columns.size());
        for (auto& field : fields)
            cells.emplace_back(std::move(field));
        dataset.appendRow(std::move(cells));
    };
    const auto onBad = [&](const SourceIssue& issue) {
        if (!options.skipBad)
            throw DatasetError(formatIssue(name, issue));
        report.skipped.push_back(issue);
    };
    // The delimiter is sniffed from the first 64 KiB of text, whatever the chunk size.
    constexpr size_t kSniffBytes = 65536;
    CsvParser parser(delimiter, onRecord, onBad, options.maxRecordBytes);
    std::string pending;
    bool sniffed = delimiter != 0;
    const auto startParsing = [&]() {
        delimiter = sniffCsvDelimiter(std::string_view(pending).substr(0, kSniffBytes));
        parser = CsvParser(delimiter, onRecord, onBad, options.maxRecordBytes);
        sniffed = true;
        parser.feed(pending);
        pending.clear();
    };
    try {
        while (source.next(chunk)) {
            if (!sniffed) {
                pending += chunk;
                if (pending.size() >= kSniffBytes)
                    startParsing();
            } else {
                parser.feed(chunk);
            }
            if (options.progress && !options.progress(source.bytesRead(), source.totalBytes()))
                throw DatasetError(name + ": reading cancelled");
        }
        if (!sniffed)
            startParsing();
    } catch (const CsvParser::RecordTooLong& tooLong) {
        throwRecordTooLong(name, tooLong.line, 1, "a record", options.maxRecordBytes);
    }
    parser.finish();
    report.delimiter = delimiter == 0 ? ',' : delimiter;
}

} // namespace falconry
