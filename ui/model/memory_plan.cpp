#include "ui/model/memory_plan.h"

#include "ui/model/model_catalogue.h"

#include <QCoreApplication>

namespace falconry::ui {
namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(MemoryPlan)
public:
    static PlanView weightsOnly(const PlanInput& input);
};

PlanView Texts::weightsOnly(const PlanInput& input)
{
    PlanView view;
    qint64 params = input.parameters;
    if (!input.modelDir.isEmpty()) {
        const ModelFolderInfo info = inspectModelFolder(input.modelDir);
        if (info.parameters > 0)
            params = info.parameters;
    }
    // bf16: 2 bytes per weight. NF4: 4 bits per weight plus one fp32 scale per
    // block of 64 (QLoRA's layout without double quantization): 0.5 + 4/64 bytes.
    const double bytesPerWeight = input.nf4 ? 0.5 + 4.0 / 64.0 : 2.0;
    const qint64 weights = static_cast<qint64>(static_cast<double>(params) * bytesPerWeight);
    view.segments.append({input.nf4 ? tr("Weights (NF4)") : tr("Weights (bf16)"), weights, QColor(0x4a, 0x7f, 0xc1)});
    view.totalBytes = weights;
    view.complete = false;
    view.note = tr("Only the weights are counted: this build has no memory planner yet, so LoRA, optimizer state, "
                   "activations and KV cache are not shown.");
    return view;
}

} // namespace

PlanView planRun(const PlanInput& input)
{
    return Texts::weightsOnly(input);
}

} // namespace falconry::ui
