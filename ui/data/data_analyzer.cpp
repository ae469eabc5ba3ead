#include "ui/data/data_analyzer.h"

#include "core/tokenizer/tokenizer.h"

#include <algorithm>
#include <functional>

namespace falconry::ui {

namespace {

/**
 * analyzeDataset, except that the user's mapping is taken as it is: core's
 * fills unset roles from the detection, but a role the user set to "(none)"
 * in the wizard must stay empty. Falls back to the detection when no role is set.
 */
DatasetAnalysis analyzeRows(const Dataset& dataset, const Tokenizer* tokenizer, const AnalysisOptions& options,
                            const std::function<void(size_t, size_t)>& progress, const std::atomic<bool>& stop)
{
    DatasetAnalysis a;
    a.detection = detectFormat(dataset);
    a.mapping = options.mapping.empty() ? a.detection.mapping : options.mapping;
    a.promptTemplate = options.promptTemplate ? *options.promptTemplate : suggestedTemplate(a.detection.kind);
    const size_t n = dataset.rows.size();
    for (size_t i = 0; i < n && !stop.load(); ++i) {
        const DatasetRow& row = dataset.rows[i];
        try {
            const RenderedExample e = renderExample(a.promptTemplate, dataset, row, a.mapping, tokenizer, options.tokenize);
            size_t answers = 0;
            for (const TextSegment& s : e.segments)
                answers += s.trained && s.role == TurnRole::Assistant ? 1 : 0;
            a.multiTurnRows += answers > 1 ? 1 : 0;
            if (tokenizer) {
                a.tokenCounts.push_back(e.fullTokenCount);
                a.trainedCounts.push_back(e.trainedCount());
                a.cutRows += e.cut ? 1 : 0;
            }
        } catch (const std::exception& ex) {
            a.renderErrors.push_back({row.id, ex.what()});
            if (tokenizer) {
                a.tokenCounts.push_back(0);
                a.trainedCounts.push_back(0);
            }
        }
        progress(i + 1, n);
    }
    if (stop.load())
        return a;
    a.lengths = computeLengthStats(a.tokenCounts);
    const SplitOptions* split = options.split ? &*options.split : nullptr;
    a.findings = lintDataset(dataset, a.mapping, a.tokenCounts, options.lint, split);
    return a;
}

} // namespace

DataAnalyzer::DataAnalyzer(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

DataAnalyzer::~DataAnalyzer()
{
    cancel();
    m_pool.waitForDone();
}

void DataAnalyzer::cancel()
{
    if (m_stop)
        m_stop->store(true);
    ++m_generation; // whatever is still on its way is stale
    m_running = false;
}

void DataAnalyzer::start(std::shared_ptr<const Dataset> rows, AnalysisOptions options,
                         std::shared_ptr<const Tokenizer> tokenizer)
{
    cancel();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    const quint64 generation = m_generation;
    auto stop = m_stop;
    m_pool.start([this, generation, stop, rows = std::move(rows), options = std::move(options),
                  tokenizer = std::move(tokenizer)] {
        auto lastReport = std::make_shared<size_t>(0);
        try {
            auto analysis = std::make_shared<DatasetAnalysis>(analyzeRows(
                *rows, tokenizer.get(), options,
                [this, generation, lastReport](size_t done, size_t total) {
                    // About 50 progress reports per run, not one per row.
                    if (done == total || done - *lastReport >= std::max<size_t>(1, total / 50)) {
                        *lastReport = done;
                        QMetaObject::invokeMethod(this, [this, generation, done, total] {
                            if (generation == m_generation)
                                Q_EMIT progress(static_cast<int>(done), static_cast<int>(total));
                        }, Qt::QueuedConnection);
                    }
                },
                *stop));
            if (stop->load())
                return;
            QMetaObject::invokeMethod(this, [this, generation, analysis] {
                if (generation != m_generation)
                    return;
                m_running = false;
                Q_EMIT finished(analysis);
            }, Qt::QueuedConnection);
        } catch (const std::exception& e) {
            const QString message = QString::fromUtf8(e.what());
            QMetaObject::invokeMethod(this, [this, generation, message] {
                if (generation != m_generation)
                    return;
                m_running = false;
                Q_EMIT failed(message);
            }, Qt::QueuedConnection);
        }
    });
}

} // namespace falconry::ui
