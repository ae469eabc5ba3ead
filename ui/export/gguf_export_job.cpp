#include "ui/export/gguf_export_job.h"

#include "core/export/gguf_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace falconry::ui {

EngineJob makeGgufExportJob(const GgufExportRequest& request)
{
    return [request](JobContext& ctx) {
        GgufExportOptions options;
        options.modelDir = request.modelDir.toStdString();
        options.adapterDir = request.adapterDir.toStdString();
        options.outFile = request.outFile.toStdString();
        options.fileType = parseGgufFileType(request.type.toStdString());
        options.templateName = request.templateName.toStdString();
        options.writeModelfile = request.writeModelfile;
        const GgufExportResult result = exportGguf(
            options,
            [&ctx](const GgufExportProgress& p) {
                const double fraction = p.bytesTotal ? static_cast<double>(p.bytesDone) / static_cast<double>(p.bytesTotal) : -1.0;
                ctx.reportProgress(fraction, QCoreApplication::translate("ExportJob", "Writing tensor %1 of %2 (%3)")
                                                 .arg(p.tensorIndex + 1)
                                                 .arg(p.tensorCount)
                                                 .arg(QString::fromStdString(p.tensorName)));
                return !ctx.stopRequested();
            },
            ctx.stopFlag());
        if (result.cancelled)
            return; // nothing was written: the job ends as cancelled
        const QString file = QDir::toNativeSeparators(QString::fromStdString(result.file.string()));
        QString summary = QCoreApplication::translate("ExportJob", "GGUF saved to %1 (%2)")
                              .arg(file, QLocale().formattedDataSize(static_cast<qint64>(result.fileBytes)));
        if (!result.modelfile.empty()) {
            const QString name = QFileInfo(request.outFile).completeBaseName();
            summary += QLatin1Char('\n') + QCoreApplication::translate("ExportJob", "To run it in Ollama, open a terminal in "
                                                                                   "%1 and type: ollama create %2 -f Modelfile")
                                               .arg(QDir::toNativeSeparators(QFileInfo(request.outFile).absolutePath()), name);
        }
        ctx.reportProgress(1.0, QCoreApplication::translate("ExportJob", "GGUF saved"));
        ctx.setResult(JobResult{summary, {{QStringLiteral("path"), request.outFile}}});
    };
}

} // namespace falconry::ui
