#include "ui/train/start_check.h"

#include "ui/model/memory_plan.h"
#include "ui/system_memory.h"
#include "ui/train/train_settings.h"

#include <QCoreApplication>
#include <QLocale>

namespace falconry::ui {

QString startMemoryProblem(const QString& modelDir, const TrainSettings& settings, qint64 availableBytes)
{
    PlanInput input;
    input.modelDir = modelDir;
    input.nf4 = settings.nf4;
    input.maxLength = settings.maxLength;
    input.batchSize = settings.batchSize;
    input.loraRank = settings.loraRank;
    input.gradientCheckpointing = settings.gradientCheckpointing;
    const PlanView plan = planRun(input);
    if (availableBytes <= 0) {
        const SystemMemory memory = readSystemMemory();
        availableBytes = memory.availableBytes > 0 ? memory.availableBytes : memory.totalBytes;
    }
    if (plan.totalBytes <= 0 || availableBytes <= 0 || plan.totalBytes <= availableBytes)
        return {};
    const QLocale locale;
    QString text = QCoreApplication::translate("StartCheck",
                                               "With these settings (max length %1, batch size %2, %3) the run needs "
                                               "about %4 of memory, but %5 is free now: it would swap or be stopped "
                                               "by the system.")
                       .arg(locale.toString(settings.maxLength), locale.toString(settings.batchSize),
                            settings.nf4 ? QCoreApplication::translate("StartCheck", "4-bit NF4 base")
                                         : QCoreApplication::translate("StartCheck", "bf16 base"),
                            formatBytes(plan.totalBytes), formatBytes(availableBytes));
    if (!settings.nf4) {
        input.nf4 = true;
        const qint64 withNf4 = planRun(input).totalBytes;
        if (withNf4 > 0 && withNf4 <= availableBytes)
            return text + QLatin1Char(' ') +
                   QCoreApplication::translate("StartCheck", "With a 4-bit NF4 base (QLoRA) it needs %1 and fits.")
                       .arg(formatBytes(withNf4));
    }
    return text + QLatin1Char(' ') +
           QCoreApplication::translate("StartCheck", "A shorter max length, a smaller batch or the \"Low memory\" preset "
                                                     "need less.");
}

} // namespace falconry::ui
