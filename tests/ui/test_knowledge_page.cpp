// The Knowledge page (import on its own thread, documents with passage counts, search with
// highlighted snippets, remove, bad files) and Compare answering with the knowledge base.
#include "core/knowledge/knowledge_import.h"
#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/token_counter.h"
#include "core/tokenizer/tokenizer.h"
#include "ui/compare/chat_pane.h"
#include "ui/compare/compare_page.h"
#include "ui/compare/compare_side_chooser.h"
#include "ui/engine/engine_controller.h"
#include "ui/knowledge/knowledge_page.h"
#include "ui/knowledge/strategy_guide.h"
#include "ui/main_window.h"
#include "ui/model/model_page.h"
#include "ui/work_session.h"

#include "ui_test_settings.h"
#include "ui_test_files.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
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
const QString kManualMd = QStringLiteral(FALCONRY_SOURCE_DIR "/resources/demo-knowledge/aerie_manual.md");
const QString kManualPdf = QStringLiteral(FALCONRY_SOURCE_DIR "/resources/demo-knowledge/aerie_manual.pdf");
const QString kDemoModel = QStringLiteral(FALCONRY_SOURCE_DIR "/resources/demo-model");
const QString kGolden = goldenModelDir();
const QString kGoldenAdapter = goldenAdapterDir();

KnowledgeImportSummary importAndWait(KnowledgePage& page, const QStringList& paths)
{
    QSignalSpy done(&page, &KnowledgePage::importFinished);
    if (!page.importPaths(paths))
        return {};
    // The import runs on its own thread: the call returned at once and the page says it is busy.
    if (!page.isImporting())
        return {};
    if (!done.wait(60000))
        return {};
    return done.first().first().value<KnowledgeImportSummary>();
}

int rowOf(QTableWidget* table, const QString& fileName)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == fileName)
            return r;
    return -1;
}
} // namespace

