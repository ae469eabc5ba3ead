#pragma once

#include "ui/train/run_history.h"

#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QTableWidget;

namespace falconry::ui {

/**
 * The Train page's "Runs" tab: every run found on disk with its steps, last loss and state, a
 * check box per run to overlay its curve on the chart, and the settings of the selected runs side
 * by side (the ones that differ in bold).
 */
class RunHistoryPanel final : public QWidget {
    Q_OBJECT
public:
    explicit RunHistoryPanel(QWidget* parent = nullptr);

    /** Puts a button of the page (e.g. "Resume selected run") first in the panel's button row. */
    void addLeadingButton(QPushButton* button);

    /** Reads the runs folder again; the run in `trainingRunDir` (if any) is shown as training. */
    void refresh(const QString& runsRoot, const QString& trainingRunDir);

    /** The run of the current row, or null when none is selected. */
    const RunRecord* selectedRun() const;
    /** The runs whose "Overlay" box is checked, in table order. */
    QList<RunRecord> overlaidRuns() const;

    /** Fills the side-by-side table with the selected runs (the first three when none is). */
    void showSettingsSideBySide();

Q_SIGNALS:
    void refreshRequested();
    void selectionChanged();
    void overlaysChanged();

private:
    QTableWidget* m_runs = nullptr;
    QTableWidget* m_sideBySide = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    int m_leadingButtons = 0;
    QList<RunRecord> m_records;
};

} // namespace falconry::ui
