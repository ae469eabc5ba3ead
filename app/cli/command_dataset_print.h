#pragma once
// Output of `falconry-cli dataset inspect`: text (masks in brackets or colour) and JSON.

#include "core/data/dataset_analysis.h"
#include "core/data/dataset_reader.h"

#include <ostream>
#include <string>

namespace falconry {
class Tokenizer;
}

namespace falconry::cli {

struct InspectView {
    const std::string& file;
    const ReadResult& read;
    const DatasetAnalysis& analysis;
    const Tokenizer* tokenizer;
    const std::string& tokenizerPath;
    const TokenizeOptions& tokenize;
    size_t rowsFrom; // 1-based
    size_t rowsTo;   // inclusive; 0 = to the end
};

void printInspect(std::ostream& out, const InspectView& view, bool colour);
nlohmann::ordered_json inspectJson(const InspectView& view);

/** The rendered example with trained runs in [brackets] (or green on a terminal) and EOS as <eos>. */
std::string markedText(const RenderedExample& example, bool colour);

} // namespace falconry::cli
