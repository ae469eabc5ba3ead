#include "ui/compare/adapter_choices.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace falconry::ui {

bool isAdapterFolder(const QString& dir)
{
    return QFileInfo::exists(dir + QStringLiteral("/adapter_config.json"));
}

// The labels are the Compare page's texts: they keep its translation context (lupdate needs the literal).
QList<AdapterChoice> adaptersOfRun(const QString& runDir)
{
    QList<AdapterChoice> choices;
    if (runDir.isEmpty())
        return choices;
    const QString finalAdapter = runDir + QStringLiteral("/adapter");
    if (isAdapterFolder(finalAdapter))
        choices.append({QCoreApplication::translate("falconry::ui::ComparePage", "Current run: final adapter (%1)").arg(QDir(runDir).dirName()), finalAdapter});
    const QDir checkpoints(runDir + QStringLiteral("/checkpoints"));
    QStringList steps = checkpoints.entryList({QStringLiteral("step-*")}, QDir::Dirs);
    // "step-N": the number after the five characters of "step-", highest first.
    std::sort(steps.begin(), steps.end(), [](const QString& a, const QString& b) { return a.mid(5).toInt() > b.mid(5).toInt(); });
    for (const QString& step : steps) {
        // A checkpoint holds the adapter in PEFT format beside the optimizer state.
        const QString dir = checkpoints.filePath(step);
        const QString adapter = isAdapterFolder(dir + QStringLiteral("/adapter")) ? dir + QStringLiteral("/adapter") : dir;
        choices.append({QCoreApplication::translate("falconry::ui::ComparePage", "Current run: checkpoint %1").arg(step), adapter});
    }
    return choices;
}

} // namespace falconry::ui
