// What the pages promise, kept: the Model page's training time from the chosen data and this
// computer's speed (measured in a run here, else estimated, and it says which); the plan checked
// again at Start with the Train page's settings; early stopping on the Train page; the elapsed and
// remaining time while training; the Export page's status and folders; sizes and numbers in the
// user's locale; no developer figures in the user's log.
#include "ui/app_settings.h"
#include "ui/application.h"
#include "ui/engine/engine_controller.h"
#include "ui/export/export_page.h"
#include "ui/model/model_catalogue.h"
#include "ui/model/model_page.h"
#include "ui/model/training_estimate.h"
#include "ui/system_memory.h"
#include "ui/train/run_clock.h"
#include "ui/train/start_check.h"
#include "ui/train/train_job.h"
#include "ui/train/train_page.h"
#include "ui/train/train_settings_form.h"
#include "ui/work_session.h"
#include "ui_test_files.h"
#include "ui_test_settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <cmath>

using namespace falconry::ui;

namespace {

const QString kGoldenAdapter = goldenAdapterDir();

QString demoModel()
{
    return QDir(QStringLiteral(FALCONRY_SOURCE_DIR "/resources/demo-model")).canonicalPath();
}

/** A JSONL dataset of `rows` prompt/completion pairs. */
QString writeDataset(const QString& dir, int rows)
{
    QByteArray jsonl;
    for (int i = 0; i < rows; ++i)
        jsonl += QStringLiteral("{\"prompt\": \"User: How do I clean feeder %1?\\nAssistant:\", "
                                "\"completion\": \" Wash the tray in warm water and let it dry. Happy birding!\"}\n")
                     .arg(i)
                     .toUtf8();
    const QString path = QDir(dir).filePath(QStringLiteral("data.jsonl"));
    return writeFile(path, jsonl) ? path : QString();
}

/** A config.json of Falcon-180B's shape: no computer this test runs on has the memory it needs. */
QString writeGiantModel(const QString& dir)
{
    const QString model = QDir(dir).filePath(QStringLiteral("falcon-180b"));
    writeFile(model + QStringLiteral("/config.json"),
              R"({"alibi": false, "architectures": ["FalconForCausalLM"], "attention_dropout": 0.0, "bias": false,
                  "bos_token_id": 11, "eos_token_id": 11, "hidden_dropout": 0.0, "hidden_size": 14848,
                  "initializer_range": 0.02, "layer_norm_epsilon": 1e-05, "max_position_embeddings": 2048,
                  "model_type": "falcon", "multi_query": true, "new_decoder_architecture": true,
                  "num_attention_heads": 232, "num_hidden_layers": 80, "num_kv_heads": 8, "parallel_attn": true,
                  "rope_theta": 10000.0, "torch_dtype": "bfloat16", "vocab_size": 65024})");
    return model;
}

void selectModel(ModelPage& page, const QString& dir)
{
    for (QTreeWidgetItemIterator it(page.modelList()); *it; ++it) {
        page.modelList()->setCurrentItem(*it);
        if (page.currentEntry() && page.currentEntry()->localDir == dir)
            return;
    }
    QFAIL(qPrintable(QStringLiteral("model %1 is not listed").arg(dir)));
}

} // namespace

