#include "ui/hub/download_panel.h"

#include "ui/hub/download_manager.h"
#include "ui/system_memory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace falconry::ui {

QString formatTimeLeft(double seconds)
{
    if (seconds < 0)
        return {};
    if (seconds >= 3600)
        return DownloadPanel::tr("%1 h %2 min left").arg(static_cast<int>(seconds / 3600)).arg(static_cast<int>(seconds / 60) % 60);
    if (seconds >= 90)
        return DownloadPanel::tr("%1 min left").arg(static_cast<int>(seconds / 60 + 0.5));
    return DownloadPanel::tr("%1 s left").arg(static_cast<int>(seconds + 0.5));
}

DownloadPanel::DownloadPanel(DownloadManager& downloads, QWidget* parent)
    : QFrame(parent)
    , m_downloads(downloads)
{
    setObjectName(QStringLiteral("downloadPanel"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QHBoxLayout(this);
    auto* text = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("downloadTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("downloadDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("downloadProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    text->addWidget(m_title);
    text->addWidget(m_bar);
    text->addWidget(m_detail);
    layout->addLayout(text, 1);
    m_cancel = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelDownload"));
    m_cancel->setToolTip(tr("Stops the download; what was downloaded is kept and a new download continues from there."));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeDownloadPanel"));
    layout->addWidget(m_cancel, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_close->hide();
    hide();

    connect(m_cancel, &QPushButton::clicked, &m_downloads, &DownloadManager::cancel);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(&m_downloads, &DownloadManager::progress, this, &DownloadPanel::onProgress);
    connect(&m_downloads, &DownloadManager::finished, this, &DownloadPanel::onFinished);
    connect(&m_downloads, &DownloadManager::failed, this, &DownloadPanel::onFailed);
}

QString DownloadPanel::statusText() const
{
    return m_title->text() + QLatin1Char('\n') + m_detail->text();
}

void DownloadPanel::onProgress(const DownloadProgressView& p)
{
    show();
    m_cancel->show();
    m_close->hide();
    m_title->setText(tr("Downloading %1").arg(p.repo));
    m_bar->setValue(p.total > 0 ? static_cast<int>(1000.0 * static_cast<double>(p.done) / static_cast<double>(p.total)) : 0);
    m_bar->setFormat(tr("%1 of %2").arg(formatBytes(p.done), formatBytes(p.total)));
    QStringList parts;
    parts << tr("File %1 of %2: %3 (%4 of %5)")
                 .arg(p.fileIndex + 1)
                 .arg(p.fileCount)
                 .arg(p.file, formatBytes(p.fileDone), formatBytes(p.fileSize));
    if (p.bytesPerSecond > 0)
        parts << tr("%1/s").arg(formatBytes(static_cast<qint64>(p.bytesPerSecond)));
    if (const QString left = formatTimeLeft(p.secondsLeft); !left.isEmpty())
        parts << left;
    if (!p.note.isEmpty() && p.note != QStringLiteral("done"))
        parts << p.note;
    m_detail->setText(parts.join(QStringLiteral(" · ")));
}

void DownloadPanel::onFinished(const QString& repo, const QString& dir)
{
    show();
    m_cancel->hide();
    m_close->show();
    m_bar->setValue(1000);
    m_bar->setFormat(tr("done"));
    m_title->setText(tr("%1 is downloaded").arg(repo));
    m_detail->setText(tr("It is in the Hugging Face cache (%1) and can be chosen on the Model page.").arg(dir));
}

void DownloadPanel::onFailed(const QString& repo, const QString& title, const QString& message, bool cancelled)
{
    show();
    m_cancel->hide();
    m_close->show();
    m_title->setText(cancelled ? tr("The download of %1 was stopped").arg(repo) : tr("%1: %2").arg(repo, title));
    m_detail->setText(message);
}

} // namespace falconry::ui
