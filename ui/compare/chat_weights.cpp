#include "ui/compare/chat_weights.h"

#include "core/model/falcon_config.h"
#include "ui/app_settings.h"

#include <exception>

namespace falconry::ui {

bool chatUsesFourBitWeights(const QString& modelDir)
{
    const QString remembered = AppSettings::chatFourBitWeights().get();
    if (remembered == QLatin1String("on"))
        return true;
    if (remembered == QLatin1String("off") || modelDir.isEmpty())
        return false;
    try {
        return static_cast<double>(FalconConfig::load(modelDir.toStdString()).parameterCount()) >= kFourBitFromParameters;
    } catch (const std::exception&) {
        return false; // not a Falcon folder (yet): the Model page says why; Send refuses it there
    }
}

void rememberChatFourBitWeights(bool on)
{
    AppSettings::chatFourBitWeights().set(on ? QStringLiteral("on") : QStringLiteral("off"));
}

} // namespace falconry::ui
