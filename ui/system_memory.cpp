#include "ui/system_memory.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace falconry::ui {
namespace {

/** Value in bytes of "Key:   1234 kB" in a /proc file, or 0. */
qint64 procField(const QByteArray& content, const QByteArray& key)
{
    const QByteArray needle = QByteArray(key).append(':');
    const qsizetype at = content.indexOf(QByteArray(1, '\n').append(needle));
    const qsizetype start = at < 0 ? (content.startsWith(needle) ? 0 : -1) : at + 1;
    if (start < 0)
        return 0;
    const qsizetype end = content.indexOf('\n', start);
    QByteArray line = content.mid(start + key.size() + 1, end < 0 ? -1 : end - start - key.size() - 1).trimmed();
    const bool kb = line.endsWith("kB");
    if (kb)
        line.chop(2);
    bool ok = false;
    const qint64 value = line.trimmed().toLongLong(&ok);
    return ok ? (kb ? value * 1024 : value) : 0;
}

QByteArray readProc(const char* path)
{
    QFile file(QString::fromLatin1(path));
    // /proc files report size 0: read until EOF.
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

SystemMemory readSystemMemory()
{
    SystemMemory memory;
    const QByteArray meminfo = readProc("/proc/meminfo");
    memory.totalBytes = procField(meminfo, "MemTotal");
    memory.availableBytes = procField(meminfo, "MemAvailable");
    memory.processRssBytes = procField(readProc("/proc/self/status"), "VmRSS");
    return memory;
}

QString formatBytes(qint64 bytes)
{
    const QLocale locale;
    const double b = static_cast<double>(bytes);
    if (b >= 1e12)
        return QCoreApplication::translate("Units", "%1 TB").arg(locale.toString(b / 1e12, 'f', 1));
    if (b >= 1e9)
        return QCoreApplication::translate("Units", "%1 GB").arg(locale.toString(b / 1e9, 'f', 1));
    if (b >= 1e6)
        return QCoreApplication::translate("Units", "%1 MB").arg(locale.toString(b / 1e6, 'f', 0));
    if (b >= 1e3)
        return QCoreApplication::translate("Units", "%1 kB").arg(locale.toString(b / 1e3, 'f', 0));
    // Its own words, not "%1 B": the glossary (keyed by source text) gives "%1 B" the "billion"
    // of parameter counts ("%1 Mrd.").
    return QCoreApplication::translate("Units", "%1 bytes").arg(locale.toString(bytes));
}

} // namespace falconry::ui
