// `falconry-cli generate`: streams a continuation of a prompt to stdout.
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/generate/generator.h"
#include "core/io/falcon_loader.h"
#include "core/io/hf_cache.h"
#include "core/lora/adapter_loader.h"
#include "core/lora/nf4.h"
#include "core/model/device.h"
#include "core/model/falcon_model.h"
#include "core/tokenizer/tokenizer.h"
#include "core/util/errors.h"

#include <atomic>
#include <csignal>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace falconry::cli {
namespace {

constexpr const char* kUsage =
    "falconry-cli generate --model DIR [--adapter DIR] (--prompt STR | --prompt-ids \"i j k\")\n"
    "    [--max-new-tokens N] [--greedy | --temperature T --top-k K --top-p P] [--seed S]\n"
    "    [--repetition-penalty R] [--stop STR] [--dtype fp32|bf16] [--device auto|cpu|cuda|cuda:N] [--nf4] [--print-ids]\n"
    "\n"
    "  --model DIR             Hugging Face Falcon folder (config.json, safetensors, tokenizer) or cached repo id\n"
    "  --adapter DIR           PEFT LoRA adapter folder applied on top of the model\n"
    "  --prompt STR            prompt text (encoded without BOS, as transformers does for Falcon)\n"
    "  --prompt-ids \"i j k\"    prompt as token ids separated by spaces\n"
    "  --max-new-tokens N      tokens to generate at most (default 128)\n"
    "  --greedy                argmax decoding (the default when no sampling option is given)\n"
    "  --temperature T         sample with temperature T > 0 (default 1.0 when sampling)\n"
    "  --top-k K               keep the K most likely tokens, 0 = all (default 50 when sampling, as transformers)\n"
    "  --top-p P               nucleus sampling, P in (0, 1] (default 1.0)\n"
    "  --seed S                random seed for sampling (default 0)\n"
    "  --repetition-penalty R  > 0, 1 = off (CTRL penalty, as transformers)\n"
    "  --stop STR              stop when STR appears (\\n, \\t, \\\\ escapes understood), e.g. \"\\nUser:\"\n"
    "  --dtype fp32|bf16       compute dtype (default fp32)\n"
    "  --device D              where the model runs: auto (default: the GPU when there is one, as train), cpu, cuda, cuda:N\n"
    "  --nf4                   4-bit weights: the blocks' linear layers quantized to NF4 (double-quantized, as\n"
    "                          QLoRA holds them) and decoded straight from the 4-bit codes (about 4x less to read\n"
    "                          per token than bf16); an adapter is applied on the side\n"
    "  --print-ids             print the prompt + new token ids on the last line\n"
    "\n"
    "The text streams to stdout; the finish reason and speed go to stderr.";

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

std::vector<int64_t> parseIds(const std::string& text)
{
    std::vector<int64_t> ids;
    std::istringstream in(text);
    std::string word;
    while (in >> word) {
        try {
            size_t used = 0;
            const long long id = std::stoll(word, &used);
            if (used != word.size() || id < 0)
                throw std::invalid_argument("not a token id");
            ids.push_back(id);
        } catch (const std::exception&) {
            throw UsageError("--prompt-ids: item " + std::to_string(ids.size() + 1) + " is '" + word +
                             "'; expected non-negative integer token ids separated by spaces");
        }
    }
    if (ids.empty())
        throw UsageError("--prompt-ids is empty; expected at least one token id, e.g. --prompt-ids \"35 331 337\"");
    return ids;
}

/** Turns the escapes \n, \t, \r and \\ of a --stop argument into their characters. */
std::string unescape(const std::string& text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char c = text[++i];
        switch (c) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case '\\': out += '\\'; break;
        default:
            out += '\\';
            out += c;
        }
    }
    return out;
}

GenerationSettings parseSettings(const ArgParser& parser)
{
    GenerationSettings settings;
    settings.maxNewTokens = parser.integer("max-new-tokens", 128);
    if (settings.maxNewTokens < 0)
        throw UsageError("--max-new-tokens must be >= 0, got " + parser.value("max-new-tokens"));
    const bool sampling = parser.has("temperature") || parser.has("top-k") || parser.has("top-p");
    if (sampling && parser.has("greedy"))
        throw UsageError("--greedy cannot be combined with --temperature, --top-k or --top-p");
    auto& s = settings.sampling;
    s.greedy = !sampling;
    s.temperature = parser.number("temperature", 1.0);
    s.topK = parser.integer("top-k", 50);
    s.topP = parser.number("top-p", 1.0);
    s.repetitionPenalty = parser.number("repetition-penalty", 1.0);
    const long long seed = parser.integer("seed", 0);
    if (seed < 0)
        throw UsageError("--seed must be >= 0, got " + parser.value("seed"));
    s.seed = static_cast<uint64_t>(seed);
    if (!(s.temperature > 0.0))
        throw UsageError("--temperature must be > 0, got " + parser.value("temperature") + " (use --greedy for argmax)");
    if (s.topK < 0)
        throw UsageError("--top-k must be >= 0 (0 = off), got " + parser.value("top-k"));
    if (!(s.topP > 0.0 && s.topP <= 1.0))
        throw UsageError("--top-p must be in (0, 1], got " + parser.value("top-p"));
    if (!(s.repetitionPenalty > 0.0))
        throw UsageError("--repetition-penalty must be > 0 (1 = off), got " + parser.value("repetition-penalty"));
    if (const auto stop = parser.optional("stop")) {
        if (stop->empty())
            throw UsageError("--stop is empty; expected the text to stop at, e.g. --stop \"\\nUser:\"");
        settings.stopStrings.push_back(unescape(*stop));
    }
    return settings;
}

