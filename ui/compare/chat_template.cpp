#include "ui/compare/chat_template.h"

#include <QCoreApplication>

namespace falconry::ui {

QList<ChatTemplate> ChatTemplate::all()
{
    return {
        {QStringLiteral("falcon-instruct"), QCoreApplication::translate("ChatTemplate", "Falcon instruct (User: / Assistant:)"), QString()},
        {QStringLiteral("falcon-chat"), QCoreApplication::translate("ChatTemplate", "Falcon chat (System: / User: / Falcon:)"),
         QStringLiteral("You are a helpful assistant.")},
        {QStringLiteral("guanaco"), QCoreApplication::translate("ChatTemplate", "Guanaco (### Human: / ### Assistant:)"), QString()},
        {QStringLiteral("alpaca"), QCoreApplication::translate("ChatTemplate", "Alpaca (### Instruction: / ### Response:)"), QString()},
        {QStringLiteral("plain"), QCoreApplication::translate("ChatTemplate", "Plain text (no template)"), QString()},
    };
}

ChatTemplate ChatTemplate::byId(const QString& id)
{
    const QList<ChatTemplate> templates = all();
    for (const ChatTemplate& t : templates) {
        if (t.id == id)
            return t;
    }
    return templates.first();
}

QString ChatTemplate::render(const QList<ChatTurn>& history, const QString& message) const
{
    QString out;
    QList<ChatTurn> turns = history;
    turns.append({message, QString()});
    if (id == QLatin1String("falcon-chat") && !system.isEmpty())
        out += QStringLiteral("System: ") + system + QLatin1Char('\n');
    for (int i = 0; i < turns.size(); ++i) {
        const ChatTurn& t = turns[i];
        const bool last = i == turns.size() - 1;
        if (id == QLatin1String("falcon-instruct")) {
            out += QStringLiteral("User: ") + t.user + QStringLiteral("\nAssistant:");
            if (!last)
                out += QLatin1Char(' ') + t.assistant + QLatin1Char('\n');
        } else if (id == QLatin1String("falcon-chat")) {
            out += QStringLiteral("User: ") + t.user + QStringLiteral("\nFalcon:");
            if (!last)
                out += QLatin1Char(' ') + t.assistant + QLatin1Char('\n');
        } else if (id == QLatin1String("guanaco")) {
            out += QStringLiteral("### Human: ") + t.user + QStringLiteral(" ### Assistant:");
            if (!last)
                out += QLatin1Char(' ') + t.assistant + QLatin1Char(' ');
        } else if (id == QLatin1String("alpaca")) {
            out += QStringLiteral("### Instruction:\n") + t.user + QStringLiteral("\n\n### Response:\n");
            if (!last)
                out += t.assistant + QStringLiteral("\n\n");
        } else {
            out += t.user;
            if (!last)
                out += t.assistant;
        }
    }
    return out;
}

QStringList ChatTemplate::stopStrings() const
{
    if (id == QLatin1String("falcon-instruct"))
        return {QStringLiteral("\nUser:")};
    if (id == QLatin1String("falcon-chat"))
        return {QStringLiteral("\nUser:")};
    if (id == QLatin1String("guanaco"))
        return {QStringLiteral("### Human:")};
    if (id == QLatin1String("alpaca"))
        return {QStringLiteral("### Instruction:")};
    return {};
}

} // namespace falconry::ui
