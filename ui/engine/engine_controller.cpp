#include "ui/engine/engine_controller.h"

#include "ui/engine/engine_worker.h"

#include <QThread>
#include <QTimer>

namespace falconry::ui {
namespace {

/** Interval of the stall monitor's timer; a gap beyond it is time the GUI thread was blocked. */
constexpr int kStallTickMs = 10;

} // namespace

void EngineController::ThreadDeleter::operator()(QThread* thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

EngineController::EngineController(QObject* parent)
    : QObject(parent)
    , m_flags(std::make_shared<EngineFlags>())
    , m_thread(new QThread)
{
    qRegisterMetaType<JobKind>();
    qRegisterMetaType<EngineError>();
    qRegisterMetaType<TrainPoint>();
    qRegisterMetaType<TokenChunk>();
    qRegisterMetaType<JobProgress>();
    qRegisterMetaType<JobResult>();
    qRegisterMetaType<QList<TrainPoint>>();
    qRegisterMetaType<QList<TokenChunk>>();

    m_thread->setObjectName(QStringLiteral("FalconryEngine"));
    m_worker = new EngineWorker(m_flags);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);

    // Queued: the worker emits on the engine thread; these arrive on ours.
    connect(m_worker, &EngineWorker::jobStarted, this, [this](quint64 id, JobKind kind) {
        m_currentKind = kind;
        Q_EMIT jobStarted(id, kind);
    }, Qt::QueuedConnection);
    connect(m_worker, &EngineWorker::trainPoints, this, &EngineController::trainPoints, Qt::QueuedConnection);
    connect(m_worker, &EngineWorker::tokens, this, &EngineController::tokens, Qt::QueuedConnection);
    connect(m_worker, &EngineWorker::progress, this, &EngineController::progress, Qt::QueuedConnection);
    connect(m_worker, &EngineWorker::logLine, this, &EngineController::logLine, Qt::QueuedConnection);
    connect(m_worker, &EngineWorker::jobFinished, this, [this](quint64 id, const JobResult& result) {
        jobEnded();
        Q_EMIT jobFinished(id, result);
    }, Qt::QueuedConnection);
    connect(m_worker, &EngineWorker::jobFailed, this, [this](quint64 id, const EngineError& error) {
        jobEnded();
        Q_EMIT jobFailed(id, error);
    }, Qt::QueuedConnection);
    connect(m_worker, &EngineWorker::jobCancelled, this, [this](quint64 id, const JobResult& partial) {
        jobEnded();
        Q_EMIT jobCancelled(id, partial);
    }, Qt::QueuedConnection);
    m_thread->start();

    m_stallTimer = new QTimer(this);
    m_stallTimer->setTimerType(Qt::PreciseTimer);
    m_stallTimer->setInterval(kStallTickMs);
    connect(m_stallTimer, &QTimer::timeout, this, &EngineController::stallTick);
}

EngineController::~EngineController()
{
    // Stop what runs so that the thread can quit; the deleter waits for it.
    m_flags->cancelUpTo.store(m_nextId);
    m_flags->stop.store(true);
    m_flags->pause.store(false);
}

quint64 EngineController::submit(JobKind kind, EngineJob job)
{
    const quint64 id = m_nextId++;
    if (m_pending++ == 0) {
        m_sinceTick.start();
        m_stallTimer->start();
        Q_EMIT busyChanged(true);
    }
    EngineWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, id, kind, job = std::move(job)] { worker->runJob(id, kind, job); }, Qt::QueuedConnection);
    return id;
}

void EngineController::cancel()
{
    if (m_pending == 0)
        return;
    m_flags->cancelUpTo.store(m_nextId - 1);
    m_flags->stop.store(true);
    m_flags->pause.store(false);
}

void EngineController::setPaused(bool paused)
{
    m_flags->pause.store(paused);
}

void EngineController::jobEnded()
{
    if (--m_pending == 0) {
        m_stallTimer->stop();
        stallTick(); // count a stall that ended with the job
        m_flags->pause.store(false);
        Q_EMIT busyChanged(false);
    }
}

void EngineController::stallTick()
{
    if (!m_sinceTick.isValid())
        return;
    const double gapMs = static_cast<double>(m_sinceTick.nsecsElapsed()) / 1e6 - kStallTickMs;
    m_sinceTick.restart();
    if (gapMs > m_longestStallMs)
        m_longestStallMs = gapMs;
}

} // namespace falconry::ui
