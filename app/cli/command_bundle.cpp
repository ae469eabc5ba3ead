// `falconry-cli bundle create|show|extract`: a finished run as one .falconry-run file (core/train/run_bundle.h).
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/io/tar_archive.h"
#include "core/train/run_bundle.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace falconry::cli {
namespace {

constexpr const char* kUsage =
    "falconry-cli bundle create RUN_DIR --out FILE.falconry-run [--with-examples] [--votes FILE.jsonl]\n"
    "       falconry-cli bundle show FILE.falconry-run [--json]\n"
    "       falconry-cli bundle extract FILE.falconry-run DIR\n"
    "\n"
    "  create   one archive (POSIX tar) of a finished run: run.json (settings, dataset hash, versions, machine),\n"
    "           metrics.jsonl, probes.jsonl, Compare votes (the run's preferences.jsonl, or --votes FILE),\n"
    "           the adapter (or model/ of a full run), and with --with-examples every example as the model saw it\n"
    "  show     verifies every member (size, CRC-32) and prints what the bundle holds\n"
    "  extract  verifies and unpacks it, read-only, into the new folder DIR\n"
    "  reproduce a bundled run: falconry-cli train --from-bundle FILE --data DATASET --out RUN_DIR";

void printSummary(const RunBundle& bundle)
{
    const nlohmann::json& m = bundle.manifest;
    const nlohmann::json run = m.value("run", nlohmann::json::object());
    const nlohmann::json versions = run.value("versions", nlohmann::json::object());
    const nlohmann::json contents = m.value("contents", nlohmann::json::object());
    std::cout << "run: " << bundle.runName() << "\n"
              << "dataset hash: " << bundle.datasetHash() << "\n"
              << "trained with: Falconry " << versions.value("falconry", "?") << ", libtorch " << versions.value("libtorch", "?")
              << ", on " << run.value("device", "?") << " ("
              << run.value("machine", nlohmann::json::object()).value("cpu", "?") << ")\n"
              << "created: " << m.value("created", "?") << "\n"
              << "metrics lines: " << contents.value("metrics_lines", 0) << ", probe answers: "
              << contents.value("probe_answers", 0) << ", votes: " << contents.value("votes", 0)
              << ", examples: " << (contents.value("examples", false) ? "yes" : "no") << "\n";
    uint64_t total = 0;
    for (const BundleMember& member : bundle.members) {
        std::cout << "  " << member.path << "  " << member.size << " bytes\n";
        total += member.size;
    }
    std::cout << bundle.members.size() << " files, " << total << " bytes, all verified\n";
}

int runBundle(const std::vector<std::string>& args)
{
    ArgParser parser({"out", "votes"}, {"with-examples", "json"});
    parser.parse(args);
    const auto& p = parser.positionals();
    if (p.empty())
        throw UsageError("say what to do: bundle create RUN_DIR --out FILE, bundle show FILE or bundle extract FILE DIR");
    if (p[0] == "create") {
        if (p.size() != 2)
            throw UsageError("bundle create takes one run folder");
        if (!parser.has("out"))
            throw UsageError("--out FILE.falconry-run is required");
        BundleOptions options;
        options.withExamples = parser.has("with-examples");
        if (auto votes = parser.optional("votes"))
            options.votesFile = *votes;
        const std::string out = parser.value("out");
        writeRunBundle(p[1], out, options);
        std::cout << "bundle: " << out << "\n";
        printSummary(readRunBundle(out));
        return 0;
    }
    if (p[0] == "show") {
        if (p.size() != 2)
            throw UsageError("bundle show takes one bundle file");
        const RunBundle bundle = readRunBundle(p[1]);
        if (parser.has("json"))
            std::cout << bundle.manifest.dump(2) << "\n";
        else
            printSummary(bundle);
        return 0;
    }
    if (p[0] == "extract") {
        if (p.size() != 3)
            throw UsageError("bundle extract takes a bundle file and a new folder");
        const RunBundle bundle = extractRunBundle(p[1], p[2]);
        std::cout << "run: " << p[2] << " (" << bundle.members.size() << " files, read-only)\n";
        return 0;
    }
    throw UsageError("unknown bundle command '" + p[0] + "'");
}

const CommandRegistrar kRegistrar({"bundle", "save a finished run as one file, show or unpack one", kUsage, &runBundle});

} // namespace
} // namespace falconry::cli
