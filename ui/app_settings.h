#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

/**
 * Every persistent setting of the app, typed, with its key and default in one
 * place. The UI converts these into core config structs before calling core;
 * core never reads QSettings.
 */
template<typename T>
class SettingValue {
public:
    SettingValue(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {
    }
    T get() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    const QString& key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

namespace AppSettings {
/** The main window's geometry and dock/toolbar state. */
SettingValue<QByteArray>& windowGeometry();
SettingValue<QByteArray>& windowState();
/** The step page shown last (0 = Model ... 4 = Export). */
SettingValue<int>& currentStep();
/** "" follows the system locale; otherwise e.g. "de", "fr", "es", "zh_CN", "en". */
SettingValue<QString>& language();
/** "system", "light" or "dark". */
SettingValue<QString>& theme();

/** The model folder chosen last; reopened at start. */
SettingValue<QString>& lastModelDir();
/** The dataset file chosen last for training. */
SettingValue<QString>& lastDataset();
/** Where runs are created; "" = <app data>/runs. */
SettingValue<QString>& runsFolder();
/** The folder a run bundle was last saved to or opened from (Train page, Runs tab). */
SettingValue<QString>& bundleFolder();
/** The Train page's settings last used, as the JSON of TrainSettings. */
SettingValue<QString>& trainSettings();
/** The Train page's "Run on" choice, as the JSON of RunTargetSettings. */
SettingValue<QString>& runTarget();
/** Sampling on the Compare page. */
SettingValue<double>& sampleTemperature();
SettingValue<double>& sampleTopP();
SettingValue<int>& sampleTopK();
SettingValue<int>& sampleMaxNewTokens();
SettingValue<double>& sampleRepetitionPenalty();
/** Template name on the Compare page (core/data PromptTemplate name; "" = as trained). */
SettingValue<QString>& chatTemplate();
/** Compare's "4-bit weights for chat": "on", "off", or "" = by the model's size (ui/compare/chat_weights). */
SettingValue<QString>& chatFourBitWeights();
/** The Generate dialog's text source: "local" or "endpoint", and the server's base URL, model and streaming (never the key). */
SettingValue<QString>& generateSource();
SettingValue<QString>& generateBaseUrl();
SettingValue<QString>& generateApiModel();
SettingValue<bool>& generateStream();
} // namespace AppSettings
