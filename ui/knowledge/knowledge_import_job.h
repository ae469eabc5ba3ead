#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace falconry::ui {

/** What an import did, as the Knowledge page shows it. */
struct KnowledgeImportSummary {
    int added = 0;
    int replaced = 0;
    int unchanged = 0;
    int failed = 0;
    bool cancelled = false;
    QStringList errors; // "file: why", one per failed file
    QString fatal;      // the import could not start (bad knowledge-base file, missing input)
};

/**
 * Imports files and folders into a knowledge base on a thread of its own (not the engine
 * thread: an import needs no model and may run while the engine trains). Passages are
 * bounded in the tokens of the model's tokenizer (words when there is no model). Progress
 * comes back coalesced to about every 50 ms; cancel() acts at once through an atomic, and
 * the file being imported is rolled back.
 */
class KnowledgeImportJob final : public QObject {
    Q_OBJECT
public:
    explicit KnowledgeImportJob(QObject* parent = nullptr);
    ~KnowledgeImportJob() override;

    /** Starts importing `inputs` into `database`; false when an import is already running. */
    bool start(const QString& database, const QStringList& inputs, const QString& modelDir);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    /** Blocks until the running import (if any) ended; for tests and closing the window. */
    void wait();

Q_SIGNALS:
    /** `fraction` in [0, 1]; `message` names the file. */
    void progress(double fraction, const QString& message);
    void finished(const falconry::ui::KnowledgeImportSummary& summary);

private:
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace falconry::ui

Q_DECLARE_METATYPE(falconry::ui::KnowledgeImportSummary)
