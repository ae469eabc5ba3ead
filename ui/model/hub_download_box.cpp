#include "ui/model/hub_download_box.h"

#include "ui/hub/download_manager.h"
#include "ui/model/memory_plan.h"
#include "ui/system_memory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace falconry::ui {

HubDownloadBox::HubDownloadBox(DownloadManager& downloads, QWidget* parent)
    : QGroupBox(tr("Download from the Hugging Face Hub"), parent)
    , m_downloads(downloads)
{
    setObjectName(QStringLiteral("hubDownloadBox"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_repo = new QLineEdit(this);
    m_repo->setObjectName(QStringLiteral("hubRepoEdit"));
    m_repo->setPlaceholderText(tr("organisation/model, e.g. tiiuae/falcon-7b-instruct"));
    m_repo->setClearButtonEnabled(true);
    m_download = new QPushButton(tr("Download…"), this);
    m_download->setObjectName(QStringLiteral("hubDownloadButton"));
    m_download->setToolTip(tr("Shows the size and the memory plan first; the files go into the Hugging Face cache, "
                              "where transformers finds them too."));
    row->addWidget(m_repo, 1);
    row->addWidget(m_download);
    layout->addLayout(row);
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("hubPlan"));
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_plan);

    connect(m_repo, &QLineEdit::textChanged, this, &HubDownloadBox::updateButton);
    connect(m_repo, &QLineEdit::returnPressed, m_download, &QPushButton::click);
    connect(m_download, &QPushButton::clicked, this, [this] {
        m_plan->setText(tr("Asking the Hub about %1…").arg(m_repo->text().trimmed()));
        m_downloads.check(m_repo->text().trimmed());
    });
    connect(&m_downloads, &DownloadManager::busyChanged, this, &HubDownloadBox::updateButton);
    // While a download runs the window's panel tells its story; the page keeps its room.
    connect(&m_downloads, &DownloadManager::progress, m_plan, &QLabel::hide);
    connect(&m_downloads, &DownloadManager::busyChanged, this, [this](bool busy) {
        if (!busy)
            m_plan->show();
    });
    connect(&m_downloads, &DownloadManager::planReady, this, &HubDownloadBox::onPlan);
    connect(&m_downloads, &DownloadManager::failed, this, [this](const QString&, const QString& title, const QString& message, bool) {
        m_plan->setText(title + QStringLiteral(": ") + message);
    });
    connect(&m_downloads, &DownloadManager::finished, this, [this](const QString& repo, const QString& dir) {
        m_plan->setText(tr("%1 is downloaded and listed under \"In the Hugging Face cache\".").arg(repo));
        Q_EMIT downloaded(repo, dir);
    });
    updateButton();
}

QString HubDownloadBox::planText() const
{
    return m_plan->text();
}

void HubDownloadBox::setSuggestedRepo(const QString& repo, bool onDisk)
{
    if (!repo.isEmpty() && !onDisk && !m_downloads.isBusy())
        m_repo->setText(repo);
    updateButton();
}

void HubDownloadBox::updateButton()
{
    static const QRegularExpression kRepoId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*(@\\S+)?$"));
    const bool valid = kRepoId.match(m_repo->text().trimmed()).hasMatch();
    m_download->setEnabled(valid && !m_downloads.isBusy());
    m_download->setText(m_downloads.isBusy() ? tr("Downloading…") : tr("Download…"));
}

QString HubDownloadBox::describePlan(const DownloadPlanView& plan)
{
    const QString files = plan.files == 1 ? tr("1 file") : tr("%1 files").arg(plan.files);
    QString text = tr("%1 (commit %2): %3, %4").arg(plan.repo, plan.commit.left(10), files, formatBytes(plan.totalBytes));
    if (plan.bytesToFetch < plan.totalBytes)
        text += tr(", of which %1 are already on this machine").arg(formatBytes(plan.totalBytes - plan.bytesToFetch));
    text += tr(". Free disk space: %1.").arg(formatBytes(plan.freeBytes));
    if (!plan.licence.isEmpty())
        text += QLatin1Char(' ') + tr("Licence: %1.").arg(plan.licence);
    if (!plan.gated.isEmpty())
        text += QLatin1Char(' ') + tr("This model is gated: accept its licence on its Hub page and sign in first.");
    PlanInput input;
    input.modelDir = plan.configDir;
    const PlanView view = planRun(input);
    const SystemMemory memory = readSystemMemory();
    const qint64 have = memory.availableBytes > 0 ? memory.availableBytes : memory.totalBytes;
    if (view.totalBytes > 0) {
        text += QStringLiteral("\n");
        PlanInput nf4 = input;
        nf4.nf4 = true;
        const PlanView q = planRun(nf4);
        if (view.totalBytes <= have)
            text += tr("A LoRA run of it (bf16, 512 tokens, batch 1) needs about %1 of memory; %2 are free: it fits.")
                        .arg(formatBytes(view.totalBytes), formatBytes(have));
        else if (q.totalBytes <= have)
            text += tr("A LoRA run in bf16 needs about %1, more than the %2 free; with a 4-bit base (QLoRA) it needs %3 and fits.")
                        .arg(formatBytes(view.totalBytes), formatBytes(have), formatBytes(q.totalBytes));
        else
            text += tr("A run of it needs about %1 (QLoRA: %2), more than the %3 free on this machine.")
                        .arg(formatBytes(view.totalBytes), formatBytes(q.totalBytes), formatBytes(have));
    }
    return text;
}

void HubDownloadBox::onPlan(const DownloadPlanView& plan)
{
    const QString text = describePlan(plan);
    m_plan->setText(text);
    if (plan.bytesToFetch + plan.bytesToFetch / 100 > plan.freeBytes) {
        m_plan->setText(text + QStringLiteral("\n") + tr("Not enough free disk space: free %1 more, or set HF_HUB_CACHE to a larger disk.")
                                                        .arg(formatBytes(plan.bytesToFetch - plan.freeBytes)));
        return;
    }
    bool go = false;
    if (m_confirm)
        go = m_confirm(plan, text);
    else
        go = QMessageBox::question(this, tr("Download %1?").arg(plan.repo), text, QMessageBox::Yes | QMessageBox::No,
                                   QMessageBox::Yes) == QMessageBox::Yes;
    if (go)
        m_downloads.start(plan.repo);
}

} // namespace falconry::ui
