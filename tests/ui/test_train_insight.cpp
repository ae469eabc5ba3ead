// What a run shows besides its loss: the probe timeline (answers of the base model and of every
// checkpoint, changes marked, the reference answer, the time they cost) and the adapter map
// (layers × targets heat map, two adapters compared). On the golden Falcon-7B-layout model a
// real run from the Train page answers its held-out probes, and a finished run shows them and
// its adapter map from the run history. With FALCONRY_SCREENSHOT_DIR set, the probe tab and the
// adapter map are saved as PNGs (the README's pictures).
#include "core/train/probes.h"
#include "ui/engine/engine_controller.h"
#include "ui/main_window.h"
#include "ui/train/adapter_map.h"
#include "ui/train/adapter_map_dialog.h"
#include "ui/train/adapter_map_view.h"
#include "ui/train/probe_panel.h"
#include "ui/train/probe_timeline.h"
#include "ui/train/train_page.h"
#include "ui/train/train_settings.h"
#include "ui/train/train_settings_form.h"
#include "ui/train/word_diff.h"
#include "ui/work_session.h"

#include "ui_test_settings.h"
#include "ui_test_files.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace falconry;
using namespace falconry::ui;

namespace {

const QString kGolden = goldenModelDir();
const QString kGoldenAdapter = goldenAdapterDir();

QByteArray probeLine(const QString& prompt, const QString& answer, int step, const QString& checkpoint,
                     const QString& reference, double seconds)
{
    QJsonObject o{{QStringLiteral("prompt"), prompt},   {QStringLiteral("answer"), answer},
                  {QStringLiteral("step"), step},       {QStringLiteral("checkpoint"), checkpoint},
                  {QStringLiteral("seconds"), seconds}};
    if (!reference.isEmpty())
        o.insert(QStringLiteral("reference"), reference);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

class TestTrainInsight final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(useIsolatedSettings(m_dir));
    }

    void wordDiffMarksAddedAndRemovedWords()
    {
        using K = WordDiffPiece::Kind;
        const QList<WordDiffPiece> d = diffWords(QStringLiteral("the feeder is  clean"), QStringLiteral("the Aerie feeder is very clean"));
        QCOMPARE(d.size(), 5);
        QCOMPARE(d[0].kind, K::Same);
        QCOMPARE(d[0].text, QStringLiteral("the"));
        QCOMPARE(d[1].kind, K::Added);
        QCOMPARE(d[1].text, QStringLiteral("Aerie"));
        QCOMPARE(d[2].text, QStringLiteral("feeder is"));
        QCOMPARE(d[3].kind, K::Added);
        QCOMPARE(d[3].text, QStringLiteral("very"));
        const QList<WordDiffPiece> swap = diffWords(QStringLiteral("a b c"), QStringLiteral("a x c"));
        QCOMPARE(swap.size(), 4);
        QCOMPARE(swap[1].kind, K::Removed);
        QCOMPARE(swap[1].text, QStringLiteral("b"));
        QCOMPARE(swap[2].kind, K::Added);
        QCOMPARE(swap[2].text, QStringLiteral("x"));
        QVERIFY(diffWords(QString(), QString()).isEmpty());
        QCOMPARE(diffWords(QString(), QStringLiteral("new words")).first().kind, K::Added);
    }

