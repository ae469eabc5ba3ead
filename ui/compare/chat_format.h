#pragma once

#include "core/data/chat_prompt.h"
#include "core/data/prompt_template.h"
#include "core/data/role_mapping.h"

#include <QString>
#include <QList>
#include <QStringList>

namespace falconry::ui {

struct ChatTurn;
struct DataSettings;

/** How the Compare page writes a conversation for the model: a core/data template and the mapping it fills. */
struct ChatFormat {
    PromptTemplate promptTemplate;
    RoleMapping mapping; // a Custom template's {column} placeholders resolve through it
    QString runDir;      // the run whose run.json said so; empty when it is not a run's
};

/**
 * The template and mapping the adapter in `adapterDir` was trained with, from the run.json of
 * the run folder that holds it (`run/adapter`, `run/checkpoints/step-N[/adapter]`). False
 * when the folder is not part of a run or its run.json names no template.
 */
bool chatFormatOfAdapter(const QString& adapterDir, ChatFormat* format);

/**
 * What Compare writes prompts with: `templateName` empty ("as trained") = the adapter's run's
 * template and mapping when it has them, else the Data page's; a named template = that one,
 * with the Data page's mapping.
 */
ChatFormat chatFormatFor(const QString& templateName, const QString& adapterDir, const DataSettings& data);

/** One side's conversation so far plus the new `message`, written by core/data as training wrote examples. */
ChatPrompt renderConversation(const ChatFormat& format, const QList<ChatTurn>& history, const QString& message);

} // namespace falconry::ui
