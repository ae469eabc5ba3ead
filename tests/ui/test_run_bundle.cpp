// Run bundles on the Train page's Runs tab: a finished run on the demo model (trained here by
// core) is saved as a bundle from the history, and "another Falconry" (a fresh runs folder)
// opens it: it is listed as imported and read-only (no resume), its probes, adapter map and loss
// curve are shown as for a local run, opening it twice lists it once, and a cut bundle is refused
// with nothing added.
#include "core/train/run_bundle.h"
#include "core/train/trainer.h"
#include "ui/main_window.h"
#include "ui/train/probe_timeline.h"
#include "ui/train/run_history.h"
#include "ui/train/run_history_panel.h"
#include "ui/train/train_page.h"
#include "ui/work_session.h"

#include "ui_test_settings.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace falconry;
using namespace falconry::ui;

namespace {

const QString kResources = QStringLiteral(FALCONRY_SOURCE_DIR "/resources");

int rowOf(QTableWidget* table, const QString& name)
{
    for (int i = 0; i < table->rowCount(); ++i)
        if (table->item(i, 1) && table->item(i, 1)->text() == name)
            return i;
    return -1;
}

} // namespace

class TestRunBundle final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(useIsolatedSettings(m_dir)); }

    void savedRunOpensReadOnlyInAnotherHistory()
    {
        // A finished demo run in this Falconry's runs folder.
        TrainConfig c;
        c.modelDir = QString(kResources + QStringLiteral("/demo-model")).toStdString();
        c.dataFile = QString(kResources + QStringLiteral("/demo-data/aerie_support.csv")).toStdString();
        c.templateName = "falcon-instruct";
        c.columnMapping = "user=customer_message,assistant=agent_reply";
        c.outDir = QString(WorkSession::runsRoot() + QStringLiteral("/aerie-run")).toStdString();
        c.maxSteps = 3;
        c.batchSize = 2;
        c.maxLength = 128;
        c.evalRatio = 0.05;
        c.lora.r = 4;
        c.probeMaxTokens = 6;
        const std::atomic<bool> stop{false};
        Trainer trainer;
        QCOMPARE(int(trainer.run(c, {}, stop).status), int(TrainStatus::Finished));

        MainWindow window;
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showStep(MainWindow::Step::Train);
        TrainPage* train = window.trainPage();
        auto* panel = train->findChild<RunHistoryPanel*>();
        auto* table = train->findChild<QTableWidget*>(QStringLiteral("runsTable"));
        auto* save = train->findChild<QPushButton*>(QStringLiteral("saveBundleButton"));
        auto* resume = train->findChild<QPushButton*>(QStringLiteral("resumeButton"));
        auto* map = train->findChild<QPushButton*>(QStringLiteral("runAdapterMapButton"));
        QVERIFY(panel && table && save && resume && map);
        Q_EMIT panel->refreshRequested();
        const int local = rowOf(table, QStringLiteral("aerie-run"));
        QVERIFY(local >= 0);
        table->selectRow(local);
        QVERIFY(save->isEnabled());
        QVERIFY(!resume->isEnabled()); // finished

        // Save as bundle (the dialog's seam): with the examples, as the box says.
        auto* examples = train->findChild<QCheckBox*>(QStringLiteral("bundleExamplesBox"));
        QVERIFY(examples);
        examples->setChecked(true);
        const QString file = m_dir.filePath(QStringLiteral("shared/aerie-run.falconry-run"));
        QDir().mkpath(QFileInfo(file).absolutePath());
        QSignalSpy done(panel, &RunHistoryPanel::bundleFinished);
        const auto finishedWith = [&](const QString& expected) {
            QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 120000);
            const QString problem = done.takeFirst().at(0).toString();
            QVERIFY2(expected.isEmpty() ? problem.isEmpty() : problem.contains(expected), qPrintable(problem));
        };
        panel->saveBundle(*panel->selectedRun(), file);
        QVERIFY(panel->isBundleBusy());
        QVERIFY(!save->isEnabled()); // one bundle at a time
        finishedWith(QString());
        QVERIFY(!panel->isBundleBusy());
        const RunBundle written = readRunBundle(file.toStdString());
        QVERIFY(written.has(kBundledExamples));
        QVERIFY(written.has("adapter/adapter_model.safetensors"));
        QVERIFY(written.has("probes.jsonl"));

        // Another Falconry: an empty runs folder.
        AppSettings::runsFolder().set(m_dir.filePath(QStringLiteral("other/runs")));
        Q_EMIT panel->refreshRequested();
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!save->isEnabled());
        panel->openBundle(file);
        finishedWith(QString());
        QCOMPARE(table->rowCount(), 1);
        const RunRecord* opened = panel->selectedRun();
        QVERIFY(opened);
        QVERIFY(opened->imported);
        QVERIFY(opened->dir.startsWith(importedRunsRoot(WorkSession::runsRoot())));
        QCOMPARE(opened->lastStep, 3);
        QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("read-only")));
        QVERIFY(table->item(0, 1)->toolTip().contains(QStringLiteral("bundle")));
        QCOMPARE(table->item(0, 0)->checkState(), Qt::Checked); // its loss curve overlaid on the chart
        QVERIFY(!resume->isEnabled());
        QVERIFY(map->isEnabled());
        QTRY_COMPARE(train->probeTimeline()->runDir(), opened->dir);
        QVERIFY(train->probeTimeline()->promptCount() > 0);
        // Its files cannot be changed.
        QFile runJson(opened->dir + QStringLiteral("/run.json"));
        QVERIFY(!runJson.open(QIODevice::WriteOnly | QIODevice::Append) || ::geteuid() == 0);
        QVERIFY(!(QFileInfo(runJson).permissions() & QFileDevice::WriteOwner));

        // The same bundle again: the run already there, not a second copy.
        panel->openBundle(file);
        finishedWith(QString());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(QDir(importedRunsRoot(WorkSession::runsRoot())).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);

        // A cut bundle: refused, nothing added.
        QFile whole(file);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QString cut = m_dir.filePath(QStringLiteral("shared/cut.falconry-run"));
        QFile cutFile(cut);
        QVERIFY(cutFile.open(QIODevice::WriteOnly));
        cutFile.write(whole.read(whole.size() / 2));
        cutFile.close();
        panel->openBundle(cut);
        finishedWith(QStringLiteral("truncated"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(QDir(importedRunsRoot(WorkSession::runsRoot())).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestRunBundle)
#include "test_run_bundle.moc"
