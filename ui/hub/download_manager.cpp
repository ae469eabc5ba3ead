#include "ui/hub/download_manager.h"

#include "core/hub/hub_download.h"
#include "core/hub/hub_error.h"
#include "ui/hub/hub_messages.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace falconry::ui {

DownloadManager::DownloadManager(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<DownloadPlanView>();
    qRegisterMetaType<DownloadProgressView>();
}

DownloadManager::~DownloadManager()
{
    m_stop = true;
    if (m_worker.joinable())
        m_worker.join();
}

void DownloadManager::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void DownloadManager::check(const QString& repo)
{
    run(repo, false);
}

void DownloadManager::start(const QString& repo)
{
    run(repo, true);
}

void DownloadManager::cancel()
{
    m_stop = true;
}

void DownloadManager::run(const QString& repo, bool download)
{
    if (m_busy)
        return;
    if (m_worker.joinable())
        m_worker.join(); // the previous one has ended (m_busy is false)
    m_stop = false;
    m_repo = repo.trimmed();
    setBusy(true);
    DownloadRequest request;
    request.repoId = m_repo.toStdString();
    const int at = m_repo.indexOf(QLatin1Char('@'));
    if (at > 0) {
        request.repoId = m_repo.left(at).toStdString();
        request.revision = m_repo.mid(at + 1).toStdString();
    }
    request.cacheDir = m_cacheDir.toStdString();
    request.settings.endpoint = m_endpoint.toStdString();
    if (!m_token.isEmpty())
        request.settings.token = m_token.toStdString();
    const QString name = m_repo;
    m_worker = std::thread([this, request, name, download] {
        // Worker thread: only values leave it, through queued invocations on this object.
        const auto post = [this](auto f) { QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection); };
        try {
            HubDownloader downloader(request, &m_stop);
            const DownloadPlan& plan = downloader.plan();
            if (!download) {
                DownloadPlanView v;
                v.repo = name;
                v.revision = QString::fromStdString(plan.revision);
                v.commit = QString::fromStdString(plan.commit);
                v.licence = QString::fromStdString(plan.license);
                v.gated = QString::fromStdString(plan.gated);
                v.files = static_cast<int>(plan.files.size());
                v.totalBytes = static_cast<qint64>(plan.totalBytes);
                v.bytesToFetch = static_cast<qint64>(plan.bytesToFetch);
                v.freeBytes = static_cast<qint64>(plan.freeBytes);
                const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                        .filePath(QStringLiteral("falconry-plan-") + QString(name).replace(QLatin1Char('/'), QLatin1Char('-')));
                QDir().mkpath(dir);
                QFile config(dir + QStringLiteral("/config.json"));
                if (config.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    config.write(plan.configJson.data(), static_cast<qint64>(plan.configJson.size()));
                v.configDir = dir;
                post([this, v] {
                    setBusy(false);
                    Q_EMIT planReady(v);
                });
                return;
            }
            const DownloadResult result = downloader.run([&](const DownloadProgress& p) {
                DownloadProgressView v;
                v.repo = name;
                v.file = QString::fromStdString(p.file);
                v.fileIndex = p.fileIndex;
                v.fileCount = p.fileCount;
                v.fileDone = static_cast<qint64>(p.fileDone);
                v.fileSize = static_cast<qint64>(p.fileSize);
                v.done = static_cast<qint64>(p.done);
                v.total = static_cast<qint64>(p.total);
                v.bytesPerSecond = p.bytesPerSecond;
                v.secondsLeft = p.secondsLeft;
                v.note = QString::fromStdString(p.note);
                post([this, v] { Q_EMIT progress(v); });
                return !m_stop.load();
            });
            const QString dir = QString::fromStdString(result.snapshotDir.string());
            post([this, name, dir] {
                setBusy(false);
                Q_EMIT finished(name, dir);
            });
        } catch (const HubError& e) {
            const HubMessage m = describeHubError(e);
            const bool cancelled = e.kind() == HubErrorKind::Cancelled;
            post([this, name, m, cancelled] {
                setBusy(false);
                Q_EMIT failed(name, m.title, m.text, cancelled);
            });
        } catch (const std::exception& e) {
            const QString text = QString::fromStdString(e.what());
            post([this, name, text] {
                setBusy(false);
                Q_EMIT failed(name, tr("The download failed"), text, false);
            });
        }
    });
}

} // namespace falconry::ui
