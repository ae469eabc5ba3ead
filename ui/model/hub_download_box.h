#pragma once

#include <QGroupBox>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace falconry::ui {

class DownloadManager;
struct DownloadPlanView;

/**
 * The Model page's way to the Hub: a field for any repo id (pre-filled with the chosen catalogue
 * model when it is not on disk) and "Download…". The size, the free disk space and the memory plan
 * are shown before the download starts; the download itself runs in the window's DownloadManager.
 */
class HubDownloadBox final : public QGroupBox {
    Q_OBJECT
public:
    explicit HubDownloadBox(DownloadManager& downloads, QWidget* parent = nullptr);

    /** The selected catalogue entry: its repo, and whether it is on disk already. */
    void setSuggestedRepo(const QString& repo, bool onDisk);
    QLineEdit* repoEdit() const { return m_repo; }
    QPushButton* downloadButton() const { return m_download; }
    QString planText() const;
    /** Asked before a download starts; tests answer without a dialog. Default: a message box. */
    void setConfirmation(std::function<bool(const DownloadPlanView&, const QString& text)> confirm) { m_confirm = std::move(confirm); }

    /** The plan in words: size, files, free space, what a LoRA run of it needs here. */
    static QString describePlan(const DownloadPlanView& plan);

Q_SIGNALS:
    void downloaded(const QString& repo, const QString& snapshotDir);

private:
    void onPlan(const DownloadPlanView& plan);
    void updateButton();

    DownloadManager& m_downloads;
    QLineEdit* m_repo = nullptr;
    QPushButton* m_download = nullptr;
    QLabel* m_plan = nullptr;
    std::function<bool(const DownloadPlanView&, const QString&)> m_confirm;
};

} // namespace falconry::ui
