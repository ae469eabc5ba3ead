#pragma once

#include <QDateTime>
#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace falconry::ui {

/**
 * The Train page's "Probes" tab: the probe prompts of one run (its probes.jsonl), and for the
 * chosen prompt a timeline of answers: the base model, every checkpoint in step order, and the
 * dataset's reference answer, each answer with what changed since the one before it marked
 * (added words highlighted, removed ones struck through). Above it, the time the probes cost.
 */
class ProbeTimeline final : public QWidget {
    Q_OBJECT
public:
    explicit ProbeTimeline(QWidget* parent = nullptr);

    /** Shows the run in `runDir` ("" = none); `runSeconds` is its length so far (for the share the probes took). */
    void showRun(const QString& runDir, double runSeconds);
    /** Reads probes.jsonl again when it changed (while the run goes). */
    void reload(double runSeconds);

    QString runDir() const { return m_runDir; }
    /** Number of probe prompts shown. */
    int promptCount() const;
    /** The timeline of the current prompt as HTML (what the browser shows). */
    QString timelineHtml() const;
    /** The line about what the probes cost. */
    QString costText() const;
    void selectPrompt(int row);

private:
    void load();
    void showPrompt();

    QString m_runDir;
    double m_runSeconds = 0.0;
    qint64 m_fileSize = -1;
    QDateTime m_fileTime;
    QLabel* m_cost = nullptr;
    QListWidget* m_prompts = nullptr;
    QTextBrowser* m_timeline = nullptr;
};

} // namespace falconry::ui
