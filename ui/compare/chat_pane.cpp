#include "ui/compare/chat_pane.h"

#include <QLabel>
#include <QMessageBox>
#include <QUrl>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace falconry::ui {

ChatPane::ChatPane(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("chatView"));
    m_view->setOpenLinks(false);
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("passage"))
            showPassage(url.path().toInt());
    });
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_view, 1);
}

void ChatPane::setTitle(const QString& title, const QString& subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
}

void ChatPane::beginTurn(const QString& userText)
{
    m_discarded = {};
    m_pendingUser = userText;
    m_answer.clear();
    m_note.clear();
    m_inTurn = true;
    render();
}

void ChatPane::appendAnswer(const QString& text)
{
    m_answer += text;
    render();
}

void ChatPane::endTurn(const QString& note, bool keep, const QList<CitedPassage>& passages)
{
    if (!m_inTurn)
        return;
    if (keep)
        m_history.append({m_pendingUser, m_answer.trimmed(), passages});
    else
        m_discarded = {m_pendingUser, m_answer.trimmed(), passages};
    m_note = note;
    m_inTurn = false;
    m_pendingUser.clear();
    m_answer.clear();
    render();
}

void ChatPane::clear()
{
    m_history.clear();
    m_discarded = {};
    m_pendingUser.clear();
    m_answer.clear();
    m_note.clear();
    m_inTurn = false;
    render();
}

void ChatPane::setHistory(const QList<ChatTurn>& history)
{
    m_history = history;
    render();
}

void ChatPane::showPassage(int index)
{
    if (index < 0 || index >= m_shown.size())
        return;
    const CitedPassage& p = m_shown[index];
    auto* box = new QMessageBox(QMessageBox::Information, tr("Passage [%1]").arg(p.number), p.text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("passageBox"));
    box->setInformativeText(tr("Source: %1").arg(p.where()));
    box->setDetailedText(p.source);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString ChatPane::transcript() const
{
    QString out;
    for (const ChatTurn& t : m_history)
        out += tr("You: %1\n\nModel: %2\n\n").arg(t.user, t.assistant);
    if (m_inTurn)
        out += tr("You: %1\n\nModel: %2\n").arg(m_pendingUser, m_answer);
    return out.trimmed();
}

void ChatPane::render()
{
    // Rebuilt as a whole: a conversation is short, and this keeps the
    // streamed text and the history rendered the same way.
    const QString you = tr("You");
    const QString model = tr("Model");
    QString html;
    m_shown.clear();
    auto passagesHtml = [&](const QList<CitedPassage>& passages) {
        if (passages.isEmpty())
            return;
        QStringList links;
        for (const CitedPassage& p : passages) {
            links << QStringLiteral("<a href='passage:%1'>[%2] %3</a>%4")
                         .arg(m_shown.size())
                         .arg(p.number)
                         .arg(p.where().toHtmlEscaped(), p.cited ? QStringLiteral(" ✓") : QString());
            m_shown.append(p);
        }
        html += QStringLiteral("<p style='margin-top:0;font-size:small'>%1 %2</p>")
                    .arg(tr("From the knowledge base:"), links.join(QStringLiteral(" · ")));
    };
    auto turnHtml = [&](const QString& user, const QString& answer, bool streaming) {
        html += QStringLiteral("<p style='margin-bottom:2px'><b>%1:</b> %2</p>").arg(you, user.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        html += QStringLiteral("<p style='margin-top:2px'><b>%1:</b> %2%3</p>")
                    .arg(model, answer.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                         streaming ? QStringLiteral(" ▍") : QString());
    };
    for (const ChatTurn& t : m_history) {
        turnHtml(t.user, t.assistant, false);
        passagesHtml(t.passages);
    }
    if (!m_discarded.user.isEmpty()) {
        html += QStringLiteral("<div style='color:gray'>");
        turnHtml(m_discarded.user, m_discarded.assistant, false);
        passagesHtml(m_discarded.passages);
        html += QStringLiteral("</div>");
    }
    if (m_inTurn)
        turnHtml(m_pendingUser, m_answer, true);
    if (!m_note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(m_note.toHtmlEscaped());
    QScrollBar* bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    m_view->setHtml(html);
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace falconry::ui
