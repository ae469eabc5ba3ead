#include "ui/data/generation_controller.h"

#include "core/datagen/local_chat_source.h"
#include "ui/engine/engine_controller.h"
#include "ui/engine/engine_errors.h"
#include "ui/engine/engine_state.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

#include <map>

namespace falconry::ui {

/** A GUI-thread object that outlives the controller while a worker still posts to it. */
struct RelayDeleter {
    void operator()(QObject* relay) const { relay->deleteLater(); } // safe from any thread
};

/** What the worker and the GUI share: the stop flag and the way back to the GUI thread. */
struct GenerationController::Shared {
    std::atomic<bool> stop{false};
    std::unique_ptr<QObject, RelayDeleter> relay{new QObject};
    QPointer<GenerationController> owner; // read on the GUI thread only
};

namespace {

using SharedPtr = std::shared_ptr<GenerationController::Shared>;

QString tr(const char* text)
{
    return QCoreApplication::translate("GenerationController", text);
}

/** Runs `f` on the GUI thread with the controller, unless it is gone by then. */
template <typename F>
void post(const SharedPtr& shared, F f)
{
    QMetaObject::invokeMethod(
        shared->relay.get(),
        [shared, f = std::move(f)] {
            if (shared->owner)
                f(*shared->owner);
        },
        Qt::QueuedConnection);
}

} // namespace

void describeEndpointError(const EndpointError& error, QString& title, QString& hint)
{
    switch (error.kind()) {
    case EndpointErrorKind::Unauthorized:
        title = tr("The server did not accept the API key");
        hint = tr("Enter the key the service gave you (it is kept in the system keychain). Local servers such as "
                  "Ollama or llama.cpp need none: leave it empty.");
        break;
    case EndpointErrorKind::Forbidden:
        title = tr("The API key may not use this model");
        hint = tr("Choose another model from the server's list, or use a key with access to this one.");
        break;
    case EndpointErrorKind::NotFound:
        title = tr("The server does not know this address or model");
        hint = tr("The base URL ends in /v1, for example http://localhost:11434/v1. Press “List models” to see the "
                  "models the server has.");
        break;
    case EndpointErrorKind::BadRequest:
        title = tr("The server refused the request");
        hint = tr("Fewer tokens per answer or another model may help; the server's reason is below.");
        break;
    case EndpointErrorKind::RateLimited:
        title = tr("The server is limiting how fast requests may come");
        hint = tr("Wait a minute and resume: the rows finished so far are kept.");
        break;
    case EndpointErrorKind::Server:
        title = tr("The server failed to answer");
        hint = tr("Try again later; the rows finished so far are kept.");
        break;
    case EndpointErrorKind::Network:
        title = tr("Could not reach the server");
        hint = tr("Check the base URL and that the server is running (for Ollama: “ollama serve”).");
        break;
    case EndpointErrorKind::Dropped:
        title = tr("The server stopped answering midway");
        hint = tr("The connection broke twice in a row. Try again; the rows finished so far are kept.");
        break;
    case EndpointErrorKind::Protocol:
        title = tr("The server does not speak the OpenAI chat protocol");
        hint = tr("Check that the base URL points at an OpenAI-compatible API (ending in /v1).");
        break;
    case EndpointErrorKind::Cancelled:
        title = tr("Generation was stopped");
        hint.clear();
        break;
    }
}

namespace {

/** The worker side of a run (engine thread or the endpoint thread); touches no widget. */
void runJob(const GenerateRequest& request, ChatSource& source, const SharedPtr& shared,
            const std::atomic<bool>* engineStop)
{
    GenerationOptions options;
    options.existingPrompts = request.existingPrompts;
    options.limit = request.limit;
    if (!request.journal.isEmpty())
        options.journal = request.journal.toStdString();
    options.journalSettings = {{"source", source.describe()}};
    if (request.useEndpoint)
        options.journalSettings.update(
            nlohmann::json{{"endpoint", request.endpoint.baseUrl}, {"model", request.endpoint.model}});
    else
        options.journalSettings.update(nlohmann::json{{"model_dir", request.modelDir.toStdString()},
                                                      {"adapter_dir", request.adapterDir.toStdString()}});

    // Text is coalesced: one post every ~50 ms at most, per task and side.
    std::map<std::pair<size_t, bool>, std::string> pending;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    auto flush = [&] {
        for (auto& [key, text] : pending) {
            if (text.empty())
                continue;
            post(shared, [task = key.first, answer = key.second, piece = QString::fromStdString(text)](
                             GenerationController& c) { Q_EMIT c.textArrived(task, answer, piece); });
            text.clear();
        }
        sinceFlush.restart();
    };
    auto stopping = [&] {
        if (engineStop && engineStop->load())
            shared->stop = true;
        return shared->stop.load();
    };
    const GenerationOutcome outcome = runGeneration(
        request.recipe, source, options,
        [&](const GenerationProgress& progress, const GeneratedExample* row) {
            flush();
            post(shared, [progress, row = row ? std::optional<GeneratedExample>(*row) : std::nullopt](
                             GenerationController& c) { c.applyProgress(progress, row); });
            stopping();
        },
        [&](size_t task, bool answer, const std::string& piece) {
            pending[{task, answer}] += piece;
            if (sinceFlush.elapsed() >= 50)
                flush();
            return !stopping();
        },
        shared->stop);
    flush();
    post(shared, [outcome](GenerationController& c) { c.applyFinished(outcome); });
}

/** Catches what the run threw and reports it in the user's words. */
void reportFailure(const SharedPtr& shared, std::exception_ptr error)
{
    QString title;
    QString message;
    QString hint;
    try {
        std::rethrow_exception(error);
    } catch (const EndpointError& e) {
        describeEndpointError(e, title, hint);
        message = QString::fromStdString(e.what());
    } catch (...) {
        const EngineError e = toEngineError(std::current_exception());
        title = e.title;
        message = e.message;
        hint = e.hint;
    }
    post(shared, [title, message, hint](GenerationController& c) { c.applyFailed(title, message, hint); });
}

} // namespace

GenerationController::GenerationController(EngineController* engine, QObject* parent)
    : QObject(parent), m_engine(engine)
{
}

GenerationController::~GenerationController()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join(); // the endpoint thread stops within one HTTP callback (~20 ms sleeps)
}

