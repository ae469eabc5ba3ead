// `falconry-cli adapter inspect DIR [--compare DIR2] [--json]`: which modules a LoRA adapter moved, and how.
#include "app/cli/arg_parser.h"
#include "app/cli/command_registry.h"
#include "core/lora/adapter_inspect.h"
#include "core/lora/peft_adapter.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace falconry::cli {
namespace {

constexpr const char* kUsage =
    "falconry-cli adapter inspect DIR [--compare DIR2] [--json]\n"
    "\n"
    "  DIR          a PEFT LoRA adapter folder (a run's adapter/ or checkpoints/step-N/adapter/)\n"
    "  per module: the Frobenius norm of its update scale*B*A (scale = lora_alpha / r, or lora_alpha / sqrt(r)\n"
    "  with rsLoRA) and its effective rank (exp of the entropy of the normalized singular values, 1 ... r)\n"
    "  --compare DIR2  also the cosine similarity of the two adapters' updates per module (1 = same direction)\n"
    "  --json       a list of {module, layer, target, norm, effective_rank[, cosine]}";

void printTable(const std::vector<LoraModuleUpdate>& modules, const LoraConfig& config, bool compared)
{
    std::printf("r=%lld  lora_alpha=%g  scale %g%s  %zu modules\n", static_cast<long long>(config.r), config.alpha,
                config.scaling(), config.useRslora ? " (rsLoRA)" : "", modules.size());
    std::printf("%-6s %-16s %12s %9s%s\n", "layer", "target", "norm", "eff.rank", compared ? "    cosine" : "");
    double total = 0.0;
    for (const LoraModuleUpdate& u : modules) {
        total += u.norm * u.norm;
        std::printf("%-6lld %-16s %12.6g %9.3f", static_cast<long long>(u.layer), u.target.c_str(), u.norm, u.effectiveRank);
        if (compared) {
            if (u.cosine)
                std::printf(" %9.4f", *u.cosine);
            else
                std::printf(" %9s", "-");
        }
        std::printf("\n");
    }
    std::printf("norm of all updates together: %.6g\n", std::sqrt(total));
}

int runAdapter(const std::vector<std::string>& args)
{
    ArgParser parser({"compare"}, {"json"});
    parser.parse(args);
    const auto& positionals = parser.positionals();
    if (positionals.size() != 2 || positionals[0] != "inspect")
        throw UsageError(positionals.empty() ? "say what to do: adapter inspect DIR"
                                             : (positionals[0] != "inspect" ? "unknown adapter command '" + positionals[0] + "'"
                                                                           : "adapter inspect takes one adapter folder"));
    const PeftAdapter adapter = readPeftAdapter(positionals[1]);
    const auto other = parser.optional("compare");
    const std::vector<LoraModuleUpdate> modules =
        other ? compareAdapters(adapter, readPeftAdapter(*other)) : inspectAdapter(adapter);
    if (parser.has("json"))
        std::cout << adapterInspectionJson(modules, other.has_value()).dump(2) << "\n";
    else
        printTable(modules, adapter.config, other.has_value());
    return 0;
}

const CommandRegistrar kRegistrar({"adapter", "inspect a LoRA adapter: update size and effective rank per module; compare two",
                                   kUsage, &runAdapter});

} // namespace
} // namespace falconry::cli
