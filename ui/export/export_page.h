#pragma once

#include "ui/engine/engine_types.h"
#include "ui/export/gguf_export_job.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace falconry::ui {

class EngineController;
class WorkSession;

/**
 * Step 5: take the result away: the adapter as a PEFT folder, a merged
 * Hugging Face folder, or (with network and a token) an upload to the Hub.
 */
class ExportPage final : public QWidget {
    Q_OBJECT
public:
    ExportPage(WorkSession& session, EngineController& engine, QWidget* parent = nullptr);

    QString adapterDir() const;
    void setAdapterDir(const QString& dir);
    /** Starts saving the adapter to `destination`; false with the reason shown when it cannot. */
    bool saveAdapterTo(const QString& destination);
    bool mergeTo(const QString& destination);
    /** The line under the progress bar: what a job did, or what is missing before one can start. */
    QString statusText() const;

    /**
     * Where an export into the folder the user chose goes: that folder when it is empty or new,
     * else a new folder `name` inside it (`name-2`, `name-3`, ... when taken).
     */
    static QString exportFolderIn(const QString& chosen, const QString& name);
    /** Starts the GGUF export (adapter merged when one is chosen); false when busy. */
    bool exportGguf(const GgufExportRequest& request);

private:
    void onRunChanged();
    void updateButtons();
    void onEnded(quint64 id, const QString& text, bool ok);
    /** Asks for a folder (a directory chooser) and returns where the export goes, or "". */
    QString chooseDestination(const QString& title, const QString& name);
    void setStatus(const QString& text, bool hint);
    void openUploadDialog();

    WorkSession& m_session;
    EngineController& m_engine;
    QLineEdit* m_adapter = nullptr;
    QPushButton* m_saveAdapter = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_gguf = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_upload = nullptr;
    QPushButton* m_adapterMap = nullptr; // opens the AdapterMapDialog on the adapter
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    quint64 m_jobId = 0;
    bool m_statusIsHint = false; // the status says what is missing (not what a job did)
};

} // namespace falconry::ui
