// The Hub in the GUI, against the loopback fake Hub: the Model page's download (plan first, the
// panel under every page, resumable cancel, the model listed when done) and the upload dialog
// (sign-in checked with whoami-v2 and kept in the token store, the editable card, one commit).
#include "core/hub/sha256.h"
#include "core/util/atomic_file.h"
#include "hub_fixtures.h"
#include "hub_test_server.h"
#include "ui/export/upload_dialog.h"
#include "ui/hub/download_manager.h"
#include "ui/hub/download_panel.h"
#include "ui/hub/token_store.h"
#include "ui/main_window.h"
#include "ui/model/hub_download_box.h"
#include "ui/model/model_page.h"
#include "ui_test_settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace falconry::ui;
namespace fs = std::filesystem;

class TestHubUi final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(useIsolatedSettings(m_dir));
        qputenv("HF_HUB_CACHE", m_cache.path().toUtf8());
        qunsetenv("HF_TOKEN");
        qunsetenv("HUGGING_FACE_HUB_TOKEN");
        qputenv("HF_TOKEN_PATH", m_dir.filePath(QStringLiteral("no-token")).toUtf8());
        m_server.addToken("hf_write", "alice");
        m_server.addRepo(falconry::test::goldenRepo("tiiuae/falcon-7b"));
        m_server.setThrottle(300'000); // ~2.5 s for the 0.7 MB model: long enough to watch it move
    }

    void downloadFromTheModelPageSurvivesSwitchingPages()
    {
        MainWindow window;
        window.downloads().setEndpoint(QString::fromStdString(m_server.url()));
        window.show();
        ModelPage* page = window.modelPage();
        HubDownloadBox* box = page->hubDownloadBox();
        QVERIFY(box);
        // The catalogue's Falcon-7B is not on disk: choosing it offers its download.
        QTreeWidgetItem* falcon = nullptr;
        for (QTreeWidgetItemIterator it(page->modelList()); *it; ++it)
            if ((*it)->toolTip(0) == QStringLiteral("tiiuae/falcon-7b"))
                falcon = *it;
        QVERIFY(falcon);
        page->modelList()->setCurrentItem(falcon);
        QCOMPARE(box->repoEdit()->text(), QStringLiteral("tiiuae/falcon-7b"));
        QVERIFY(box->downloadButton()->isEnabled());

        QString confirmed;
        box->setConfirmation([&](const DownloadPlanView& plan, const QString& text) {
            confirmed = text;
            return plan.files == 5;
        });
        QSignalSpy progress(&window.downloads(), &DownloadManager::progress);
        QSignalSpy finished(&window.downloads(), &DownloadManager::finished);
        box->downloadButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 10000);
        QVERIFY2(confirmed.contains(QStringLiteral("5 files")), qPrintable(confirmed));
        QVERIFY2(confirmed.contains(QStringLiteral("Free disk space")), qPrintable(confirmed));
        QVERIFY2(confirmed.contains(QStringLiteral("LoRA run")), qPrintable(confirmed)); // the memory plan, before the download
        QVERIFY(!box->downloadButton()->isEnabled()); // one at a time

        // Another page: the panel (the window's, not the Model page's) keeps showing the download.
        window.showStep(MainWindow::Step::Data);
        QTRY_VERIFY_WITH_TIMEOUT(window.downloadPanel()->isVisible(), 5000);
        QVERIFY(window.downloadPanel()->statusText().contains(QStringLiteral("Downloading tiiuae/falcon-7b")));
        const int before = progress.count();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > before, 5000);
        if (const QByteArray dir = qgetenv("FALCONRY_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(QString::fromUtf8(dir) + QStringLiteral("/hub-download.png"));

        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
        const QString snapshot = finished.first().at(1).toString();
        QVERIFY(QFileInfo::exists(snapshot + QStringLiteral("/model.safetensors")));
        QVERIFY(window.downloadPanel()->statusText().contains(QStringLiteral("is downloaded")));
        // Back on the Model page the model is on disk, selected and ready to use.
        window.showStep(MainWindow::Step::Model);
        QVERIFY(page->currentEntry());
        QCOMPARE(page->currentEntry()->localDir, snapshot);
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("useModelButton"))->isEnabled());
    }

    void cancelStopsAndKeepsWhatArrived()
    {
        QTemporaryDir cache;
        DownloadManager downloads;
        downloads.setEndpoint(QString::fromStdString(m_server.url()));
        downloads.setCacheDir(cache.path());
        QSignalSpy progress(&downloads, &DownloadManager::progress);
        QSignalSpy failed(&downloads, &DownloadManager::failed);
        downloads.start(QStringLiteral("tiiuae/falcon-7b"));
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0 && progress.last().at(0).value<DownloadProgressView>().fileDone > 0, 10000);
        downloads.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10000);
        QCOMPARE(failed.first().at(3).toBool(), true);
        bool partial = false;
        for (const auto& e : fs::recursive_directory_iterator(cache.path().toStdString()))
            partial = partial || e.path().extension() == ".incomplete";
        QVERIFY(partial);
        QVERIFY(!downloads.isBusy());
    }

    void uploadDialogSignsInEditsTheCardAndUploadsOnce()
    {
        const QString run = m_dir.filePath(QStringLiteral("runs/support-run"));
        const fs::path r = run.toStdString();
        fs::create_directories(r / "adapter");
        const fs::path golden = fs::path(FALCONRY_REFERENCE_DIR) / "golden" / "falcon7b" / "adapter";
        for (const char* f : {"adapter_config.json", "adapter_model.safetensors"})
            fs::copy_file(golden / f, r / "adapter" / f, fs::copy_options::overwrite_existing);
        falconry::writeFileAtomically(r / "run.json", nlohmann::json{{"settings", {{"model", "tiiuae/falcon-7b"}, {"template", "falcon-instruct"}, {"lora_r", 16}}},
                                                                     {"dataset", {{"hash", "h1"}, {"train_examples", 40}, {"eval_examples", 2}}}}
                                                          .dump());
        std::ofstream(r / "metrics.jsonl") << "{\"step\":1,\"loss\":2.5}\n{\"step\":2,\"loss\":2.0}\n{\"step\":3,\"loss\":1.7,\"eval_loss\":1.9}\n";

        MemoryTokenStore store;
        UploadDialog dialog(run, &store);
        dialog.setEndpoint(QString::fromStdString(m_server.url()));
        dialog.show();
        dialog.restoreSignIn();
        QVERIFY(!dialog.uploadButton()->isEnabled()); // not signed in
        QCOMPARE(dialog.repoEdit()->text(), QStringLiteral("support-run"));

        dialog.tokenEdit()->setText(QStringLiteral("hf_wrong"));
        dialog.signInButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWorking(), 10000);
        QVERIFY2(dialog.accountLabel()->text().contains(QStringLiteral("refused")), qPrintable(dialog.accountLabel()->text()));
        QVERIFY(store.token().isEmpty());

        QSignalSpy signedIn(&dialog, &UploadDialog::signedIn);
        dialog.tokenEdit()->setText(QStringLiteral("hf_write"));
        dialog.signInButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() == 1, 10000);
        QCOMPARE(dialog.account(), QStringLiteral("alice"));
        QCOMPARE(store.token(), QStringLiteral("hf_write")); // in the (keychain) store, nowhere else
        QVERIFY(dialog.tokenEdit()->text().isEmpty());
        const QString card = dialog.cardEdit()->toPlainText();
        QVERIFY2(card.contains(QStringLiteral("base_model: tiiuae/falcon-7b")), qPrintable(card));
        QVERIFY(card.contains(QStringLiteral("alice/support-run")));
        QVERIFY(card.contains(QStringLiteral("library_name: peft")));

        dialog.privateBox()->setChecked(true);
        dialog.cardEdit()->appendPlainText(QStringLiteral("\nWritten by hand before the upload.\n"));
        if (const QByteArray dir = qgetenv("FALCONRY_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(QString::fromUtf8(dir) + QStringLiteral("/hub-upload.png"));
        QSignalSpy uploaded(&dialog, &UploadDialog::uploaded);
        dialog.uploadButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(uploaded.count() == 1, 20000);
        QCOMPARE(dialog.resultEdit()->text(), QString::fromStdString(m_server.url()) + QStringLiteral("/alice/support-run"));
        const auto commits = m_server.commits();
        QCOMPARE(commits.size(), size_t(1));
        QVERIFY(commits[0].files.at("README.md").find("Written by hand before the upload.") != std::string::npos);
        QCOMPARE(commits[0].files.size(), size_t(4));
        QVERIFY(commits[0].lfsPaths.count("adapter_model.safetensors"));
        QCOMPARE(m_server.createdRepos(), std::vector<std::string>{"alice/support-run private"});

        dialog.signOutButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.account().isEmpty(), 5000);
        QVERIFY(store.token().isEmpty());
        QVERIFY(!dialog.uploadButton()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_cache;
    falconry::test::HubTestServer m_server;
};

QTEST_MAIN(TestHubUi)
#include "test_hub_ui.moc"
