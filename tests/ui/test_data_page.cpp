// The import wizard end to end (the demo CSV with unmapped column names, a
// ShareGPT file, a JSONL with a bad line), the Data page over a project
// (table, inspector, stats, fixes, save) and screenshots of each.
#include "core/data/dataset_store.h"
#include "core/tokenizer/tokenizer.h"
#include "ui/data/data_page.h"
#include "ui/data/example_inspector.h"
#include "ui/data/examples_model.h"
#include "ui/data/import_wizard.h"
#include "ui/data/quality_panel.h"
#include "ui/data/token_view.h"
#include "ui/work_session.h"
#include "ui_test_files.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace falconry;
using namespace falconry::ui;

namespace {

QString demoCsv()
{
    return QStringLiteral(FALCONRY_SOURCE_DIR "/resources/demo-data/aerie_support.csv");
}

std::shared_ptr<const Tokenizer> falconTokenizer()
{
    static std::shared_ptr<const Tokenizer> tokenizer =
        Tokenizer::load(FALCONRY_REFERENCE_DIR "/falcon-tokenizer");
    return tokenizer;
}

/** Where screenshots go: $FALCONRY_SCREENSHOT_DIR (docs/screenshots when refreshing them) or a temporary folder. */
QString screenshotPath(const QTemporaryDir& tmp, const QString& name)
{
    const QByteArray dir = qgetenv("FALCONRY_SCREENSHOT_DIR");
    return (dir.isEmpty() ? tmp.path() : QString::fromLocal8Bit(dir)) + QLatin1Char('/') + name;
}

void saveSmallPng(QWidget* widget, const QString& path)
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    QVERIFY(widget->grab().save(path, "PNG"));
    QVERIFY2(QFileInfo(path).size() < 200 * 1024, qPrintable(path));
}

} // namespace

class TestDataPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void wizardMapsTheDemoCsv()
    {
        ImportWizard wizard(falconTokenizer());
        wizard.setSourcePath(demoCsv());
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isReadDone(), 10000);
        QVERIFY2(wizard.hasRows(), qPrintable(wizard.readError()));
        ImportChoice c = wizard.choice();
        QCOMPARE(c.dataset->rows.size(), size_t(288));
        QCOMPARE(c.dataset->columns, (std::vector<std::string>{"ticket_id", "topic", "customer_message", "agent_reply"}));
        QCOMPARE(c.report.format, SourceFormat::Csv);

        wizard.setRoleColumn(QStringLiteral("user"), QStringLiteral("customer_message"));
        wizard.setRoleColumn(QStringLiteral("assistant"), QStringLiteral("agent_reply"));
        wizard.setRoleColumn(QStringLiteral("text"), QString());
        wizard.setTemplateName(QStringLiteral("falcon-instruct"));
        c = wizard.choice();
        QCOMPARE(c.mapping.user, std::string("customer_message"));
        QCOMPARE(c.mapping.assistant, std::string("agent_reply"));
        QCOMPARE(wizard.previewRows(), 3);

        // Row 1 as the model sees it: Falcon instruct, the reply (after "Assistant:") trained, then EOS.
        const Dataset& d = *c.dataset;
        const std::string message = d.cellText(d.rows[0], 2);
        const std::string reply = d.cellText(d.rows[0], 3);
        TokenizeOptions options;
        const RenderedExample e = renderExample(c.promptTemplate, d, d.rows[0], c.mapping, falconTokenizer().get(), options);
        QVERIFY(e.text.starts_with("User: " + message + "\nAssistant:"));
        std::vector<int64_t> trained;
        for (size_t i = 0; i < e.ids.size(); ++i)
            if (e.trained[i])
                trained.push_back(e.ids[i]);
        QVERIFY(!trained.empty());
        QCOMPARE(trained.back(), *falconTokenizer()->eosId());
        trained.pop_back();
        QCOMPARE(falconTokenizer()->decode(trained), " " + reply);
        // The preview shows that text.
        auto* preview = wizard.findChild<TokenView*>(QStringLiteral("importPreview"));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Assistant:")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\u27E8eos\u27E9")));
    }

    void wizardDetectsShareGptAndPageOpensIt()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("chat.json"));
        QVERIFY(writeFile(path, R"([
 {"conversations": [{"from": "human", "value": "How do I clean the hopper?"},
                    {"from": "gpt", "value": "Rinse it in warm soapy water."},
                    {"from": "human", "value": "And the camera?"},
                    {"from": "gpt", "value": "Wipe the lens with a dry cloth."}]},
 {"conversations": [{"from": "human", "value": "Battery life?"},
                    {"from": "gpt", "value": "About three weeks."}]}
])"));
        ImportWizard wizard(falconTokenizer());
        wizard.setSourcePath(path);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isReadDone(), 10000);
        QVERIFY2(wizard.hasRows(), qPrintable(wizard.readError()));
        QCOMPARE(wizard.detection().kind, DatasetKind::ShareGpt);
        QVERIFY(!wizard.detection().evidence.empty());
        const ImportChoice c = wizard.choice();
        QCOMPARE(c.mapping.conversation, std::string("conversations"));
        QCOMPARE(wizard.previewRows(), 2);
        auto* preview = wizard.findChild<TokenView*>(QStringLiteral("importPreview"));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("User: And the camera?")));

        WorkSession session;
        DataPage page(session);
        page.setProjectsRoot(tmp.filePath(QStringLiteral("projects")));
        page.setTokenizer(falconTokenizer());
        QSignalSpy opened(&page, &DataPage::projectOpened);
        QSignalSpy analysed(&page, &DataPage::analysisFinished);
        page.createProject(c);
        QVERIFY(opened.wait(10000));
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(analysed.count() > 0 || analysed.wait(10000));
        // The multi-turn row: both answers trained, the inspector counts them.
        page.table()->setCurrentIndex(page.table()->model()->index(0, 1));
        QVERIFY(page.inspector()->summary().contains(QStringLiteral("Row 1")));
        const QString shown = page.inspector()->view()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("Wipe the lens")));
        QCOMPARE(shown.count(QStringLiteral("\u27E8eos\u27E9")), 2);
        QCOMPARE(page.analysis()->multiTurnRows, size_t(1));
        // The user's file was only read.
        QFile source(path);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QVERIFY(source.readAll().startsWith("[\n {\"conversations\""));
    }

    void badLinesAreShownWithTheirLineAndCanBeSkipped()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("qa.jsonl"));
        QVERIFY(writeFile(path, "{\"question\": \"a?\", \"answer\": \"b\"}\n{\"question\": \"c?\" \"answer\": 1}\n"
                        "{\"question\": \"d?\", \"answer\": \"e\"}\n"));
        ImportWizard wizard(nullptr);
        wizard.setSourcePath(path);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isReadDone(), 10000);
        QVERIFY(!wizard.hasRows());
        QVERIFY2(wizard.readError().contains(QStringLiteral("qa.jsonl:2:")), qPrintable(wizard.readError()));
        wizard.findChild<QCheckBox*>(QStringLiteral("skipBadRows"))->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isReadDone() && wizard.hasRows(), 10000);
        QCOMPARE(wizard.choice().dataset->rows.size(), size_t(2));
        auto* issues = wizard.findChild<QListWidget*>(QStringLiteral("readIssues"));
        QCOMPARE(issues->count(), 1);
        QVERIFY2(issues->item(0)->text().contains(QStringLiteral("line 2")), qPrintable(issues->item(0)->text()));
        QCOMPARE(wizard.detection().kind, DatasetKind::QuestionAnswer);
    }

    void pageEditsFixesSavesAndScreenshots()
    {
        QTemporaryDir tmp;
        WorkSession session;
        DataPage page(session);
        page.setProjectsRoot(tmp.filePath(QStringLiteral("projects")));
        page.setTokenizer(falconTokenizer());
        page.resize(1180, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        ImportWizard* wizard = page.startImport(demoCsv());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isReadDone() && wizard->hasRows(), 10000);
        wizard->setRoleColumn(QStringLiteral("user"), QStringLiteral("customer_message"));
        wizard->setRoleColumn(QStringLiteral("assistant"), QStringLiteral("agent_reply"));
        wizard->setRoleColumn(QStringLiteral("text"), QString());
        wizard->next();
        wizard->resize(900, 600);
        saveSmallPng(wizard, screenshotPath(tmp, QStringLiteral("data-wizard.png")));
        QSignalSpy opened(&page, &DataPage::projectOpened);
        QSignalSpy analysed(&page, &DataPage::analysisFinished);
        wizard->accept();
        QVERIFY(opened.wait(10000));
        QCOMPARE(page.model()->rowCount(), 288);
        QVERIFY(analysed.wait(20000));

        // Stats over the 288 rows; the histogram holds every row.
        const auto analysis = page.analysis();
        QCOMPARE(analysis->tokenCounts.size(), size_t(288));
        QVERIFY(page.quality()->statsText().contains(QStringLiteral("288 rows")));
        qreal total = 0;
        for (qreal c : page.quality()->histogramCounts())
            total += c;
        QCOMPARE(total, 288.0);
        // Token counts in the table equal the tokenizer's count of the rendered row.
        const Dataset rows = DatasetStore::open(page.projectFolder().toStdString()).dataset();
        TokenizeOptions options;
        const RenderedExample e0 = renderExample(page.settings().promptTemplate, rows, rows.rows[0],
                                                 analysis->mapping, falconTokenizer().get(), options);
        QCOMPARE(page.model()->index(0, page.model()->tokenColumn()).data(ExamplesModel::TokenCountRole).toULongLong(),
                 qulonglong(e0.fullTokenCount));

        // A short max length cuts rows: the inspector says so and marks the cut.
        DataSettings s = page.settings();
        s.maxLength = 32;
        page.setSettings(s);
        page.table()->setCurrentIndex(page.table()->model()->index(0, 3));
        QVERIFY2(page.inspector()->summary().contains(QStringLiteral("cut at the end")), qPrintable(page.inspector()->summary()));
        QVERIFY(page.inspector()->view()->toPlainText().contains(QStringLiteral("\u2702")));
        QVERIFY(analysed.wait(20000));
        QVERIFY(page.analysis()->cutRows > 0);
        saveSmallPng(&page, screenshotPath(tmp, QStringLiteral("data-table.png")));
        page.findChild<QTabWidget*>(QStringLiteral("dataTabs"))->setCurrentIndex(1);
        saveSmallPng(&page, screenshotPath(tmp, QStringLiteral("data-quality.png")));
        page.findChild<QTabWidget*>(QStringLiteral("dataTabs"))->setCurrentIndex(0);
        s.maxLength = 512;
        page.setSettings(s);
        page.table()->setCurrentIndex(page.table()->model()->index(2, 3));
        saveSmallPng(page.inspector(), screenshotPath(tmp, QStringLiteral("data-inspector.png")));

        // Fixes are undoable: duplicate two rows, drop duplicates, undo.
        page.model()->duplicateRows({0, 10});
        QCOMPARE(page.model()->rowCount(), 290);
        QCOMPARE(page.dropExactDuplicates(), 2);
        QCOMPARE(page.model()->rowCount(), 288);
        page.undoStack()->undo();
        QCOMPARE(page.model()->rowCount(), 290);
        page.undoStack()->undo();
        QCOMPARE(page.model()->rowCount(), 288);
        page.model()->setCellValue(5, 3, JsonValue("   "));
        QCOMPARE(page.dropEmptyRows(), 1);
        QCOMPARE(page.model()->rowCount(), 287);
        page.undoStack()->undo();
        QCOMPARE(page.model()->rowCount(), 288);

        // Save: the rows for training, the settings, and the session points at them.
        QSignalSpy saved(&page, &DataPage::datasetSaved);
        QString error;
        QVERIFY2(page.save(&error), qPrintable(error));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(session.datasetPath(), saved.at(0).at(0).toString());
        QFile jsonl(session.datasetPath());
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        QCOMPARE(jsonl.readAll().count('\n'), 288);
        QVERIFY(QFileInfo::exists(saved.at(0).at(1).toString()));
        QVERIFY(page.undoStack()->isClean());
        QVERIFY(page.exportTo(tmp.filePath(QStringLiteral("out.csv")), &error));
        // Reopening the project gives the same rows and settings.
        WorkSession session2;
        DataPage again(session2);
        QVERIFY2(again.openProject(page.projectFolder(), &error), qPrintable(error));
        QCOMPARE(again.model()->rowCount(), 288);
        QCOMPARE(again.settings().maxLength, size_t(512));
        QCOMPARE(again.settings().mapping.assistant, std::string("agent_reply"));
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("falconry-test"));
    QApplication::setApplicationName(QStringLiteral("test_data_page"));
    TestDataPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_data_page.moc"