int runGenerate(const std::vector<std::string>& args)
{
    ArgParser parser({"model", "adapter", "prompt", "prompt-ids", "max-new-tokens", "temperature", "top-k", "top-p",
                      "seed", "repetition-penalty", "stop", "dtype", "device"},
                     {"greedy", "print-ids", "nf4"});
    parser.parse(args);
    if (!parser.positionals().empty())
        throw UsageError("unexpected argument '" + parser.positionals().front() + "'");
    const std::string modelArg = parser.value("model");
    if (parser.has("prompt") == parser.has("prompt-ids"))
        throw UsageError("expected exactly one of --prompt STR or --prompt-ids \"i j k\"");
    const GenerationSettings settings = parseSettings(parser);
    std::vector<int64_t> prompt;
    if (parser.has("prompt-ids"))
        prompt = parseIds(parser.value("prompt-ids"));
    const std::string dtypeName = parser.valueOr("dtype", "fp32");
    if (dtypeName != "fp32" && dtypeName != "bf16")
        throw UsageError("--dtype must be fp32 or bf16, got '" + dtypeName + "'");

    // A folder, or a repo id ("tiiuae/falcon-7b") found in the Hugging Face cache.
    const std::filesystem::path modelDir = resolveModelPath(modelArg);
    if (!std::filesystem::is_directory(modelDir))
        throw ConfigError("--model " + modelDir.string() + ": not a folder; expected a Hugging Face Falcon folder");
    if (!std::filesystem::exists(modelDir / "config.json"))
        throw ConfigError("--model " + modelDir.string() +
                          ": no config.json; expected a Hugging Face Falcon folder (config.json, safetensors, tokenizer)");
    // The tokenizer is needed for text; with --prompt-ids the ids alone can still be generated.
    std::unique_ptr<Tokenizer> tokenizer;
    try {
        tokenizer = Tokenizer::load(modelDir);
    } catch (const TokenizerError& e) {
        if (parser.has("prompt") || !settings.stopStrings.empty())
            throw;
        std::cerr << "falconry-cli generate: no usable tokenizer (" << e.what() << "); printing ids only\n";
    }

    LoadOptions options;
    options.dtype = dtypeName == "bf16" ? torch::kBFloat16 : torch::kFloat32;
    options.device = selectDevice(parser.valueOr("device", "auto"), 0);
    FalconModel model = loadFalconModel(modelDir, options);
    if (parser.has("nf4")) {
        const int64_t bytes = quantizeModelToNf4(*model, true);
        std::cerr << "falconry-cli generate: 4-bit weights (NF4, double-quantized), " << bytes / (1024 * 1024)
                  << " MiB\n";
    }
    if (const auto adapter = parser.optional("adapter"))
        applyAdapterFromFolder(*model, *adapter);

    if (parser.has("prompt")) {
        prompt = tokenizer->encode(parser.value("prompt"));
        if (prompt.empty())
            throw UsageError("--prompt encodes to no tokens; expected a non-empty prompt");
    }

    std::signal(SIGINT, onInterrupt);
    const GenerationResult result = generate(
        *model, tokenizer.get(), {prompt}, settings,
        [](const GenerationChunk& chunk) {
            std::cout << chunk.text << std::flush;
            return true;
        },
        g_interrupted);
    std::signal(SIGINT, SIG_DFL);

    const GeneratedRow& row = result.rows.front();
    std::cout << "\n";
    if (parser.has("print-ids")) {
        std::string line;
        for (const int64_t id : row.promptIds)
            line += std::to_string(id) + " ";
        for (const int64_t id : row.newIds)
            line += std::to_string(id) + " ";
        line.pop_back();
        std::cout << line << "\n";
    }
    std::cout << std::flush;
    std::cerr << "finish: " << finishReasonName(row.finishReason) << ", " << row.newIds.size() << " new tokens, "
              << result.tokensPerSecond << " tokens/s (prefill " << result.prefillSeconds << " s)\n";
    return row.finishReason == FinishReason::Cancelled ? 130 : 0;
}

const CommandRegistrar kRegistrar({"generate", "generate text from a prompt (greedy or sampled), streamed", kUsage,
                                   &runGenerate});

} // namespace
} // namespace falconry::cli
