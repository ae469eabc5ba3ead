#pragma once

#include "ui/model/model_catalogue.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace falconry::ui {

class DownloadManager;
class HubDownloadBox;
class MemoryBar;
class WorkSession;

/**
 * Step 1: pick a Falcon model (catalogue, Hugging Face cache, bundled demo or
 * any folder) and see, before anything loads, what a run would need against
 * what this machine has.
 */
class ModelPage final : public QWidget {
    Q_OBJECT
public:
    explicit ModelPage(WorkSession& session, QWidget* parent = nullptr);

    /** Checks `dir` and makes it the session's model; returns the error shown, or "". */
    QString openFolder(const QString& dir);
    /** The entry shown in the details (nullptr when none). */
    const CatalogueEntry* currentEntry() const;
    QTreeWidget* modelList() const { return m_list; }
    MemoryBar* memoryBar() const { return m_bar; }
    /** The "Start the demo" button (hidden when this build bundles no demo). */
    QPushButton* demoButton() const { return m_demo; }

    QString verdictText() const;
    /** Adds the Hub download box, driving the window's download manager. */
    void setHubDownloads(DownloadManager& downloads);
    HubDownloadBox* hubDownloadBox() const { return m_hubBox; }

Q_SIGNALS:
    /** The user asked for the guided demo (demo model, demo data, Quick test). */
    void demoRequested();

private:
    void populate();
    void addEntry(QTreeWidgetItem* group, const CatalogueEntry& entry);
    void showEntry(const CatalogueEntry* entry);
    void useCurrent();
    void chooseFolder();
    void updatePlan();

    WorkSession& m_session;
    QList<CatalogueEntry> m_entries;
    QList<CatalogueEntry> m_opened;
    QTreeWidget* m_list = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_location = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_demo = nullptr;
    QComboBox* m_precision = nullptr;
    QSpinBox* m_maxLength = nullptr;
    QSpinBox* m_batch = nullptr;
    QSpinBox* m_rank = nullptr;
    QCheckBox* m_checkpointing = nullptr;
    MemoryBar* m_bar = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_eta = nullptr;
    QLabel* m_planNote = nullptr;
    HubDownloadBox* m_hubBox = nullptr;
    QVBoxLayout* m_rightLayout = nullptr;
};

} // namespace falconry::ui
