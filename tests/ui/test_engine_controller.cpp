// The engine controller: results arrive on the GUI thread, cancel acts while a
// job runs, errors from core arrive as errors with a hint.
#include "core/util/errors.h"
#include "ui/engine/engine_controller.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <chrono>
#include <new>
#include <thread>

using namespace falconry::ui;

class TestEngineController final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resultsArriveOnTheGuiThreadCoalesced()
    {
        EngineController controller;
        QThread* jobThread = nullptr;
        QThread* const guiThread = QThread::currentThread();
        int pointsReceived = 0;
        int pointSignals = 0;
        bool allOnGui = true;
        connect(&controller, &EngineController::trainPoints, this,
                [&](quint64, const QList<TrainPoint>& points) {
                    allOnGui = allOnGui && QThread::currentThread() == guiThread;
                    pointsReceived += static_cast<int>(points.size());
                    ++pointSignals;
                });
        QString text;
        connect(&controller, &EngineController::tokens, this, [&](quint64, const QList<TokenChunk>& chunks) {
            allOnGui = allOnGui && QThread::currentThread() == guiThread;
            for (const TokenChunk& c : chunks)
                text += c.text;
        });
        QSignalSpy finished(&controller, &EngineController::jobFinished);
        QSignalSpy busy(&controller, &EngineController::busyChanged);
        const quint64 id = controller.submit(JobKind::Train, [&jobThread](JobContext& ctx) {
            jobThread = QThread::currentThread();
            // 2000 points reported back to back: the context coalesces them.
            for (int step = 1; step <= 2000; ++step) {
                TrainPoint p;
                p.step = step;
                p.totalSteps = 2000;
                p.lossTrain = 1.0 / step;
                ctx.reportTrain(p);
            }
            for (int i = 0; i < 50; ++i)
                ctx.reportTokens(0, QStringLiteral("t%1 ").arg(i));
            ctx.setResult(JobResult{QStringLiteral("done"), {{QStringLiteral("steps"), 2000}}});
        });
        QVERIFY(controller.isBusy());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<quint64>(), id);
        QCOMPARE(finished.first().at(1).value<JobResult>().values.value(QStringLiteral("steps")).toInt(), 2000);
        QVERIFY(jobThread != nullptr);
        QVERIFY(jobThread != guiThread);
        QVERIFY(allOnGui);
        QCOMPARE(pointsReceived, 2000); // nothing lost
        QVERIFY2(pointSignals < 2000, qPrintable(QString::number(pointSignals))); // coalesced
        QVERIFY(text.startsWith(QStringLiteral("t0 t1 ")));
        QVERIFY(text.endsWith(QStringLiteral("t49 ")));
        QVERIFY(!controller.isBusy());
        QCOMPARE(busy.count(), 2);
        QVERIFY(controller.longestStallMs() >= 0.0);
    }

    void cancelStopsARunningJobAndDropsQueuedOnes()
    {
        EngineController controller;
        std::atomic<int> stepsDone{0};
        std::atomic<bool> secondRan{false};
        QSignalSpy points(&controller, &EngineController::trainPoints);
        QSignalSpy cancelled(&controller, &EngineController::jobCancelled);
        QSignalSpy finished(&controller, &EngineController::jobFinished);
        const quint64 first = controller.submit(JobKind::Train, [&stepsDone](JobContext& ctx) {
            // A "training" that would run for 100 s unless stopped.
            for (int step = 1; step <= 10000 && !ctx.stopRequested(); ++step) {
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
                TrainPoint p;
                p.step = step;
                ctx.reportTrain(p);
                stepsDone = step;
            }
        });
        const quint64 second = controller.submit(JobKind::Train, [&secondRan](JobContext&) { secondRan = true; });
        QVERIFY(points.wait(10000)); // mid-training
        controller.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 2, 10000);
        QCOMPARE(cancelled.at(0).at(0).value<quint64>(), first);
        QCOMPARE(cancelled.at(1).at(0).value<quint64>(), second);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!secondRan);
        QVERIFY(stepsDone < 10000);
        QVERIFY(!controller.isBusy());

        // The controller runs new work after a cancel.
        const quint64 third = controller.submit(JobKind::Other, [](JobContext&) {});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<quint64>(), third);
    }

    void cancelWhilePausedEndsTheJob()
    {
        EngineController controller;
        QSignalSpy started(&controller, &EngineController::jobStarted);
        QSignalSpy cancelled(&controller, &EngineController::jobCancelled);
        std::atomic<bool> sawPause{false};
        controller.setPaused(true);
        controller.submit(JobKind::Train, [&sawPause](JobContext& ctx) {
            sawPause = ctx.paused();
            while (ctx.waitWhilePaused())
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        });
        QVERIFY(started.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sawPause, 10000); // the job runs and sits in pause
        controller.cancel();
        QVERIFY(cancelled.wait(10000));
        QVERIFY(!controller.isPaused());
    }

    void errorsArriveAsErrorsWithAHint_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("dataset") << 0 << QStringLiteral("Dataset problem") << QStringLiteral("line 3:7");
        QTest::newRow("bad_alloc") << 1 << QStringLiteral("Out of memory") << QStringLiteral("allocate");
        QTest::newRow("oom-message") << 2 << QStringLiteral("Out of memory")
                                     << QStringLiteral("DefaultCPUAllocator: can't allocate memory");
        QTest::newRow("config") << 3 << QStringLiteral("Settings cannot be used") << QStringLiteral("n_head");
        QTest::newRow("other") << 4 << QStringLiteral("Something went wrong") << QStringLiteral("boom");
    }

    void errorsArriveAsErrorsWithAHint()
    {
        QFETCH(int, which);
        QFETCH(QString, title);
        QFETCH(QString, messagePart);
        EngineController controller;
        QSignalSpy failed(&controller, &EngineController::jobFailed);
        QSignalSpy finished(&controller, &EngineController::jobFinished);
        controller.submit(JobKind::Other, [which](JobContext&) {
            switch (which) {
            case 0:
                throw falconry::DatasetError("data.jsonl line 3:7: expected a string in \"text\", found a number");
            case 1:
                throw std::bad_alloc();
            case 2:
                throw std::runtime_error("[enforce fail at alloc_cpu.cpp:75] DefaultCPUAllocator: can't allocate memory: "
                                         "you tried to allocate 123456789 bytes");
            case 3:
                throw falconry::ConfigError("config.json: n_head must divide hidden_size (64), found 5");
            default:
                throw std::runtime_error("boom");
            }
        });
        QVERIFY(failed.wait(10000));
        QCOMPARE(finished.count(), 0);
        const auto error = failed.first().at(1).value<EngineError>();
        QCOMPARE(error.title, title);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QVERIFY(!error.hint.isEmpty());
        if (title == QLatin1String("Out of memory")) {
            QVERIFY(error.hint.contains(QLatin1String("NF4")));
            QVERIFY(error.hint.contains(QLatin1String("gradient checkpointing")));
        }
        QVERIFY(!controller.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestEngineController)
#include "test_engine_controller.moc"