    void probeTimelineShowsEveryModelWithChangesMarked()
    {
        const QString run = m_dir.filePath(QStringLiteral("probe-fixture"));
        QByteArray lines;
        lines += probeLine(QStringLiteral("User: Clean it?\nAssistant:"), QStringLiteral("I do not know"), 0,
                           QStringLiteral("base"), QStringLiteral("Wash the tray in warm water."), 0.5);
        lines += probeLine(QStringLiteral("User: Battery?\nAssistant:"), QStringLiteral("Yes"), 0, QStringLiteral("base"), {}, 0.5);
        lines += probeLine(QStringLiteral("User: Clean it?\nAssistant:"), QStringLiteral("Wash the tray"), 10,
                           QStringLiteral("step-10"), QStringLiteral("Wash the tray in warm water."), 0.25);
        lines += probeLine(QStringLiteral("User: Battery?\nAssistant:"), QStringLiteral("Yes"), 10, QStringLiteral("step-10"), {}, 0.25);
        lines += probeLine(QStringLiteral("User: Clean it?\nAssistant:"), QStringLiteral("Wash the tray in warm water."), 20,
                           QStringLiteral("adapter"), QStringLiteral("Wash the tray in warm water."), 0.25);
        lines += "{\"prompt\": \"cut by a cra"; // a crash mid-line
        QVERIFY(writeFile(run + QStringLiteral("/probes.jsonl"), lines));

        ProbeTimeline timeline;
        timeline.showRun(run, 100.0);
        QCOMPARE(timeline.promptCount(), 2);
        // 0.5 + 0.25 + 0.25 s of a 100 s run.
        QVERIFY2(timeline.costText().contains(QLatin1String("3 model")), qPrintable(timeline.costText()));
        QVERIFY2(timeline.costText().contains(QLatin1String("1.0 %")), qPrintable(timeline.costText()));
        timeline.selectPrompt(0);
        const QString html = timeline.timelineHtml();
        for (const char* expected : {"Base model", "Checkpoint at step 10", "Final adapter (step 20)",
                                     "Reference answer (from the dataset)", "warm water"})
            QVERIFY2(html.contains(QLatin1String(expected)), expected);
        QVERIFY(html.contains(QLatin1String("line-through"))); // "I do not know" struck out at step 10
        QVERIFY(html.contains(QLatin1String("#c6efce")));      // "in warm water." added at step 20
        timeline.selectPrompt(1);
        QVERIFY(timeline.timelineHtml().contains(QLatin1String("unchanged")));
        QVERIFY(!timeline.timelineHtml().contains(QLatin1String("Reference answer"))); // a prompt from a file has none

        // A file that grew is read again; the same file is not.
        QVERIFY(writeFile(run + QStringLiteral("/probes.jsonl"),
                  lines.left(lines.lastIndexOf('\n') + 1) +
                      probeLine(QStringLiteral("User: New?\nAssistant:"), QStringLiteral("Hi"), 20, QStringLiteral("adapter"), {}, 0.25)));
        timeline.reload(120.0);
        QCOMPARE(timeline.promptCount(), 3);
        timeline.showRun(QString(), 0.0);
        QCOMPARE(timeline.promptCount(), 0);
    }

    void adapterMapShowsTheGoldenAdapterAndComparesTwo()
    {
        AdapterMapDialog dialog(kGoldenAdapter, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isComputing()); // measured off the GUI thread
        const AdapterMap& map = dialog.view()->map();
        QVERIFY2(map.error.isEmpty(), qPrintable(map.error));
        QCOMPARE(map.cells.size(), 8);
        QCOMPARE(map.layers, (QList<int>{0, 1}));
        QCOMPARE(map.targets, (QStringList{QStringLiteral("query_key_value"), QStringLiteral("dense"),
                                           QStringLiteral("dense_h_to_4h"), QStringLiteral("dense_4h_to_h")}));
        QCOMPARE(map.rank, 4);
        QCOMPARE(map.scale, 2.0);
        // The darkest cell is the largest update; the summary names it.
        const AdapterMapCell* largest = &map.cells.first();
        for (const AdapterMapCell& c : map.cells)
            if (c.norm > largest->norm)
                largest = &c;
        QVERIFY(dialog.summaryText().contains(QStringLiteral("layer %1's %2").arg(largest->layer).arg(largest->target)));
        const QColor darkest = dialog.view()->colorAt(largest->layer, largest->target);
        for (const AdapterMapCell& c : map.cells)
            QVERIFY(dialog.view()->colorAt(c.layer, c.target).lightnessF() >= darkest.lightnessF());
        QVERIFY(dialog.view()->toolTipAt(0, QStringLiteral("dense")).contains(QLatin1String("Effective rank")));
        saveScreenshot(&dialog, QStringLiteral("adapter-map.png"));

        // Compared with itself: every module's cosine is 1, the map switches to similarity.
        dialog.setAdapters(kGoldenAdapter, kGoldenAdapter);
        QVERIFY(dialog.isComputing());
        QTRY_VERIFY(!dialog.isComputing());
        QCOMPARE(dialog.view()->measure(), AdapterMapView::Measure::Cosine);
        for (const AdapterMapCell& c : dialog.view()->map().cells) {
            QVERIFY(c.cosine.has_value());
            QVERIFY(qAbs(*c.cosine - 1.0) < 1e-9);
        }
        QVERIFY2(dialog.summaryText().contains(QLatin1String("1.000")), qPrintable(dialog.summaryText()));
        // A folder that holds no adapter: the reason, in words.
        dialog.setAdapters(m_dir.filePath(QStringLiteral("nothing-here")), QString());
        QTRY_VERIFY(!dialog.isComputing());
        QVERIFY(dialog.summaryText().contains(QLatin1String("adapter_config.json")));
    }

