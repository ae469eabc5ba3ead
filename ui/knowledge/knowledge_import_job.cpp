#include "ui/knowledge/knowledge_import_job.h"

#include "core/knowledge/knowledge_import.h"
#include "core/knowledge/knowledge_store.h"
#include "core/knowledge/token_counter.h"
#include "core/tokenizer/tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

namespace falconry::ui {

KnowledgeImportJob::KnowledgeImportJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<KnowledgeImportSummary>();
}

KnowledgeImportJob::~KnowledgeImportJob()
{
    cancel();
    wait();
}

void KnowledgeImportJob::cancel()
{
    if (m_stop)
        m_stop->store(true);
}

void KnowledgeImportJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    // The thread's last queued calls (progress, finished) are delivered now, before it is deleted.
    QCoreApplication::sendPostedEvents(this);
    delete m_thread;
    m_thread = nullptr;
}

bool KnowledgeImportJob::start(const QString& database, const QStringList& inputs, const QString& modelDir)
{
    if (m_thread)
        return false;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<bool>> stop = m_stop;
    QPointer<KnowledgeImportJob> self(this);
    const std::string dbPath = QDir::toNativeSeparators(database).toStdString();
    std::vector<std::filesystem::path> paths;
    for (const QString& input : inputs)
        paths.emplace_back(QDir::toNativeSeparators(input).toStdString());
    const std::string model = modelDir.toStdString();

    m_thread = QThread::create([self, stop, dbPath, paths, model] {
        KnowledgeImportSummary summary;
        auto post = [self](auto fn) {
            QMetaObject::invokeMethod(
                self.data(), [self, fn] {
                    if (self)
                        fn(*self);
                },
                Qt::QueuedConnection);
        };
        try {
            std::unique_ptr<Tokenizer> tokenizer;
            std::unique_ptr<TokenCounter> counter;
            if (!model.empty() && std::filesystem::exists(model)) {
                tokenizer = Tokenizer::load(model);
                counter = TokenCounter::forTokenizer(*tokenizer, "tokens of " + std::filesystem::path(model).filename().string());
            } else {
                counter = TokenCounter::wordCounter();
            }
            std::filesystem::create_directories(std::filesystem::path(dbPath).parent_path());
            KnowledgeStore store(dbPath);
            QElapsedTimer sinceReport;
            sinceReport.start();
            const ImportReport report = importDocuments(
                store, paths, *counter, ChunkOptions{}, ImportOptions{},
                [&](const ImportProgress& p) {
                    // Coalesced: the GUI hears about every 50 ms, not every passage.
                    if (sinceReport.elapsed() < 50 && p.fileIndex < p.fileCount)
                        return true;
                    sinceReport.restart();
                    const double fileShare = p.passagesTotal ? double(p.passagesDone) / double(p.passagesTotal) : 0.0;
                    const double fraction = p.fileCount ? (double(p.fileIndex) + fileShare) / double(p.fileCount) : 1.0;
                    const QString name = QFileInfo(QString::fromStdString(p.source)).fileName();
                    const QString message = p.fileIndex < p.fileCount
                        ? QCoreApplication::translate("KnowledgePage", "Importing %1 (%2 of %3)…")
                              .arg(name)
                              .arg(p.fileIndex + 1)
                              .arg(p.fileCount)
                        : QCoreApplication::translate("KnowledgePage", "Finishing…");
                    post([fraction, message](KnowledgeImportJob& job) { Q_EMIT job.progress(fraction, message); });
                    return true;
                },
                *stop);
            summary.cancelled = report.cancelled;
            for (const ImportedFile& f : report.files) {
                switch (f.status) {
                case ImportedFile::Status::Added: ++summary.added; break;
                case ImportedFile::Status::Replaced: ++summary.replaced; break;
                case ImportedFile::Status::Unchanged: ++summary.unchanged; break;
                case ImportedFile::Status::Failed:
                    ++summary.failed;
                    summary.errors << QString::fromStdString(f.error);
                    break;
                case ImportedFile::Status::Cancelled: break;
                }
            }
        } catch (const std::exception& e) {
            summary.fatal = QString::fromUtf8(e.what());
        }
        post([summary](KnowledgeImportJob& job) {
            // The thread has returned (or is about to): join it before saying we are done.
            if (job.m_thread) {
                job.m_thread->wait();
                job.m_thread->deleteLater();
                job.m_thread = nullptr;
            }
            Q_EMIT job.finished(summary);
        });
    });
    m_thread->start();
    return true;
}

} // namespace falconry::ui
