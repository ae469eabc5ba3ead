#include "ui/export/export_job.h"

#include "core/util/errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace falconry::ui {

bool mergeEngineAvailable()
{
    return false;
}

EngineJob makeSaveAdapterJob(const QString& adapterDir, const QString& destination)
{
    return [adapterDir, destination](JobContext& ctx) {
        const QDir source(adapterDir);
        if (!source.exists(QStringLiteral("adapter_config.json")) || !source.exists(QStringLiteral("adapter_model.safetensors")))
            throw CheckpointError(QStringLiteral("%1: expected adapter_config.json and adapter_model.safetensors (a PEFT "
                                                 "LoRA adapter folder)").arg(adapterDir).toStdString());
        if (QFileInfo::exists(destination) && !QDir(destination).isEmpty())
            throw IoError(QStringLiteral("%1 exists and is not empty; choose a new folder").arg(destination).toStdString());
        const QString temp = destination + QStringLiteral(".partial");
        QDir(temp).removeRecursively();
        if (!QDir().mkpath(temp))
            throw IoError(QStringLiteral("cannot create %1").arg(temp).toStdString());
        const QStringList files = source.entryList({QStringLiteral("adapter_config.json"), QStringLiteral("adapter_model.safetensors"),
                                                    QStringLiteral("README.md")}, QDir::Files);
        for (int i = 0; i < files.size(); ++i) {
            if (ctx.stopRequested()) {
                QDir(temp).removeRecursively();
                return;
            }
            ctx.reportProgress(static_cast<double>(i) / files.size(),
                               QCoreApplication::translate("ExportJob", "Copying %1").arg(files[i]));
            if (!QFile::copy(source.filePath(files[i]), temp + QLatin1Char('/') + files[i])) {
                QDir(temp).removeRecursively();
                throw IoError(QStringLiteral("copying %1 to %2 failed (disk full or no permission?)")
                                  .arg(source.filePath(files[i]), temp).toStdString());
            }
        }
        QDir().rmdir(destination); // an empty destination folder is replaced
        if (!QDir().rename(temp, destination)) {
            QDir(temp).removeRecursively();
            throw IoError(QStringLiteral("cannot rename %1 to %2").arg(temp, destination).toStdString());
        }
        ctx.reportProgress(1.0, QCoreApplication::translate("ExportJob", "Adapter saved"));
        ctx.setResult(JobResult{QCoreApplication::translate("ExportJob", "Adapter saved to %1").arg(QDir::toNativeSeparators(destination)),
                                {{QStringLiteral("path"), destination}}});
    };
}

EngineJob makeMergeJob(const QString& modelDir, const QString& adapterDir, const QString& destination)
{
    return [modelDir, adapterDir, destination](JobContext&) {
        (void)modelDir;
        (void)adapterDir;
        (void)destination;
        throw Error("This build of Falconry cannot merge yet: the merge step (core/io) is not part of it.");
    };
}

} // namespace falconry::ui
