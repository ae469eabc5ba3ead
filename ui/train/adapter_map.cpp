#include "ui/train/adapter_map.h"

#include "core/lora/adapter_inspect.h"
#include "core/lora/lora_config.h"
#include "core/lora/peft_adapter.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <exception>

namespace falconry::ui {

const AdapterMapCell* AdapterMap::cell(int layer, const QString& target) const
{
    for (const AdapterMapCell& c : cells)
        if (c.layer == layer && c.target == target)
            return &c;
    return nullptr;
}

AdapterMap loadAdapterMap(const QString& dir, const QString& compareDir)
{
    AdapterMap map;
    map.dir = dir;
    map.compareDir = compareDir;
    try {
        const PeftAdapter adapter = readPeftAdapter(dir.toStdString());
        map.rank = static_cast<int>(adapter.config.r);
        map.alpha = adapter.config.alpha;
        map.scale = adapter.config.scaling();
        map.rslora = adapter.config.useRslora;
        const std::vector<LoraModuleUpdate> modules =
            compareDir.isEmpty() ? inspectAdapter(adapter) : compareAdapters(adapter, readPeftAdapter(compareDir.toStdString()));
        for (const LoraModuleUpdate& u : modules) {
            AdapterMapCell c;
            c.layer = static_cast<int>(u.layer);
            c.target = QString::fromStdString(u.target);
            c.module = QString::fromStdString(u.module);
            c.norm = u.norm;
            c.effectiveRank = u.effectiveRank;
            c.cosine = u.cosine;
            map.cells.append(c);
            if (!map.layers.contains(c.layer))
                map.layers.append(c.layer);
            if (!map.targets.contains(c.target))
                map.targets.append(c.target);
        }
    } catch (const std::exception& e) {
        map.error = QString::fromStdString(e.what());
        map.cells.clear();
        map.layers.clear();
        map.targets.clear();
        return map;
    }
    std::sort(map.layers.begin(), map.layers.end());
    auto rankOf = [](const QString& target) {
        const auto it = std::find(kFalconLoraTargets.begin(), kFalconLoraTargets.end(), target.toStdString());
        return static_cast<int>(it - kFalconLoraTargets.begin());
    };
    std::stable_sort(map.targets.begin(), map.targets.end(), [&](const QString& a, const QString& b) {
        return rankOf(a) != rankOf(b) ? rankOf(a) < rankOf(b) : a < b;
    });
    return map;
}

QString runAdapterFolder(const QString& runDir)
{
    const QDir run(runDir);
    if (QFileInfo::exists(run.filePath(QStringLiteral("adapter/adapter_config.json"))))
        return run.filePath(QStringLiteral("adapter"));
    // checkpoints/step-N/adapter: the newest N.
    const QDir checkpoints(run.filePath(QStringLiteral("checkpoints")));
    int best = -1;
    QString found;
    for (const QString& name : checkpoints.entryList({QStringLiteral("step-*")}, QDir::Dirs)) {
        bool ok = false;
        const int step = name.mid(5).toInt(&ok);
        if (ok && step > best && QFileInfo::exists(checkpoints.filePath(name + QStringLiteral("/adapter/adapter_config.json")))) {
            best = step;
            found = checkpoints.filePath(name + QStringLiteral("/adapter"));
        }
    }
    return found;
}

} // namespace falconry::ui
