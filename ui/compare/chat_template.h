#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace falconry::ui {

/** One exchange of a conversation. */
struct ChatTurn {
    QString user;
    QString assistant;
};

/**
 * How a conversation is written out for the model. The Falcon-instruct,
 * Falcon chat, Guanaco and Alpaca formats are those the Falcon models and
 * their common fine-tunes were trained with.
 */
struct ChatTemplate {
    QString id;
    QString name;
    QString system;      // system line, used by templates that have one

    static QList<ChatTemplate> all();
    static ChatTemplate byId(const QString& id);

    /** The prompt for `history` followed by `message`, ending where the model's answer starts. */
    QString render(const QList<ChatTurn>& history, const QString& message) const;
    /** Text after which generation stops (the next user turn starting). */
    QStringList stopStrings() const;
};

} // namespace falconry::ui
