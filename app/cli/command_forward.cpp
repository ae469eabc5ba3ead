// `falconry-cli forward`: logits of token sequences, written as safetensors (tensor `logits`).
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/io/falcon_loader.h"
#include "core/io/safetensors_file.h"
#include "core/lora/adapter_loader.h"
#include "core/model/device.h"
#include "core/util/atomic_file.h"
#include "core/util/errors.h"

#include <iostream>
#include <sstream>

namespace falconry::cli {
namespace {

constexpr const char* kUsage =
    "falconry-cli forward --model DIR [--adapter DIR] --ids-file FILE --out OUT.safetensors [--dtype fp32|bf16]\n"
    "    [--device auto|cpu|cuda|cuda:N]\n"
    "\n"
    "  --model DIR      Hugging Face Falcon folder, or a repo id in the Hugging Face cache\n"
    "  --adapter DIR    PEFT LoRA adapter folder applied on top of the model\n"
    "  --ids-file FILE  one sequence per line: token ids separated by spaces, all lines the same length\n"
    "  --out FILE       safetensors file to write, with tensor `logits` F32 [B, T, V]\n"
    "  --dtype D        fp32 (default) or bf16 compute\n"
    "  --device D       where the model runs: auto (default: the GPU when there is one, as train), cpu, cuda, cuda:N";

/** Reads FILE: one row of ids per non-empty line, equal lengths. Errors name file:line:column. */
torch::Tensor readIds(const std::filesystem::path& file)
{
    std::istringstream in(readWholeFile(file));
    std::vector<std::vector<int64_t>> rows;
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        std::vector<int64_t> row;
        size_t pos = 0;
        while (pos < line.size()) {
            pos = line.find_first_not_of(" \t\r", pos);
            if (pos == std::string::npos)
                break;
            const size_t end = std::min(line.find_first_of(" \t\r", pos), line.size());
            const std::string word = line.substr(pos, end - pos);
            size_t used = 0;
            long long id = -1;
            try {
                id = std::stoll(word, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != word.size() || id < 0)
                throw Error(file.string() + ":" + std::to_string(lineNo) + ":" + std::to_string(pos + 1) + ": expected a token id, found '" +
                            word + "'");
            row.push_back(id);
            pos = end;
        }
        if (!rows.empty() && row.size() != rows.front().size())
            throw Error(file.string() + ":" + std::to_string(lineNo) + ": " + std::to_string(row.size()) +
                        " ids, but the first line has " + std::to_string(rows.front().size()) + " (all lines must be equally long)");
        rows.push_back(std::move(row));
    }
    if (rows.empty())
        throw Error(file.string() + ": no token ids (expected one sequence per line)");
    torch::Tensor ids = torch::empty({static_cast<int64_t>(rows.size()), static_cast<int64_t>(rows.front().size())}, torch::kLong);
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t c = 0; c < rows[r].size(); ++c)
            ids[static_cast<int64_t>(r)][static_cast<int64_t>(c)] = rows[r][c];
    return ids;
}

int runForward(const std::vector<std::string>& args)
{
    ArgParser parser({"model", "adapter", "ids-file", "out", "dtype", "device"}, {});
    parser.parse(args);
    for (const char* required : {"model", "ids-file", "out"})
        if (!parser.has(required))
            throw UsageError(std::string("--") + required + " is required");
    const std::string dtypeName = parser.valueOr("dtype", "fp32");
    if (dtypeName != "fp32" && dtypeName != "bf16")
        throw UsageError("--dtype must be fp32 or bf16, got '" + dtypeName + "'");
    const torch::Tensor ids = readIds(parser.value("ids-file"));

    LoadOptions options;
    options.dtype = dtypeName == "bf16" ? torch::kBFloat16 : torch::kFloat;
    options.device = selectDevice(parser.valueOr("device", "auto"), 0);
    FalconModel model = loadFalconModel(parser.value("model"), options);
    if (const auto adapter = parser.optional("adapter"))
        applyAdapterFromFolder(*model, *adapter);
    const int64_t vocab = model->config().vocabSize;
    if (ids.max().item<int64_t>() >= vocab)
        throw Error(parser.value("ids-file") + ": token id " + std::to_string(ids.max().item<int64_t>()) +
                    " is outside the model's vocabulary (0.." + std::to_string(vocab - 1) + ")");
    torch::NoGradGuard noGrad;
    const torch::Tensor logits = model->forward(ids.to(options.device)).to(torch::kCPU, torch::kFloat); // [B, T, V]
    saveSafetensors(parser.value("out"), {{"logits", logits}});
    std::cerr << "logits [" << logits.size(0) << ", " << logits.size(1) << ", " << logits.size(2) << "] written to "
              << parser.value("out") << "\n";
    return 0;
}

const CommandRegistrar kRegistrar({"forward", "compute logits of token id sequences into a safetensors file", kUsage,
                                   &runForward});

} // namespace
} // namespace falconry::cli
