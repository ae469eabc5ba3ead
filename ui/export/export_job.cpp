#include "ui/export/export_job.h"

#include "core/lora/lora_model.h"
#include "core/lora/peft_adapter.h"
#include "core/model/falcon_config.h"
#include "core/model/device.h"
#include "core/io/falcon_loader.h"
#include "core/util/atomic_folder.h"
#include "core/util/errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>

namespace falconry::ui {

EngineJob makeSaveAdapterJob(const QString& adapterDir, const QString& destination)
{
    return [adapterDir, destination](JobContext& ctx) {
        const QDir source(adapterDir);
        if (!source.exists(QStringLiteral("adapter_config.json")) || !source.exists(QStringLiteral("adapter_model.safetensors")))
            throw CheckpointError(QStringLiteral("%1: expected adapter_config.json and adapter_model.safetensors (a PEFT "
                                                 "LoRA adapter folder)").arg(adapterDir).toStdString());
        // Never over an earlier save: the user's other adapter stays as it is.
        if (QFileInfo::exists(destination) && !QDir(destination).isEmpty())
            throw IoError(QStringLiteral("%1 exists and is not empty; choose a new folder").arg(destination).toStdString());
        // Whole or not at all: a stop, a full disk or a crash leaves no half-copied adapter.
        AtomicFolder out(destination.toStdString(), "adapter_config.json");
        const QStringList files = source.entryList({QStringLiteral("adapter_config.json"), QStringLiteral("adapter_model.safetensors"),
                                                    QStringLiteral("README.md")}, QDir::Files);
        for (int i = 0; i < files.size(); ++i) {
            if (ctx.stopRequested())
                return; // `out` removes what was copied
            ctx.reportProgress(static_cast<double>(i) / files.size(),
                               QCoreApplication::translate("ExportJob", "Copying %1").arg(files[i]));
            std::error_code ec;
            std::filesystem::copy_file(source.filePath(files[i]).toStdString(), out.path() / files[i].toStdString(), ec);
            if (ec)
                throw IoError(QStringLiteral("copying %1 to %2 failed: %3")
                                  .arg(source.filePath(files[i]), destination, QString::fromStdString(ec.message()))
                                  .toStdString());
        }
        out.commit();
        ctx.reportProgress(1.0, QCoreApplication::translate("ExportJob", "Adapter saved"));
        ctx.setResult(JobResult{QCoreApplication::translate("ExportJob", "Adapter saved to %1").arg(QDir::toNativeSeparators(destination)),
                                {{QStringLiteral("path"), destination}}});
    };
}

EngineJob makeMergeJob(const QString& modelDir, const QString& adapterDir, const QString& destination)
{
    return [modelDir, adapterDir, destination](JobContext& ctx) {
        const std::filesystem::path model = modelDir.toStdString();
        const std::filesystem::path adapterPath = adapterDir.toStdString();
        const std::filesystem::path out = destination.toStdString();
        if (QFileInfo::exists(destination) && !QDir(destination).isEmpty())
            throw IoError(QStringLiteral("%1 exists and is not empty; choose a new folder").arg(destination).toStdString());
        // As peft's merge_and_unload: the weights keep their dtype (bf16 stays bf16), the
        // delta is added in fp32 and rounded once.
        const FalconConfig config = FalconConfig::load(model);
        PeftAdapter adapter = readPeftAdapter(adapterPath);
        LoadOptions options;
        options.dtype = config.torchDtype == "float32" ? torch::kFloat32 : torch::kBFloat16;
        options.zeroCopy = false; // the merge writes into the weights
        options.device = selectDevice("auto", 0); // the GPU when there is one, as training's --device auto
        options.progress = [&ctx](uint64_t done, uint64_t total) {
            ctx.reportProgress(total ? 0.5 * static_cast<double>(done) / static_cast<double>(total) : -1.0,
                               QCoreApplication::translate("ExportJob", "Loading the base model…"));
            return !ctx.stopRequested();
        };
        FalconModel falcon = loadFalconModel(model, options);
        LoraModel lora = LoraModel::inject(*falcon, adapter.config);
        lora.loadStateDict(adapter.tensors, (adapterPath / "adapter_model.safetensors").string());
        lora.merge();
        SaveOptions save;
        save.progress = [&ctx](uint64_t done, uint64_t total) {
            ctx.reportProgress(total ? 0.5 + 0.5 * static_cast<double>(done) / static_cast<double>(total) : -1.0,
                               QCoreApplication::translate("ExportJob", "Writing the merged model…"));
            return !ctx.stopRequested();
        };
        save.tokenizerFrom = model;
        saveFalconModel(*falcon, out, save);
        ctx.reportProgress(1.0, QCoreApplication::translate("ExportJob", "Merged model saved"));
        ctx.setResult(JobResult{QCoreApplication::translate("ExportJob", "Merged model saved to %1 (%2 LoRA layers folded in)")
                                    .arg(QDir::toNativeSeparators(destination))
                                    .arg(lora.layers().size()),
                                {{QStringLiteral("path"), destination}}});
    };
}

} // namespace falconry::ui
