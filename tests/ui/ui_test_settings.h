#pragma once

#include "ui/app_settings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

/**
 * Settings for one UI test program: QStandardPaths' test mode (its own config and data folders),
 * cleared, so nothing of the developer's own Falconry settings leaks in, and new runs under
 * `dir`/runs. Returns false when `dir` could not be created.
 */
inline bool useIsolatedSettings(const QTemporaryDir& dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    if (!dir.isValid())
        return false;
    AppSettings::runsFolder().set(dir.filePath(QStringLiteral("runs")));
    return true;
}
