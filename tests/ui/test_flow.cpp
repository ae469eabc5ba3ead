// The Compare step end to end on the golden Falcon-7B-layout model and its
// golden PEFT adapter: both answers stream from one batch, they differ (the
// adapter changes the output), and a blind vote lands in the preference JSONL.
#include "ui/app_settings.h"
#include "ui/compare/chat_pane.h"
#include "ui/compare/compare_page.h"
#include "ui/engine/engine_controller.h"
#include "ui/main_window.h"
#include "ui/work_session.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace falconry::ui;

namespace {
const QString kGolden = QStringLiteral(FALCONRY_REFERENCE_DIR "/golden/falcon7b/model-fp32");
const QString kGoldenAdapter = QStringLiteral(FALCONRY_REFERENCE_DIR "/golden/falcon7b/adapter");
} // namespace

class TestFlow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        AppSettings::runsFolder().set(m_dir.filePath(QStringLiteral("runs")));
    }

    void compareStreamsTwoAnswersAndBlindVotesLand()
    {
        MainWindow window;
        window.resize(1100, 750);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.selectModel(kGolden), QString());
        const QString runDir = m_dir.filePath(QStringLiteral("runs/manual"));
        QDir().mkpath(runDir);
        window.session().setRunDir(runDir);

        window.showStep(MainWindow::Step::Compare);
        ComparePage* compare = window.comparePage();
        compare->setAdapterDir(kGoldenAdapter);
        SamplingSettings greedy;
        greedy.temperature = 0.0;
        greedy.maxNewTokens = 12;
        greedy.repetitionPenalty = 1.0;
        compare->setSampling(greedy);
        QSignalSpy answered(compare, &ComparePage::answersFinished);
        QSignalSpy tokens(&window.engine(), &EngineController::tokens);
        QSignalSpy failed(&window.engine(), &EngineController::jobFailed);
        window.engine().resetStallMonitor();
        QVERIFY(compare->send(QStringLiteral("What is 2 plus 2?")));
        QVERIFY(answered.wait(60000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
        QVERIFY(tokens.count() >= 1); // streamed, not delivered at the end only
        const QString left = compare->leftPane()->history().last().assistant;
        const QString right = compare->rightPane()->history().last().assistant;
        QVERIFY(!left.isEmpty());
        QVERIFY(!right.isEmpty());
        QVERIFY2(left != right, qPrintable(left));
        qInfo("longest GUI stall while generating: %.1f ms", window.engine().longestStallMs());

        // A second turn continues each side's own conversation.
        QVERIFY(compare->send(QStringLiteral("And 3 plus 3?")));
        QVERIFY(answered.wait(60000));
        QCOMPARE(compare->leftPane()->history().size(), 2);

        // Blind mode: vote A; the pair lands in the run's preferences.jsonl.
        compare->setBlindMode(true);
        QVERIFY(compare->send(QStringLiteral("And 4 plus 4?")));
        QVERIFY(answered.wait(60000));
        const QString a = compare->leftPane()->history().last().assistant;
        const QString b = compare->rightPane()->history().last().assistant;
        QCOMPARE(compare->vote(-1), QString());
        QCOMPARE(compare->preferencesPath(), runDir + QStringLiteral("/preferences.jsonl"));
        QFile prefs(compare->preferencesPath());
        QVERIFY(prefs.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = prefs.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject vote = QJsonDocument::fromJson(lines.first()).object();
        QVERIFY(vote.value(QStringLiteral("prompt")).toString().contains(QLatin1String("And 4 plus 4?")));
        QCOMPARE(vote.value(QStringLiteral("chosen")).toString(), a);
        QCOMPARE(vote.value(QStringLiteral("rejected")).toString(), b);
        QVERIFY(compare->vote(+1).contains(QLatin1String("Nothing"))); // one vote per exchange
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFlow)
#include "test_flow.moc"
