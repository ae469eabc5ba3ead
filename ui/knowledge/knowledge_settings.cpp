#include "ui/knowledge/knowledge_settings.h"

namespace falconry::ui::KnowledgeSettings {

SettingValue<QString>& database()
{
    static SettingValue<QString> value(QStringLiteral("knowledge/database"), QString());
    return value;
}

SettingValue<bool>& guideHidden()
{
    static SettingValue<bool> value(QStringLiteral("knowledge/guideHidden"), false);
    return value;
}

} // namespace falconry::ui::KnowledgeSettings
