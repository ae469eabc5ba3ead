#include "ui/export/export_page.h"

#include "ui/engine/engine_controller.h"
#include "ui/export/export_job.h"
#include "ui/export/upload_dialog.h"
#include "ui/export/gguf_export_dialog.h"
#include "ui/train/adapter_map_dialog.h"
#include "ui/work_session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace falconry::ui {

ExportPage::ExportPage(WorkSession& session, EngineController& engine, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("exportPage"));
    auto* layout = new QVBoxLayout(this);

    auto* source = new QGroupBox(tr("Adapter to export"), this);
    auto* sourceRow = new QHBoxLayout(source);
    m_adapter = new QLineEdit(source);
    m_adapter->setObjectName(QStringLiteral("exportAdapter"));
    m_adapter->setPlaceholderText(tr("The current run's adapter, or any PEFT adapter folder"));
    auto* browse = new QPushButton(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("Choose…"), source);
    m_adapterMap = new QPushButton(tr("Adapter map…"), source);
    m_adapterMap->setObjectName(QStringLiteral("exportAdapterMap"));
    m_adapterMap->setToolTip(tr("Which layers this adapter changed and how much, as a heat map; compare it with another adapter"));
    sourceRow->addWidget(m_adapter, 1);
    sourceRow->addWidget(browse);
    sourceRow->addWidget(m_adapterMap);
    layout->addWidget(source);

    auto* peft = new QGroupBox(tr("Adapter (PEFT format)"), this);
    auto* peftLayout = new QVBoxLayout(peft);
    auto* peftText = new QLabel(tr("A small folder (adapter_config.json + adapter_model.safetensors) that Hugging Face "
                                   "PEFT loads unchanged on top of the base model."), peft);
    peftText->setWordWrap(true);
    m_saveAdapter = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save adapter…"), peft);
    m_saveAdapter->setObjectName(QStringLiteral("saveAdapterButton"));
    peftLayout->addWidget(peftText);
    peftLayout->addWidget(m_saveAdapter, 0, Qt::AlignLeft);
    layout->addWidget(peft);

    auto* merged = new QGroupBox(tr("Merged model (Hugging Face folder)"), this);
    auto* mergedLayout = new QVBoxLayout(merged);
    auto* mergedText = new QLabel(tr("The adapter folded into the base weights: a full model folder (config, "
                                     "safetensors shards, tokenizer) that transformers loads without PEFT. As large "
                                     "as the base model."), merged);
    mergedText->setWordWrap(true);
    m_merge = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Merge and save…"), merged);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    mergedLayout->addWidget(mergedText);
    mergedLayout->addWidget(m_merge, 0, Qt::AlignLeft);
    layout->addWidget(merged);

    auto* gguf = new QGroupBox(tr("GGUF for llama.cpp, Ollama and LM Studio"), this);
    auto* ggufLayout = new QVBoxLayout(gguf);
    auto* ggufText = new QLabel(tr("One file with the adapter merged in, full precision or quantized (Q8_0, Q4_K_M), "
                                   "with the tokenizer and the prompt format inside, plus an Ollama Modelfile."), gguf);
    ggufText->setWordWrap(true);
    m_gguf = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export GGUF…"), gguf);
    m_gguf->setObjectName(QStringLiteral("ggufButton"));
    ggufLayout->addWidget(ggufText);
    ggufLayout->addWidget(m_gguf, 0, Qt::AlignLeft);
    layout->addWidget(gguf);

    auto* hub = new QGroupBox(tr("Hugging Face Hub"), this);
    auto* hubLayout = new QVBoxLayout(hub);
    auto* hubText = new QLabel(tr("Put the adapter, with a model card made from the run, in a new or existing "
                                  "repository. Needs a network connection and a Hugging Face access token with write "
                                  "access (kept in the system keychain, never in a plain file)."), hub);
    hubText->setWordWrap(true);
    m_upload = new QPushButton(tr("Upload to the Hub…"), hub);
    m_upload->setObjectName(QStringLiteral("uploadToHub"));
    m_upload->setEnabled(false);
    connect(m_upload, &QPushButton::clicked, this, &ExportPage::openUploadDialog);
    hubLayout->addWidget(hubText);
    hubLayout->addWidget(m_upload, 0, Qt::AlignLeft);
    layout->addWidget(hub);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("exportStop"));
    m_stop->setEnabled(false);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a PEFT adapter folder"), m_adapter->text());
        if (!dir.isEmpty())
            setAdapterDir(dir);
    });
    connect(m_adapter, &QLineEdit::textChanged, this, &ExportPage::updateButtons);
    connect(m_adapterMap, &QPushButton::clicked, this, [this] { AdapterMapDialog::open(this, adapterDir()); });
    connect(m_saveAdapter, &QPushButton::clicked, this, [this] {
        const QString dir = chooseDestination(tr("Choose the folder to save the adapter in"), QStringLiteral("falcon-lora-adapter"));
        if (!dir.isEmpty())
            saveAdapterTo(dir);
    });
    connect(m_merge, &QPushButton::clicked, this, [this] {
        const QString dir = chooseDestination(tr("Choose the folder to save the merged model in"), QStringLiteral("falcon-merged"));
        if (!dir.isEmpty())
            mergeTo(dir);
    });
    connect(m_gguf, &QPushButton::clicked, this, [this] {
        const QString name = m_session.modelName().isEmpty() ? QStringLiteral("falcon") : m_session.modelName();
        QString stem = name.section(QLatin1Char('/'), -1).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        if (!QFileInfo::exists(adapterDir() + QStringLiteral("/adapter_config.json")))
            stem += QStringLiteral("-base");
        GgufExportDialog dialog(QDir::homePath() + QLatin1Char('/') + stem + QStringLiteral(".gguf"), runTemplateName(adapterDir()), this);
        if (dialog.exec() == QDialog::Accepted)
            exportGguf(dialog.request(m_session.modelDir(), adapterDir()));
    });
    connect(m_stop, &QPushButton::clicked, &m_engine, &EngineController::cancel);
    connect(&m_session, &WorkSession::runChanged, this, &ExportPage::onRunChanged);
    connect(&m_session, &WorkSession::modelChanged, this, &ExportPage::updateButtons);
    connect(&m_engine, &EngineController::progress, this, [this](quint64 id, const JobProgress& p) {
        if (id != m_jobId)
            return;
        if (p.fraction < 0)
            m_progress->setRange(0, 0);
        else {
            m_progress->setRange(0, 1000);
            m_progress->setValue(static_cast<int>(p.fraction * 1000));
        }
        setStatus(p.message, false);
    });
    connect(&m_engine, &EngineController::jobFinished, this, [this](quint64 id, const JobResult& r) { onEnded(id, r.summary, true); });
    connect(&m_engine, &EngineController::jobCancelled, this, [this](quint64 id, const JobResult&) { onEnded(id, tr("Stopped."), false); });
    connect(&m_engine, &EngineController::jobFailed, this, [this](quint64 id, const EngineError& e) {
        onEnded(id, QStringLiteral("%1: %2\n%3").arg(e.title, e.message, e.hint), false);
    });
    connect(&m_engine, &EngineController::busyChanged, this, &ExportPage::updateButtons);
    onRunChanged();
}

