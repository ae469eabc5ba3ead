#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace falconry::ui {

struct DataSettings;

/**
 * What the user has chosen so far along the path: the model, the dataset and
 * the current run. Pages read it and react to its signals, so the steps stay
 * in sync without knowing each other. Lives on the GUI thread.
 */
class WorkSession final : public QObject {
    Q_OBJECT
public:
    explicit WorkSession(QObject* parent = nullptr);
    ~WorkSession() override;

    /** Folder of the chosen model (config.json + weights + tokenizer); empty when none. */
    QString modelDir() const { return m_modelDir; }
    /** Name to show for the model (catalogue name or folder name). */
    QString modelName() const { return m_modelName; }
    void setModel(const QString& dir, const QString& name);

    /** Dataset file for training (set by the Data step or the Train page's chooser). */
    QString datasetPath() const { return m_datasetPath; }
    void setDatasetPath(const QString& path);

    /**
     * How the dataset becomes training examples (mapping, template, train-on, max length, cut
     * side, eval split): the one home of these settings. The Data page edits them (its previews
     * and lint use them), the Train page shows max length and eval split from here, and every
     * run started in the app trains with them.
     */
    const DataSettings& dataSettings() const { return *m_dataSettings; }
    void setDataSettings(const DataSettings& settings);
    /** The Data page project whose dataset.jsonl the mapping and template belong to; empty = none. */
    QString dataProjectFolder() const { return m_dataProjectFolder; }
    void setDataProjectFolder(const QString& folder) { m_dataProjectFolder = folder; }
    /** The Data page registers how to write its unsaved edits; false + error when it cannot. */
    void setDataEditsSaver(std::function<bool(QString* error)> saver) { m_saveDataEdits = std::move(saver); }
    /** Writes the Data page's unsaved edits (before a run, so it trains on what the user sees). */
    bool saveDataEdits(QString* error);

    /** The run folder in focus (the one training or trained last); empty when none. */
    QString runDir() const { return m_runDir; }
    void setRunDir(const QString& dir);

    /** Says the run folder's content changed (a run finished): pages re-read it. */
    void notifyRunUpdated() { Q_EMIT runChanged(m_runDir); }

    /** Where new runs are created: the runs-folder setting, by default in the app data folder. */
    static QString runsRoot();

    /** The knowledge base (one SQLite file) the Knowledge page fills and Compare answers from. */
    QString knowledgeBasePath() const { return m_knowledgeBasePath; }
    void setKnowledgeBasePath(const QString& path);
    /** Says the knowledge base's documents changed (an import or a removal ended). */
    void notifyKnowledgeUpdated() { Q_EMIT knowledgeBaseChanged(m_knowledgeBasePath); }

Q_SIGNALS:
    void modelChanged(const QString& dir);
    void datasetChanged(const QString& path);
    void runChanged(const QString& dir);
    void dataSettingsChanged();
    void knowledgeBaseChanged(const QString& path);

private:
    QString m_modelDir;
    QString m_modelName;
    QString m_datasetPath;
    QString m_runDir;
    QString m_knowledgeBasePath;
    std::unique_ptr<DataSettings> m_dataSettings;
    QString m_dataProjectFolder;
    std::function<bool(QString*)> m_saveDataEdits;
};

} // namespace falconry::ui
