// The step pages without a trained model: catalogue and folder checks, the
// memory bar, presets, the runs history read from disk, the charts, blind
// votes as preference JSONL, adapter export, the close guard.
#include "ui/app_settings.h"
#include "ui/application.h"
#include "ui/compare/compare_page.h"
#include "ui/compare/preference_store.h"
#include "ui/engine/engine_controller.h"
#include "ui/export/export_page.h"
#include "ui/main_window.h"
#include "ui/model/memory_bar.h"
#include "ui/model/model_catalogue.h"
#include "ui/model/model_page.h"
#include "ui/train/loss_chart.h"
#include "ui/train/run_history.h"
#include "ui/train/train_page.h"
#include "ui/train/train_settings_form.h"
#include "ui/work_session.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <chrono>
#include <thread>

using namespace falconry::ui;

namespace {

const QString kGolden = QStringLiteral(FALCONRY_REFERENCE_DIR "/golden/falcon7b/model-fp32");
const QString kGoldenAdapter = QStringLiteral(FALCONRY_REFERENCE_DIR "/golden/falcon7b/adapter");

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

class TestPages final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(QFileInfo::exists(kGolden + QStringLiteral("/config.json")), qPrintable(kGolden));
        QVERIFY(m_runs.isValid());
        AppSettings::runsFolder().set(m_runs.path());
        qputenv("HF_HUB_CACHE", m_hfCache.path().toUtf8());
    }

    void catalogueListsTheFalconFamily()
    {
        const QList<CatalogueEntry> entries = loadCatalogue();
        QStringList names;
        for (const CatalogueEntry& e : entries)
            names << e.name;
        for (const char* expected : {"Falcon-7B", "Falcon-7B-instruct", "Falcon-40B", "Falcon-40B-instruct", "Falcon-11B",
                                     "Falcon-RW-1B", "Falconry demo model"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        // The catalogue's parameter count agrees with the count from a config
        // (Falcon-7B: hidden 4544, 32 layers, 71 heads, multi-query, vocab 65024).
        const QString dir = m_hfCache.path() + QStringLiteral("/manual-7b");
        writeFile(dir + QStringLiteral("/config.json"),
                  R"({"model_type":"falcon","hidden_size":4544,"num_hidden_layers":32,"num_attention_heads":71,
                      "vocab_size":65024,"multi_query":true,"parallel_attn":true,"bias":false})");
        writeFile(dir + QStringLiteral("/model.safetensors"), "x");
        writeFile(dir + QStringLiteral("/tokenizer.json"), "{}");
        const ModelFolderInfo info = inspectModelFolder(dir);
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        QCOMPARE(info.parameters, entries.first().parameters);
    }

    void folderChecksSayWhatIsMissing()
    {
        QTemporaryDir dir;
        QVERIFY(inspectModelFolder(dir.path()).error.contains(QLatin1String("config.json")));
        writeFile(dir.filePath(QStringLiteral("config.json")), R"({"model_type":"llama"})");
        QVERIFY(inspectModelFolder(dir.path()).error.contains(QLatin1String("llama")));
        writeFile(dir.filePath(QStringLiteral("config.json")), R"({"model_type":"falcon", "hidden_size": )");
        QVERIFY(inspectModelFolder(dir.path()).error.contains(QLatin1String("not valid JSON")));
        QFile::copy(kGolden + QStringLiteral("/config.json"), dir.filePath(QStringLiteral("c.json")));
        QFile::remove(dir.filePath(QStringLiteral("config.json")));
        QFile::rename(dir.filePath(QStringLiteral("c.json")), dir.filePath(QStringLiteral("config.json")));
        QVERIFY(inspectModelFolder(dir.path()).error.contains(QLatin1String("safetensors")));
        const ModelFolderInfo golden = inspectModelFolder(kGolden);
        QVERIFY2(golden.error.isEmpty(), qPrintable(golden.error));
        QCOMPARE(golden.layers, 2);
        QCOMPARE(golden.hidden, 64);
        // 2 layers of (qkv 64·(64+2·16) + dense 64·64 + mlp 2·64·256 + ln 2·64) + embeddings 512·64 + ln_f 2·64
        QCOMPARE(golden.parameters, qint64(2 * (64 * 96 + 64 * 64 + 2 * 64 * 256 + 128) + 512 * 64 + 128));
    }

    void huggingFaceCacheIsFound()
    {
        const QString snapshot = m_hfCache.path() + QStringLiteral("/models--tiiuae--falcon-7b/snapshots/0123abcd");
        QDir().mkpath(snapshot);
        for (const char* f : {"config.json", "model.safetensors", "tokenizer.model"})
            QVERIFY(QFile::copy(kGolden + QLatin1Char('/') + QLatin1String(f), snapshot + QLatin1Char('/') + QLatin1String(f)));
        const QList<CatalogueEntry> found = scanHuggingFaceCache({m_hfCache.path()});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().repo, QStringLiteral("tiiuae/falcon-7b"));
        QCOMPARE(found.first().localDir, snapshot);
        // The catalogue's Falcon-7B is now on this machine.
        const QList<CatalogueEntry> catalogue = loadCatalogue();
        QCOMPARE(catalogue.first().localDir, snapshot);
    }

    void modelPageOpensAFolderAndPlans()
    {
        WorkSession session;
        ModelPage page(session);
        page.resize(1000, 700);
        page.show();
        QSignalSpy changed(&session, &WorkSession::modelChanged);
        QVERIFY(page.openFolder(QStringLiteral("/nonexistent")).contains(QLatin1String("config.json")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(page.openFolder(kGolden), QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.modelDir(), QDir(kGolden).canonicalPath());
        QVERIFY(page.currentEntry());
        QCOMPARE(page.currentEntry()->localDir, session.modelDir());
        // The bar shows the weights (bf16: 2 bytes per parameter) against this machine's RAM.
        const qint64 params = inspectModelFolder(kGolden).parameters;
        QVERIFY(!page.memoryBar()->segments().isEmpty());
        QCOMPARE(page.memoryBar()->segments().first().bytes, params * 2);
        QVERIFY(page.memoryBar()->capacityBytes() > 0);
        QVERIFY2(page.verdictText().contains(QLatin1String("fit"), Qt::CaseInsensitive), qPrintable(page.verdictText()));
        QCOMPARE(page.memoryBar()->segments().size(), 6); // weights, LoRA, optimizer, activations, KV cache, runtime
        // The demo model: listed either as on disk or plainly as not bundled.
        bool demoListed = false;
        for (QTreeWidgetItemIterator it(page.modelList()); *it; ++it) {
            if ((*it)->text(0) == QLatin1String("Falconry demo model")) {
                demoListed = true;
                const QString where = (*it)->text(3);
                QVERIFY2(bundledDemoModelDir().isEmpty() ? where == QLatin1String("not bundled in this build") : where != QLatin1String("not bundled in this build"),
                         qPrintable(where));
            }
        }
        QVERIFY(demoListed);
    }

    void presetsSetTheRecipe()
    {
        TrainSettingsForm form;
        form.applyPreset(TrainPreset::FalconQlora);
        const TrainSettings s = form.settings();
        QCOMPARE(s.loraRank, 64);
        QCOMPARE(s.loraAlpha, 16.0);
        QCOMPARE(s.loraDropout, 0.1);
        QCOMPARE(s.learningRate, 2e-4);
        QCOMPARE(s.schedule, QStringLiteral("constant"));
        QCOMPARE(s.warmupRatio, 0.03);
        QCOMPARE(s.maxGradNorm, 0.3);
        QCOMPARE(s.maxLength, 512);
        QVERIFY(s.nf4);
        QCOMPARE(s.targets.size(), 4);
        QCOMPARE(form.presetBox()->currentText(), QStringLiteral("Falcon QLoRA recipe"));
        // Round trip through JSON (the remembered settings).
        QCOMPARE(TrainSettings::fromJson(s.toJson()), s);
        form.applyPreset(TrainPreset::LowMemory);
        QVERIFY(form.settings().maxLength < 512);
        QCOMPARE(form.settings().batchSize, 1);
    }

    void quickTestFollowsTheModelSize()
    {
        QCOMPARE(presetSettings(TrainPreset::QuickTest, 3'803'648).maxSteps, 200); // the demo model
        QCOMPARE(presetSettings(TrainPreset::QuickTest, 6'921'720'704).maxSteps, 30); // Falcon-7B
        TrainSettingsForm form;
        QCOMPARE(form.settings().maxSteps, 200);
        form.setModelParameters(6'921'720'704); // Quick test shown, untouched: it follows the model
        QCOMPARE(form.settings(), presetSettings(TrainPreset::QuickTest, 6'921'720'704));
        form.setModelParameters(3'803'648);
        QCOMPARE(form.settings().maxSteps, 200);
        TrainSettings edited = form.settings(); // restored or edited settings stay as they are
        edited.maxSteps = 77;
        form.setSettings(edited);
        form.setModelParameters(6'921'720'704);
        QCOMPARE(form.settings().maxSteps, 77);
    }

    void chartSmoothsWithBiasCorrectedEma()
    {
        LossChart chart;
        chart.setSmoothing(0.5);
        QList<TrainPoint> points;
        for (int i = 1; i <= 3; ++i) {
            TrainPoint p;
            p.step = i;
            p.lossTrain = 4.0 / i; // 4, 2, 1.333
            points << p;
        }
        points[2].lossEval = 1.5;
        chart.addPoints(points);
        QCOMPARE(chart.trainPointCount(), 0); // appended by the timer, not at once
        chart.flush();
        QCOMPARE(chart.trainPointCount(), 3);
        QCOMPARE(chart.evalPointCount(), 1);
        // EMA with bias correction: e1 = 4; e2 = (0.25·4 + 0.5·2)/0.75; e3 = (0.125·4 + 0.25·2 + 0.5·4/3)/0.875
        QCOMPARE(chart.smoothSeries()->at(0).y(), 4.0);
        QVERIFY(qAbs(chart.smoothSeries()->at(1).y() - 2.0 / 0.75) < 1e-12);
        QVERIFY(qAbs(chart.smoothSeries()->at(2).y() - (0.5 + 0.5 + 2.0 / 3.0) / 0.875) < 1e-12);
        chart.setSmoothing(0.0);
        QCOMPARE(chart.smoothSeries()->at(2).y(), 4.0 / 3.0);
    }

    void runsHistoryReadsRunFolders()
    {
        const QString run = m_runs.path() + QStringLiteral("/20260101-120000");
        writeFile(run + QStringLiteral("/run.json"), R"({"lora_r": 16, "learning_rate": 0.0002, "model": "falcon-7b"})");
        // Two good lines and a half-written one (as a killed run leaves it).
        writeFile(run + QStringLiteral("/metrics.jsonl"),
                  "{\"step\": 1, \"loss\": 2.5, \"lr\": 0.0002, \"tokens_per_s\": 100, \"elapsed\": 1.0, \"total_steps\": 10}\n"
                  "{\"step\": 2, \"loss\": 2.0, \"eval_loss\": 2.2, \"lr\": 0.0002, \"elapsed\": 2.0}\n"
                  "{\"step\": 3, \"lo");
        QDir().mkpath(run + QStringLiteral("/checkpoints/step-2"));
        QDir().mkpath(run + QStringLiteral("/checkpoints/step-10x"));
        const RunRecord r = readRun(run);
        QCOMPARE(r.points.size(), 2);
        QCOMPARE(r.lastStep, 2);
        QCOMPARE(r.totalSteps, 10);
        QCOMPARE(r.points[1].lossEval, 2.2);
        QVERIFY(r.lastCheckpoint.endsWith(QLatin1String("step-2")));
        QVERIFY(!r.hasAdapter);

        const QString other = m_runs.path() + QStringLiteral("/20260102-090000");
        writeFile(other + QStringLiteral("/run.json"), R"({"lora_r": 64, "learning_rate": 0.0002})");
        writeFile(other + QStringLiteral("/metrics.jsonl"), "{\"step\": 1, \"loss\": 3.0}\n");

        WorkSession session;
        EngineController engine;
        TrainPage page(session, engine);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("runsTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QStringList names{table->item(0, 1)->text(), table->item(1, 1)->text()};
        QVERIFY(names.contains(QStringLiteral("20260101-120000")));
        // Overlay the runs: their curves join the loss chart.
        QCOMPARE(page.chart()->overlayCount(), 0);
        table->item(0, 0)->setCheckState(Qt::Checked);
        table->item(1, 0)->setCheckState(Qt::Checked);
        QCOMPARE(page.chart()->overlayCount(), 2);
        // Settings side by side: a row per key, the differing lora_r in bold.
        table->selectAll();
        auto* sideBySide = page.findChild<QTableWidget*>(QStringLiteral("settingsSideBySide"));
        const auto buttons = page.findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->text() == QLatin1String("Settings side by side"))
                b->click();
        }
        QCOMPARE(sideBySide->columnCount(), 2);
        int loraRow = -1;
        for (int i = 0; i < sideBySide->rowCount(); ++i) {
            if (sideBySide->verticalHeaderItem(i)->text() == QLatin1String("lora_r"))
                loraRow = i;
        }
        QVERIFY(loraRow >= 0);
        QVERIFY(sideBySide->item(loraRow, 0)->font().bold());
        QStringList ranks{sideBySide->item(loraRow, 0)->text(), sideBySide->item(loraRow, 1)->text()};
        ranks.sort();
        QCOMPARE(ranks, (QStringList{QStringLiteral("16"), QStringLiteral("64")}));
        QDir(run).removeRecursively();
        QDir(other).removeRecursively();
    }

    void votesAreWrittenAsPreferenceJsonl()
    {
        QTemporaryDir dir;
        const PreferenceStore store(PreferenceStore::defaultPath(dir.path()));
        QCOMPARE(store.append(QStringLiteral("User: hi\nAssistant:"), QStringLiteral("Hello!"), QStringLiteral("hi hi \"hi\"")), QString());
        QCOMPARE(store.append(QStringLiteral("p2"), QStringLiteral("c2"), QStringLiteral("r2")), QString());
        QCOMPARE(store.count(), 2);
        QFile f(store.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(QStringLiteral("prompt")).toString(), QStringLiteral("User: hi\nAssistant:"));
        QCOMPARE(first.value(QStringLiteral("chosen")).toString(), QStringLiteral("Hello!"));
        QCOMPARE(first.value(QStringLiteral("rejected")).toString(), QStringLiteral("hi hi \"hi\""));
    }

    void exportSavesTheAdapterAsAPeftFolder()
    {
        WorkSession session;
        EngineController engine;
        ExportPage page(session, engine);
        page.setAdapterDir(kGoldenAdapter);
        QTemporaryDir out;
        const QString destination = out.filePath(QStringLiteral("my-adapter"));
        QSignalSpy finished(&engine, &EngineController::jobFinished);
        QVERIFY(page.saveAdapterTo(destination));
        QVERIFY(finished.wait(10000));
        for (const char* f : {"adapter_config.json", "adapter_model.safetensors"}) {
            QFile a(kGoldenAdapter + QLatin1Char('/') + QLatin1String(f));
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

    void pagesAreTranslated()
    {
        // The contexts lupdate wrote must match the namespaced class names at run time.
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        QCOMPARE(installTranslation(*app, QStringLiteral("de")), QStringLiteral("de_DE"));
        {
            WorkSession session;
            EngineController engine;
            ComparePage compare(session, engine);
            QCOMPARE(compare.findChild<QPushButton*>(QStringLiteral("sendButton"))->text(), QStringLiteral("Senden"));
            TrainPage train(session, engine);
            QCOMPARE(train.findChild<QPushButton*>(QStringLiteral("startButton"))->text(), QStringLiteral("Start"));
            QCOMPARE(train.settingsForm()->presetBox()->itemText(2), QStringLiteral("Wenig Speicher"));
            ModelPage model(session);
            QCOMPARE(model.findChild<QPushButton*>(QStringLiteral("openFolderButton"))->text(), QStringLiteral("Ordner öffnen…"));
        }
        // English keeps its source strings but says "1 row" and "2 rows", not "row(s)".
        QCOMPARE(installTranslation(*app, QStringLiteral("en")), QStringLiteral("en_US"));
        const char* context = "falconry::ui::ExamplesModel";
        QCOMPARE(QCoreApplication::translate(context, "Delete %n row(s)", nullptr, 1), QStringLiteral("Delete 1 row"));
        QCOMPARE(QCoreApplication::translate(context, "Delete %n row(s)", nullptr, 2), QStringLiteral("Delete 2 rows"));
        QCOMPARE(QCoreApplication::translate("falconry::ui::TrainPage",
                                             "Starting %n local process(es); progress is read from the run's metrics.jsonl.",
                                             nullptr, 3),
                 QStringLiteral("Starting 3 local processes; progress is read from the run's metrics.jsonl."));
    }

    void exportMergesIntoAHuggingFaceFolder()
    {
        WorkSession session;
        session.setModel(kGolden, QStringLiteral("golden"));
        EngineController engine;
        ExportPage page(session, engine);
        page.setAdapterDir(kGoldenAdapter);
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
        QCOMPARE(merged.parameters, inspectModelFolder(kGolden).parameters);
    }

    void closeGuardAsksWhileTheEngineWorks()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        std::atomic<bool> stopped{false};
        QSignalSpy started(&window.engine(), &EngineController::jobStarted);
        window.engine().submit(JobKind::Train, [&stopped](JobContext& ctx) {
            while (!ctx.stopRequested())
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            stopped = true;
        });
        QVERIFY(started.wait(10000));
        int asked = 0;
        window.setCloseConfirmation([&asked] {
            ++asked;
            return false;
        });
        QVERIFY(!window.close());
        QCOMPARE(asked, 1);
        QVERIFY(window.isVisible());
        window.setCloseConfirmation([&asked] {
            ++asked;
            return true;
        });
        QVERIFY(window.close());
        QCOMPARE(asked, 2);
        QTRY_VERIFY_WITH_TIMEOUT(stopped.load(), 10000);
    }

private:
    QTemporaryDir m_runs;
    QTemporaryDir m_hfCache;
};

QTEST_MAIN(TestPages)
#include "test_pages.moc"
