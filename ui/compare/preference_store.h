#pragma once

#include <QString>

namespace falconry::ui {

/**
 * Blind-mode votes as preference data: one JSON object per line with
 * "prompt", "chosen" and "rejected" (the format DPO trainers read). Each
 * append rewrites the file atomically (temp file + rename).
 */
class PreferenceStore {
public:
    explicit PreferenceStore(QString path) : m_path(std::move(path)) {}

    const QString& path() const { return m_path; }
    /** Adds one vote; returns "" or what went wrong. */
    QString append(const QString& prompt, const QString& chosen, const QString& rejected) const;
    /** Number of votes in the file. */
    int count() const;

    /** preferences.jsonl in `runDir`, or in the app data folder when there is no run. */
    static QString defaultPath(const QString& runDir);

private:
    QString m_path;
};

} // namespace falconry::ui
