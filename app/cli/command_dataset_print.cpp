#include "app/cli/command_dataset_print.h"

#include "core/tokenizer/tokenizer.h"

#include <cstdio>
#include <iomanip>
#include <sstream>

namespace falconry::cli {
namespace {

const char* const kGreen = "\x1b[32m";
const char* const kDim = "\x1b[2m";
const char* const kReset = "\x1b[0m";

std::string indent(const std::string& text, const std::string& prefix)
{
    std::string out = prefix;
    for (char c : text) {
        out += c;
        if (c == '\n')
            out += prefix;
    }
    return out;
}

std::string fixed(double v, int digits)
{
    std::ostringstream s;
    s << std::fixed << std::setprecision(digits) << v;
    return s.str();
}

size_t rowEnd(const InspectView& v)
{
    const size_t n = v.read.dataset.rows.size();
    return v.rowsTo == 0 ? n : std::min(v.rowsTo, n);
}

} // namespace

std::string markedText(const RenderedExample& ex, bool colour)
{
    const std::string open = colour ? kGreen : "[";
    const std::string close = colour ? kReset : "]";
    const std::string eos = colour ? std::string(kDim) + "<eos>" + kReset : "<eos>";
    std::string out;
    if (ex.ids.empty() && ex.fullTokenCount == 0) {
        // No tokenizer: segments only.
        for (const TextSegment& seg : ex.segments) {
            const std::string piece = ex.text.substr(seg.begin, seg.end - seg.begin);
            out += seg.trained ? open + piece + close : piece;
            if (seg.eosAfter)
                out += eos;
        }
        return out;
    }
    if (ex.cut && ex.cutSide == CutSide::Start)
        out += "[cut: " + std::to_string(ex.keptFrom) + " tokens dropped from the start] ";
    size_t printed = ex.ids.empty() ? 0 : ex.offsets.front().first;
    bool inTrained = false;
    for (size_t i = 0; i < ex.ids.size(); ++i) {
        const bool trained = ex.trained[i] != 0;
        if (trained != inTrained) {
            out += trained ? open : close;
            inTrained = trained;
        }
        const auto [b, e] = ex.offsets[i];
        if (e > printed) {
            out += ex.text.substr(std::max(printed, b), e - std::max(printed, b));
            printed = e;
        } else if (b == e && ex.ids[i] == ex.eosId) {
            out += eos; // EOS sits at its answer's end; other tokens without text show nothing
        }
    }
    if (inTrained)
        out += close;
    if (ex.cut && ex.cutSide == CutSide::End)
        out += " [cut: " + std::to_string(ex.fullTokenCount - ex.ids.size()) + " tokens dropped from the end]";
    return out;
}

void printInspect(std::ostream& out, const InspectView& v, bool colour)
{
    const Dataset& d = v.read.dataset;
    const ReadReport& r = v.read.report;
    const DatasetAnalysis& a = v.analysis;
    out << "file: " << v.file << "\n  read as " << sourceFormatName(r.format) << " (" << encodingName(r.encoding);
    if (r.format == SourceFormat::Csv || r.format == SourceFormat::Tsv)
        out << ", delimiter " << (r.delimiter == '\t' ? std::string("tab") : std::string("'") + r.delimiter + "'");
    if (!r.rowsKey.empty())
        out << ", rows under \"" << r.rowsKey << "\"";
    out << "), " << d.rows.size() << " rows, columns:";
    for (const auto& c : d.columns)
        out << " " << c;
    out << "\n";
    for (const auto& issue : r.skipped)
        out << "  skipped " << formatIssue(v.file, issue) << "\n";
    for (const auto& issue : r.ragged)
        out << "  ragged " << formatIssue(v.file, issue) << "\n";
    for (const auto& issue : r.invalidText)
        out << "  invalid text " << formatIssue(v.file, issue) << "\n";
    if (r.invalidTextCount > r.invalidText.size())
        out << "  ... " << r.invalidTextCount << " invalid characters in all\n";

    out << "format: " << datasetKindName(a.detection.kind) << " (confidence " << fixed(a.detection.confidence, 2)
        << (a.detection.multiTurn ? ", multi-turn" : "") << ")\n";
    for (const auto& e : a.detection.evidence)
        out << "  - " << e << "\n";
    out << "mapping: " << a.mapping.toString() << (a.mapping.splitGuanaco ? " (split at ### Human:/### Assistant:)" : "")
        << "\ntemplate: " << a.promptTemplate.name() << ", train on "
        << (v.tokenize.trainOn == TrainOn::Answers ? "answers" : "everything");
    if (v.tokenize.maxLength > 0)
        out << ", max length " << v.tokenize.maxLength << " tokens (cut "
            << (v.tokenize.cutSide == CutSide::End ? "the end" : "the start") << ")";
    out << "\n";
    if (v.tokenizer)
        out << "tokenizer: " << v.tokenizerPath << " (vocab " << v.tokenizer->vocabSize() << ", eos "
            << (v.tokenizer->eosId() ? std::to_string(*v.tokenizer->eosId()) : std::string("none")) << ")\n";
    else
        out << "tokenizer: none (give --tokenizer for token ids, counts and per-token masks)\n";

    out << "\nrows " << v.rowsFrom << ".." << rowEnd(v) << " (trained text in "
        << (colour ? "green" : "[brackets]") << "):\n";
    for (size_t i = v.rowsFrom; i <= rowEnd(v); ++i) {
        const DatasetRow& row = d.rows[i - 1];
        out << "\nrow " << i << " (id " << row.id << ")";
        try {
            const RenderedExample ex =
                renderExample(a.promptTemplate, d, row, a.mapping, v.tokenizer, v.tokenize);
            if (v.tokenizer) {
                out << ": " << ex.fullTokenCount << " tokens, " << ex.trainedCount() << " trained";
                if (ex.cut)
                    out << ", cut to " << ex.ids.size();
            }
            out << "\n" << indent(markedText(ex, colour), "    ") << "\n";
        } catch (const Error& e) {
            out << ": cannot render: " << e.what() << "\n";
        }
    }

    out << "\nstats: " << d.rows.size() << " rows";
    if (a.multiTurnRows)
        out << ", " << a.multiTurnRows << " multi-turn";
    if (v.tokenizer) {
        const LengthStats& s = a.lengths;
        out << ", " << s.total << " tokens; per row min " << s.min << ", p50 " << s.p50 << ", p90 " << s.p90
            << ", p99 " << s.p99 << ", max " << s.max << ", mean " << fixed(s.mean, 1);
        if (v.tokenize.maxLength > 0)
            out << "; " << a.cutRows << " rows cut at " << v.tokenize.maxLength;
        out << "\n  histogram (tokens: rows):\n";
        size_t peak = 1;
        for (size_t c : s.histogram)
            peak = std::max(peak, c);
        for (size_t b = 0; b < s.histogram.size(); ++b) {
            std::ostringstream label;
            label << std::setw(6) << b * s.binWidth << "-" << std::setw(6) << ((b + 1) * s.binWidth - 1);
            out << "    " << label.str() << " " << std::setw(6) << s.histogram[b] << " "
                << std::string(s.histogram[b] * 40 / peak, '#') << "\n";
        }
    } else {
        out << "\n";
    }
    out << "\nlint: " << a.findings.size() << " findings\n";
    for (const auto& f : a.findings)
        out << "  " << lintKindName(f.kind) << ": " << f.message << "\n";
    for (const auto& e : a.renderErrors)
        out << "  render-error: row id " << e.rowId << ": " << e.message << "\n";
}

nlohmann::ordered_json inspectJson(const InspectView& v)
{
    using J = nlohmann::ordered_json;
    const Dataset& d = v.read.dataset;
    const ReadReport& r = v.read.report;
    const DatasetAnalysis& a = v.analysis;
    const auto issues = [&](const std::vector<SourceIssue>& list) {
        J arr = J::array();
        for (const auto& i : list)
            arr.push_back({{"line", i.line}, {"column", i.column}, {"message", i.message}});
        return arr;
    };
    J out;
    out["file"] = v.file;
    out["read"] = {{"format", sourceFormatName(r.format)}, {"encoding", encodingName(r.encoding)},
                   {"delimiter", r.delimiter ? std::string(1, r.delimiter) : std::string()},
                   {"rows", d.rows.size()}, {"columns", d.columns}, {"rows_key", r.rowsKey},
                   {"skipped", issues(r.skipped)}, {"ragged", issues(r.ragged)},
                   {"invalid_text", issues(r.invalidText)}, {"invalid_text_count", r.invalidTextCount}};
    out["detection"] = {{"kind", datasetKindName(a.detection.kind)}, {"confidence", a.detection.confidence},
                        {"evidence", a.detection.evidence}, {"multi_turn", a.detection.multiTurn}};
    out["mapping"] = {{"system", a.mapping.system}, {"user", a.mapping.user}, {"input", a.mapping.input},
                      {"assistant", a.mapping.assistant}, {"text", a.mapping.text},
                      {"conversation", a.mapping.conversation}, {"split_guanaco", a.mapping.splitGuanaco}};
    out["template"] = a.promptTemplate.name();
    out["train_on"] = v.tokenize.trainOn == TrainOn::Answers ? "answers" : "everything";
    out["max_length"] = v.tokenize.maxLength;
    out["cut_side"] = v.tokenize.cutSide == CutSide::End ? "end" : "start";
    J rows = J::array();
    for (size_t i = v.rowsFrom; i <= rowEnd(v); ++i) {
        const DatasetRow& row = d.rows[i - 1];
        J jr = {{"row", i}, {"id", row.id}};
        try {
            const RenderedExample ex = renderExample(a.promptTemplate, d, row, a.mapping, v.tokenizer, v.tokenize);
            jr["text"] = ex.text;
            J segs = J::array();
            for (const auto& s : ex.segments)
                segs.push_back({{"begin", s.begin}, {"end", s.end}, {"trained", s.trained}, {"eos_after", s.eosAfter},
                                {"role", s.trained ? turnRoleName(s.role) : std::string("prompt")}});
            jr["segments"] = segs;
            if (v.tokenizer) {
                jr["ids"] = ex.ids;
                jr["trained"] = ex.trained;
                J offsets = J::array();
                for (const auto& [b, e] : ex.offsets)
                    offsets.push_back({b, e});
                jr["offsets"] = offsets;
                jr["token_count"] = ex.ids.size();
                jr["full_token_count"] = ex.fullTokenCount;
                jr["trained_count"] = ex.trainedCount();
                jr["cut"] = ex.cut;
                jr["kept_from"] = ex.keptFrom;
                jr["cut_text_offset"] = ex.cutTextOffset;
            }
        } catch (const Error& e) {
            jr["error"] = e.what();
        }
        rows.push_back(jr);
    }
    out["rows"] = rows;
    J stats = {{"rows", d.rows.size()}, {"multi_turn_rows", a.multiTurnRows}};
    if (v.tokenizer) {
        const LengthStats& s = a.lengths;
        stats["tokens"] = {{"total", s.total}, {"min", s.min}, {"p50", s.p50}, {"p90", s.p90}, {"p99", s.p99},
                           {"max", s.max}, {"mean", s.mean}, {"bin_width", s.binWidth}, {"histogram", s.histogram}};
        stats["cut_rows"] = a.cutRows;
    }
    out["stats"] = stats;
    J lint = J::array();
    for (const auto& f : a.findings)
        lint.push_back({{"kind", lintKindName(f.kind)}, {"rows", f.rowIds}, {"column", f.column}, {"message", f.message}});
    for (const auto& e : a.renderErrors)
        lint.push_back({{"kind", "render-error"}, {"rows", {e.rowId}}, {"column", ""}, {"message", e.message}});
    out["lint"] = lint;
    return out;
}

} // namespace falconry::cli
