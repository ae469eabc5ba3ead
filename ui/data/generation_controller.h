#pragma once

#include "core/data/prompt_template.h"
#include "core/datagen/generation_run.h"
#include "core/datagen/openai_client.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

namespace falconry::ui {

class EngineController;

/** One generation run as the Generate dialog asks for it. */
struct GenerateRequest {
    Recipe recipe;
    bool useEndpoint = false;
    EndpointSettings endpoint;            // useEndpoint: base URL, model, key (from the keychain), stream
    QString modelDir;                     // !useEndpoint: the model loaded on the engine thread
    QString adapterDir;                   // optional tuned adapter on top of it
    PromptTemplate chatTemplate;          // how the local model's prompts are rendered
    size_t batchSize = 4;                 // local model: requests per generate() batch
    std::vector<std::string> existingPrompts; // the dataset's prompts (near duplicates dropped)
    QString journal;                      // empty = a preview (nothing saved)
    size_t limit = 0;                     // a preview's row count
};

/**
 * Runs a GenerateRequest off the GUI thread: a local model as a job on the engine thread (where
 * the model lives), an OpenAI-compatible server on a thread of its own (network waits must not
 * hold up training or Compare). Everything it reports arrives on the GUI thread, text coalesced to
 * about every 50 ms. cancel() sets the stop flag at once; the rows finished stay in rows().
 */
class GenerationController final : public QObject {
    Q_OBJECT
public:
    explicit GenerationController(EngineController* engine, QObject* parent = nullptr);
    ~GenerationController() override;

    void start(GenerateRequest request);
    void cancel();
    bool isRunning() const { return m_running; }
    const GenerateRequest& request() const { return m_request; }
    const std::vector<GeneratedExample>& rows() const { return m_rows; }
    const GenerationProgress& lastProgress() const { return m_progress; }
    size_t resumedRows() const { return m_resumed; }
    QString sourceDescription() const;

Q_SIGNALS:
    void progressed(const falconry::GenerationProgress& progress);
    void textArrived(qulonglong task, bool answer, const QString& piece);
    void rowGenerated(const falconry::GeneratedExample& row);
    /** The run ended: every row, or fewer when cancelled / when too many questions were duplicates. */
    void finished(bool cancelled, bool exhausted);
    void failed(const QString& title, const QString& message, const QString& hint);

public:
    // Called on the GUI thread by the run itself (posted from the worker), not by users of the class.
    struct Shared;
    void applyProgress(const GenerationProgress& progress, const std::optional<GeneratedExample>& row);
    void applyNotice(const QString& notice);
    void applyFinished(const GenerationOutcome& outcome);
    void applyFailed(const QString& title, const QString& message, const QString& hint);

private:

    EngineController* m_engine;
    GenerateRequest m_request;
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
    bool m_running = false;
    std::vector<GeneratedExample> m_rows;
    GenerationProgress m_progress;
    size_t m_resumed = 0;
};

/** An endpoint failure in the user's words: title and what to do next (the details stay core's message). */
void describeEndpointError(const EndpointError& error, QString& title, QString& hint);

} // namespace falconry::ui
