#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace falconry::ui {

/** What a download will fetch (HubDownloader::plan), for the confirmation before it starts. */
struct DownloadPlanView {
    QString repo;
    QString revision;
    QString commit;
    QString licence;
    QString gated;            // "", "auto", "manual"
    int files = 0;
    qint64 totalBytes = 0;
    qint64 bytesToFetch = 0;  // minus what is cached or resumable
    qint64 freeBytes = 0;
    QString configDir;        // a temporary folder holding the model's config.json (for the memory plan)
};

/** One progress report of the running download. */
struct DownloadProgressView {
    QString repo;
    QString file;
    int fileIndex = 0;
    int fileCount = 0;
    qint64 fileDone = 0;
    qint64 fileSize = 0;
    qint64 done = 0;
    qint64 total = 0;
    double bytesPerSecond = 0.0;
    double secondsLeft = -1.0;
    QString note;
};

/**
 * Downloads from the Hugging Face Hub for the whole window (owned by MainWindow, so a download
 * and its panel survive switching pages). Checking and downloading run on a worker thread; only
 * value structs come back, as queued signals. One download at a time; cancel() stops it at the
 * next callback and the partial file stays resumable.
 */
class DownloadManager final : public QObject {
    Q_OBJECT
public:
    explicit DownloadManager(QObject* parent = nullptr);
    ~DownloadManager() override;

    /** Endpoint and cache for tests (empty: HF_ENDPOINT / the standard cache). */
    void setEndpoint(const QString& endpoint) { m_endpoint = endpoint; }
    void setCacheDir(const QString& dir) { m_cacheDir = dir; }
    /** The signed-in token (keychain); empty: HF_TOKEN or the huggingface-cli login file. */
    void setToken(const QString& token) { m_token = token; }

    bool isBusy() const { return m_busy; }
    QString currentRepo() const { return m_repo; }

    /** Model info and file sizes of `repo` (no weights move): planReady or failed. */
    void check(const QString& repo);
    /** Downloads `repo` into the cache: progress..., then finished or failed. */
    void start(const QString& repo);
    void cancel();

Q_SIGNALS:
    void planReady(const falconry::ui::DownloadPlanView& plan);
    void progress(const falconry::ui::DownloadProgressView& progress);
    void finished(const QString& repo, const QString& snapshotDir);
    /** title: short, in the user's words; message: what to do; cancelled: the user stopped it. */
    void failed(const QString& repo, const QString& title, const QString& message, bool cancelled);
    void busyChanged(bool busy);

private:
    void run(const QString& repo, bool download);
    void setBusy(bool busy);

    QString m_endpoint;
    QString m_cacheDir;
    QString m_token;
    QString m_repo;
    bool m_busy = false;
    std::atomic<bool> m_stop{false};
    std::thread m_worker;
};

} // namespace falconry::ui

Q_DECLARE_METATYPE(falconry::ui::DownloadPlanView)
Q_DECLARE_METATYPE(falconry::ui::DownloadProgressView)