class TestPromises final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(useIsolatedSettings(m_dir));
        installTranslation(*qApp, QStringLiteral("en"));
        QVERIFY(QFileInfo::exists(demoModel() + QStringLiteral("/config.json")));
    }

    void modelPageMeasuresTrainingTimeFromARunOnThisComputer()
    {
        QTemporaryDir runs;
        AppSettings::runsFolder().set(runs.path());
        // A run of the demo model here: 10 steps per epoch of 10 000 tokens, 5 steps in 10 s = 500 tokens/s.
        const QString run = QDir(runs.path()).filePath(QStringLiteral("20260101-120000"));
        QVERIFY(writeFile(run + QStringLiteral("/run.json"),
                          QStringLiteral(R"({"settings": {"model": "%1"}, "dataset": {"train_tokens": 10000},
                                             "steps_per_epoch": 10, "total_steps": 10})")
                              .arg(demoModel())
                              .toUtf8()));
        QVERIFY(writeFile(run + QStringLiteral("/metrics.jsonl"),
                          R"({"step": 5, "loss": 2.0, "tokens_per_s": 900, "elapsed": 10.0})"
                          "\n"));
        const TrainingSpeed speed = measuredTrainingSpeed(runs.path(), demoModel());
        QCOMPARE(speed.source, TrainingSpeed::Source::Measured);
        QCOMPARE(speed.tokensPerSecond, 500.0);
        QCOMPARE(speed.runName, QStringLiteral("20260101-120000"));
        QCOMPARE(measuredTrainingSpeed(runs.path(), m_dir.path()).source, TrainingSpeed::Source::None);

        QTemporaryDir data;
        const QString dataset = writeDataset(data.path(), 40);
        const DatasetTokens counted = countDatasetTokens(demoModel(), dataset, 512);
        QVERIFY2(counted.error.isEmpty(), qPrintable(counted.error));
        QCOMPARE(counted.rows, qint64(40));
        QVERIFY(counted.tokens > 40 * 10);
        QVERIFY(countDatasetTokens(demoModel(), dataset, 8).tokens <= 40 * 8); // rows are cut at max length

        WorkSession session;
        session.setModel(demoModel(), QStringLiteral("demo"));
        session.setDatasetPath(dataset);
        ModelPage page(session);
        selectModel(page, demoModel());
        page.findChild<QSpinBox*>(QStringLiteral("planMaxLength"))->setValue(512);
        QTRY_VERIFY_WITH_TIMEOUT(page.trainingTimeText().contains(QLatin1String("measured on this computer")), 20000);
        const QString text = page.trainingTimeText();
        QVERIFY2(text.contains(QLatin1String("20260101-120000")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 tokens").arg(QLocale().toString(counted.tokens))), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("500 tokens/s")), qPrintable(text));

        // A slower computer: the same run folder, its 5 steps taking as long as makes one epoch of the
        // chosen data about 30 minutes. The time shown is the data's counted tokens at that speed.
        const double slow = static_cast<double>(counted.tokens) / (30.0 * 60.0);
        QVERIFY(writeFile(run + QStringLiteral("/metrics.jsonl"),
                          QStringLiteral(R"({"step": 5, "loss": 2.0, "elapsed": %1})").arg(5000.0 / slow, 0, 'f', 6).toUtf8() + "\n"));
        page.hide(); // the speed is read again each time the page is shown
        page.show();
        const QString expected = QCoreApplication::translate("falconry::ui::ModelPage", "about %n min", nullptr, 30);
        QTRY_VERIFY2_WITH_TIMEOUT(page.trainingTimeText().contains(expected), qPrintable(page.trainingTimeText() + QStringLiteral(" / ") + expected), 20000);
        const QString slowText = QLocale().toString(slow, 'f', slow < 10 ? 1 : 0) + QStringLiteral(" tokens/s");
        QVERIFY2(page.trainingTimeText().contains(slowText), qPrintable(page.trainingTimeText() + QStringLiteral(" / ") + slowText));
    }

    void modelPageEstimatesTrainingTimeWithoutARun()
    {
        QTemporaryDir runs;
        AppSettings::runsFolder().set(runs.path());
        QTemporaryDir data;
        WorkSession session;
        session.setModel(demoModel(), QStringLiteral("demo"));
        ModelPage page(session);
        selectModel(page, demoModel());
        QVERIFY2(page.trainingTimeText().contains(QLatin1String("once a dataset is chosen")), qPrintable(page.trainingTimeText()));
        session.setDatasetPath(writeDataset(data.path(), 20));
        QTRY_VERIFY_WITH_TIMEOUT(page.trainingTimeText().contains(QLatin1String("estimated from this computer")), 20000);
        QVERIFY(!page.trainingTimeText().contains(QLatin1String("measured on this computer")));
        QVERIFY(estimatedTrainingSpeed(3'800'000, true, 100.0).tokensPerSecond <
                estimatedTrainingSpeed(3'800'000, false, 100.0).tokensPerSecond); // checkpointing recomputes
    }

    void startChecksThePlanWithTheTrainPagesSettings()
    {
        QTemporaryDir dir;
        const QString giant = writeGiantModel(dir.path());
        TrainSettings settings = presetSettings(TrainPreset::QuickTest);
        QVERIFY(startMemoryProblem(demoModel(), settings, 8'000'000'000LL).isEmpty());
        const QString problem = startMemoryProblem(giant, settings, 8'000'000'000LL);
        QVERIFY2(problem.contains(QLatin1String("max length 256")) && problem.contains(QLatin1String("free")), qPrintable(problem));
        // The Train page's own max length counts, not the Model page's.
        settings.maxLength = 64;
        settings.batchSize = 1;
        settings.nf4 = true;
        QVERIFY(startMemoryProblem(demoModel(), settings, 600'000'000LL).isEmpty());

        WorkSession session;
        session.setModel(giant, QStringLiteral("giant"));
        session.setDatasetPath(writeDataset(dir.path(), 4));
        EngineController engine;
        TrainPage page(session, engine);
        QString asked;
        page.setStartConfirmation([&asked](const QString& text) {
            asked = text;
            return false;
        });
        QVERIFY(!page.startTraining());
        QVERIFY2(asked.contains(QLatin1String("needs about")), qPrintable(asked));
        QVERIFY(!page.isTraining());
        QVERIFY(page.findChild<QPlainTextEdit*>(QStringLiteral("trainLog"))->toPlainText().contains(QLatin1String("Not started")));
    }

    void earlyStoppingIsOnTheTrainPage()
    {
        TrainSettingsForm form;
        auto* patience = form.findChild<QSpinBox*>(QStringLiteral("earlyStoppingBox"));
        QVERIFY(patience);
        QCOMPARE(patience->value(), 0); // off unless asked for
        patience->setValue(3);
        TrainSettings s = form.settings();
        QCOMPARE(s.earlyStoppingPatience, 3);
        QCOMPARE(TrainSettings::fromJson(s.toJson()).earlyStoppingPatience, 3);
        TrainRequest request;
        request.settings = s;
        request.data.evalRatio = 0.1; // the split's one home: the data settings
        QCOMPARE(toTrainConfig(request).earlyStoppingPatience, int64_t(3));
        request.data.evalRatio = 0.0; // nothing to compare without eval rows
        QCOMPARE(toTrainConfig(request).earlyStoppingPatience, int64_t(0));
        QCOMPARE(toTrainConfig(request).device, std::string("auto")); // the GPU when there is one
    }

    void trainPageShowsElapsedAndRemainingTime()
    {
        RunClock clock;
        clock.start();
        QVERIFY2(clock.text().contains(QLatin1String("elapsed; loading")), qPrintable(clock.text()));
        TrainPoint p;
        p.step = 1;
        p.totalSteps = 100;
        p.elapsedSeconds = 15.0; // the first step carries one-time costs: not a measure of the pace
        clock.addPoint(p);
        QVERIFY2(clock.text().contains(QLatin1String("estimating")), qPrintable(clock.text()));
        p.step = 10;
        p.elapsedSeconds = 33.0; // then 2 s per step, 90 to go
        clock.addPoint(p);
        QVERIFY2(clock.text().contains(QLatin1String("about 3:00 left")), qPrintable(clock.text()));
        // Between steps the clock counts down once a second.
        QTRY_VERIFY_WITH_TIMEOUT(!clock.text().contains(QLatin1String("3:00")), 10000);
        QVERIFY2(clock.text().contains(QLatin1String("2:5")), qPrintable(clock.text()));
        clock.stop();
        QVERIFY(!clock.isRunning());
        QCOMPARE(RunClock::formatDuration(3725), QStringLiteral("1:02:05"));
    }

    void theUsersLogHasNoDeveloperFigures()
    {
        QTemporaryDir dir;
        const QString broken = QDir(dir.path()).filePath(QStringLiteral("broken.jsonl"));
        QVERIFY(writeFile(broken, "{\"prompt\": \n"));
        WorkSession session;
        session.setModel(demoModel(), QStringLiteral("demo"));
        session.setDatasetPath(broken);
        EngineController engine;
        TrainPage page(session, engine);
        QSignalSpy failed(&engine, &EngineController::jobFailed);
        QVERIFY(page.startTraining());
        QVERIFY(failed.wait(30000));
        QTRY_VERIFY(!page.isTraining());
        const QString log = page.findChild<QPlainTextEdit*>(QStringLiteral("trainLog"))->toPlainText();
        QVERIFY2(log.contains(QLatin1String("Starting a run")), qPrintable(log));
        QVERIFY2(!log.contains(QLatin1String("Longest pause")), qPrintable(log));
    }

    void exportSaysOneThingAboutTheAdapter()
    {
        WorkSession session;
        EngineController engine;
        ExportPage page(session, engine);
        QVERIFY(page.statusText().contains(QLatin1String("No adapter yet")));
        page.setAdapterDir(kGoldenAdapter);
        QVERIFY2(!page.statusText().contains(QLatin1String("No adapter yet")), qPrintable(page.statusText()));
        QVERIFY2(page.statusText().contains(QLatin1String("Model step")), qPrintable(page.statusText())); // merge needs it
        session.setModel(demoModel(), QStringLiteral("demo"));
        QVERIFY2(page.statusText().isEmpty(), qPrintable(page.statusText()));

        // The directory chooser's folder: used when empty, else a new folder inside it.
        QTemporaryDir out;
        QCOMPARE(ExportPage::exportFolderIn(out.path(), QStringLiteral("falcon-lora-adapter")), out.path());
        QVERIFY(writeFile(out.filePath(QStringLiteral("notes.txt")), "x"));
        QCOMPARE(ExportPage::exportFolderIn(out.path(), QStringLiteral("falcon-lora-adapter")),
                 out.filePath(QStringLiteral("falcon-lora-adapter")));
        QVERIFY(QDir().mkpath(out.filePath(QStringLiteral("falcon-lora-adapter"))));
        QCOMPARE(ExportPage::exportFolderIn(out.path(), QStringLiteral("falcon-lora-adapter")),
                 out.filePath(QStringLiteral("falcon-lora-adapter-2")));
    }

    void numbersAndSizesFollowTheLanguage()
    {
        QCOMPARE(formatBytes(0), QStringLiteral("0 bytes"));
        QCOMPARE(formatBytes(1'500'000'000), QStringLiteral("1.5 GB"));
        QCOMPARE(installTranslation(*qApp, QStringLiteral("de")), QStringLiteral("de_DE"));
        QCOMPARE(formatBytes(0), QStringLiteral("0 Byte")); // was "0 Mrd." (billions)
        QCOMPARE(formatBytes(1'500'000'000), QStringLiteral("1,5 GB"));
        QCOMPARE(formatBytes(12'345), QStringLiteral("12 kB"));
        {
            WorkSession session;
            EngineController engine;
            TrainPage page(session, engine);
            // The smoothing value and the spin boxes write numbers the same way.
            QCOMPARE(page.findChild<QLabel*>(QStringLiteral("smoothingValue"))->text(), QStringLiteral("0,60"));
            auto* maxLength = page.settingsForm()->findChild<QSpinBox*>(QStringLiteral("maxLengthBox"));
            QCOMPARE(maxLength->locale().decimalPoint(), QStringLiteral(","));
        }
        installTranslation(*qApp, QStringLiteral("en"));
        QCOMPARE(formatBytes(1'500'000'000), QStringLiteral("1.5 GB"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPromises)
#include "test_promises.moc"
