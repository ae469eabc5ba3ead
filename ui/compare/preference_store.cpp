#include "ui/compare/preference_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace falconry::ui {

QString PreferenceStore::append(const QString& prompt, const QString& chosen, const QString& rejected) const
{
    QByteArray content;
    QFile existing(m_path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("PreferenceStore", "Cannot read %1: %2").arg(m_path, existing.errorString());
        content = existing.readAll();
        existing.close();
        if (!content.isEmpty() && !content.endsWith('\n'))
            content.append('\n');
    }
    const QJsonObject line{{QStringLiteral("prompt"), prompt}, {QStringLiteral("chosen"), chosen},
                           {QStringLiteral("rejected"), rejected}};
    content += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return QCoreApplication::translate("PreferenceStore", "Cannot write %1: %2").arg(m_path, file.errorString());
    return {};
}

int PreferenceStore::count() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int n = 0;
    while (!file.atEnd()) {
        if (!file.readLine().trimmed().isEmpty())
            ++n;
    }
    return n;
}

QString PreferenceStore::defaultPath(const QString& runDir)
{
    const QString dir = runDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : runDir;
    return dir + QStringLiteral("/preferences.jsonl");
}

} // namespace falconry::ui
