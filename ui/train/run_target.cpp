#include "ui/train/run_target.h"

#include "core/distributed/launch_script.h"
#include "core/train/train_config.h"
#include "core/util/atomic_file.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <exception>

namespace falconry::ui {
namespace {

// Stored by name: the settings stay readable when an enum value is added or reordered.
QString targetName(RunTarget t)
{
    switch (t) {
    case RunTarget::ThisComputer: return QStringLiteral("this-computer");
    case RunTarget::LocalProcesses: return QStringLiteral("local-processes");
    case RunTarget::Cluster: return QStringLiteral("cluster");
    }
    return QStringLiteral("this-computer");
}

QString deviceOr(const QString& device, const QString& fallback)
{
    return device == QLatin1String("cpu") || device == QLatin1String("cuda") ? device : fallback;
}

} // namespace

QJsonObject RunTargetSettings::toJson() const
{
    return {{QStringLiteral("target"), targetName(target)},
            {QStringLiteral("processes"), processes},
            {QStringLiteral("local_device"), localDevice},
            {QStringLiteral("launcher"), launcher == ClusterLauncher::Slurm ? QStringLiteral("slurm") : QStringLiteral("torchrun")},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("processes_per_node"), processesPerNode},
            {QStringLiteral("cluster_device"), clusterDevice},
            {QStringLiteral("partition"), partition},
            {QStringLiteral("time_limit"), timeLimit}};
}

RunTargetSettings RunTargetSettings::fromJson(const QJsonObject& j)
{
    RunTargetSettings s;
    const QString target = j.value(QStringLiteral("target")).toString();
    for (RunTarget t : {RunTarget::ThisComputer, RunTarget::LocalProcesses, RunTarget::Cluster}) {
        if (target == targetName(t))
            s.target = t;
    }
    s.processes = std::max(2, j.value(QStringLiteral("processes")).toInt(s.processes));
    s.localDevice = deviceOr(j.value(QStringLiteral("local_device")).toString(), s.localDevice);
    s.launcher = j.value(QStringLiteral("launcher")).toString() == QLatin1String("slurm") ? ClusterLauncher::Slurm
                                                                                          : ClusterLauncher::Torchrun;
    s.nodes = std::max(1, j.value(QStringLiteral("nodes")).toInt(s.nodes));
    s.processesPerNode = std::max(1, j.value(QStringLiteral("processes_per_node")).toInt(s.processesPerNode));
    s.clusterDevice = deviceOr(j.value(QStringLiteral("cluster_device")).toString(), s.clusterDevice);
    s.partition = j.value(QStringLiteral("partition")).toString(s.partition);
    s.timeLimit = j.value(QStringLiteral("time_limit")).toString(s.timeLimit);
    if (s.timeLimit.trimmed().isEmpty())
        s.timeLimit = RunTargetSettings{}.timeLimit;
    return s;
}

QString writeTrainSettingsFile(const TrainConfig& config, const QString& path)
{
    try {
        writeFileAtomically(path.toStdString(), config.toJson().dump(2) + "\n");
        return {};
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
}

LaunchExport exportLaunchScript(const TrainConfig& config, const RunTargetSettings& target, const QString& scriptPath,
                                const QString& runName)
{
    LaunchExport out;
    const QFileInfo script(scriptPath);
    out.scriptPath = script.absoluteFilePath();
    out.settingsPath = script.dir().filePath(script.completeBaseName() + QStringLiteral(".settings.json"));

    // The run folder is relative to where the script starts (sbatch: the submission folder),
    // so the pair of files can be copied to the cluster as they are.
    TrainConfig clusterConfig = config;
    clusterConfig.device = target.clusterDevice == QLatin1String("cpu") ? "cpu" : "cuda";
    clusterConfig.outDir = "runs/" + runName.toStdString();
    if (const QString error = writeTrainSettingsFile(clusterConfig, out.settingsPath); !error.isEmpty()) {
        out.error = error;
        return out;
    }

    LaunchScriptSettings s;
    s.kind = target.launcher == ClusterLauncher::Slurm ? LaunchScriptKind::Slurm : LaunchScriptKind::Torchrun;
    s.nodes = target.nodes;
    s.processesPerNode = target.processesPerNode;
    // The settings file by name: start the script in the folder that holds both files.
    s.trainArguments = {"--config", QFileInfo(out.settingsPath).fileName().toStdString()};
    s.device = clusterConfig.device;
    s.jobName = "falconry-" + runName.toStdString();
    s.partition = target.partition.trimmed().toStdString();
    s.timeLimit = target.timeLimit.trimmed().toStdString();
    s.gpusPerNode = target.clusterDevice == QLatin1String("cpu") ? 0 : -1;
    try {
        writeLaunchScript(out.scriptPath.toStdString(), s);
    } catch (const std::exception& e) {
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

} // namespace falconry::ui
