// `falconry-cli dataset inspect|convert`: read any dataset file, detect its
// format and mapping, render rows exactly as the model sees them (trained
// tokens marked), stats and lint; or convert it to JSONL/CSV.
#include "app/cli/arg_parser.h"
#include "app/cli/command_dataset_print.h"
#include "app/cli/command_dataset_generate.h"
#include "app/cli/command_registry.h"
#include "core/data/dataset_export.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"

#include <iostream>
#include <unistd.h>

namespace falconry::cli {
namespace {

const char* const kUsage =
    "falconry-cli dataset inspect FILE [--format auto|csv|tsv|json|jsonl|text|alpaca|sharegpt|messages|...]\n"
    "                 [--map role=column,...] [--template falcon-instruct|falcon-chat|guanaco|alpaca|plain|custom:TEXT]\n"
    "                 [--tokenizer PATH] [--max-length N] [--cut end|start] [--train-on answers|all]\n"
    "                 [--rows A:B] [--eval-ratio R] [--seed S] [--json] [--skip-bad]\n"
    "       falconry-cli dataset convert FILE --out OUT.jsonl|OUT.csv [same options]\n"
    "  --rows A:B     1-based, inclusive rows to show (default 1:3; 'all' for every row)\n"
    "  --map          roles: system, user (instruction), input (context), assistant (output), text, conversation\n"
    "  --template     custom:TEXT fills {column} placeholders; \\n is a newline; the assistant column is trained\n"
    "  convert        without --template writes the rows as they are; with --template writes {\"text\": rendered}";

struct Settings {
    std::string file;
    ReadOptions read;
    AnalysisOptions analysis;
    std::unique_ptr<Tokenizer> tokenizer;
    std::string tokenizerPath;
    size_t rowsFrom = 1;
    size_t rowsTo = 3; // inclusive; 0 = to the end
    bool json = false;
    bool templateGiven = false;
};

void parseRows(const std::string& spec, Settings& s)
{
    if (spec == "all") {
        s.rowsFrom = 1;
        s.rowsTo = 0;
        return;
    }
    const size_t colon = spec.find(':');
    try {
        if (colon == std::string::npos) {
            s.rowsFrom = s.rowsTo = std::stoul(spec);
        } else {
            const std::string a = spec.substr(0, colon), b = spec.substr(colon + 1);
            s.rowsFrom = a.empty() ? 1 : std::stoul(a);
            s.rowsTo = b.empty() ? 0 : std::stoul(b);
        }
    } catch (const std::exception&) {
        throw UsageError("--rows '" + spec + "': expected A:B with 1-based row numbers (e.g. 1:10, 5:, all)");
    }
    if (s.rowsFrom == 0 || (s.rowsTo != 0 && s.rowsTo < s.rowsFrom))
        throw UsageError("--rows '" + spec + "': expected 1 <= A <= B");
}

Settings parseSettings(const ArgParser& parser)
{
    Settings s;
    if (parser.positionals().size() != 2)
        throw UsageError("expected one FILE after the subcommand");
    s.file = parser.positionals()[1];
    const std::string format = parser.valueOr("format", "auto");
    try {
        s.read.format = parseSourceFormat(format);
    } catch (const DatasetError&) {
        s.analysis.kind = parseDatasetKind(format); // throws with the list of accepted names
    }
    s.read.skipBad = parser.has("skip-bad");
    if (auto map = parser.optional("map"))
        s.analysis.mapping = RoleMapping::parse(*map);
    if (auto name = parser.optional("template")) {
        s.analysis.promptTemplate = PromptTemplate::fromName(*name);
        s.templateGiven = true;
    }
    const long long maxLength = parser.integer("max-length", 0);
    if (maxLength < 0)
        throw UsageError("--max-length: expected a positive number of tokens");
    s.analysis.tokenize.maxLength = static_cast<size_t>(maxLength);
    const std::string cut = parser.valueOr("cut", "end");
    if (cut != "end" && cut != "start")
        throw UsageError("--cut '" + cut + "': expected end (keep the start) or start (keep the end)");
    s.analysis.tokenize.cutSide = cut == "end" ? CutSide::End : CutSide::Start;
    const std::string trainOn = parser.valueOr("train-on", "answers");
    if (trainOn != "answers" && trainOn != "all")
        throw UsageError("--train-on '" + trainOn + "': expected answers or all");
    s.analysis.tokenize.trainOn = trainOn == "all" ? TrainOn::Everything : TrainOn::Answers;
    if (parser.has("eval-ratio") || parser.has("seed")) {
        SplitOptions split;
        split.evalRatio = parser.number("eval-ratio", 0.1);
        split.seed = static_cast<uint64_t>(parser.integer("seed", 42));
        if (split.evalRatio < 0.0 || split.evalRatio > 1.0)
            throw UsageError("--eval-ratio: expected a number between 0 and 1");
        s.analysis.split = split;
    }
    if (auto rows = parser.optional("rows"))
        parseRows(*rows, s);
    s.json = parser.has("json");
    if (auto path = parser.optional("tokenizer")) {
        s.tokenizerPath = *path;
        s.tokenizer = Tokenizer::load(*path);
    }
    return s;
}

ArgParser makeParser()
{
    return ArgParser({"format", "map", "template", "tokenizer", "max-length", "rows", "out", "cut", "train-on",
                      "eval-ratio", "seed"},
                     {"json", "skip-bad"});
}

int runInspect(const ArgParser& parser)
{
    Settings s = parseSettings(parser);
    const ReadResult read = readDataset(s.file, s.read);
    const DatasetAnalysis analysis = analyzeDataset(read.dataset, s.tokenizer.get(), s.analysis);
    InspectView view{s.file, read, analysis, s.tokenizer.get(), s.tokenizerPath, s.analysis.tokenize,
                     s.rowsFrom, s.rowsTo};
    if (s.json)
        std::cout << inspectJson(view).dump(2) << "\n";
    else
        printInspect(std::cout, view, ::isatty(STDOUT_FILENO) != 0);
    return 0;
}

int runConvert(const ArgParser& parser)
{
    Settings s = parseSettings(parser);
    const std::string out = parser.value("out");
    const ExportFormat format = exportFormatFor(out);
    const ReadResult read = readDataset(s.file, s.read);
    for (const auto& issue : read.report.skipped)
        std::cerr << "skipped " << formatIssue(s.file, issue) << "\n";
    size_t written = read.dataset.rows.size();
    if (!s.templateGiven) {
        exportDataset(read.dataset, out, format);
    } else {
        const DatasetAnalysis analysis = analyzeDataset(read.dataset, nullptr, s.analysis);
        Dataset rendered;
        rendered.columns = {"text"};
        for (const auto& row : read.dataset.rows) {
            try {
                rendered.appendRow({JsonValue(renderRow(analysis.promptTemplate, read.dataset, row, analysis.mapping).text)});
            } catch (const DatasetError& e) {
                if (!s.read.skipBad)
                    throw;
                std::cerr << "skipped row id " << row.id << ": " << e.what() << "\n";
            }
        }
        written = rendered.rows.size();
        exportDataset(rendered, out, format);
    }
    std::cerr << "wrote " << written << " rows to " << out << " (" << read.report.skipped.size()
              << " skipped)\n";
    return 0;
}

int runDataset(const std::vector<std::string>& args)
{
    if (args.empty())
        throw UsageError("expected a subcommand: inspect, convert or generate");
    if (args[0] == "generate")
        return runDatasetGenerate(std::vector<std::string>(args.begin() + 1, args.end()));
    ArgParser parser = makeParser();
    parser.parse(args);
    if (args[0] == "inspect")
        return runInspect(parser);
    if (args[0] == "convert") {
        if (!parser.has("out"))
            throw UsageError("convert: expected --out OUT.jsonl or OUT.csv");
        return runConvert(parser);
    }
    throw UsageError("unknown subcommand '" + args[0] + "': expected inspect, convert or generate");
}

const CommandRegistrar kRegistrar({"dataset",
                                   "inspect a dataset (format, mapping, masks, stats, lint), convert it, or generate one",
                                   std::string(kUsage) + "\n       " + kDatasetGenerateUsage, &runDataset});

} // namespace
} // namespace falconry::cli
