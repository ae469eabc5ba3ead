#pragma once

#include "core/data/dataset.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace falconry {

/**
 * An RFC 4180 CSV parser fed chunk by chunk: quoted fields may hold the
 * delimiter, newlines and doubled quotes; records end with LF, CRLF or a lone
 * CR (mixed endings are fine). CRLF inside a quoted field becomes LF. A quote
 * inside an unquoted field is kept as a character (spreadsheets write `5" disk`).
 * Blank lines are skipped.
 */
class CsvParser {
public:
    /** A complete record: its fields and the line it starts on. */
    using RecordFn = std::function<void(std::vector<std::string>& fields, size_t line)>;
    /** A malformed record (already dropped): where and what was expected. */
    using BadFn = std::function<void(const SourceIssue& issue)>;

    /** Thrown by feed() when a record grows past maxRecordBytes (a binary file, /dev/zero, a missing quote). */
    struct RecordTooLong {
        size_t line; // where the record starts
    };

    CsvParser(char delimiter, RecordFn onRecord, BadFn onBad, size_t maxRecordBytes = SIZE_MAX);
    void feed(std::string_view chunk);
    /** Ends the input: flushes the last record; an open quote is reported through onBad. */
    void finish();

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    void endField();
    void endRecord();
    void newline(char c);

    char m_delimiter;
    size_t m_maxRecordBytes;
    size_t m_recordBytes = 0;
    RecordFn m_onRecord;
    BadFn m_onBad;
    State m_state = State::FieldStart;
    std::vector<std::string> m_fields;
    std::string m_field;
    bool m_fieldQuoted = false;
    bool m_recordQuoted = false;
    bool m_skipLf = false; // the previous char was a CR
    size_t m_line = 1;
    size_t m_column = 1;
    size_t m_recordLine = 1;
    size_t m_quoteLine = 0;
    size_t m_quoteColumn = 0;
    bool m_bad = false;
    SourceIssue m_badIssue;
};

/** Picks the delimiter among , ; tab | whose field count is the most consistent over the sample's first records. */
char sniffCsvDelimiter(std::string_view sample);

} // namespace falconry

namespace falconry {

struct ReadOptions;
struct ReadResult;
class TextSource;

/** Reads CSV/TSV records from `source` into result (header, ragged rows, skipped records). */
void readCsvInto(TextSource& source, const ReadOptions& options, char delimiter, const std::string& name,
                 ReadResult& result);

} // namespace falconry
