// `falconry-cli tokenize --tokenizer PATH (--text STR | --text-file FILE) [--json]`:
// the ids of the text on one line, no special tokens added.
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace falconry::cli {
namespace {

int runTokenize(const std::vector<std::string>& args)
{
    ArgParser parser({"tokenizer", "text", "text-file"}, {"json"});
    parser.parse(args);
    if (!parser.has("tokenizer"))
        throw UsageError("--tokenizer PATH is required (a tokenizer.json, a tokenizer.model or a model folder)");
    if (parser.has("text") == parser.has("text-file"))
        throw UsageError("give exactly one of --text STR and --text-file FILE");

    std::string text;
    if (parser.has("text")) {
        text = parser.value("text");
    } else {
        const std::string file = parser.value("text-file");
        std::ifstream in(file, std::ios::binary);
        if (!in)
            throw IoError(file + ": cannot open the text file given by --text-file");
        std::ostringstream buffer;
        buffer << in.rdbuf();
        text = buffer.str();
    }
    const auto tokenizer = Tokenizer::load(parser.value("tokenizer"));
    const std::vector<int64_t> ids = tokenizer->encode(text);

    std::string line = parser.has("json") ? "{\"ids\": [" : "";
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            line += parser.has("json") ? ", " : " ";
        line += std::to_string(ids[i]);
    }
    if (parser.has("json"))
        line += "]}";
    std::cout << line << "\n";
    return 0;
}

const CommandRegistrar kRegistrar({"tokenize", "print the token ids of a text",
                                   "falconry-cli tokenize --tokenizer PATH (--text STR | --text-file FILE) [--json]",
                                   &runTokenize});

} // namespace
} // namespace falconry::cli
