#pragma once

#include "ui/app_settings.h"

namespace falconry::ui::KnowledgeSettings {

/** The knowledge-base file opened last; "" = the default one in the app data folder. */
SettingValue<QString>& database();
/** The strategy guide on the Model page was hidden by the user. */
SettingValue<bool>& guideHidden();

} // namespace falconry::ui::KnowledgeSettings