void ExportPage::onRunChanged()
{
    const QString adapter = m_session.runDir() + QStringLiteral("/adapter");
    if (!m_session.runDir().isEmpty() && QFileInfo::exists(adapter + QStringLiteral("/adapter_config.json")))
        setAdapterDir(adapter);
    updateButtons();
}

void ExportPage::openUploadDialog()
{
    // A run's own adapter goes up with the card made from its run.json and metrics.
    const QString run = m_session.runDir();
    const bool isRunAdapter = !run.isEmpty() && QDir(run).filePath(QStringLiteral("adapter")) == adapterDir() &&
                              QFileInfo::exists(run + QStringLiteral("/run.json"));
    auto* dialog = new UploadDialog(isRunAdapter ? run : adapterDir(), nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->restoreSignIn();
}

QString ExportPage::adapterDir() const
{
    return m_adapter->text().trimmed();
}

void ExportPage::setAdapterDir(const QString& dir)
{
    m_adapter->setText(dir);
}

QString ExportPage::statusText() const
{
    return m_status->text();
}

void ExportPage::setStatus(const QString& text, bool hint)
{
    m_status->setText(text);
    m_statusIsHint = hint;
}

QString ExportPage::exportFolderIn(const QString& chosen, const QString& name)
{
    const QDir dir(chosen);
    if (!dir.exists() || dir.isEmpty())
        return chosen;
    QString candidate = dir.filePath(name);
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = dir.filePath(QStringLiteral("%1-%2").arg(name).arg(i));
    return candidate;
}

QString ExportPage::chooseDestination(const QString& title, const QString& name)
{
    const QString chosen = QFileDialog::getExistingDirectory(this, title, QDir::homePath());
    return chosen.isEmpty() ? QString() : exportFolderIn(chosen, name);
}

void ExportPage::updateButtons()
{
    const bool haveAdapter = QFileInfo::exists(adapterDir() + QStringLiteral("/adapter_config.json"));
    const bool idle = m_jobId == 0 && !m_engine.isBusy();
    m_saveAdapter->setEnabled(haveAdapter && idle);
    m_upload->setEnabled(haveAdapter);
    m_adapterMap->setEnabled(haveAdapter);
    m_merge->setEnabled(haveAdapter && idle && !m_session.modelDir().isEmpty());
    m_gguf->setEnabled(idle && !m_session.modelDir().isEmpty()); // with no adapter: the base model alone
    m_stop->setEnabled(m_jobId != 0);
    if (m_jobId != 0)
        return;
    if (!haveAdapter)
        setStatus(adapterDir().isEmpty() ? tr("No adapter yet: train one in the Train step, or choose a folder.")
                                         : tr("%1 is not a PEFT adapter folder (no adapter_config.json).")
                                               .arg(QDir::toNativeSeparators(adapterDir())),
                  true);
    else if (m_statusIsHint) // an adapter is there now: what was missing is no longer
        setStatus(m_session.modelDir().isEmpty() ? tr("Choose the base model in the Model step to merge the adapter into it.")
                                                 : QString(),
                  m_session.modelDir().isEmpty());
}

bool ExportPage::saveAdapterTo(const QString& destination)
{
    if (m_jobId != 0 || m_engine.isBusy())
        return false;
    m_progress->setValue(0);
    m_jobId = m_engine.submit(JobKind::Export, makeSaveAdapterJob(adapterDir(), destination));
    updateButtons();
    return true;
}

bool ExportPage::mergeTo(const QString& destination)
{
    if (m_jobId != 0 || m_engine.isBusy())
        return false;
    m_progress->setValue(0);
    m_jobId = m_engine.submit(JobKind::Export, makeMergeJob(m_session.modelDir(), adapterDir(), destination));
    updateButtons();
    return true;
}

bool ExportPage::exportGguf(const GgufExportRequest& request)
{
    if (m_jobId != 0 || m_engine.isBusy())
        return false;
    GgufExportRequest r = request;
    if (!QFileInfo::exists(r.adapterDir + QStringLiteral("/adapter_config.json")))
        r.adapterDir.clear();
    m_progress->setValue(0);
    m_jobId = m_engine.submit(JobKind::Export, makeGgufExportJob(r));
    updateButtons();
    return true;
}

void ExportPage::onEnded(quint64 id, const QString& text, bool ok)
{
    if (id != m_jobId)
        return;
    m_jobId = 0;
    m_progress->setRange(0, 1000);
    m_progress->setValue(ok ? 1000 : 0);
    setStatus(text, false);
    updateButtons();
}

} // namespace falconry::ui
