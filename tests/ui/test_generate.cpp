// The Data page's Generate dialog end to end: against the loopback OpenAI-compatible server
// (preview, bulk run as ONE undoable command, cancel keeps finished rows, 401 in plain words,
// a journal left by a closed app resumes), accept/reject of generated rows, the bundled demo
// model on the engine thread; and the two screenshots (dialog with its preview, generated rows).
#include "core/data/dataset_reader.h"
#include "core/data/dataset_store.h"
#include "core/datagen/generation_run.h"
#include "core/datagen/openai_client.h"
#include "openai_test_server.h"
#include "ui/data/data_page.h"
#include "ui/data/data_settings.h"
#include "ui/data/examples_filter.h"
#include "ui/data/examples_model.h"
#include "ui/data/generate_dialog.h"
#include "ui/data/generation_controller.h"
#include "ui/engine/engine_controller.h"
#include "ui/hub/token_store.h"
#include "ui/work_session.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace falconry;
using namespace falconry::ui;

namespace {

QString demoModel()
{
    return QStringLiteral(FALCONRY_SOURCE_DIR "/resources/demo-model");
}

/** A project of the demo support dataset with its roles mapped (12 rows is plenty). */
QString makeProject(const QTemporaryDir& tmp)
{
    ReadResult read = readDataset(FALCONRY_SOURCE_DIR "/resources/demo-data/aerie_support.csv");
    read.dataset.rows.resize(std::min<size_t>(12, read.dataset.rows.size()));
    const QString folder = tmp.filePath(QStringLiteral("project"));
    DatasetStore::create(std::move(read.dataset), folder.toStdString());
    DataSettings settings;
    settings.mapping.user = "customer_message";
    settings.mapping.assistant = "agent_reply";
    QFile f(folder + QStringLiteral("/") + DataSettings::fileName());
    if (f.open(QIODevice::WriteOnly))
        f.write(settings.toJson());
    return folder;
}

/** API keys in memory (the test must not touch the user's keychain). */
ApiKeyStoreFactory memoryKeys()
{
    static std::map<QString, QString> keys;
    return [](const QString& url, QObject* parent) -> TokenStore* {
        auto* store = new MemoryTokenStore(parent);
        store->write(keys[url], [](const QString&) {});
        return store;
    };
}

void useServer(GenerateDialog* d, const test::OpenAiTestServer& server, const QString& key)
{
    d->endpointButton()->setChecked(true);
    d->baseUrlEdit()->setText(QString::fromStdString(server.baseUrl()));
    d->apiModelBox()->setCurrentText(QStringLiteral("test-model"));
    d->apiKeyEdit()->setText(key);
}

void fillTopics(GenerateDialog* d, int count)
{
    d->recipeTabs()->setCurrentIndex(0);
    d->topicsEdit()->setPlainText(QStringLiteral("cleaning the feeder\nbattery life\nsquirrels\nnight vision"));
    d->instructionEdit()->setText(QStringLiteral("Write a question a customer might ask about {topic}."));
    d->personaEdit()->setPlainText(QStringLiteral("You are Perch, the friendly support agent of Aerie bird feeders."));
    d->countBox()->setValue(count);
}

QString screenshotPath(const QTemporaryDir& tmp, const QString& name)
{
    const QByteArray dir = qgetenv("FALCONRY_SCREENSHOT_DIR");
    return (dir.isEmpty() ? tmp.path() : QString::fromLocal8Bit(dir)) + QLatin1Char('/') + name;
}

} // namespace

