#include "ui/app_settings.h"

namespace AppSettings {

SettingValue<QByteArray>& windowGeometry()
{
    static SettingValue<QByteArray> value(QStringLiteral("window/geometry"), QByteArray());
    return value;
}

SettingValue<QByteArray>& windowState()
{
    static SettingValue<QByteArray> value(QStringLiteral("window/state"), QByteArray());
    return value;
}

SettingValue<int>& currentStep()
{
    static SettingValue<int> value(QStringLiteral("window/currentStep"), 0);
    return value;
}

SettingValue<QString>& language()
{
    static SettingValue<QString> value(QStringLiteral("ui/language"), QString());
    return value;
}

SettingValue<QString>& theme()
{
    static SettingValue<QString> value(QStringLiteral("ui/theme"), QStringLiteral("system"));
    return value;
}

#define FALCONRY_SETTING(Type, name, key, def)                                                                      \
    SettingValue<Type>& name()                                                                                     \
    {                                                                                                              \
        static SettingValue<Type> value(QStringLiteral(key), def);                                                 \
        return value;                                                                                              \
    }

FALCONRY_SETTING(QString, lastModelDir, "session/lastModelDir", QString())
FALCONRY_SETTING(QString, lastDataset, "session/lastDataset", QString())
FALCONRY_SETTING(QString, runsFolder, "train/runsFolder", QString())
FALCONRY_SETTING(QString, bundleFolder, "train/bundleFolder", QString())
FALCONRY_SETTING(QString, trainSettings, "train/settings", QString())
FALCONRY_SETTING(QString, runTarget, "train/runTarget", QString())
FALCONRY_SETTING(double, sampleTemperature, "compare/temperature", 0.7)
FALCONRY_SETTING(double, sampleTopP, "compare/topP", 0.9)
FALCONRY_SETTING(int, sampleTopK, "compare/topK", 40)
FALCONRY_SETTING(int, sampleMaxNewTokens, "compare/maxNewTokens", 128)
FALCONRY_SETTING(double, sampleRepetitionPenalty, "compare/repetitionPenalty", 1.1)
// "" = as the adapter's run was trained (a new key: the old one defaulted to falcon-instruct).
FALCONRY_SETTING(QString, chatTemplate, "compare/templateName", QString())
FALCONRY_SETTING(QString, chatFourBitWeights, "compare/fourBitWeights", QString())
FALCONRY_SETTING(QString, generateSource, "generate/source", QStringLiteral("local"))
FALCONRY_SETTING(QString, generateBaseUrl, "generate/baseUrl", QStringLiteral("http://localhost:11434/v1"))
FALCONRY_SETTING(QString, generateApiModel, "generate/apiModel", QString())
FALCONRY_SETTING(bool, generateStream, "generate/stream", true)

#undef FALCONRY_SETTING

} // namespace AppSettings
