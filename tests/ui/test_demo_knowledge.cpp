// The bundled demo's knowledge step: on the demo model, the Knowledge page offers to build a
// knowledge base from the Aerie feeder's manual in one click; the strategy check then opens with
// the 42 questions about it and runs base, base + KB, tuned and tuned + KB on the engine thread
// (the tuned side with an adapter made here: fresh LoRA weights, saved as PEFT). Properties
// only: counts, what retrieval gave the model, Cancel (never sampled text).
// With FALCONRY_SCREENSHOT_DIR set it saves knowledge-demo.png and strategy-check.png.
#include "core/io/falcon_loader.h"
#include "core/knowledge/knowledge_store.h"
#include "core/lora/lora_model.h"
#include "core/lora/peft_adapter.h"
#include "core/model/falcon_model.h"
#include "ui/engine/engine_controller.h"
#include "ui/knowledge/knowledge_page.h"
#include "ui/knowledge/strategy_check_dialog.h"
#include "ui/main_window.h"
#include "ui/model/model_catalogue.h"
#include "ui/work_session.h"

#include "ui_test_settings.h"
#include "ui_test_files.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace falconry;
using namespace falconry::ui;

namespace {

/** A PEFT adapter for the demo model with random B (so tuned answers differ from base ones). */
QString makeAdapter(const QString& folder)
{
    FalconModel model = loadFalconModel(bundledDemoModelDir().toStdString());
    torch::manual_seed(11);
    LoraConfig config;
    config.r = 4;
    config.alpha = 8.0;
    LoraModel lora = LoraModel::inject(*model, config);
    {
        torch::NoGradGuard noGrad;
        for (const LoraLayer& layer : lora.layers())
            layer.adapter->loraB().normal_(0.0, 1.0);
    }
    savePeftAdapter(lora, folder.toStdString());
    return folder;
}

} // namespace