class TestGenerate final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void previewThenBulkLandAsOneUndoableCommand()
    {
        QTemporaryDir tmp;
        test::OpenAiTestServer server;
        server.setApiKey("sk-ui");
        WorkSession session;
        DataPage page(session);
        QVERIFY(page.openProject(makeProject(tmp)));
        const int before = page.model()->rowCount();
        page.resize(1180, 720);
        page.show();

        GenerateDialog* d = page.openGenerateDialog();
        QVERIFY(d);
        d->setApiKeyStoreFactory(memoryKeys());
        useServer(d, server, QStringLiteral("sk-ui"));
        fillTopics(d, 6);

        QSignalSpy preview(d, &GenerateDialog::previewFinished);
        QTest::mouseClick(d->previewButton(), Qt::LeftButton);
        QVERIFY(preview.wait(20000));
        QCOMPARE(d->previewTable()->rowCount(), 3);
        for (int r = 0; r < 3; ++r) {
            QVERIFY(!d->previewTable()->item(r, 0)->text().isEmpty());
            QVERIFY(!d->previewTable()->item(r, 1)->text().isEmpty());
        }
        QCOMPARE(page.model()->rowCount(), before); // a preview adds nothing

        QSignalSpy ready(d, &GenerateDialog::rowsReady);
        const int commands = page.undoStack()->count();
        QTest::mouseClick(d->generateButton(), Qt::LeftButton);
        QVERIFY(ready.wait(30000));
        QCOMPARE(page.model()->rowCount(), before + 6);
        QCOMPARE(page.undoStack()->count(), commands + 1); // ONE command
        QCOMPARE(page.generatedRowIds(false).size(), size_t(6));
        QVERIFY(d->statusLabel()->text().contains(QStringLiteral("6")));
        QVERIFY(!QFileInfo::exists(page.generationJournal())); // done with it
        // The rows are marked and carry their recipe and source; prompt/answer went to the mapped columns.
        const Dataset& data = page.model()->store()->dataset();
        const DatasetRow& last = data.rows.back();
        QCOMPARE(data.cellText(last, data.columnIndex("source")), std::string("generated"));
        QCOMPARE(data.cellText(last, data.columnIndex("recipe")), std::string("topics"));
        QVERIFY(data.cellText(last, data.columnIndex("generator")).find("test-model") != std::string::npos);
        QVERIFY(!data.cellText(last, data.columnIndex("customer_message")).empty());
        QVERIFY(!data.cellText(last, data.columnIndex("agent_reply")).empty());

        // The filter to them, then undo removes the whole batch and redo puts it back.
        QComboBox* filter = page.findChild<QComboBox*>(QStringLiteral("findingFilter"));
        QTRY_VERIFY_WITH_TIMEOUT(filter->findText(QStringLiteral("Generated (6)")) > 0, 10000);
        page.undoStack()->undo();
        QCOMPARE(page.model()->rowCount(), before);
        QVERIFY(page.generatedRowIds(false).empty());
        page.undoStack()->redo();
        QCOMPARE(page.model()->rowCount(), before + 6);
    }

    void previewShowsTheRowsKeptWhenADuplicateIsDropped()
    {
        QTemporaryDir tmp;
        test::OpenAiTestServer server;
        // The second topic's question repeats the first's: it is dropped and a later task fills in.
        server.setResponder([](const nlohmann::json& request) -> std::string {
            const std::string system = request["messages"][0]["content"];
            const std::string last = request["messages"].back()["content"];
            if (system.find("You write questions") == std::string::npos)
                return "An answer to: " + last;
            if (last.find("cleaning") != std::string::npos || last.find("battery") != std::string::npos)
                return "How do I clean the feeder without damaging the camera module?";
            return "Question about " + last.substr(last.size() - 20);
        });
        WorkSession session;
        DataPage page(session);
        QVERIFY(page.openProject(makeProject(tmp)));
        GenerateDialog* d = page.openGenerateDialog();
        d->setApiKeyStoreFactory(memoryKeys());
        useServer(d, server, QString());
        fillTopics(d, 4);
        QSignalSpy preview(d, &GenerateDialog::previewFinished);
        d->startPreview();
        QVERIFY(preview.wait(20000));
        QCOMPARE(d->controller()->rows().size(), size_t(3));
        QCOMPARE(d->previewTable()->rowCount(), 3);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(d->previewTable()->item(r, 0)->text(),
                     QString::fromStdString(d->controller()->rows()[size_t(r)].prompt));
        QVERIFY(d->statusLabel()->text().contains(QStringLiteral("3")));
    }

    void acceptAndRejectEachOrAll()
    {
        QTemporaryDir tmp;
        WorkSession session;
        DataPage page(session);
        QVERIFY(page.openProject(makeProject(tmp)));
        Recipe recipe;
        recipe.topics = {"t"};
        std::vector<GeneratedExample> rows(4);
        for (size_t i = 0; i < rows.size(); ++i)
            rows[i] = GeneratedExample{i, "Question " + std::to_string(i) + "?", "Answer.", "t", {}, {}, {}};
        const int before = page.model()->rowCount();
        QCOMPARE(page.addGeneratedRows(recipe, QStringLiteral("fake"), rows), 4);
        QWidget* bar = page.findChild<QWidget*>(QStringLiteral("generatedReviewBar"));
        QVERIFY(!bar->isHidden());

        // Reject one selected row, accept one selected row, then accept all that are left.
        const uint64_t first = page.generatedRowIds(true).front();
        page.selectRowIds({qulonglong(first)});
        QCOMPARE(page.reviewGenerated(false, false), 1);
        QCOMPARE(page.model()->rowCount(), before + 3);
        page.selectRowIds({qulonglong(page.generatedRowIds(true).front())});
        QCOMPARE(page.reviewGenerated(true, false), 1);
        QCOMPARE(page.generatedRowIds(true).size(), size_t(2));
        QCOMPARE(page.reviewGenerated(true, true), 2);
        QVERIFY(page.generatedRowIds(true).empty());
        QCOMPARE(page.generatedRowIds(false).size(), size_t(3)); // accepted rows stay marked generated
        QVERIFY(bar->isHidden());
        page.undoStack()->undo(); // "accept all" is one command
        QCOMPARE(page.generatedRowIds(true).size(), size_t(2));
        QCOMPARE(page.reviewGenerated(false, true), 2); // reject all
        QCOMPARE(page.model()->rowCount(), before + 1);
    }

    void cancelKeepsTheFinishedRows()
    {
        QTemporaryDir tmp;
        test::OpenAiTestServer server;
        server.setDelayMs(60);
        WorkSession session;
        DataPage page(session);
        QVERIFY(page.openProject(makeProject(tmp)));
        const int before = page.model()->rowCount();
        GenerateDialog* d = page.openGenerateDialog();
        d->setApiKeyStoreFactory(memoryKeys());
        useServer(d, server, QString());
        fillTopics(d, 40);
        QSignalSpy ready(d, &GenerateDialog::rowsReady);
        QTest::mouseClick(d->generateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d->controller()->rows().size() >= 2, 20000);
        QVERIFY(d->progressBar()->value() >= 2);
        QVERIFY(d->statusLabel()->text().contains(QStringLiteral("/ 40")));
        QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
        QVERIFY(ready.wait(20000));
        const int added = page.model()->rowCount() - before;
        QVERIFY(added >= 2);
        QVERIFY(added < 40);
        QCOMPARE(int(page.generatedRowIds(false).size()), added);
        QVERIFY(d->statusLabel()->text().contains(QStringLiteral("Stopped")));
    }

    void aRunCutShortByClosingTheAppResumes()
    {
        QTemporaryDir tmp;
        test::OpenAiTestServer server;
        WorkSession session;
        DataPage page(session);
        QVERIFY(page.openProject(makeProject(tmp)));
        const int before = page.model()->rowCount();
        // What a closed app leaves: a journal with 2 of 5 rows.
        Recipe recipe;
        recipe.topics = {"perches", "seed mixes", "rain", "cats", "cameras"};
        recipe.instruction = "Ask about {topic}.";
        recipe.count = 5;
        {
            EndpointSettings s;
            s.baseUrl = server.baseUrl();
            s.model = "test-model";
            OpenAiChatSource source(s);
            GenerationOptions options;
            options.journal = page.generationJournal().toStdString();
            std::atomic<bool> stop{false};
            runGeneration(recipe, source, options,
                          [&](const GenerationProgress& p, const GeneratedExample* row) { stop = row && p.done == 2; }, {},
                          stop);
        }
        const size_t requestsBefore = server.chatRequests();
        GenerateDialog* d = page.openGenerateDialog();
        d->setApiKeyStoreFactory(memoryKeys());
        QVERIFY(!d->resumeBar()->isHidden());
        useServer(d, server, QString());
        QSignalSpy ready(d, &GenerateDialog::rowsReady);
        d->findChild<QPushButton*>(QStringLiteral("generateResume"))->click();
        QVERIFY(ready.wait(20000));
        QCOMPARE(page.model()->rowCount(), before + 5);
        QCOMPARE(server.chatRequests() - requestsBefore, size_t(2 * 3)); // only the 3 missing rows
        QVERIFY(d->resumeBar()->isHidden());
    }

    void wrongKeyIsShownInPlainWords()
    {
        QTemporaryDir tmp;
        test::OpenAiTestServer server;
        server.setApiKey("sk-right");
        WorkSession session;
        DataPage page(session);
        QVERIFY(page.openProject(makeProject(tmp)));
        GenerateDialog* d = page.openGenerateDialog();
        d->setApiKeyStoreFactory(memoryKeys());
        useServer(d, server, QStringLiteral("sk-wrong"));
        fillTopics(d, 3);
        QSignalSpy failed(d->controller(), &GenerationController::failed);
        d->startPreview();
        QVERIFY(failed.wait(20000));
        QVERIFY2(d->statusLabel()->text().contains(QStringLiteral("did not accept the API key")),
                 qPrintable(d->statusLabel()->text()));
        QVERIFY(d->previewButton()->isEnabled());
    }

    void theDemoModelGeneratesOnTheEngineThread()
    {
        QTemporaryDir tmp;
        EngineController engine;
        WorkSession session;
        session.setModel(demoModel(), QStringLiteral("demo"));
        DataPage page(session);
        page.setEngine(&engine);
        QVERIFY(page.openProject(makeProject(tmp)));
        const int before = page.model()->rowCount();
        GenerateDialog* d = page.openGenerateDialog();
        QVERIFY(d->localButton()->isEnabled());
        d->localButton()->setChecked(true);
        fillTopics(d, 2);
        QSignalSpy ready(d, &GenerateDialog::rowsReady);
        d->startBulk();
        QVERIFY(ready.wait(120000));
        QCOMPARE(page.model()->rowCount(), before + 2);
        QVERIFY(page.model()->store()->dataset().cellText(page.model()->store()->dataset().rows.back(),
                                                          page.model()->store()->dataset().columnIndex("generator"))
                    .find("local model") != std::string::npos);
    }

    void screenshots()
    {
        QTemporaryDir tmp;
        test::OpenAiTestServer server;
        server.setResponder([](const nlohmann::json& request) -> std::string {
            const std::string system = request["messages"][0]["content"];
            const std::string last = request["messages"].back()["content"];
            if (system.find("You write questions") != std::string::npos) {
                if (last.find("squirrels") != std::string::npos)
                    return "How do I stop squirrels from emptying the Aerie before the birds get a turn?";
                if (last.find("battery") != std::string::npos)
                    return "How long does the Aerie's camera battery last between charges in winter?";
                if (last.find("night") != std::string::npos)
                    return "Can the Aerie's camera see birds at dawn, or only in full daylight?";
                return "What is the easiest way to clean the Aerie's seed tray?";
            }
            return "Hi, Perch from Aerie support here! Great question. " + last.substr(0, 40) +
                   " — here is what works best: check the settings page in the app, and write to us if it persists.";
        });
        WorkSession session;
        DataPage page(session);
        QVERIFY(page.openProject(makeProject(tmp)));
        page.resize(1180, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        GenerateDialog* d = page.openGenerateDialog();
        d->setApiKeyStoreFactory(memoryKeys());
        useServer(d, server, QString());
        d->baseUrlEdit()->setText(QStringLiteral("http://localhost:11434/v1"));
        d->baseUrlEdit()->setText(QString::fromStdString(server.baseUrl()));
        fillTopics(d, 4);
        QSignalSpy preview(d, &GenerateDialog::previewFinished);
        d->startPreview();
        QVERIFY(preview.wait(20000));
        QVERIFY(QTest::qWaitForWindowExposed(d));
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        QVERIFY(d->grab().save(screenshotPath(tmp, QStringLiteral("generate-dialog.png")), "PNG"));
        QSignalSpy ready(d, &GenerateDialog::rowsReady);
        d->startBulk();
        QVERIFY(ready.wait(20000));
        d->close();
        QComboBox* filter = page.findChild<QComboBox*>(QStringLiteral("findingFilter"));
        QTRY_VERIFY_WITH_TIMEOUT(filter->findText(QStringLiteral("Generated, to review (4)")) > 0, 10000);
        filter->setCurrentIndex(filter->findText(QStringLiteral("Generated, to review (4)")));
        Q_EMIT filter->activated(filter->currentIndex());
        QTRY_COMPARE(page.table()->model()->rowCount(), 4);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        QVERIFY(page.grab().save(screenshotPath(tmp, QStringLiteral("data-generated.png")), "PNG"));
    }
};

QTEST_MAIN(TestGenerate)
#include "test_generate.moc"
