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

} // namespace AppSettings
