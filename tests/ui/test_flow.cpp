// The Compare step end to end on the golden Falcon-7B-layout model and its
// golden PEFT adapter: both answers stream from one batch, they differ (the
// adapter changes the output), and a blind vote lands in the preference JSONL.
#include "core/data/chat_prompt.h"
#include "ui/app_settings.h"
#include "ui/compare/chat_pane.h"
#include "ui/compare/compare_page.h"
#include "ui/engine/engine_controller.h"
#include "ui/main_window.h"
#include "ui/train/loss_chart.h"
#include "ui/train/train_page.h"
#include "ui/train/train_settings_form.h"
#include "ui/work_session.h"

#include "ui_test_settings.h"
#include "ui_test_files.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace falconry::ui;

namespace {
const QString kGolden = goldenModelDir();
const QString kGoldenAdapter = goldenAdapterDir();
} // namespace

class TestFlow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(useIsolatedSettings(m_dir));
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

        // Second and third turns continue each side's own conversation (two prompts of different
        // lengths in one batch); the prompt sent is core/data's rendering of that side's history.
        QSignalSpy finished(&window.engine(), &EngineController::jobFinished);
        for (const QString& message : {QStringLiteral("And 3 plus 3?"), QStringLiteral("And 5 plus 5?")}) {
            const QList<ChatTurn> baseHistory = compare->leftPane()->history();
            const QList<ChatTurn> tunedHistory = compare->rightPane()->history();
            QVERIFY(compare->send(message));
            QVERIFY(answered.wait(60000));
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
            const QVariantMap values = finished.last().at(1).value<JobResult>().values;
            const auto expected = [&](const QList<ChatTurn>& history) {
                std::vector<falconry::ChatExchange> exchanges;
                for (const ChatTurn& t : history)
                    exchanges.push_back({t.user.toStdString(), t.assistant.toStdString()});
                return QString::fromStdString(falconry::renderChatPrompt(falconry::PromptTemplate::fromName("falcon-instruct"),
                                                                         {}, exchanges, message.toStdString())
                                                  .text);
            };
            QCOMPARE(values.value(QStringLiteral("prompt0")).toString(), expected(baseHistory));
            QCOMPARE(values.value(QStringLiteral("prompt1")).toString(), expected(tunedHistory));
            QVERIFY(values.value(QStringLiteral("prompt0")) != values.value(QStringLiteral("prompt1")));
        }
        QCOMPARE(compare->leftPane()->history().size(), 3);
        QCOMPARE(compare->rightPane()->history().size(), 3);
        for (const ChatTurn& t : compare->rightPane()->history())
            QVERIFY(!t.assistant.isEmpty());

        // A stopped turn is shown but not continued: the next prompt holds only whole answers.
        SamplingSettings slow = greedy;
        slow.maxNewTokens = 1000; // far longer than the moment Stop takes
        compare->setSampling(slow);
        QVERIFY(compare->send(QStringLiteral("Count to a hundred.")));
        compare->stop();
        QVERIFY(answered.wait(30000));
        QCOMPARE(compare->leftPane()->history().size(), 3);
        QCOMPARE(compare->rightPane()->history().size(), 3);
        QVERIFY2(compare->leftPane()->note().contains(QLatin1String("stopped")), qPrintable(compare->leftPane()->note()));
        compare->setSampling(greedy);
        compare->clear();

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

    void trainAFewStepsThenCompareWithTheRunsAdapter()
    {
        // A small dataset of prompt/completion pairs (the trainer's JSONL form).
        const QString dataPath = m_dir.filePath(QStringLiteral("data.jsonl"));
        QFile data(dataPath);
        QVERIFY(data.open(QIODevice::WriteOnly));
        for (int i = 0; i < 8; ++i) {
            const QJsonObject row{{QStringLiteral("prompt"), QStringLiteral("User: What is %1 plus %1?\nAssistant:").arg(i)},
                                  {QStringLiteral("completion"), QStringLiteral(" It is %1.").arg(2 * i)}};
            data.write(QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n');
        }
        data.close();

        MainWindow window;
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
        s.evalRatio = 0.0;
        train->settingsForm()->setSettings(s);
        QSignalSpy finished(train, &TrainPage::trainingFinished);
        QSignalSpy failed(&window.engine(), &EngineController::jobFailed);
        window.engine().resetStallMonitor();
        QVERIFY(train->startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 180000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
        const QString runDir = finished.first().at(0).toString();
        QVERIFY(QFileInfo::exists(runDir + QStringLiteral("/adapter/adapter_config.json")));
        QVERIFY(QFileInfo::exists(runDir + QStringLiteral("/metrics.jsonl")));
        QVERIFY2(train->chart()->trainPointCount() >= 4, qPrintable(QString::number(train->chart()->trainPointCount())));
        qInfo("longest GUI stall while training: %.1f ms", window.engine().longestStallMs());

        // The run's adapter is what Compare offers first, and it generates.
        ComparePage* compare = window.comparePage();
        QCOMPARE(compare->adapterDir(), runDir + QStringLiteral("/adapter"));
        SamplingSettings greedy;
        greedy.temperature = 0.0;
        greedy.maxNewTokens = 6;
        compare->setSampling(greedy);
        QSignalSpy answered(compare, &ComparePage::answersFinished);
        QVERIFY(compare->send(QStringLiteral("What is 2 plus 2?")));
        QVERIFY(answered.wait(60000));
        QVERIFY(failed.isEmpty());
    }

    void aRunKilledBeforeItsFirstCheckpointResumesWithALowerRate()
    {
        // A run killed at step 2, before any checkpoint: once a dead end (neither resumable nor
        // restartable). Resume takes the form's lower learning rate and restarts at step 0.
        const QString dataPath = m_dir.filePath(QStringLiteral("killed-data.jsonl"));
        QFile data(dataPath);
        QVERIFY(data.open(QIODevice::WriteOnly));
        for (int i = 0; i < 8; ++i)
            data.write(QJsonDocument(QJsonObject{{QStringLiteral("prompt"), QStringLiteral("Q%1:").arg(i)},
                                                 {QStringLiteral("completion"), QStringLiteral(" A%1.").arg(i)}})
                           .toJson(QJsonDocument::Compact) +
                       '\n');
        data.close();
        const QString runDir = WorkSession::runsRoot() + QStringLiteral("/killed-run");
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FALCONRY_TEST_CRASH_AT"), QStringLiteral("train-step#2")); // SIGKILL after step 2
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(FALCONRY_CLI_PATH),
                  {QStringLiteral("train"), QStringLiteral("--model"), kGolden, QStringLiteral("--data"), dataPath,
                   QStringLiteral("--out"), runDir, QStringLiteral("--dtype"), QStringLiteral("fp32"), QStringLiteral("--max-steps"),
                   QStringLiteral("4"), QStringLiteral("--batch"), QStringLiteral("2"), QStringLiteral("--max-length"),
                   QStringLiteral("32"), QStringLiteral("--save-every"), QStringLiteral("10"), QStringLiteral("--lr"),
                   QStringLiteral("1e-2")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFileInfo::exists(runDir + QStringLiteral("/run.json")));
        QVERIFY(!QFileInfo::exists(runDir + QStringLiteral("/checkpoints")) || QDir(runDir + QStringLiteral("/checkpoints")).isEmpty());

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.selectModel(kGolden), QString());
        window.showStep(MainWindow::Step::Train);
        TrainPage* train = window.trainPage();
        auto* table = train->findChild<QTableWidget*>(QStringLiteral("runsTable"));
        QVERIFY(table);
        int row = -1;
        for (int i = 0; i < table->rowCount(); ++i)
            if (table->item(i, 1)->text() == QLatin1String("killed-run"))
                row = i;
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, table->columnCount() - 1)->text(), QStringLiteral("can restart"));
        table->selectRow(row);
        auto* resume = train->findChild<QPushButton*>(QStringLiteral("resumeButton"));
        QTRY_VERIFY(resume->isEnabled());
        TrainSettings s = train->settingsForm()->settings();
        s.learningRate = 1e-3;
        train->settingsForm()->setSettings(s);
        QSignalSpy finished(train, &TrainPage::trainingFinished);
        QSignalSpy failed(&window.engine(), &EngineController::jobFailed);
        resume->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 180000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
        QVERIFY(QFileInfo::exists(runDir + QStringLiteral("/adapter/adapter_config.json")));
        QFile runJson(runDir + QStringLiteral("/run.json"));
        QVERIFY(runJson.open(QIODevice::ReadOnly));
        const QJsonObject run = QJsonDocument::fromJson(runJson.readAll()).object();
        QCOMPARE(run.value(QStringLiteral("settings")).toObject().value(QStringLiteral("lr")).toDouble(), 1e-3);
        QCOMPARE(run.value(QStringLiteral("resumed")).toArray().first().toObject().value(QStringLiteral("at_step")).toInt(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFlow)
#include "test_flow.moc"
