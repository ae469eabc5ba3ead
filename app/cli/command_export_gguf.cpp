// `falconry-cli export-gguf`: a Falcon model (with a LoRA adapter merged) as one GGUF file for
// llama.cpp, Ollama and LM Studio, plus an Ollama Modelfile.
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/export/gguf_export.h"
#include "core/export/gguf_lora_export.h"
#include "core/io/hf_cache.h"
#include "core/util/errors.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>

namespace falconry::cli {
namespace {

constexpr const char* kUsage =
    "falconry-cli export-gguf --model DIR [--adapter DIR] --out FILE.gguf [--type TYPE]\n"
    "    [--template NAME] [--name NAME] [--no-modelfile]\n"
    "\n"
    "  --model DIR      Hugging Face Falcon folder (or cached repo id)\n"
    "  --adapter DIR    PEFT LoRA adapter merged into the weights\n"
    "  --out FILE.gguf  the file to write (written as FILE.gguf.partial, renamed when complete)\n"
    "  --type TYPE      f32, f16 (default), bf16, q8_0, q4_0, q5_0, q5_1, q4_k_m, q5_k_m, q6_k\n"
    "  --template NAME  the prompt template the run was trained with (falcon-instruct, falcon-chat,\n"
    "                   guanaco, alpaca, plain): written as tokenizer.chat_template and into the Modelfile;\n"
    "                   default: the template in the adapter's run.json, else none\n"
    "  --name NAME      general.name and the Ollama model name (default: the file name)\n"
    "  --no-modelfile   do not write an Ollama Modelfile beside the GGUF";

std::atomic<bool> g_stop{false};

extern "C" void onStop(int)
{
    g_stop.store(true);
}

int runExportGguf(const std::vector<std::string>& args)
{
    ArgParser parser({"model", "adapter", "out", "type", "template", "name"}, {"no-modelfile"});
    parser.parse(args);
    if (!parser.positionals().empty())
        throw UsageError("unexpected argument '" + parser.positionals().front() + "'");
    GgufExportOptions options;
    options.modelDir = resolveModelPath(parser.value("model"));
    options.adapterDir = parser.valueOr("adapter", "");
    options.outFile = parser.value("out");
    options.fileType = parseGgufFileType(parser.valueOr("type", "f16"));
    // The run's own template when the adapter comes from a Falconry run folder.
    options.templateName = parser.valueOr("template", templateOfRun(options.adapterDir));
    options.modelName = parser.valueOr("name", "");
    options.writeModelfile = !parser.has("no-modelfile");
    if (options.outFile.extension() != ".gguf")
        throw UsageError("--out " + options.outFile.string() + ": expected a file name ending in .gguf");

    const auto start = std::chrono::steady_clock::now();
    int lastPercent = -1;
    std::signal(SIGINT, onStop);
    const GgufExportResult result = exportGguf(
        options,
        [&](const GgufExportProgress& p) {
            const int percent = p.bytesTotal ? static_cast<int>(100 * p.bytesDone / p.bytesTotal) : 100;
            if (percent / 10 != lastPercent / 10) {
                std::cerr << "  " << percent << "% (" << p.tensorIndex + 1 << "/" << p.tensorCount << " "
                          << p.tensorName << ")\n";
                lastPercent = percent;
            }
            return true;
        },
        g_stop);
    std::signal(SIGINT, SIG_DFL);
    if (result.cancelled) {
        std::cerr << "cancelled; nothing was written\n";
        return 130;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "wrote " << result.file.string() << " (" << result.fileBytes << " bytes, " << result.tensorCount
              << " tensors:";
    for (const auto& [type, count] : result.tensorsByType)
        std::cout << " " << count << " " << type;
    std::cout << ") in " << seconds << " s\n";
    if (!result.modelfile.empty()) {
        const std::string name = options.modelName.empty() ? options.outFile.stem().string() : options.modelName;
        std::cout << "wrote " << result.modelfile.string() << "; run it with: cd " << result.modelfile.parent_path().string()
                  << " && ollama create " << name << " -f Modelfile && ollama run " << name << "\n";
    }
    return 0;
}

int runExportGgufLora(const std::vector<std::string>& args)
{
    ArgParser parser({"model", "adapter", "out", "type"}, {});
    parser.parse(args);
    const std::filesystem::path out = parser.value("out");
    if (out.extension() != ".gguf")
        throw UsageError("--out " + out.string() + ": expected a file name ending in .gguf");
    const std::string type = parser.valueOr("type", "f32");
    if (type != "f32" && type != "f16" && type != "bf16")
        throw UsageError("--type must be f32, f16 or bf16 for a LoRA GGUF, got '" + type + "'");
    const GgmlType ggml = type == "f32" ? GgmlType::F32 : type == "f16" ? GgmlType::F16 : GgmlType::BF16;
    const uint64_t bytes = exportGgufLora(resolveModelPath(parser.value("model")), parser.value("adapter"), out, ggml);
    std::cout << "wrote " << out.string() << " (" << bytes << " bytes); use it with the base model's GGUF: "
              << "llama-cli -m BASE.gguf --lora " << out.filename().string() << "\n";
    return 0;
}

const CommandRegistrar kLoraRegistrar({"export-gguf-lora",
                                       "write a LoRA adapter alone as a llama.cpp LoRA GGUF (llama-cli --lora)",
                                       "falconry-cli export-gguf-lora --model DIR --adapter DIR --out FILE.gguf "
                                       "[--type f32|f16|bf16]",
                                       &runExportGgufLora});

const CommandRegistrar kRegistrar({"export-gguf",
                                   "write a model (+ merged LoRA adapter) as GGUF for llama.cpp / Ollama / LM Studio",
                                   kUsage, &runExportGguf});

} // namespace
} // namespace falconry::cli