class TestKnowledgePage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(useIsolatedSettings(m_dir));
    }

    void importListsDocumentsSearchHighlightsAndRemoveWorks()
    {
        WorkSession session;
        session.setModel(kDemoModel, QString());
        KnowledgePage page(session);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.openDatabase(m_dir.filePath(QStringLiteral("kb1/manual.sqlite"))), QString());
        QCOMPARE(session.knowledgeBasePath(), m_dir.filePath(QStringLiteral("kb1/manual.sqlite")));
        QCOMPARE(page.documentsTable()->rowCount(), 0);

        // A folder with the PDF, and the Markdown file itself.
        const QString folder = m_dir.filePath(QStringLiteral("docs"));
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(kManualPdf, folder + QStringLiteral("/aerie_manual.pdf")));
        QSignalSpy changed(&session, &WorkSession::knowledgeBaseChanged);
        const KnowledgeImportSummary summary = importAndWait(page, {kManualMd, folder});
        QCOMPARE(summary.added, 2);
        QCOMPARE(summary.failed, 0);
        QVERIFY(!summary.cancelled);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(page.documentsTable()->rowCount(), 2);
        const int md = rowOf(page.documentsTable(), QStringLiteral("aerie_manual.md"));
        const int pdf = rowOf(page.documentsTable(), QStringLiteral("aerie_manual.pdf"));
        QVERIFY(md >= 0 && pdf >= 0);
        QVERIFY(page.documentsTable()->item(md, 1)->text().toInt() >= 35);
        QVERIFY(page.documentsTable()->item(pdf, 1)->text().toInt() >= 35);
        QCOMPARE(page.documentsTable()->item(pdf, 2)->text(), QStringLiteral("pdf"));
        QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("added")), qPrintable(page.statusLabel()->text()));
        QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("passages in the knowledge base")),
                 qPrintable(page.statusLabel()->text()));

        // Importing the same files again changes nothing.
        const KnowledgeImportSummary again = importAndWait(page, {kManualMd});
        QCOMPARE(again.unchanged, 1);
        QCOMPARE(again.added, 0);

        // Search: best passage first, the matched words highlighted, the source and page named.
        QVERIFY(page.search(QStringLiteral("How much does the squirrel baffle cost?")) > 0);
        const QString html = page.resultsView()->toHtml();
        QVERIFY2(html.contains(QStringLiteral("baffle")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("aerie_manual")));
        QVERIFY2(html.contains(QStringLiteral("#ffe680")), "matched words are not highlighted");
        QVERIFY(html.contains(QStringLiteral("34. Accessories")));
        QVERIFY(html.contains(QStringLiteral("page ")));
        QCOMPARE(page.search(QStringLiteral("zzzunknownwordzzz")), 0);

        // Remove the PDF: one document left, its passages gone from search.
        page.documentsTable()->selectRow(rowOf(page.documentsTable(), QStringLiteral("aerie_manual.pdf")));
        auto* remove = page.findChild<QPushButton*>(QStringLiteral("removeDocumentButton"));
        QVERIFY(remove && remove->isEnabled());
        remove->click();
        QCOMPARE(page.documentsTable()->rowCount(), 1);
        page.search(QStringLiteral("squirrel baffle"));
        QVERIFY(!page.resultsView()->toHtml().contains(QStringLiteral("page 4")));
        QVERIFY(!page.resultsView()->toHtml().contains(QStringLiteral("aerie_manual.pdf")));
    }

    void badFilesAreReportedAndTheRestImports()
    {
        WorkSession session;
        KnowledgePage page(session); // no model: passages are bounded in words
        QCOMPARE(page.openDatabase(m_dir.filePath(QStringLiteral("kb2/bad.sqlite"))), QString());
        const QString folder = m_dir.filePath(QStringLiteral("bad"));
        QDir().mkpath(folder);
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(folder + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("binary.txt"), QByteArray("\x00\x01\x02\x03\xff\xfe", 6).repeated(50));
        write(QStringLiteral("empty.md"), QByteArray());
        write(QStringLiteral("broken.pdf"), QByteArray("%PDF-1.7\n1 0 obj <<< garbage"));
        write(QStringLiteral("good.txt"), QByteArray("The gate code is 7781."));
        const KnowledgeImportSummary summary = importAndWait(page, {folder});
        QCOMPARE(summary.added, 1);
        QCOMPARE(summary.failed, 3);
        const QString status = page.statusLabel()->text();
        QVERIFY2(status.contains(QStringLiteral("not a text document")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("the file is empty")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("the PDF cannot be read")), qPrintable(status));
        QCOMPARE(page.documentsTable()->rowCount(), 1);
        // A file that is no knowledge base is refused with a reason; the page keeps the one it had.
        QFile junk(m_dir.filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'j'));
        junk.close();
        const QString problem = page.openDatabase(junk.fileName());
        QVERIFY2(problem.contains(QStringLiteral("cannot be opened")), qPrintable(problem));
        QCOMPARE(session.knowledgeBasePath(), m_dir.filePath(QStringLiteral("kb2/bad.sqlite")));
    }

    void cancelledImportLeavesNoHalfDocument()
    {
        WorkSession session;
        KnowledgePage page(session);
        QCOMPARE(page.openDatabase(m_dir.filePath(QStringLiteral("kb3/cancel.sqlite"))), QString());
        const QString folder = m_dir.filePath(QStringLiteral("many"));
        QDir().mkpath(folder);
        QStringList files;
        for (int i = 0; i < 30; ++i) {
            QFile f(folder + QStringLiteral("/doc%1.md").arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int p = 0; p < 400; ++p)
                f.write(QStringLiteral("## Part %1\n\nDocument %2 paragraph %1 talks about feeders.\n\n").arg(p).arg(i).toUtf8());
        }
        QSignalSpy done(&page, &KnowledgePage::importFinished);
        QVERIFY(page.importPaths({folder}));
        auto* cancel = page.findChild<QPushButton*>(QStringLiteral("cancelImportButton"));
        QVERIFY(cancel && cancel->isVisibleTo(&page));
        cancel->click();
        QVERIFY(done.wait(60000));
        QVERIFY(!page.isImporting());
        QVERIFY(!cancel->isVisibleTo(&page));
        // Whatever got in before the cancel is whole: each document has all 400 of its sections.
        KnowledgeStore store(session.knowledgeBasePath().toStdString(), false);
        for (const StoredDocument& d : store.documents())
            QCOMPARE(d.passages, int64_t{400});
        QVERIFY(store.documents().size() < 30u || !done.first().first().value<KnowledgeImportSummary>().cancelled);
    }

    void guideSendsToDataOrKnowledge()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(MainWindow::stepTitle(MainWindow::Step::Knowledge), QStringLiteral("Knowledge"));
        // The page sits in a scroll area (small windows), so the step holds it rather than is it.
        QVERIFY(window.stepPage(MainWindow::Step::Knowledge)->isAncestorOf(window.knowledgePage()));
        auto* guide = window.modelPage()->findChild<StrategyGuide*>();
        QVERIFY(guide);
        window.showStep(MainWindow::Step::Model);
        guide->findChild<QPushButton*>(QStringLiteral("guideToKnowledge"))->click();
        QCOMPARE(window.currentStep(), MainWindow::Step::Knowledge);
        window.showStep(MainWindow::Step::Model);
        guide->findChild<QPushButton*>(QStringLiteral("guideToData"))->click();
        QCOMPARE(window.currentStep(), MainWindow::Step::Data);
    }

    void compareAnswersWithTheKnowledgeBaseOnOneSide()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.selectModel(kDemoModel), QString());
        KnowledgePage* knowledge = window.knowledgePage();
        QCOMPARE(knowledge->openDatabase(m_dir.filePath(QStringLiteral("kb4/compare.sqlite"))), QString());
        QCOMPARE(importAndWait(*knowledge, {kManualMd}).added, 1);

        window.showStep(MainWindow::Step::Compare);
        ComparePage* compare = window.comparePage();
        // No adapter: base + knowledge base on the left against the base alone on the right.
        compare->leftSide()->setTuned(false);
        compare->rightSide()->setTuned(false);
        QVERIFY(compare->leftSide()->knowledgeBox()->isEnabled());
        compare->leftSide()->setUsesKnowledge(true);
        QCOMPARE(compare->leftSide()->sideName(), QStringLiteral("Base model + knowledge base"));
        SamplingSettings greedy;
        greedy.temperature = 0.0;
        greedy.maxNewTokens = 8;
        greedy.repetitionPenalty = 1.0;
        compare->setSampling(greedy);
        QSignalSpy answered(compare, &ComparePage::answersFinished);
        QSignalSpy failed(&window.engine(), &EngineController::jobFailed);
        QVERIFY(compare->send(QStringLiteral("What wavelength is the infrared light of the night mode?")));
        QVERIFY(answered.wait(60000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
        const ChatTurn left = compare->leftPane()->history().last();
        const ChatTurn right = compare->rightPane()->history().last();
        QVERIFY(!left.passages.isEmpty());
        QCOMPARE(left.passages.first().number, 1);
        QVERIFY2(left.passages.first().text.contains(QStringLiteral("940 nanometres")), qPrintable(left.passages.first().text));
        QVERIFY(left.passages.first().heading.contains(QStringLiteral("18. Night mode")));
        QVERIFY(right.passages.isEmpty());
        // The passages are listed under the answer; a click shows the passage and its source.
        QVERIFY(compare->leftPane()->findChild<QTextBrowser*>()->toHtml().contains(QStringLiteral("From the knowledge base")));
        QCOMPARE(compare->leftPane()->shownPassages().size(), left.passages.size());
        compare->leftPane()->showPassage(0);
        auto* box = compare->leftPane()->findChild<QMessageBox*>(QStringLiteral("passageBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("940 nanometres")));
        QVERIFY(box->informativeText().contains(QStringLiteral("aerie_manual.md")));
        box->close();
        const QString shots = qEnvironmentVariable("FALCONRY_SCREENSHOTS");
        if (!shots.isEmpty()) {
            window.grab().save(shots + QStringLiteral("/compare-knowledge.png"));
            window.showStep(MainWindow::Step::Knowledge);
            knowledge->search(QStringLiteral("infrared night mode"));
            QApplication::processEvents();
            window.grab().save(shots + QStringLiteral("/knowledge.png"));
        }
    }

    void compareTunedPlusKnowledgeAgainstBase()
    {
        // The golden model and its adapter: left tuned + KB (row 0 tuned) against right base
        // (row 1), the rows run swapped through compareBaseAndTuned; then tuned against tuned + KB.
        const QString kb = m_dir.filePath(QStringLiteral("kb5/golden.sqlite"));
        QDir().mkpath(QFileInfo(kb).absolutePath());
        {
            auto tokenizer = Tokenizer::load(kGolden.toStdString());
            auto counter = TokenCounter::forTokenizer(*tokenizer, "golden");
            KnowledgeStore store(kb.toStdString());
            std::atomic<bool> stop{false};
            ChunkOptions small;
            small.maxTokens = 24; // the golden model has a 256-token context
            importDocuments(store, {kManualMd.toStdString()}, *counter, small, {}, {}, stop);
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.selectModel(kGolden), QString());
        QCOMPARE(window.knowledgePage()->openDatabase(kb), QString());
        window.showStep(MainWindow::Step::Compare);
        ComparePage* compare = window.comparePage();
        compare->setAdapterDir(kGoldenAdapter);
        SamplingSettings greedy;
        greedy.temperature = 0.0;
        greedy.maxNewTokens = 6;
        greedy.repetitionPenalty = 1.0;
        compare->setSampling(greedy);
        QSignalSpy answered(compare, &ComparePage::answersFinished);
        QSignalSpy failed(&window.engine(), &EngineController::jobFailed);
        for (const bool rightTuned : {false, true}) {
            compare->leftSide()->setTuned(true);
            compare->leftSide()->setUsesKnowledge(true);
            compare->rightSide()->setTuned(rightTuned);
            compare->rightSide()->setUsesKnowledge(false);
            answered.clear();
            QVERIFY(compare->send(QStringLiteral("infrared wavelength")));
            QVERIFY(answered.wait(60000));
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<EngineError>().message));
            const ChatTurn left = compare->leftPane()->history().last();
            const ChatTurn right = compare->rightPane()->history().last();
            QVERIFY(!left.assistant.isEmpty());
            QVERIFY(!right.assistant.isEmpty());
            QVERIFY(!left.passages.isEmpty());
            QVERIFY(right.passages.isEmpty());
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestKnowledgePage)
#include "test_knowledge_page.moc"
