// Dataset throughput: import (CSV reader) + detect + render + tokenize on a
// generated 100k-row CSV, with peak memory beside the file size. The reference
// figure of the same run is the raw read speed of the same file (1 MiB reads),
// so import MB/s reads as a fraction of what the disk/page cache gives.
//   bench_dataset [ROWS] [TOKENIZER]   (defaults: 100000, the reference Falcon tokenizer.json)
#include "core/data/dataset_analysis.h"
#include "core/data/dataset_reader.h"
#include "core/data/example_renderer.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/atomic_file.h"
#include "core/util/threads.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <sys/resource.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

/** An Alpaca-style CSV with quoted commas, quotes and multi-line answers, like spreadsheet exports. */
void writeCsv(const std::string& path, size_t rows)
{
    static const char* kWords[] = {"the", "model", "learns", "falcon", "data", "quickly", "from", "examples", "answer",
                                   "question", "with", "care", "tokens", "and", "masks", "every", "row", "training"};
    std::mt19937 rng(1234);
    std::uniform_int_distribution<size_t> word(0, std::size(kWords) - 1);
    const auto sentence = [&](size_t n) {
        std::string s;
        for (size_t i = 0; i < n; ++i)
            s += (i ? " " : "") + std::string(kWords[word(rng)]);
        return s;
    };
    std::ofstream out(path, std::ios::binary);
    out << "instruction,input,output\r\n";
    for (size_t r = 0; r < rows; ++r) {
        out << "\"" << sentence(8 + r % 7) << ", please?\"," << (r % 3 ? "" : sentence(5)) << ",\""
            << sentence(20 + r % 40) << "\n\"\"" << sentence(6) << "\"\" " << r << "\"\r\n";
    }
}

} // namespace

int main(int argc, char** argv)
{
    falconry::configureEngineThreads();
    const size_t rows = argc > 1 ? std::stoul(argv[1]) : 100000;
    const std::string tokenizerPath =
        argc > 2 ? argv[2] : std::string(FALCONRY_BENCH_REFERENCE_DIR) + "/falcon-tokenizer/tokenizer.json";
    const std::string path = "/tmp/falconry_bench_dataset_" + std::to_string(::getpid()) + ".csv";
    writeCsv(path, rows);
    const double fileMb = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
    const long rssBefore = peakRssKb();

    // Reference: raw read of the same file.
    auto t = Clock::now();
    {
        std::ifstream in(path, std::ios::binary);
        std::string buffer(1 << 20, '\0');
        size_t total = 0;
        while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
            total += static_cast<size_t>(in.gcount());
        if (total == 0)
            return 1;
    }
    const double rawSeconds = seconds(t);

    t = Clock::now();
    const falconry::ReadResult read = falconry::readDataset(path);
    const double importSeconds = seconds(t);
    const long rssAfterImport = peakRssKb();

    t = Clock::now();
    falconry::AnalysisOptions options;
    const falconry::FormatDetection detection = falconry::detectFormat(read.dataset);
    const falconry::PromptTemplate tpl = falconry::suggestedTemplate(detection.kind);
    size_t renderedBytes = 0;
    for (const auto& row : read.dataset.rows)
        renderedBytes += falconry::renderRow(tpl, read.dataset, row, detection.mapping).text.size();
    const double renderSeconds = seconds(t);

    nlohmann::ordered_json out;
    std::unique_ptr<falconry::Tokenizer> tokenizer;
    try {
        tokenizer = falconry::Tokenizer::load(tokenizerPath);
    } catch (const std::exception& e) {
        out["tokenizer_error"] = e.what();
    }
    double tokenizeSeconds = 0.0;
    size_t tokens = 0;
    if (tokenizer) {
        t = Clock::now();
        for (const auto& row : read.dataset.rows)
            tokens += falconry::renderExample(tpl, read.dataset, row, detection.mapping, tokenizer.get(), {}).ids.size();
        tokenizeSeconds = seconds(t);
    }
    t = Clock::now();
    const falconry::LintOptions lint;
    const auto findings = falconry::lintDataset(read.dataset, detection.mapping, {}, lint);
    const double lintSeconds = seconds(t);
    std::remove(path.c_str());

    const auto rate = [](double amount, double s) { return s > 0 ? amount / s : 0.0; };
    out["bench"] = "dataset";
    out["rows"] = read.dataset.rows.size();
    out["file_mb"] = fileMb;
    out["reference_raw_read_mb_s"] = rate(fileMb, rawSeconds);
    out["import"] = {{"seconds", importSeconds}, {"rows_s", rate(static_cast<double>(rows), importSeconds)},
                     {"mb_s", rate(fileMb, importSeconds)},
                     {"fraction_of_raw_read", rawSeconds / importSeconds}};
    out["render"] = {{"seconds", renderSeconds}, {"rows_s", rate(static_cast<double>(rows), renderSeconds)},
                     {"rendered_mb_s", rate(static_cast<double>(renderedBytes) / 1e6, renderSeconds)},
                     {"template", tpl.name()}, {"detected", falconry::datasetKindName(detection.kind)}};
    if (tokenizer)
        out["render_tokenize"] = {{"seconds", tokenizeSeconds},
                                  {"rows_s", rate(static_cast<double>(rows), tokenizeSeconds)},
                                  {"mb_s", rate(static_cast<double>(renderedBytes) / 1e6, tokenizeSeconds)},
                                  {"tokens", tokens},
                                  {"tokens_s", rate(static_cast<double>(tokens), tokenizeSeconds)}};
    out["lint"] = {{"seconds", lintSeconds}, {"findings", findings.size()}};
    out["memory"] = {{"peak_rss_before_import_mb", rssBefore / 1024.0},
                     {"peak_rss_after_import_mb", rssAfterImport / 1024.0},
                     {"import_growth_mb", (rssAfterImport - rssBefore) / 1024.0},
                     {"growth_per_file_mb", (rssAfterImport - rssBefore) / 1024.0 / fileMb},
                     {"peak_rss_end_mb", peakRssKb() / 1024.0}};
    std::cout << out.dump(2) << std::endl;
    return 0;
}
