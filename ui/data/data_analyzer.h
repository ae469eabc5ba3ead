#pragma once

#include "core/data/dataset_analysis.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace falconry::ui {

/**
 * Runs analyzeDataset (render + tokenize every row, stats, lint) on a worker
 * thread over a snapshot of the rows, so the GUI thread never waits for it.
 * A new start() cancels the run in progress; only the latest run's result is
 * delivered, as a shared value on the GUI thread.
 */
class DataAnalyzer final : public QObject {
    Q_OBJECT
public:
    explicit DataAnalyzer(QObject* parent = nullptr);
    ~DataAnalyzer() override;

    void start(std::shared_ptr<const Dataset> rows, AnalysisOptions options,
               std::shared_ptr<const Tokenizer> tokenizer);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(std::shared_ptr<const falconry::DatasetAnalysis> analysis);
    void failed(const QString& message);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_stop;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace falconry::ui
