#include "ui/compare/chat_format.h"

#include "ui/compare/chat_pane.h"
#include "ui/data/data_settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace falconry::ui {

bool chatFormatOfAdapter(const QString& adapterDir, ChatFormat* format)
{
    if (adapterDir.isEmpty())
        return false;
    // run/adapter, run/checkpoints/step-N and run/checkpoints/step-N/adapter: run.json is 1 to 3 levels up.
    QDir dir(adapterDir);
    for (int up = 0; up < 3 && dir.cdUp(); ++up) {
        QFile file(dir.filePath(QStringLiteral("run.json")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject settings = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("settings")).toObject();
        const QString name = settings.value(QStringLiteral("template")).toString();
        if (name.isEmpty())
            return false;
        try {
            format->promptTemplate = PromptTemplate::fromName(name.toStdString());
            format->mapping = RoleMapping::parse(settings.value(QStringLiteral("mapping")).toString().toStdString());
        } catch (const std::exception&) {
            return false; // a run.json this version cannot read: the user picks the template
        }
        format->runDir = dir.absolutePath();
        return true;
    }
    return false;
}

ChatFormat chatFormatFor(const QString& templateName, const QString& adapterDir, const DataSettings& data)
{
    ChatFormat format;
    if (templateName.isEmpty() && chatFormatOfAdapter(adapterDir, &format))
        return format;
    // Not a run's adapter (or a template chosen by hand): the Data page's template and mapping.
    format.promptTemplate = templateName.isEmpty() ? data.promptTemplate : PromptTemplate::fromName(templateName.toStdString());
    format.mapping = data.mapping;
    return format;
}

ChatPrompt renderConversation(const ChatFormat& format, const QList<ChatTurn>& history, const QString& message)
{
    std::vector<ChatExchange> exchanges;
    for (const ChatTurn& t : history)
        exchanges.push_back({t.user.toStdString(), t.assistant.toStdString()});
    return renderChatPrompt(format.promptTemplate, format.mapping, exchanges, message.toStdString());
}

} // namespace falconry::ui
