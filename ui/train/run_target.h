#pragma once

#include <QJsonObject>
#include <QString>

namespace falconry {
struct TrainConfig;
}

namespace falconry::ui {

/** Where a run trains. Stored by name in the settings, so the order may change. */
enum class RunTarget {
    ThisComputer,   // in-process on the engine thread
    LocalProcesses, // `falconry-cli train --nproc N` on this machine (data-parallel, Gloo/NCCL)
    Cluster,        // no run here: a torchrun or Slurm launch script is exported
};

/** Which cluster launcher an exported script drives. */
enum class ClusterLauncher {
    Torchrun,
    Slurm,
};

/** The Train page's "Run on" choice, as the panel edits it and the settings keep it. */
struct RunTargetSettings {
    RunTarget target = RunTarget::ThisComputer;
    int processes = 2;                       // local processes
    QString localDevice = QStringLiteral("cpu"); // local processes: "cpu" or "cuda" (one GPU per process)
    ClusterLauncher launcher = ClusterLauncher::Torchrun;
    int nodes = 1;
    int processesPerNode = 1;                // usually the GPUs per node
    QString clusterDevice = QStringLiteral("cuda"); // "cpu" or "cuda"
    QString partition;                       // Slurm; empty = the cluster's default
    QString timeLimit = QStringLiteral("24:00:00"); // Slurm, HH:MM:SS or D-HH:MM:SS

    QJsonObject toJson() const;
    /** Reads what toJson() writes; missing or unknown values keep their defaults. */
    static RunTargetSettings fromJson(const QJsonObject& json);
    bool operator==(const RunTargetSettings&) const = default;
};

/**
 * Writes `config` as the JSON object `falconry-cli train --config FILE` and TrainConfig::fromJson
 * read (atomically). Returns "" on success, else what went wrong.
 */
QString writeTrainSettingsFile(const TrainConfig& config, const QString& path);

/** Where exportLaunchScript put its files. */
struct LaunchExport {
    QString scriptPath;
    QString settingsPath;
    QString error; // "" on success
};

/**
 * The cluster export: writes the run's settings as `<script name>.settings.json` beside
 * `scriptPath` (device and run folder set for the cluster: `runs/<runName>` relative to the
 * folder the script is started from) and the torchrun or Slurm script that runs
 * `falconry-cli train --config <that file>` on every process.
 */
LaunchExport exportLaunchScript(const TrainConfig& config, const RunTargetSettings& target, const QString& scriptPath,
                                const QString& runName);

} // namespace falconry::ui
