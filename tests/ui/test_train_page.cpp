// The Train page: presets, the quick test, the loss chart's smoothing, the run history.
#include "core/train/run_triage.h"
#include "ui/app_settings.h"
#include "ui/engine/engine_controller.h"
#include "ui/train/loss_chart.h"
#include "ui/train/run_history.h"
#include "ui/train/train_page.h"
#include "ui/train/train_settings_form.h"
#include "ui/train/triage_panel.h"
#include "ui/work_session.h"

#include "ui_test_files.h"
#include "ui_test_settings.h"

#include <QComboBox>
#include <QLineSeries>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace falconry::ui;

class TestTrainPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(useIsolatedSettings(m_settings));
        QVERIFY(m_runs.isValid());
        AppSettings::runsFolder().set(m_runs.path());
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
        QVERIFY(writeFile(run + QStringLiteral("/run.json"), R"({"lora_r": 16, "learning_rate": 0.0002, "model": "falcon-7b"})"));
        // Two good lines and a half-written one (as a killed run leaves it).
        QVERIFY(writeFile(run + QStringLiteral("/metrics.jsonl"),
                  "{\"step\": 1, \"loss\": 2.5, \"lr\": 0.0002, \"tokens_per_s\": 100, \"elapsed\": 1.0, \"total_steps\": 10}\n"
                  "{\"step\": 2, \"loss\": 2.0, \"eval_loss\": 2.2, \"lr\": 0.0002, \"elapsed\": 2.0}\n"
                  "{\"step\": 3, \"lo"));
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
        QVERIFY(writeFile(other + QStringLiteral("/run.json"), R"({"lora_r": 64, "learning_rate": 0.0002})"));
        QVERIFY(writeFile(other + QStringLiteral("/metrics.jsonl"), "{\"step\": 1, \"loss\": 3.0}\n"));

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

    void pageFitsAWindowOf1024Pixels()
    {
        // A 1024-pixel-wide window leaves the page about 845 pixels beside the steps and a vertical
        // scroll bar: wider than that, it would scroll sideways too.
        WorkSession session;
        EngineController engine;
        TrainPage page(session, engine);
        QVERIFY2(page.minimumSizeHint().width() <= 845, qPrintable(QString::number(page.minimumSizeHint().width())));

        // Also with the findings shown above the settings: a memory finding has four fixes, each
        // with what the run would need.
        falconry::TriageFinding memory;
        memory.kind = "memory.predicted";
        memory.facts = {{"needed_bytes", 30e9}, {"available_bytes", 20e9}};
        for (const char* id : {"nf4", "shorter_max_length", "batch1_accum", "checkpointing"}) {
            falconry::TriageFix fix;
            fix.id = id;
            fix.change.maxLength = 256;
            fix.change.gradAccum = 8;
            fix.plannedBytes = 12'345'678'901LL;
            memory.fixes.push_back(fix);
        }
        falconry::TriageFinding cut;
        cut.kind = "data.rows_cut";
        cut.facts = {{"rows", 24}, {"cut_rows", 24}, {"max_length", 32}, {"p95_tokens", 67}};
        page.findChild<TriagePanel*>()->showFindings({memory, cut});
        page.resize(845, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY2(page.minimumSizeHint().width() <= 845, qPrintable(QString::number(page.minimumSizeHint().width())));
        // Every fix button is inside the page's width, none cut off at the right.
        for (QPushButton* b : page.findChild<TriagePanel*>()->findChildren<QPushButton*>()) {
            const QRect inPage(b->mapTo(&page, QPoint(0, 0)), b->size());
            QVERIFY2(inPage.right() <= page.width(), qPrintable(b->text() + QStringLiteral(" ends at ") + QString::number(inPage.right())));
        }
    }

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_runs;
};

QTEST_MAIN(TestTrainPage)
#include "test_train_page.moc"