QString GenerationController::sourceDescription() const
{
    if (m_request.useEndpoint)
        return QStringLiteral("model %1 at %2")
            .arg(QString::fromStdString(m_request.endpoint.model), QString::fromStdString(m_request.endpoint.baseUrl));
    return QStringLiteral("local model %1").arg(m_request.modelDir);
}

void GenerationController::applyProgress(const GenerationProgress& progress, const std::optional<GeneratedExample>& row)
{
    m_progress = progress;
    if (row) {
        m_rows.push_back(*row);
        Q_EMIT rowGenerated(*row);
    }
    Q_EMIT progressed(progress);
}

void GenerationController::applyNotice(const QString& notice)
{
    GenerationProgress p = m_progress;
    p.notice = notice.toStdString();
    Q_EMIT progressed(p);
}

void GenerationController::applyFinished(const GenerationOutcome& outcome)
{
    m_rows = outcome.rows;
    m_resumed = outcome.resumed;
    m_running = false;
    Q_EMIT finished(outcome.cancelled, outcome.exhausted);
}

void GenerationController::applyFailed(const QString& title, const QString& message, const QString& hint)
{
    m_running = false;
    Q_EMIT failed(title, message, hint);
}

void GenerationController::cancel()
{
    if (m_shared)
        m_shared->stop = true;
}

void GenerationController::start(GenerateRequest request)
{
    if (m_running)
        return;
    if (m_thread.joinable())
        m_thread.join();
    m_request = std::move(request);
    m_rows.clear();
    m_progress = GenerationProgress{};
    m_resumed = 0;
    m_shared = std::make_shared<Shared>();
    m_shared->owner = this;
    m_running = true;
    const SharedPtr shared = m_shared;
    const GenerateRequest req = m_request;
    if (req.useEndpoint) {
        m_thread = std::thread([req, shared] {
            try {
                OpenAiChatSource source(req.endpoint, [shared](const std::string& notice) {
                    post(shared, [notice = QString::fromStdString(notice)](GenerationController& c) {
                        c.applyNotice(notice);
                    });
                });
                runJob(req, source, shared, nullptr);
            } catch (...) {
                reportFailure(shared, std::current_exception());
            }
        });
        return;
    }
    if (!m_engine) {
        m_running = false;
        Q_EMIT failed(tr("No engine to run the model on"), QString(), QString());
        return;
    }
    m_engine->submit(JobKind::Generate, [req, shared](JobContext& ctx) {
        try {
            ctx.reportProgress(-1.0, tr("Loading the model…"));
            EngineState& state = ctx.state();
            if (req.adapterDir.isEmpty() && !state.adapterDir.empty())
                state.unload(); // an adapter from Compare would change the base model's text
            FalconModelImpl& model = state.model(req.modelDir.toStdString());
            if (!req.adapterDir.isEmpty())
                state.useAdapter(req.adapterDir.toStdString());
            LocalChatSource source(model, state.tokenizer(), req.chatTemplate,
                                   std::filesystem::path(req.modelDir.toStdString()).filename().string(), req.batchSize);
            runJob(req, source, shared, &ctx.stopFlag());
            ctx.setResult(JobResult{tr("Generation finished"), {}});
        } catch (...) {
            reportFailure(shared, std::current_exception());
        }
    });
}

} // namespace falconry::ui
