// The Compare page's votes: preference pairs in the JSONL that DPO trainers read.
#include "ui/compare/preference_store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace falconry::ui;

class TestComparePage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void votesAreWrittenAsPreferenceJsonl()
    {
        QTemporaryDir dir;
        const PreferenceStore store(PreferenceStore::defaultPath(dir.path()));
        QCOMPARE(store.append(QStringLiteral("User: hi\nAssistant:"), QStringLiteral("Hello!"), QStringLiteral("hi hi \"hi\"")), QString());
        QCOMPARE(store.append(QStringLiteral("p2"), QStringLiteral("c2"), QStringLiteral("r2")), QString());
        QCOMPARE(store.count(), 2);
        QFile f(store.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(QStringLiteral("prompt")).toString(), QStringLiteral("User: hi\nAssistant:"));
        QCOMPARE(first.value(QStringLiteral("chosen")).toString(), QStringLiteral("Hello!"));
        QCOMPARE(first.value(QStringLiteral("rejected")).toString(), QStringLiteral("hi hi \"hi\""));
    }
};

QTEST_MAIN(TestComparePage)
#include "test_compare_page.moc"