class TestDemoKnowledge final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(useIsolatedSettings(m_dir));
        QVERIFY2(!bundledDemoManualPath().isEmpty(), "resources/demo-knowledge/aerie_manual.md is missing");
        QVERIFY2(!bundledDemoQuestionsPath().isEmpty(), "resources/demo-knowledge/aerie_questions.csv is missing");
    }

    void oneClickBuildsTheDemoKnowledgeBase()
    {
        MainWindow window;
        window.resize(1200, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.session().modelDir(), bundledDemoModelDir());
        window.showStep(MainWindow::Step::Knowledge);
        KnowledgePage* page = window.knowledgePage();
        QCOMPARE(page->openDatabase(m_dir.filePath(QStringLiteral("demo.sqlite"))), QString());
        QVERIFY(page->demoBanner()->isVisible());
        auto* build = page->demoBanner()->findChild<QPushButton*>(QStringLiteral("buildDemoKnowledge"));
        QVERIFY(build);
        QSignalSpy done(page, &KnowledgePage::importFinished);
        build->click();
        QVERIFY(page->isImporting());
        QVERIFY(done.wait(60000));
        QCOMPARE(page->documentsTable()->rowCount(), 1);
        QCOMPARE(page->documentsTable()->item(0, 0)->text(), QStringLiteral("aerie_manual.md"));
        QVERIFY(page->documentsTable()->item(0, 1)->data(Qt::UserRole).toLongLong() >= 35); // 35 sections
        QVERIFY(!page->demoBanner()->isVisible());
        // The passages are bounded in the demo model's tokens (the session's model).
        QVERIFY(page->search(QStringLiteral("How long does it take to charge the battery?")) > 0);
        QVERIFY(page->resultsView()->toPlainText().contains(QLatin1String("Charging the battery")));
        saveScreenshot(&window, QStringLiteral("knowledge-demo.png"));
        m_database = page->databasePath();
    }

    void strategyCheckRunsTheFourWaysOnTheDemoQuestions()
    {
        if (m_database.isEmpty())
            QSKIP("needs the knowledge base of oneClickBuildsTheDemoKnowledgeBase");
        const QString adapter = makeAdapter(m_dir.filePath(QStringLiteral("adapter")));
        MainWindow window;
        window.resize(1200, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showStep(MainWindow::Step::Knowledge);
        KnowledgePage* page = window.knowledgePage();
        QCOMPARE(page->openDatabase(m_database), QString());
        QVERIFY(page->strategyCheckButton()->isEnabled());
        page->strategyCheckButton()->click();
        StrategyCheckDialog* check = page->openStrategyCheck();
        QVERIFY(check && check->isVisible());
        // The demo's knowledge base comes with the demo's questions.
        QCOMPARE(check->questions().size(), size_t{42});
        check->setAdapterDir(adapter);
        check->setMaxNewTokens(24);
        QSignalSpy finished(check, &StrategyCheckDialog::checkFinished);
        QSignalSpy progress(&window.engine(), &EngineController::progress);
        QVERIFY(check->run());
        QVERIFY(check->isRunning());
        QVERIFY(finished.wait(300000));
        QVERIFY2(!check->isRunning(), qPrintable(check->statusLabel()->text()));
        QVERIFY(progress.count() >= 2);
        const std::vector<ArmTally> tallies = check->tallies();
        QCOMPARE(tallies.size(), size_t{4});
        QCOMPARE(check->resultTable()->rowCount(), 4);
        QCOMPARE(check->answerTable()->rowCount(), 4 * 42);
        for (size_t i = 0; i < tallies.size(); ++i) {
            QCOMPARE(tallies[i].answered, size_t{42});
            QVERIFY(check->resultTable()->item(static_cast<int>(i), 1)->text().endsWith(QLatin1String("of 42")));
        }
        QCOMPARE(tallies[0].arm, StrategyArm::Base);
        QCOMPARE(tallies[1].arm, StrategyArm::BaseKnowledge);
        QCOMPARE(tallies[2].arm, StrategyArm::Tuned);
        QCOMPARE(tallies[3].arm, StrategyArm::TunedKnowledge);
        // The status says how many facts retrieval put in front of the model.
        QVERIFY2(check->statusLabel()->text().contains(QLatin1String("held the fact for")),
                 qPrintable(check->statusLabel()->text()));
        qInfo("strategy check: base %zu, base+kb %zu, tuned %zu, tuned+kb %zu of 42", tallies[0].containing,
              tallies[1].containing, tallies[2].containing, tallies[3].containing);
        check->resize(1100, 760);
        saveScreenshot(check, QStringLiteral("strategy-check.png"));

        // Without the tuned model and the knowledge base, only the base answers run.
        check->findChild<QCheckBox*>(QStringLiteral("checkUsesTuned"))->setChecked(false);
        check->findChild<QCheckBox*>(QStringLiteral("checkUsesKnowledge"))->setChecked(false);
        QVERIFY(check->run());
        QVERIFY(finished.wait(300000));
        QCOMPARE(check->tallies().size(), size_t{1});
        QCOMPARE(check->tallies()[0].arm, StrategyArm::Base);
        QVERIFY(check->statusLabel()->text().contains(QLatin1String("No tuned answers")));
    }

    void cancelKeepsTheFinishedAnswers()
    {
        if (m_database.isEmpty())
            QSKIP("needs the knowledge base of oneClickBuildsTheDemoKnowledgeBase");
        WorkSession session;
        session.setModel(bundledDemoModelDir(), QString());
        session.setKnowledgeBasePath(m_database);
        EngineController engine;
        StrategyCheckDialog check(session, engine);
        QCOMPARE(check.loadQuestions(bundledDemoQuestionsPath()), QString());
        check.setMaxNewTokens(64);
        QSignalSpy finished(&check, &StrategyCheckDialog::checkFinished);
        QSignalSpy progress(&engine, &EngineController::progress);
        QVERIFY(check.run());
        // Cancel once answers are coming in (the first progress is "loading the model").
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 3, 120000);
        check.cancel();
        QVERIFY(finished.wait(120000));
        QVERIFY2(check.statusLabel()->text().startsWith(QLatin1String("Cancelled")), qPrintable(check.statusLabel()->text()));
        size_t answered = 0;
        for (const ArmTally& t : check.tallies())
            answered += t.answered;
        QVERIFY(answered < 2 * 42);
        QCOMPARE(check.answerTable()->rowCount(), static_cast<int>(answered));

        // A CSV without a fact column is refused in words, and the questions stay.
        QFile bad(m_dir.filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("question,section\nWhat?,1\n");
        bad.close();
        QVERIFY(check.loadQuestions(bad.fileName()).contains(QLatin1String("'fact'")));
        QCOMPARE(check.questions().size(), size_t{42});
    }

private:
    QTemporaryDir m_dir;
    QString m_database;
};

QTEST_MAIN(TestDemoKnowledge)
#include "test_demo_knowledge.moc"
