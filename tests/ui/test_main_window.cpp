#include "ui/about_dialog.h"
#include "ui/app_settings.h"
#include "ui/application.h"
#include "ui/compare/compare_page.h"
#include "ui/engine/engine_controller.h"
#include "ui/main_window.h"
#include "ui/model/model_catalogue.h"
#include "ui/model/model_page.h"
#include "ui/train/train_page.h"
#include "ui/train/train_settings_form.h"
#include "ui/work_session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <thread>

using namespace falconry::ui;

class TestMainWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void navigationListsTheSixSteps()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListWidget* nav = window.navigation();
        QCOMPARE(nav->count(), 6);
        const QStringList expected{QStringLiteral("Model"), QStringLiteral("Data"), QStringLiteral("Knowledge"),
                                   QStringLiteral("Train"), QStringLiteral("Compare"), QStringLiteral("Export")};
        for (int i = 0; i < 6; ++i)
            QVERIFY2(nav->item(i)->text().endsWith(expected[i]), qPrintable(nav->item(i)->text()));
    }

    void clickingAStepShowsItsPage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy spy(&window, &MainWindow::stepChanged);
        QListWidget* nav = window.navigation();
        const QRect rect = nav->visualItemRect(nav->item(4));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentStep(), MainWindow::Step::Compare);
        QCOMPARE(spy.count(), 1);
        auto* stack = window.findChild<QStackedWidget*>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), window.stepPage(MainWindow::Step::Compare));
        // Keyboard: Ctrl+2 goes to Data.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentStep(), MainWindow::Step::Data);
    }

    void everyPageFitsASmallWindow()
    {
        MainWindow window;
        QStringList sizes;
        for (int i = 0; i < MainWindow::kStepCount; ++i) {
            const QSize hint = window.stepPage(static_cast<MainWindow::Step>(i))->minimumSizeHint();
            sizes << QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height());
        }
        QVERIFY2(window.minimumSizeHint().width() <= 900, qPrintable(sizes.join(QLatin1Char(' '))));
        QVERIFY2(window.minimumSizeHint().height() <= 640, qPrintable(sizes.join(QLatin1Char(' '))));
    }

    void geometryAndStepAreRemembered()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.showStep(MainWindow::Step::Train);
            window.close();
        }
        QVERIFY(!AppSettings::windowGeometry().get().isEmpty());
        MainWindow again;
        QCOMPARE(again.currentStep(), MainWindow::Step::Train);
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void aboutDialogNamesVersion()
    {
        MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("actionAbout"));
        QVERIFY(action);
        AboutDialog dialog(&window);
        auto* text = dialog.findChild<QLabel*>(QStringLiteral("aboutText"));
        QVERIFY(text);
        QVERIFY(text->text().contains(QStringLiteral(FALCONRY_VERSION)));
    }

    void theModelUsedLastComesBackWithItsName()
    {
        if (falconry::ui::bundledDemoModelDir().isEmpty())
            QSKIP("this build has no bundled demo model");
        AppSettings::lastModelDir().set(falconry::ui::bundledDemoModelDir());
        MainWindow window;
        QCOMPARE(window.session().modelDir(), falconry::ui::bundledDemoModelDir());
        QCOMPARE(window.session().modelName(), QStringLiteral("Falconry demo model")); // as the Model page names it, not "demo-model"
        AppSettings::lastModelDir().set(QString());
    }

    void germanTranslationLoads()
    {
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        QCOMPARE(falconry::ui::installTranslation(*app, QStringLiteral("de")), QStringLiteral("de_DE"));
        QCOMPARE(MainWindow::stepTitle(MainWindow::Step::Data), QStringLiteral("Daten"));
        falconry::ui::installTranslation(*app, QStringLiteral("en"));
        QCOMPARE(MainWindow::stepTitle(MainWindow::Step::Data), QStringLiteral("Data"));
        // A language Falconry has no translation for (or LANG=C.UTF-8): the window is English and
        // says "2 rows", not "2 row(s)"; numbers keep that language's locale.
        QCOMPARE(falconry::ui::installTranslation(*app, QStringLiteral("ja")), QString());
        QCOMPARE(QCoreApplication::translate("falconry::ui::ExamplesModel", "Delete %n row(s)", nullptr, 2),
                 QStringLiteral("Delete 2 rows"));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        falconry::ui::installTranslation(*app, QStringLiteral("en"));
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
        QCOMPARE(QCoreApplication::translate("falconry::ui::TrainLauncher",
                                             "Starting %n local process(es); progress is read from the run's metrics.jsonl.",
                                             nullptr, 3),
                 QStringLiteral("Starting 3 local processes; progress is read from the run's metrics.jsonl."));
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

};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
