#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace falconry::ui {

class DownloadManager;
struct DownloadProgressView;

/**
 * The running download, shown under every page (it belongs to the window, not to the Model
 * page): model, file n of N, bytes done of total, rate, time left, and Cancel. It stays after a
 * failure to say what happened, and hides when the user closes it or a download ends well.
 */
class DownloadPanel final : public QFrame {
    Q_OBJECT
public:
    explicit DownloadPanel(DownloadManager& downloads, QWidget* parent = nullptr);

    QString statusText() const;

private:
    void onProgress(const DownloadProgressView& p);
    void onFinished(const QString& repo, const QString& dir);
    void onFailed(const QString& repo, const QString& title, const QString& message, bool cancelled);

    DownloadManager& m_downloads;
    QLabel* m_title = nullptr;
    QLabel* m_detail = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

/** "12 min left", "40 s left", "" when unknown. */
QString formatTimeLeft(double seconds);

} // namespace falconry::ui
