// The Model page: the Falcon catalogue, folder checks, the Hugging Face cache, the memory plan.
#include "ui/model/memory_bar.h"
#include "ui/model/model_catalogue.h"
#include "ui/model/model_page.h"
#include "ui/system_memory.h"
#include "ui/work_session.h"

#include "ui_test_files.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace falconry::ui;

class TestModelPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(QFileInfo::exists(goldenModelDir() + QStringLiteral("/config.json")), qPrintable(goldenModelDir()));
        qputenv("HF_HUB_CACHE", m_hfCache.path().toUtf8());
    }

    void catalogueListsTheFalconFamily()
    {
        const QList<CatalogueEntry> entries = loadCatalogue();
        QStringList names;
        for (const CatalogueEntry& e : entries)
            names << e.name;
        for (const char* expected : {"Falcon-7B", "Falcon-7B-instruct", "Falcon-40B", "Falcon-40B-instruct", "Falcon-11B",
                                     "Falcon-RW-1B", "Falconry demo model"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        // The catalogue's parameter count agrees with the count from a config
        // (Falcon-7B: hidden 4544, 32 layers, 71 heads, multi-query, vocab 65024).
        const QString dir = m_hfCache.path() + QStringLiteral("/manual-7b");
        QVERIFY(writeFile(dir + QStringLiteral("/config.json"),
                  R"({"model_type":"falcon","hidden_size":4544,"num_hidden_layers":32,"num_attention_heads":71,
                      "vocab_size":65024,"multi_query":true,"parallel_attn":true,"bias":false})"));
        QVERIFY(writeFile(dir + QStringLiteral("/model.safetensors"), "x"));
        QVERIFY(writeFile(dir + QStringLiteral("/tokenizer.json"), "{}"));
        const ModelFolderInfo info = inspectModelFolder(dir);
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        QCOMPARE(info.parameters, entries.first().parameters);
    }

    void folderChecksSayWhatIsMissing()
    {
        QTemporaryDir dir;
        QVERIFY(inspectModelFolder(dir.path()).error.contains(QLatin1String("config.json")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("config.json")), R"({"model_type":"llama"})"));
        QVERIFY(inspectModelFolder(dir.path()).error.contains(QLatin1String("llama")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("config.json")), R"({"model_type":"falcon", "hidden_size": )"));
        QVERIFY(inspectModelFolder(dir.path()).error.contains(QLatin1String("not valid JSON")));
        QFile::copy(goldenModelDir() + QStringLiteral("/config.json"), dir.filePath(QStringLiteral("c.json")));
        QFile::remove(dir.filePath(QStringLiteral("config.json")));
        QFile::rename(dir.filePath(QStringLiteral("c.json")), dir.filePath(QStringLiteral("config.json")));
        QVERIFY(inspectModelFolder(dir.path()).error.contains(QLatin1String("safetensors")));
        const ModelFolderInfo golden = inspectModelFolder(goldenModelDir());
        QVERIFY2(golden.error.isEmpty(), qPrintable(golden.error));
        QCOMPARE(golden.layers, 2);
        QCOMPARE(golden.hidden, 64);
        // 2 layers of (qkv 64·(64+2·16) + dense 64·64 + mlp 2·64·256 + ln 2·64) + embeddings 512·64 + ln_f 2·64
        QCOMPARE(golden.parameters, qint64(2 * (64 * 96 + 64 * 64 + 2 * 64 * 256 + 128) + 512 * 64 + 128));
    }

    void huggingFaceCacheIsFound()
    {
        const QString snapshot = m_hfCache.path() + QStringLiteral("/models--tiiuae--falcon-7b/snapshots/0123abcd");
        QDir().mkpath(snapshot);
        for (const char* f : {"config.json", "model.safetensors", "tokenizer.model"})
            QVERIFY(QFile::copy(goldenModelDir() + QLatin1Char('/') + QLatin1String(f), snapshot + QLatin1Char('/') + QLatin1String(f)));
        const QList<CatalogueEntry> found = scanHuggingFaceCache({m_hfCache.path()});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().repo, QStringLiteral("tiiuae/falcon-7b"));
        QCOMPARE(found.first().localDir, snapshot);
        // The catalogue's Falcon-7B is now on this machine.
        const QList<CatalogueEntry> catalogue = loadCatalogue();
        QCOMPARE(catalogue.first().localDir, snapshot);
    }

    void modelPageOpensAFolderAndPlans()
    {
        WorkSession session;
        ModelPage page(session);
        page.resize(1000, 700);
        page.show();
        QSignalSpy changed(&session, &WorkSession::modelChanged);
        QVERIFY(page.openFolder(QStringLiteral("/nonexistent")).contains(QLatin1String("config.json")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(page.openFolder(goldenModelDir()), QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.modelDir(), QDir(goldenModelDir()).canonicalPath());
        QVERIFY(page.currentEntry());
        QCOMPARE(page.currentEntry()->localDir, session.modelDir());
        // The bar shows the weights (bf16: 2 bytes per parameter) against this machine's RAM.
        const qint64 params = inspectModelFolder(goldenModelDir()).parameters;
        QVERIFY(!page.memoryBar()->segments().isEmpty());
        QCOMPARE(page.memoryBar()->segments().first().bytes, params * 2);
        QVERIFY(page.memoryBar()->capacityBytes() > 0);
        // The golden model (0.1 M parameters) fits in any machine's memory, and the page says so.
        QVERIFY2(page.verdictText().startsWith(QStringLiteral("✔ Fits")), qPrintable(page.verdictText()));
        QCOMPARE(page.memoryBar()->segments().size(), 6); // weights, LoRA, optimizer, activations, KV cache, runtime
        // The demo model: listed either as on disk or plainly as not bundled.
        bool demoListed = false;
        for (QTreeWidgetItemIterator it(page.modelList()); *it; ++it) {
            if ((*it)->text(0) == QLatin1String("Falconry demo model")) {
                demoListed = true;
                const QString where = (*it)->text(3);
                QVERIFY2(bundledDemoModelDir().isEmpty() ? where == QLatin1String("not bundled in this build") : where != QLatin1String("not bundled in this build"),
                         qPrintable(where));
            }
        }
        QVERIFY(demoListed);

        // Falcon-40B (not on disk: planned from the catalogue's size) needs 84 GB for its bf16
        // weights alone; below that much free memory the page must say it does not fit.
        QTreeWidgetItem* falcon40b = nullptr;
        for (QTreeWidgetItemIterator it(page.modelList()); *it; ++it) {
            if ((*it)->text(0) == QLatin1String("Falcon-40B"))
                falcon40b = *it;
        }
        QVERIFY(falcon40b);
        page.modelList()->setCurrentItem(falcon40b);
        QVERIFY(page.currentEntry());
        const qint64 weights40b = page.currentEntry()->parameters * 2;
        QVERIFY(weights40b > 80'000'000'000LL);
        if (readSystemMemory().availableBytes < weights40b)
            QVERIFY2(page.verdictText().startsWith(QStringLiteral("✘ Does not fit")), qPrintable(page.verdictText()));
        QVERIFY(page.memoryBar()->segments().first().bytes >= weights40b);
    }

private:
    QTemporaryDir m_hfCache;
};

QTEST_MAIN(TestModelPage)
#include "test_model_page.moc"
