#pragma once

#include "ui/knowledge/knowledge_context.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace falconry::ui {

/** One finished exchange of a conversation. */
struct ChatTurn {
    QString user;
    QString assistant;
    QList<CitedPassage> passages; // what the answer was given from the knowledge base (none = without it)
};

/** One side of the comparison: a title and the conversation, the answer streaming in. */
class ChatPane final : public QWidget {
    Q_OBJECT
public:
    explicit ChatPane(QWidget* parent = nullptr);

    void setTitle(const QString& title, const QString& subtitle);
    void beginTurn(const QString& userText);
    void appendAnswer(const QString& text);
    /** Ends the turn; `keep` false (stopped, failed) shows it but leaves it out of the history. */
    void endTurn(const QString& note = QString(), bool keep = true, const QList<CitedPassage>& passages = {});
    void clear();
    /** The finished exchanges of this side (what the next prompt continues). */
    const QList<ChatTurn>& history() const { return m_history; }
    QString currentAnswer() const { return m_answer; }
    /** The line under the last answer (its length and why it ended, or why it failed). */
    QString note() const { return m_note; }
    /** Everything shown, as plain text (for Copy). */
    QString transcript() const;
    void setHistory(const QList<ChatTurn>& history);
    /** Opens a box with the passage (text and source) behind the n-th passage link of the view. */
    void showPassage(int index);
    /** Every passage listed in the view, in the order of their links. */
    const QList<CitedPassage>& shownPassages() const { return m_shown; }

private:
    void render();

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QTextBrowser* m_view = nullptr;
    QList<ChatTurn> m_history;
    QString m_pendingUser;
    QString m_answer;
    QString m_note;
    ChatTurn m_discarded; // the last turn when it was not kept: shown greyed, not continued
    bool m_inTurn = false;
    QList<CitedPassage> m_shown; // the passages linked in the view ("passage:N" = m_shown[N])
};

} // namespace falconry::ui
