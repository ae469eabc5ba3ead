#include "ui/work_session.h"

#include "ui/app_settings.h"
#include "ui/data/data_settings.h"

#include <QDir>
#include <QStandardPaths>

namespace falconry::ui {

WorkSession::WorkSession(QObject* parent)
    : QObject(parent)
    , m_dataSettings(std::make_unique<DataSettings>())
{
}

WorkSession::~WorkSession() = default;

void WorkSession::setDataSettings(const DataSettings& settings)
{
    if (settings == *m_dataSettings)
        return;
    *m_dataSettings = settings;
    Q_EMIT dataSettingsChanged();
}

bool WorkSession::saveDataEdits(QString* error)
{
    return !m_saveDataEdits || m_saveDataEdits(error);
}

void WorkSession::setModel(const QString& dir, const QString& name)
{
    if (dir == m_modelDir && name == m_modelName)
        return;
    m_modelDir = dir;
    m_modelName = name.isEmpty() ? QDir(dir).dirName() : name;
    AppSettings::lastModelDir().set(dir);
    Q_EMIT modelChanged(dir);
}

void WorkSession::setDatasetPath(const QString& path)
{
    if (path == m_datasetPath)
        return;
    m_datasetPath = path;
    AppSettings::lastDataset().set(path);
    Q_EMIT datasetChanged(path);
}

void WorkSession::setRunDir(const QString& dir)
{
    if (dir == m_runDir)
        return;
    m_runDir = dir;
    Q_EMIT runChanged(dir);
}

void WorkSession::setKnowledgeBasePath(const QString& path)
{
    if (path == m_knowledgeBasePath)
        return;
    m_knowledgeBasePath = path;
    Q_EMIT knowledgeBaseChanged(path);
}

QString WorkSession::runsRoot()
{
    QString root = AppSettings::runsFolder().get();
    if (root.isEmpty())
        root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runs");
    return root;
}

} // namespace falconry::ui
