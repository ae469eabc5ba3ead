#pragma once

#include "ui/model/model_catalogue.h"
#include "ui/model/training_estimate.h"

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
struct PlanView;
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
    /** The training-time line: how long one epoch of the chosen data takes here, and where the speed comes from. */
    QString trainingTimeText() const;
    /** Adds the Hub download box, driving the window's download manager. */
    void setHubDownloads(DownloadManager& downloads);
    /** Shows `guide` (the strategy guide) under the demo banner; the page takes ownership. */
    void addGuide(QWidget* guide);
    HubDownloadBox* hubDownloadBox() const { return m_hubBox; }

Q_SIGNALS:
    /** The user asked for the guided demo (demo model, demo data, Quick test). */
    void demoRequested();

protected:
    /** Coming back to the page: a run may have measured this computer's speed meanwhile. */
    void showEvent(QShowEvent* event) override;

private:
    void populate();
    void addEntry(QTreeWidgetItem* group, const CatalogueEntry& entry);
    void showEntry(const CatalogueEntry* entry);
    void useCurrent();
    void chooseFolder();
    void updatePlan();
    /** Re-reads this computer's speed for the model and recounts the dataset's tokens when they changed. */
    void refreshEstimate();
    QString trainingTimeLine(const PlanView& plan) const;

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
    // The training-time estimate: the dataset's tokens (counted off the GUI thread) and the speed.
    QString m_tokensKey;        // model | dataset | max length | file time of the count below
    DatasetTokens m_tokens;
    bool m_counting = false;
    quint64 m_countGeneration = 0;
    TrainingSpeed m_speed;
    double m_matmulGflops = 0.0; // this computer's, measured once off the GUI thread
    bool m_measuringMatmul = false;
    QString m_speedModel;        // the model m_speed was read for ("" = read again)
    HubDownloadBox* m_hubBox = nullptr;
    QVBoxLayout* m_rightLayout = nullptr;
};

} // namespace falconry::ui
