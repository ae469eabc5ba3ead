#pragma once

#include "core/train/run_triage.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace falconry::ui {

/**
 * What went (or would go) wrong with a run, in plain words (core/train/run_triage finds it):
 * per finding what happened, why it matters and what to do, with one button per fix that
 * changes the Train settings (or shows the cut rows, or opens the Data page). Shown on the
 * Train page above the settings and charts, before a start and after a run; hidden when there
 * is nothing to say. The words are the GUI's own (tr()), from the finding's kind and facts.
 */
class TriagePanel final : public QWidget {
    Q_OBJECT
public:
    explicit TriagePanel(QWidget* parent = nullptr);

    void showFindings(std::vector<TriageFinding> findings);
    void clear() { showFindings({}); }
    const std::vector<TriageFinding>& findings() const { return m_findings; }
    /** The button of fix `fixId` of the finding of `kind` (tests click it), or null. */
    QPushButton* fixButton(const QString& kind, const QString& fixId) const;
    /** The finding's title, what happened, why and what to do, as shown (tests, screenshots). */
    QString findingText(const QString& kind) const;
    /** After a fix was applied: its finding says so, its buttons are disabled. */
    void markApplied(int finding, const QString& what);

    /** The title of a finding in the user's words. */
    static QString titleOf(const TriageFinding& finding);
    /** What happened, why it matters, what to do, in the user's words. */
    static QStringList wordsOf(const TriageFinding& finding);
    /** The button text of a fix, or "" when the GUI has no one-click action for it. */
    static QString fixLabel(const TriageFix& fix);

Q_SIGNALS:
    /** The user clicked fix `fix` of finding `finding` (indices into findings()). */
    void fixRequested(int finding, int fix);

private:
    std::vector<TriageFinding> m_findings;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_list = nullptr;
    QVBoxLayout* m_listLayout = nullptr;
    std::vector<QWidget*> m_cards;
};

} // namespace falconry::ui
