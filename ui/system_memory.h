#pragma once

#include <QString>

namespace falconry::ui {

/** Memory of this machine and this process, read from /proc (Linux); 0 where unknown. */
struct SystemMemory {
    qint64 totalBytes = 0;     // MemTotal
    qint64 availableBytes = 0; // MemAvailable: what a new run can use without swapping
    qint64 processRssBytes = 0; // VmRSS of this process
};

SystemMemory readSystemMemory();

/**
 * The one way the GUI writes a size: "1.5 GB", "820 MB", "12 kB", "0 bytes" (decimal units, as disk
 * and RAM are sold), the number in the current locale ("1,5 GB" in German), the unit translated.
 */
QString formatBytes(qint64 bytes);

} // namespace falconry::ui
