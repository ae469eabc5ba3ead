// The whole path through the real widgets on the bundled demo model: the import wizard
// and the Data page with a non-default value on every control, unsaved edits, Train,
// Compare for three turns, Export. At every seam the test asserts that what the user set
// is what the engine used: the trainer's effective settings (run.json), the rows it read,
// and the exact prompt text each Compare turn sent to the generator.
#include "core/data/chat_prompt.h"
#include "ui/app_settings.h"
#include "ui/compare/chat_pane.h"
#include "ui/compare/compare_page.h"
#include "ui/data/data_page.h"
#include "ui/data/data_settings.h"
#include "ui/data/examples_model.h"
#include "ui/data/import_wizard.h"
#include "ui/engine/engine_controller.h"
#include "ui/export/export_page.h"
#include "ui/main_window.h"
#include "ui/model/model_catalogue.h"
#include "ui/model/model_page.h"
#include "ui/train/train_page.h"
#include "ui/train/train_settings_form.h"
#include "ui/work_session.h"

#include "ui_test_settings.h"
#include "ui_test_files.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace falconry::ui;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

template <typename T>
T* child(QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget named %s", name);
    return w;
}

} // namespace

class TestWholePath final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(useIsolatedSettings(m_dir)); }

    void dataSettingsReachTrainingAndCompareSpeaksAsTrained()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.session().modelDir(), bundledDemoModelDir());
        DataPage* data = window.dataPage();
        data->setProjectsRoot(m_dir.filePath(QStringLiteral("projects")));

        // 1. The wizard: the demo CSV needs its roles; a non-default template and "train on".
        window.showStep(MainWindow::Step::Data);
        ImportWizard* wizard = data->startImport(bundledDemoDatasetPath());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isReadDone(), 20000);
        QVERIFY2(wizard->hasRows(), qPrintable(wizard->readError()));
        wizard->next();
        // The detector guesses the two text columns (customer_message → agent_reply, not the ids
        // and topics), but a guess cannot be finished untouched: the user confirms it.
        QCOMPARE(QString::fromStdString(wizard->choice().mapping.toString()),
                 QStringLiteral("user=customer_message,assistant=agent_reply"));
        QVERIFY(child<QCheckBox>(wizard, "confirmGuess")->isVisible());
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->setTemplateName(QStringLiteral("falcon-chat"));
        child<QComboBox>(wizard, "trainOn")->setCurrentIndex(1); // everything
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        child<QCheckBox>(wizard, "confirmGuess")->setChecked(true);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::qWait(200);
        saveScreenshot(wizard, QStringLiteral("data-wizard.png"));
        QSignalSpy opened(data, &DataPage::projectOpened);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(opened.count() == 1 || opened.wait(20000));

        // 2. The Data page's own controls: max length, cut side, eval split and its seed.
        auto* maxLength = child<QSpinBox>(data, "maxLength");
        maxLength->setValue(96);
        Q_EMIT maxLength->editingFinished();
        child<QComboBox>(data, "cutSide")->setCurrentIndex(1); // cut the start
        auto* evalPercent = child<QDoubleSpinBox>(data, "evalPercent");
        evalPercent->setValue(15.0);
        Q_EMIT evalPercent->editingFinished();
        auto* seed = child<QSpinBox>(data, "splitSeed");
        seed->setValue(7);
        Q_EMIT seed->editingFinished();
        const DataSettings& shared = window.session().dataSettings();
        QCOMPARE(shared.maxLength, size_t{96});
        QCOMPARE(shared.cutSide, falconry::CutSide::Start);
        QCOMPARE(shared.trainOn, falconry::TrainOn::Everything);
        QCOMPARE(shared.seed, uint64_t{7});
        data->table()->setCurrentIndex(data->table()->model()->index(2, 1));
        QTest::qWait(600); // the inspector renders after the analysis
        saveScreenshot(&window, QStringLiteral("data-inspector.png"));
        // One max length on every page that shows it.
        QCOMPARE(child<QSpinBox>(window.modelPage(), "planMaxLength")->value(), 96);

        // An edit that is not saved: Start must train on it.
        const QString edited = QStringLiteral("Hello from the whole-path test, Aerie support here!");
        ExamplesModel* rows = data->model();
        const int answerColumn = [&] {
            for (int c = 0; c < rows->columnCount(); ++c)
                if (rows->headerData(c, Qt::Horizontal).toString() == QLatin1String("agent_reply"))
                    return c;
            return -1;
        }();
        QVERIFY(answerColumn >= 0);
        QVERIFY(rows->setData(rows->index(0, answerColumn), edited));

        // 3. Train: the form shows the Data page's max length and split (one value, two views).
        window.showStep(MainWindow::Step::Train);
        TrainPage* train = window.trainPage();
        TrainSettings s = train->settingsForm()->settings();
        QCOMPARE(s.maxLength, 96);
        QCOMPARE(s.evalRatio, 0.15);
        s.maxSteps = 40;
        s.evalEvery = 20;
        s.saveEvery = 20;
        train->settingsForm()->setSettings(s);
        QCOMPARE(window.session().dataSettings().maxLength, size_t{96}); // the form did not overwrite it
        QSignalSpy finished(train, &TrainPage::trainingFinished);
        QSignalSpy failed(&window.engine(), &EngineController::jobFailed);
        QVERIFY(train->startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 300000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
        const QString runDir = finished.first().at(0).toString();

        // The trainer's effective settings are the ones the user saw.
        const QJsonObject run = readJson(runDir + QStringLiteral("/run.json"));
        const QJsonObject used = run.value(QStringLiteral("settings")).toObject();
        QCOMPARE(used.value(QStringLiteral("template")).toString(), QStringLiteral("falcon-chat"));
        QCOMPARE(used.value(QStringLiteral("mapping")).toString(), QStringLiteral("user=customer_message,assistant=agent_reply"));
        QCOMPARE(used.value(QStringLiteral("train_on")).toString(), QStringLiteral("everything"));
        QCOMPARE(used.value(QStringLiteral("cut_side")).toString(), QStringLiteral("start"));
        QCOMPARE(used.value(QStringLiteral("max_length")).toInt(), 96);
        QCOMPARE(used.value(QStringLiteral("eval_ratio")).toDouble(), 0.15);
        QCOMPARE(used.value(QStringLiteral("eval_seed")).toInt(), 7);
        QCOMPARE(used.value(QStringLiteral("max_steps")).toInt(), 40);
        // The held-out share is the split the Data page showed (288 rows at 15 %: about 43).
        const int evalExamples = run.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("eval_examples")).toInt();
        QVERIFY2(evalExamples >= 25 && evalExamples <= 65, qPrintable(QString::number(evalExamples)));
        // The run knows where it ran.
        const QJsonObject machine = run.value(QStringLiteral("machine")).toObject();
        QVERIFY(machine.value(QStringLiteral("threads")).toInt() >= 1);
        QVERIFY(!machine.value(QStringLiteral("cpu")).toString().isEmpty());
        // The unsaved edit was saved before the run and is in the rows it trained on.
        QFile rowsFile(QFileInfo(used.value(QStringLiteral("data")).toString()).absoluteFilePath());
        QVERIFY(rowsFile.open(QIODevice::ReadOnly));
        QVERIFY(rowsFile.readAll().contains(edited.toUtf8()));

        // 4. Compare: three turns on both sides, each prompt exactly as the run was trained.
        window.showStep(MainWindow::Step::Compare);
        ComparePage* compare = window.comparePage();
        QCOMPARE(compare->adapterDir(), runDir + QStringLiteral("/adapter"));
        SamplingSettings greedy;
        greedy.temperature = 0.0;
        greedy.maxNewTokens = 40;
        compare->setSampling(greedy);
        QSignalSpy answered(compare, &ComparePage::answersFinished);
        QSignalSpy results(&window.engine(), &EngineController::jobFinished);
        const falconry::PromptTemplate chat = falconry::PromptTemplate::fromName("falcon-chat");
        const falconry::RoleMapping mapping = falconry::RoleMapping::parse("user=customer_message,assistant=agent_reply");
        int earlyEnds = 0;
        for (const QString& message : {QStringLiteral("My feeder is offline."), QStringLiteral("It still is."),
                                       QStringLiteral("Thanks, bye!")}) {
            const auto exchanges = [](const QList<ChatTurn>& history) {
                std::vector<falconry::ChatExchange> out;
                for (const ChatTurn& t : history)
                    out.push_back({t.user.toStdString(), t.assistant.toStdString()});
                return out;
            };
            const std::string base = falconry::renderChatPrompt(chat, mapping, exchanges(compare->leftPane()->history()),
                                                                message.toStdString()).text;
            const std::string tuned = falconry::renderChatPrompt(chat, mapping, exchanges(compare->rightPane()->history()),
                                                                 message.toStdString()).text;
            QVERIFY(compare->send(message));
            QVERIFY(answered.wait(120000));
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
            const QVariantMap values = results.last().at(1).value<JobResult>().values;
            QCOMPARE(values.value(QStringLiteral("prompt0")).toString(), QString::fromStdString(base));
            QCOMPARE(values.value(QStringLiteral("prompt1")).toString(), QString::fromStdString(tuned));
            earlyEnds += values.value(QStringLiteral("finish0")) != values.value(QStringLiteral("finish1"));
        }
        qInfo("turns where one side ended before the other: %d of 3", earlyEnds);
        saveScreenshot(&window, QStringLiteral("compare-three-turns.png"));
        QCOMPARE(compare->leftPane()->history().size(), 3);
        QCOMPARE(compare->rightPane()->history().size(), 3);

        // 5. Export the adapter as a PEFT folder.
        window.showStep(MainWindow::Step::Export);
        ExportPage* exportPage = window.exportPage();
        const QString destination = m_dir.filePath(QStringLiteral("exported-adapter"));
        QSignalSpy exported(&window.engine(), &EngineController::jobFinished);
        QVERIFY(exportPage->saveAdapterTo(destination));
        QVERIFY(exported.wait(30000));
        QVERIFY(QFileInfo::exists(destination + QStringLiteral("/adapter_config.json")));
        QVERIFY(QFileInfo::exists(destination + QStringLiteral("/adapter_model.safetensors")));
    }

    void startingWithoutAUsableDatasetSaysSoOnThePage()
    {
        MainWindow window;
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showStep(MainWindow::Step::Train);
        TrainPage* train = window.trainPage();
        auto* problem = child<QLabel>(train, "trainProblem");

        // No dataset: the reason is on the page, not only in the log tab.
        window.session().setDatasetPath(QString());
        QVERIFY(!train->startTraining());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("dataset")), qPrintable(problem->text()));

        // A CSV whose columns need mapping, chosen on the Train page: the engine's refusal comes
        // back in the GUI's words (no command-line flag) with what to do, and the bar stops.
        const QString csv = m_dir.filePath(QStringLiteral("unmapped/tickets.csv"));
        QDir().mkpath(QFileInfo(csv).absolutePath());
        QVERIFY(QFile::copy(bundledDemoDatasetPath(), csv));
        window.session().setDatasetPath(csv);
        QSignalSpy failed(&window.engine(), &EngineController::jobFailed);
        QVERIFY(train->startTraining());
        QVERIFY(failed.wait(60000));
        const EngineError error = failed.first().at(1).value<EngineError>();
        for (const QString& text : {error.title, error.message, error.hint, problem->text()}) {
            QVERIFY2(!text.contains(QLatin1String("--map")), qPrintable(text));
        }
        QVERIFY2(error.message.contains(QLatin1String("customer_message")), qPrintable(error.message));
        QVERIFY2(error.hint.contains(QLatin1String("Data page")), qPrintable(error.hint));
        QVERIFY(problem->isVisible());
        auto* bar = train->findChild<QProgressBar*>(QStringLiteral("trainProgress"));
        QVERIFY(bar && !bar->isTextVisible());
        // The box that says it too is not modal: close it so the window stays usable.
        if (auto* box = train->findChild<QMessageBox*>(QStringLiteral("trainErrorBox")))
            box->close();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWholePath)
#include "test_whole_path.moc"
