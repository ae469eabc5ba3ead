// The Export page: the adapter saved as a PEFT folder, and merged into a Hugging Face model folder
// whose logits are those of the base model with the adapter.
#include "core/io/falcon_loader.h"
#include "core/io/safetensors_file.h"
#include "ui/engine/engine_controller.h"
#include "ui/export/export_page.h"
#include "ui/model/model_catalogue.h"
#include "ui/work_session.h"

#include "ui_test_files.h"
#include "ui_test_settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace falconry::ui;

class TestExportPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(useIsolatedSettings(m_settings)); }

    void exportSavesTheAdapterAsAPeftFolder()
    {
        WorkSession session;
        EngineController engine;
        ExportPage page(session, engine);
        page.setAdapterDir(goldenAdapterDir());
        QTemporaryDir out;
        const QString destination = out.filePath(QStringLiteral("my-adapter"));
        QSignalSpy finished(&engine, &EngineController::jobFinished);
        QVERIFY(page.saveAdapterTo(destination));
        QVERIFY(finished.wait(10000));
        for (const char* f : {"adapter_config.json", "adapter_model.safetensors"}) {
            QFile a(goldenAdapterDir() + QLatin1Char('/') + QLatin1String(f));
            QFile b(destination + QLatin1Char('/') + QLatin1String(f));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(b.readAll(), a.readAll());
        }
        QVERIFY(!QFileInfo::exists(destination + QStringLiteral(".partial")));
        // A second save to the same, now non-empty folder is refused with an error.
        QSignalSpy failed(&engine, &EngineController::jobFailed);
        QVERIFY(page.saveAdapterTo(destination));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(1).value<EngineError>().message.contains(QLatin1String("not empty")));
    }

    void exportMergesIntoAHuggingFaceFolder()
    {
        WorkSession session;
        session.setModel(goldenModelDir(), QStringLiteral("golden"));
        EngineController engine;
        ExportPage page(session, engine);
        page.setAdapterDir(goldenAdapterDir());
        QTemporaryDir out;
        const QString destination = out.filePath(QStringLiteral("merged"));
        QSignalSpy finished(&engine, &EngineController::jobFinished);
        QSignalSpy failed(&engine, &EngineController::jobFailed);
        QVERIFY(page.mergeTo(destination));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
        for (const char* f : {"config.json", "model.safetensors", "tokenizer.model"})
            QVERIFY2(QFileInfo::exists(destination + QLatin1Char('/') + QLatin1String(f)), f);
        // The merged folder is a usable Falcon folder of the same shape.
        const ModelFolderInfo merged = inspectModelFolder(destination);
        QVERIFY2(merged.error.isEmpty(), qPrintable(merged.error));
        QCOMPARE(merged.parameters, inspectModelFolder(goldenModelDir()).parameters);
        // Its logits are the base model's with the adapter on the side, as transformers + peft
        // computed them (the golden's logits_lora; fp32, so within 1e-4), and not the base model's.
        using namespace falconry;
        const SafetensorsFile reference(std::filesystem::path(goldenModelDir().toStdString()).parent_path() / "reference.safetensors");
        LoadOptions options;
        options.zeroCopy = false;
        FalconModel model = loadFalconModel(destination.toStdString(), options);
        model->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor logits = model->forward(reference.tensor("input_ids")).to(torch::kFloat32);
        const double toTuned = (logits - reference.tensor("logits_lora")).abs().max().item<double>();
        const double toBase = (logits - reference.tensor("logits")).abs().max().item<double>();
        QVERIFY2(toTuned <= 1e-4, qPrintable(QString::number(toTuned)));
        QVERIFY2(toBase > 1e-2, qPrintable(QString::number(toBase)));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestExportPage)
#include "test_export_page.moc"
