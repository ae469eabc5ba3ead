// The examples table over a DatasetStore: QAbstractItemModelTester, edits as
// undo commands (merging, aliases after undo of a delete), regex replace,
// filter and sort, and a child process killed with SIGKILL mid-editing whose
// store reopens with every acknowledged edit.
#include "core/data/dataset_reader.h"
#include "core/data/dataset_store.h"
#include "ui/data/examples_filter.h"
#include "ui/data/examples_model.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>
#include <cstdlib>
#include <iostream>

using namespace falconry;
using namespace falconry::ui;

namespace {

QString demoCsv()
{
    return QStringLiteral(FALCONRY_SOURCE_DIR "/resources/demo-data/aerie_support.csv");
}

/** The first 12 rows of the demo CSV as a project in `folder`. */
DatasetStore makeStore(const QString& folder)
{
    ReadResult read = readDataset(demoCsv().toStdString());
    read.dataset.rows.resize(12);
    return DatasetStore::create(std::move(read.dataset), folder.toStdString());
}

std::string cell(const DatasetStore& store, int row, const char* column)
{
    const Dataset& d = store.dataset();
    return d.cellText(d.rows[static_cast<size_t>(row)], d.columnIndex(column));
}

/**
 * Step k of the editing script the killed child runs (and the parent replays
 * on its own copy to know what the store must hold). Uses the model's user
 * actions only, so it goes through commands, undo and redo.
 */
void scriptStep(ExamplesModel& model, int k)
{
    const int rows = model.rowCount();
    const int reply = model.store()->dataset().columnIndex("agent_reply");
    switch (k % 6) {
    case 0:
        model.setCellValue((k * 7) % rows, reply, JsonValue("typed " + std::to_string(k)));
        break;
    case 1:
        model.setCellValue((k * 7 - 7) % rows, reply, JsonValue("typed more " + std::to_string(k)));
        break;
    case 2:
        model.addRow(k % rows);
        break;
    case 3:
        model.deleteRows({(k * 5) % rows});
        break;
    case 4:
        model.undoStack()->undo();
        break;
    case 5:
        model.duplicateRows({k % rows});
        break;
    }
}

bool sameRows(const Dataset& a, const Dataset& b)
{
    if (a.columns != b.columns || a.rows.size() != b.rows.size())
        return false;
    for (size_t i = 0; i < a.rows.size(); ++i) {
        if (a.rows[i].id != b.rows[i].id)
            return false;
        for (size_t c = 0; c < a.columns.size(); ++c)
            if (a.cellText(a.rows[i], static_cast<int>(c)) != b.cellText(b.rows[i], static_cast<int>(c)))
                return false;
    }
    return true;
}

} // namespace

class TestDataModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester()
    {
        QTemporaryDir dir;
        DatasetStore store = makeStore(dir.filePath(QStringLiteral("p")));
        ExamplesModel model;
        ExamplesFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.columnCount(), 4 + 2);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("customer_message"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("AER-1107"));
        // Every kind of change, under the testers' eyes.
        model.setCellValue(0, 2, JsonValue("edited"));
        model.addRow(3);
        model.duplicateRows({0, 5});
        model.deleteRows({1, 2});
        filter.setTextFilter(QStringLiteral("refund"), false);
        filter.sort(model.tokenColumn(), Qt::DescendingOrder);
        model.setTokenCounts({{1, 10}, {2, 30}});
        model.undoStack()->undo();
        model.undoStack()->undo();
        model.undoStack()->redo();
        QCOMPARE(model.rowCount(), 12 + 1 + 2); // the delete undone, the duplicates redone
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void editsUndoRedoAndMerge()
    {
        QTemporaryDir dir;
        DatasetStore store = makeStore(dir.filePath(QStringLiteral("p")));
        ExamplesModel model;
        model.setStore(&store);
        const std::string original = cell(store, 0, "agent_reply");
        QVERIFY(original.starts_with("Hi, Perch from Aerie support here!"));
        const QModelIndex reply = model.index(0, 4);
        QVERIFY(model.flags(reply) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));

        // A typing run in one cell is one command.
        QVERIFY(model.setData(reply, QStringLiteral("H")));
        QVERIFY(model.setData(reply, QStringLiteral("He")));
        QVERIFY(model.setData(reply, QStringLiteral("Hello\nthere")));
        QCOMPARE(model.undoStack()->count(), 1);
        QCOMPARE(cell(store, 0, "agent_reply"), std::string("Hello\nthere"));
        // Another cell starts a new command.
        QVERIFY(model.setData(model.index(1, 4), QStringLiteral("second")));
        QCOMPARE(model.undoStack()->count(), 2);
        model.undoStack()->undo();
        QCOMPARE(cell(store, 1, "agent_reply").substr(0, 5), std::string("Hello"));
        model.undoStack()->undo();
        QCOMPARE(cell(store, 0, "agent_reply"), original);
        model.undoStack()->redo();
        QCOMPARE(cell(store, 0, "agent_reply"), std::string("Hello\nthere"));
        // Typing back to the first value makes the merged command obsolete: nothing to undo.
        model.undoStack()->clear();
        QVERIFY(model.setData(reply, QStringLiteral("x")));
        QVERIFY(model.setData(reply, QString::fromStdString("Hello\nthere")));
        QCOMPARE(model.undoStack()->count(), 0);
        // Every change went through the store's journal: a second open sees it.
        DatasetStore reopened = DatasetStore::open(store.folder());
        QCOMPARE(cell(reopened, 0, "agent_reply"), std::string("Hello\nthere"));
    }

    void undoingADeleteKeepsOlderCommandsWorking()
    {
        QTemporaryDir dir;
        DatasetStore store = makeStore(dir.filePath(QStringLiteral("p")));
        ExamplesModel model;
        model.setStore(&store);
        const std::string original = cell(store, 4, "topic");
        const uint64_t id = model.rowId(4);
        model.setCellValue(4, store.dataset().columnIndex("topic"), JsonValue("changed"));
        model.deleteRows({4});
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.rowOfId(id), -1);
        model.undoStack()->undo(); // the row comes back at position 4, with a new id
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(model.rowId(4) != id);
        QCOMPARE(model.currentId(id), model.rowId(4));
        QCOMPARE(cell(store, 4, "topic"), std::string("changed"));
        model.undoStack()->undo(); // the edit finds the row under its new id
        QCOMPARE(cell(store, 4, "topic"), original);
        model.undoStack()->redo();
        model.undoStack()->redo();
        QCOMPARE(model.rowCount(), 11);
        model.undoStack()->undo();
        model.undoStack()->undo();
        QCOMPARE(cell(store, 4, "topic"), original);

        // Duplicate puts the copy right below; undo removes it.
        model.duplicateRows({0});
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(cell(store, 1, "agent_reply"), cell(store, 0, "agent_reply"));
        model.undoStack()->undo();
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(cell(store, 1, "ticket_id"), std::string("AER-1283"));
    }

    void regexReplaceAndTrimAreOneCommandEach()
    {
        QTemporaryDir dir;
        DatasetStore store = makeStore(dir.filePath(QStringLiteral("p")));
        ExamplesModel model;
        model.setStore(&store);
        const std::string before = cell(store, 0, "agent_reply");
        const int reply = store.dataset().columnIndex("agent_reply");
        int expectedChanged = 0; // counted on the file's text, independently of the model
        for (int r = 0; r < 12; ++r)
            expectedChanged += cell(store, r, "agent_reply").find("Perch from Aerie") != std::string::npos ? 1 : 0;
        QVERIFY(expectedChanged > 0);
        const int changed = model.replaceAll(QRegularExpression(QStringLiteral("(Perch) from Aerie")),
                                             QStringLiteral("\\1 of Aerie"), reply);
        QCOMPARE(changed, expectedChanged);
        QCOMPARE(model.undoStack()->count(), 1);
        QVERIFY(cell(store, 0, "agent_reply").find("Perch of Aerie support") != std::string::npos);
        QVERIFY(cell(store, 0, "customer_message").find("Perch of") == std::string::npos);
        model.undoStack()->undo();
        QCOMPARE(cell(store, 0, "agent_reply"), before);

        model.setCellValue(2, reply, JsonValue("  padded \n"));
        QCOMPARE(model.trimWhitespace(), 1);
        QCOMPARE(cell(store, 2, "agent_reply"), std::string("padded"));
        model.undoStack()->undo();
        QCOMPARE(cell(store, 2, "agent_reply"), std::string("  padded \n"));
    }

    void filtersAndSortsByTokenLength()
    {
        QTemporaryDir dir;
        DatasetStore store = makeStore(dir.filePath(QStringLiteral("p")));
        ExamplesModel model;
        model.setStore(&store);
        ExamplesFilter filter;
        filter.setSourceModel(&model);
        std::unordered_map<uint64_t, size_t> counts;
        for (int r = 0; r < model.rowCount(); ++r)
            counts[model.rowId(r)] = static_cast<size_t>((r * 37) % 11 + 5);
        model.setTokenCounts(counts);
        filter.sort(model.tokenColumn(), Qt::DescendingOrder);
        qulonglong previous = ~0ULL;
        for (int r = 0; r < filter.rowCount(); ++r) {
            const qulonglong n = filter.index(r, model.tokenColumn()).data(ExamplesModel::TokenCountRole).toULongLong();
            QVERIFY(n <= previous);
            previous = n;
        }
        filter.setTextFilter(QStringLiteral("refund"), false);
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < 12);
        for (int r = 0; r < filter.rowCount(); ++r) {
            bool any = false;
            for (int c = 1; c < model.tokenColumn(); ++c)
                any = any || filter.index(r, c).data(Qt::EditRole).toString().contains(QStringLiteral("refund"), Qt::CaseInsensitive);
            QVERIFY(any);
        }
        filter.setTextFilter(QStringLiteral("^AER-11\\d\\d$"), true);
        for (int r = 0; r < filter.rowCount(); ++r)
            QVERIFY(filter.index(r, 1).data().toString().startsWith(QStringLiteral("AER-11")));
        filter.setTextFilter({}, false);
        filter.setRowIdFilter(std::unordered_set<uint64_t>{model.rowId(2), model.rowId(7)});
        QCOMPARE(filter.rowCount(), 2);
    }

    void sigkillLosesNoAcknowledgedEdit()
    {
        QTemporaryDir dir;
        const QString childFolder = dir.filePath(QStringLiteral("child"));
        const QString expectFolder = dir.filePath(QStringLiteral("expected"));
        { DatasetStore a = makeStore(childFolder); }
        DatasetStore expected = makeStore(expectFolder);

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FALCONRY_DATA_CHILD"), childFolder);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        int acked = -1;
        QByteArray buffer;
        while (acked < 40 && child.waitForReadyRead(20000)) {
            buffer += child.readAllStandardOutput();
            int nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                const QByteArray line = buffer.left(nl);
                buffer.remove(0, nl + 1);
                if (line.startsWith("ack "))
                    acked = line.mid(4).toInt();
            }
        }
        QVERIFY2(acked >= 40, qPrintable(QString::fromUtf8(child.readAllStandardError())));
        child.kill(); // SIGKILL, somewhere in the middle of later edits
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        buffer += child.readAllStandardOutput();
        for (const QByteArray& line : buffer.split('\n'))
            if (line.startsWith("ack "))
                acked = std::max(acked, line.mid(4).toInt());

        DatasetStore reopened = DatasetStore::open(childFolder.toStdString());
        ExamplesModel model;
        model.setStore(&expected);
        for (int k = 0; k <= acked; ++k)
            scriptStep(model, k);
        // The child may have finished one more step after its last acknowledgement.
        bool match = sameRows(reopened.dataset(), expected.dataset());
        if (!match) {
            scriptStep(model, acked + 1);
            match = sameRows(reopened.dataset(), expected.dataset());
        }
        QVERIFY2(match, qPrintable(QStringLiteral("after %1 acknowledged steps").arg(acked + 1)));
    }
};

/** The killed child: runs the script on the project in $FALCONRY_DATA_CHILD, acknowledging each step. */
static int runChild(const char* folder)
{
    DatasetStore store = DatasetStore::open(folder);
    ExamplesModel model;
    model.setStore(&store);
    for (int k = 0;; ++k) {
        scriptStep(model, k);
        std::printf("ack %d\n", k);
        std::fflush(stdout);
    }
}

int main(int argc, char** argv)
{
    if (const char* folder = std::getenv("FALCONRY_DATA_CHILD")) {
        QCoreApplication app(argc, argv);
        return runChild(folder);
    }
    QCoreApplication app(argc, argv);
    TestDataModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_data_model.moc"