    void trainPageProbesARunAndShowsItFromTheHistory()
    {
        const QString dataPath = m_dir.filePath(QStringLiteral("sums.jsonl"));
        QFile data(dataPath);
        QVERIFY(data.open(QIODevice::WriteOnly));
        for (int i = 0; i < 24; ++i) {
            const QJsonObject row{{QStringLiteral("prompt"), QStringLiteral("User: What is %1 plus %1?\nAssistant:").arg(i)},
                                  {QStringLiteral("completion"), QStringLiteral(" It is %1.").arg(2 * i)}};
            data.write(QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n');
        }
        data.close();

        MainWindow window;
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.selectModel(kGolden), QString());
        window.showStep(MainWindow::Step::Train);
        window.session().setDatasetPath(dataPath);
        TrainPage* train = window.trainPage();
        TrainSettings s = presetSettings(TrainPreset::QuickTest);
        s.maxSteps = 4;
        s.batchSize = 2;
        s.maxLength = 32;
        s.saveEvery = 2;
        s.evalRatio = 0.25;
        s.evalEvery = 2;
        train->settingsForm()->setSettings(s);
        // The probe list is edited on the page: empty = held-out examples; answers kept short.
        auto* prompts = train->probePanel()->findChild<QPlainTextEdit*>(QStringLiteral("probePrompts"));
        QVERIFY(prompts);
        prompts->clear();
        TrainSettings probes = train->settings();
        QVERIFY(probes.probes);
        QVERIFY(probes.probePrompts.isEmpty());
        probes.probeMaxTokens = 8;
        train->probePanel()->setFrom(probes);

        QSignalSpy finished(train, &TrainPage::trainingFinished);
        QSignalSpy failed(&window.engine(), &EngineController::jobFailed);
        QVERIFY(train->startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 180000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
        const QString runDir = finished.first().at(0).toString();
        const std::vector<ProbeAnswer> answers = readProbeAnswers(runDir.toStdString());
        QString models;
        for (const ProbeAnswer& a : answers)
            models += QString::fromStdString(a.checkpoint) + QLatin1Char(' ');
        // Three models (base, step-2, step-4) × the held-out rows, three at most.
        QFile runJson(runDir + QStringLiteral("/run.json"));
        QVERIFY(runJson.open(QIODevice::ReadOnly));
        const int heldOut = QJsonDocument::fromJson(runJson.readAll()).object().value(QStringLiteral("dataset")).toObject()
                                .value(QStringLiteral("eval_examples")).toInt();
        QVERIFY(heldOut >= 2);
        const int probeCount = std::min(3, heldOut);
        QVERIFY2(answers.size() == size_t(3 * probeCount), qPrintable(models));
        ProbeTimeline* timeline = train->probeTimeline();
        QCOMPARE(timeline->runDir(), runDir);
        QCOMPARE(timeline->promptCount(), probeCount);
        QVERIFY2(timeline->costText().contains(QLatin1String("%")), qPrintable(timeline->costText()));
        timeline->selectPrompt(0);
        for (const char* expected : {"Base model", "Checkpoint at step 2", "Checkpoint at step 4", "Reference answer"})
            QVERIFY2(timeline->timelineHtml().contains(QLatin1String(expected)), expected);
        QVERIFY(timeline->timelineHtml().contains(QStringLiteral("It is")));
        auto* tabs = train->findChild<QTabWidget*>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i) == timeline)
                tabs->setCurrentIndex(i);
        QTest::qWait(50);
        saveScreenshot(&window, QStringLiteral("train-probes.png"));

        // Probes off: no probes.jsonl.
        probes.probes = false;
        train->probePanel()->setFrom(probes);
        QVERIFY(!train->settings().probes);
        finished.clear();
        QTest::qWait(1100); // a new run folder name (its start second)
        QVERIFY(train->startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 180000);
        QVERIFY(failed.isEmpty());
        const QString quietRun = finished.first().at(0).toString();
        QVERIFY(quietRun != runDir);
        QVERIFY(!QFileInfo::exists(quietRun + QStringLiteral("/probes.jsonl")));

        // The history: selecting the first run shows its probes again, and its adapter map.
        auto* table = train->findChild<QTableWidget*>(QStringLiteral("runsTable"));
        QVERIFY(table);
        int row = -1;
        for (int i = 0; i < table->rowCount(); ++i)
            if (table->item(i, 1)->text() == QFileInfo(runDir).fileName())
                row = i;
        QVERIFY(row >= 0);
        table->selectRow(row);
        QTRY_COMPARE(timeline->runDir(), runDir);
        QCOMPARE(timeline->promptCount(), probeCount);
        auto* mapButton = train->findChild<QPushButton*>(QStringLiteral("runAdapterMapButton"));
        QVERIFY(mapButton);
        QVERIFY(mapButton->isEnabled());
        mapButton->click();
        AdapterMapDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = train->findChild<AdapterMapDialog*>()) != nullptr);
        QTRY_VERIFY(!dialog->isComputing());
        QCOMPARE(dialog->view()->map().dir, runDir + QStringLiteral("/adapter"));
        QCOMPARE(dialog->view()->map().cells.size(), 8); // 2 layers × the 4 Quick-test targets
        dialog->close();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTrainInsight)
#include "test_train_insight.moc"
