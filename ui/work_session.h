#pragma once

#include <QObject>
#include <QString>

namespace falconry::ui {

/**
 * What the user has chosen so far along the path: the model, the dataset and
 * the current run. Pages read it and react to its signals, so the steps stay
 * in sync without knowing each other. Lives on the GUI thread.
 */
class WorkSession final : public QObject {
    Q_OBJECT
public:
    explicit WorkSession(QObject* parent = nullptr);

    /** Folder of the chosen model (config.json + weights + tokenizer); empty when none. */
    QString modelDir() const { return m_modelDir; }
    /** Name to show for the model (catalogue name or folder name). */
    QString modelName() const { return m_modelName; }
    void setModel(const QString& dir, const QString& name);

    /** Dataset file for training (set by the Data step or the Train page's chooser). */
    QString datasetPath() const { return m_datasetPath; }
    void setDatasetPath(const QString& path);

    /** The run folder in focus (the one training or trained last); empty when none. */
    QString runDir() const { return m_runDir; }
    void setRunDir(const QString& dir);

    /** Says the run folder's content changed (a run finished): pages re-read it. */
    void notifyRunUpdated() { Q_EMIT runChanged(m_runDir); }

    /** Where new runs are created: the runs-folder setting, by default in the app data folder. */
    static QString runsRoot();

Q_SIGNALS:
    void modelChanged(const QString& dir);
    void datasetChanged(const QString& path);
    void runChanged(const QString& dir);

private:
    QString m_modelDir;
    QString m_modelName;
    QString m_datasetPath;
    QString m_runDir;
};

} // namespace falconry::ui
