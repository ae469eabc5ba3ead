// Triage on the Train page, provoked for real on the demo model (resources/demo-model): a max
// length that cuts every answer away is caught before the start (rows cut, nothing trained, and
// training on the prompts), a learning rate at the form's minimum gives a flat loss after a run;
// each one-click fix is clicked and asserted where the engine reads it: the TrainConfig the
// launcher builds from the page (toTrainConfig of the page's request). With FALCONRY_SCREENSHOT_DIR
// set, the page with its findings is saved as train-triage.png.
#include "core/train/train_config.h"
#include "ui/data/data_settings.h"
#include "ui/engine/engine_controller.h"
#include "ui/main_window.h"
#include "ui/train/probe_panel.h"
#include "ui/train/train_job.h"
#include "ui/train/train_page.h"
#include "ui/train/train_settings.h"
#include "ui/train/train_settings_form.h"
#include "ui/train/triage_panel.h"
#include "ui/work_session.h"

#include "ui_test_settings.h"
#include "ui_test_files.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace falconry;
using namespace falconry::ui;

namespace {

const QString kDemoModel = QStringLiteral(FALCONRY_SOURCE_DIR "/resources/demo-model");

/** 24 prompt/completion rows whose prompts are longer than the form's shortest max length (16). */
QString writeDataset(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("birds.jsonl"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < 24; ++i) {
        const QJsonObject row{
            {QStringLiteral("prompt"),
             QStringLiteral("User: My feeder number %1 has seeds stuck in the tray after the rain, the birds stay away "
                            "and the camera shows nothing. What should I do?\nAssistant:")
                 .arg(i)},
            {QStringLiteral("completion"), QStringLiteral(" Empty tray %1, dry it, and refill it with fresh seed.").arg(i)}};
        f.write(QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n');
    }
    return path;
}

} // namespace

class TestTrainTriage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(useIsolatedSettings(m_dir)); }

    void tinyMaxLengthIsCaughtBeforeStartAndTheFixesReachTheConfig()
    {
        MainWindow window;
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.selectModel(kDemoModel), QString());
        window.showStep(MainWindow::Step::Train);
        window.session().setDatasetPath(writeDataset(m_dir));
        TrainPage* train = window.trainPage();
        train->setStartConfirmation([](const QString&) { return true; });
        TrainSettings s = presetSettings(TrainPreset::QuickTest);
        s.maxLength = 16; // shorter than every prompt (the data settings keep at least 32: still shorter)
        s.maxSteps = 2;
        s.probes = false;
        train->settingsForm()->setSettings(s);
        train->probePanel()->setFrom(s);
        DataSettings d = window.session().dataSettings();
        d.trainOn = TrainOn::Answers;
        window.session().setDataSettings(d);
        // Every answer is cut away: the run refuses to start, and says why.
        QVERIFY(!train->startTraining());
        QVERIFY(!train->isTraining());
        TriagePanel* triage = train->triagePanel();
        QVERIFY(triage->isVisible());
        QVERIFY2(!triage->findingText(QStringLiteral("data.nothing_trained")).isEmpty(), "no nothing-trained finding");
        const QString cutText = triage->findingText(QStringLiteral("data.rows_cut"));
        QVERIFY2(cutText.contains(QLatin1String("24")), qPrintable(cutText)); // every row is cut
        saveScreenshot(&window, QStringLiteral("train-triage.png"));

        QPushButton* raise = triage->fixButton(QStringLiteral("data.rows_cut"), QStringLiteral("raise_max_length"));
        QVERIFY(raise);
        int suggested = 0;
        for (const TriageFinding& g : triage->findings())
            if (g.kind == "data.rows_cut")
                for (const TriageFix& f : g.fixes)
                    if (f.id == "raise_max_length")
                        suggested = static_cast<int>(*f.change.maxLength);
        QVERIFY(suggested > 16);
        raise->click();
        QVERIFY(!raise->isEnabled()); // applied: says so, the button is spent
        // The seam: what the engine gets. Max length lives in the session's data settings.
        QCOMPARE(toTrainConfig(train->newRunRequest()).maxLength, int64_t(suggested));
        QCOMPARE(train->settings().maxLength, suggested);
        QCOMPARE(int(window.session().dataSettings().maxLength), suggested);

        // Now it trains: Start again finds nothing to refuse.
        QVERIFY(train->startTraining());
        QVERIFY(triage->findingText(QStringLiteral("data.nothing_trained")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!train->isTraining(), 120000);
    }

    void trainingOnThePromptsIsSaidAndUndoneInOneClick()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.selectModel(kDemoModel), QString());
        window.showStep(MainWindow::Step::Train);
        window.session().setDatasetPath(writeDataset(m_dir));
        TrainPage* train = window.trainPage();
        train->setStartConfirmation([](const QString&) { return false; }); // the checks only, no run
        TrainSettings s = presetSettings(TrainPreset::QuickTest);
        s.maxLength = 256;
        train->settingsForm()->setSettings(s);
        DataSettings d = window.session().dataSettings();
        d.trainOn = TrainOn::Everything;
        window.session().setDataSettings(d);
        train->startTraining();
        QPushButton* answers = train->triagePanel()->fixButton(QStringLiteral("data.trains_on_prompt"),
                                                               QStringLiteral("train_on_answers"));
        QVERIFY(answers);
        answers->click();
        QCOMPARE(QString::fromStdString(toTrainConfig(train->newRunRequest()).trainOn), QStringLiteral("answers"));
        // The check found nothing that stops a start: a run may be going; Stop it.
        if (train->isTraining())
            train->findChild<QPushButton*>(QStringLiteral("stopButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!train->isTraining(), 120000);
    }

    void aFlatRunOffersAHigherLearningRateThatReachesTheConfig()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.selectModel(kDemoModel), QString());
        window.showStep(MainWindow::Step::Train);
        window.session().setDatasetPath(writeDataset(m_dir));
        DataSettings d = window.session().dataSettings();
        d.trainOn = TrainOn::Answers;
        window.session().setDataSettings(d);
        TrainPage* train = window.trainPage();
        train->setStartConfirmation([](const QString&) { return true; });
        TrainSettings s = presetSettings(TrainPreset::QuickTest);
        s.learningRate = 1e-6; // the form's lowest: far too low for LoRA
        s.maxLength = 128;
        s.maxSteps = 16;
        s.batchSize = 2;
        s.gradAccum = 1;
        s.evalRatio = 0.0;
        s.saveEvery = 0;
        s.probes = false;
        train->settingsForm()->setSettings(s);
        train->probePanel()->setFrom(s);
        QSignalSpy finished(train, &TrainPage::trainingFinished);
        QSignalSpy failed(&window.engine(), &EngineController::jobFailed);
        QVERIFY(train->startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 300000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
        TriagePanel* triage = train->triagePanel();
        QVERIFY2(!triage->findingText(QStringLiteral("loss.flat")).isEmpty(), "no flat-loss finding");
        QPushButton* raise = triage->fixButton(QStringLiteral("loss.flat"), QStringLiteral("raise_lr"));
        QVERIFY(raise);
        raise->click();
        const double lr = toTrainConfig(train->newRunRequest()).learningRate;
        QVERIFY2(lr >= 1e-4, qPrintable(QString::number(lr)));
        QCOMPARE(train->settings().learningRate, lr);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTrainTriage)
#include "test_train_triage.moc"
