#pragma once

#include "ui/train/run_target.h"

#include <QGroupBox>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace falconry::ui {

/**
 * The Train page's "Run on" choice: this computer (in-process), N local processes
 * (`falconry-cli train --nproc N`), or a cluster, for which a torchrun or Slurm launch
 * script is exported. Restores the last choice and remembers every change
 * (AppSettings::runTarget).
 */
class RunTargetPanel final : public QGroupBox {
    Q_OBJECT
public:
    explicit RunTargetPanel(QWidget* parent = nullptr);

    RunTargetSettings settings() const;
    void setSettings(const RunTargetSettings& settings);
    /** The most local processes offered: the cores of this machine (at least 2). */
    static int maxLocalProcesses();

    QPushButton* exportButton() const { return m_export; }

Q_SIGNALS:
    void settingsChanged();
    /** "Export launch script…" was clicked. */
    void exportRequested();

private:
    void onChanged();
    void updateEnabled();
    void updateThreadsHelp();

    bool m_applying = false;
    QButtonGroup* m_targets = nullptr;
    QRadioButton* m_thisComputer = nullptr;
    QRadioButton* m_local = nullptr;
    QRadioButton* m_cluster = nullptr;
    QWidget* m_localBox = nullptr;
    QSpinBox* m_processes = nullptr;
    QComboBox* m_localDevice = nullptr;
    QLabel* m_threadsHelp = nullptr;
    QWidget* m_clusterBox = nullptr;
    QComboBox* m_launcher = nullptr;
    QSpinBox* m_nodes = nullptr;
    QSpinBox* m_perNode = nullptr;
    QComboBox* m_clusterDevice = nullptr;
    QLineEdit* m_partition = nullptr;
    QLineEdit* m_timeLimit = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace falconry::ui
