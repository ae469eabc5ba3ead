#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QWidget>

/** Writes `content` to `path`, making its folders; false when any of it could not be written. */
inline bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

/** The reference's golden Falcon model (2 layers, hidden 64, fp32) and its peft adapter. */
inline QString goldenModelDir()
{
    return QStringLiteral(FALCONRY_REFERENCE_DIR "/golden/falcon7b/model-fp32");
}

inline QString goldenAdapterDir()
{
    return QStringLiteral(FALCONRY_REFERENCE_DIR "/golden/falcon7b/adapter");
}

/** With FALCONRY_SCREENSHOT_DIR set (refreshing the README's pictures), saves `widget` there as `name`. */
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("FALCONRY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}
