// The Export page's GGUF option: the dialog's choices (type, the run's template, the Ollama line)
// and the export job on the engine thread, which writes the GGUF and its Modelfile.
#include "ui/engine/engine_controller.h"
#include "ui/export/export_page.h"
#include "ui/export/gguf_export_dialog.h"
#include "ui/work_session.h"
#include "ui_test_files.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace falconry::ui;

namespace {

const QString kGolden = goldenModelDir();
const QString kGoldenAdapter = goldenAdapterDir();

} // namespace

class TestGgufExport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dialogOffersTheRunsTemplateAndTheOllamaLine()
    {
        GgufExportDialog dialog(QStringLiteral("/tmp/out/tuned.gguf"), QStringLiteral("falcon-chat"));
        const GgufExportRequest r = dialog.request(kGolden, kGoldenAdapter);
        QCOMPARE(r.templateName, QStringLiteral("falcon-chat"));
        QCOMPARE(r.type, QStringLiteral("q4_k_m")); // the usual choice comes first
        QVERIFY(r.writeModelfile);
        QCOMPARE(r.outFile, QStringLiteral("/tmp/out/tuned.gguf"));
        auto* hint = dialog.findChild<QLabel*>(QStringLiteral("ggufOllamaHint"));
        QVERIFY(hint);
        QVERIFY2(hint->text().contains(QLatin1String("ollama create tuned -f Modelfile")), qPrintable(hint->text()));
        // No template: no Modelfile, and the hint points to llama.cpp / LM Studio instead.
        auto* templates = dialog.findChild<QComboBox*>(QStringLiteral("ggufTemplate"));
        templates->setCurrentIndex(templates->findData(QString()));
        QVERIFY(!dialog.request(kGolden, kGoldenAdapter).writeModelfile);
        QVERIFY(hint->text().contains(QLatin1String("llama-cli -m tuned.gguf")));
    }

    void noRunMeansFalconInstruct()
    {
        // No run (no run.json): the usual Falcon template, not "None".
        GgufExportDialog dialog(QStringLiteral("/tmp/base.gguf"), QString());
        QCOMPARE(dialog.request(kGolden, QString()).templateName, QStringLiteral("falcon-instruct"));
    }

    void exportPageWritesTheGgufAndModelfile()
    {
        WorkSession session;
        session.setModel(kGolden, QStringLiteral("golden"));
        EngineController engine;
        ExportPage page(session, engine);
        page.setAdapterDir(kGoldenAdapter);
        auto* button = page.findChild<QPushButton*>(QStringLiteral("ggufButton"));
        QVERIFY(button && button->isEnabled());
        QTemporaryDir out;
        GgufExportRequest request;
        request.modelDir = kGolden;
        request.adapterDir = kGoldenAdapter;
        request.outFile = out.filePath(QStringLiteral("golden-q8.gguf"));
        request.type = QStringLiteral("q8_0");
        request.templateName = QStringLiteral("falcon-instruct");
        QSignalSpy finished(&engine, &EngineController::jobFinished);
        QSignalSpy failed(&engine, &EngineController::jobFailed);
        QVERIFY(page.exportGguf(request));
        QVERIFY(!button->isEnabled()); // one export at a time
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
        QFile gguf(request.outFile);
        QVERIFY(gguf.open(QIODevice::ReadOnly));
        QCOMPARE(gguf.read(4), QByteArray("GGUF"));
        QVERIFY(!QFile::exists(request.outFile + QStringLiteral(".partial")));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("Modelfile"))));
        auto* status = page.findChild<QLabel*>(QStringLiteral("exportStatus"));
        QVERIFY2(status->text().contains(QLatin1String("ollama create golden-q8 -f Modelfile")), qPrintable(status->text()));
        QVERIFY(button->isEnabled());
    }

    void refusedLayoutSaysWhy()
    {
        WorkSession session;
        session.setModel(QStringLiteral(FALCONRY_REFERENCE_DIR "/golden/falconrw/model-fp32"), QStringLiteral("rw"));
        EngineController engine;
        ExportPage page(session, engine);
        QTemporaryDir out;
        GgufExportRequest request;
        request.modelDir = session.modelDir();
        request.outFile = out.filePath(QStringLiteral("rw.gguf"));
        request.type = QStringLiteral("f16");
        QSignalSpy failed(&engine, &EngineController::jobFailed);
        QVERIFY(page.exportGguf(request));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 30000);
        QVERIFY(failed.first().at(1).value<EngineError>().message.contains(QLatin1String("ALiBi")));
        QVERIFY(!QFile::exists(request.outFile));
    }
};

QTEST_MAIN(TestGgufExport)
#include "test_gguf_export.moc"
