#pragma once

#include "ui/train/run_history.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace falconry::ui {

/**
 * The Train page's "Runs" tab: every run found on disk with its steps, last loss and state, a
 * check box per run to overlay its curve on the chart, and the settings of the selected runs side
 * by side (the ones that differ in bold). A finished run can be saved as a run bundle (one
 * .falconry-run file, core/train/run_bundle.h), and a bundle opened: it is unpacked under
 * `runs`/imported and listed as an imported, read-only run (its chart, probes and adapter map
 * as for a local run; never resumed, its files never changed).
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

    /**
     * Starts writing `run` as a bundle at `file` (with its examples when the box is ticked) off the
     * GUI thread; bundleFinished says how it ended.
     */
    void saveBundle(const RunRecord& run, const QString& file);
    /**
     * Starts opening the bundle `file` off the GUI thread: verified and unpacked read-only under the
     * imported runs (once: the same bundle opened again is the run already there); when done it is
     * listed, selected and its curve overlaid, and bundleFinished says how it ended.
     */
    void openBundle(const QString& file);
    /** A save or an open is running (the bundle buttons are off meanwhile). */
    bool isBundleBusy() const { return m_bundleBusy; }

Q_SIGNALS:
    void refreshRequested();
    void selectionChanged();
    void overlaysChanged();
    /** A saveBundle or openBundle has ended: "" or what went wrong (also shown under the buttons). */
    void bundleFinished(const QString& problem);

private:
    void chooseBundleToSave();
    void chooseBundleToOpen();
    void updateBundleButtons();
    void selectRunDir(const QString& dir, bool overlay);
    /** Runs `work` (values only, no widget) on the thread pool, then `done` here; "" = it worked. */
    void startBundleJob(const QString& busyText, std::function<QString()> work, std::function<void(const QString&)> done);

    QTableWidget* m_runs = nullptr;
    QTableWidget* m_sideBySide = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    int m_leadingButtons = 0;
    QList<RunRecord> m_records;
    QString m_runsRoot;
    QString m_trainingRunDir;
    QPushButton* m_saveBundle = nullptr;
    QPushButton* m_openBundle = nullptr;
    QCheckBox* m_bundleExamples = nullptr;
    QLabel* m_bundleStatus = nullptr;
    bool m_bundleBusy = false;
    bool m_bundleFromDialog = false; // a failure then also gets a message box
};

} // namespace falconry::ui
