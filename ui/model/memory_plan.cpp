#include "ui/model/memory_plan.h"

#include "core/model/falcon_config.h"
#include "core/train/memory_planner.h"
#include "ui/model/model_catalogue.h"

#include <QCoreApplication>

namespace falconry::ui {
namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(MemoryPlan)
public:
    static PlanView plan(const PlanInput& input);
};

/** The catalogue's shapes for models not on disk (Falcon-7B, -40B, ...), by parameter count. */
std::optional<FalconConfig> configFor(const PlanInput& input)
{
    if (!input.modelDir.isEmpty()) {
        try {
            return FalconConfig::load(input.modelDir.toStdString());
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }
    FalconConfig c; // defaults: Falcon-7B
    if (input.parameters > 30'000'000'000LL) {
        c.hiddenSize = 8192;
        c.numHiddenLayers = 60;
        c.numAttentionHeads = 128;
        c.numKvHeads = 8;
        c.newDecoderArchitecture = true;
    } else if (input.parameters > 9'000'000'000LL) {
        c.hiddenSize = 4096;
        c.numHiddenLayers = 60;
        c.numAttentionHeads = 32;
        c.numKvHeads = 8;
        c.newDecoderArchitecture = true;
        c.numLnInParallelAttn = 1;
        c.maxPositionEmbeddings = 8192;
    } else if (input.parameters > 0 && input.parameters < 2'000'000'000LL) {
        c.vocabSize = 50304;
        c.hiddenSize = 2048;
        c.numHiddenLayers = 24;
        c.numAttentionHeads = 32;
        c.multiQuery = false;
        c.parallelAttn = false;
        c.alibi = true;
        c.bias = true;
    } else if (input.parameters <= 0) {
        return std::nullopt;
    }
    return c;
}

PlanView Texts::plan(const PlanInput& input)
{
    PlanView view;
    const std::optional<FalconConfig> config = configFor(input);
    if (!config)
        return view;
    PlanSettings s;
    s.nf4 = input.nf4;
    s.loraR = input.loraRank;
    s.batch = input.batchSize;
    s.seqLen = input.maxLength;
    s.gradientCheckpointing = input.gradientCheckpointing;
    s.totalTokens = input.trainTokens;
    s.tokensPerSecond = input.tokensPerSecond;
    const MemoryPlan plan = planMemory(*config, s);
    const QColor colors[] = {QColor(0x4a, 0x7f, 0xc1), QColor(0x3c, 0xa0, 0x5a), QColor(0xe0, 0x9b, 0x20),
                             QColor(0xc0, 0x5a, 0x8a), QColor(0x8e, 0x6f, 0xc8), QColor(0x7f, 0x8c, 0x8d)};
    view.segments = {
        {input.nf4 ? tr("Weights (NF4)") : tr("Weights (bf16)"), plan.weightBytes, colors[0]},
        {tr("LoRA"), plan.loraBytes + plan.gradientBytes, colors[1]},
        {tr("Optimizer state"), plan.optimizerBytes, colors[2]},
        {tr("Activations"), plan.activationBytes + plan.transientBytes, colors[3]},
        {tr("KV cache"), plan.kvCacheBytes, colors[4]},
        {tr("Runtime"), plan.runtimeBytes, colors[5]},
    };
    view.totalBytes = plan.totalBytes;
    view.complete = true;
    view.epochSeconds = plan.estimatedSeconds > 0 ? plan.estimatedSeconds : -1.0;
    QStringList notes;
    for (const std::string& s : plan.suggestions)
        notes << QString::fromStdString(s);
    view.note = notes.join(QLatin1Char(' '));
    return view;
}

} // namespace

PlanView planRun(const PlanInput& input)
{
    return Texts::plan(input);
}

} // namespace falconry::ui
