#pragma once

#include "core/data/dataset.h"

#include <string>
#include <string_view>

namespace falconry {

struct ReadOptions;
struct ReadResult;
class TextSource;

/** JSONL: one object per line (blank lines skipped); a bad line is an error "file:line:column" or, with skipBad, listed. */
void readJsonlInto(TextSource& source, const ReadOptions& options, const std::string& name, ReadResult& result);

/**
 * JSON: an array of objects, or an object whose first array of objects holds
 * the rows (e.g. {"version": 1, "data": [...]}). Streams: each element is cut
 * out by a bracket/string scanner and parsed alone, so the file is never held
 * whole. A malformed element is an error or, with skipBad, listed.
 */
void readJsonInto(TextSource& source, const ReadOptions& options, const std::string& name, ReadResult& result);

/** Adds one parsed element as a row: an object's keys become columns; a string goes to column "text". */
void addJsonRow(Dataset& dataset, JsonValue&& value, size_t line, const std::string& name);

} // namespace falconry
