#include "ui/export/upload_dialog.h"

#include "core/hub/hub_api.h"
#include "core/hub/hub_error.h"
#include "core/hub/hub_upload.h"
#include "core/hub/model_card.h"
#include "ui/hub/hub_messages.h"
#include "ui/hub/token_store.h"
#include "ui/system_memory.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace falconry::ui {
namespace {

/** A repository name from a folder name: "runs/falcon-7b-1712345" -> "falcon-7b-1712345". */
QString suggestedName(const QString& path)
{
    QFileInfo info(path);
    QString name = info.fileName();
    if (name == QStringLiteral("adapter") || name == QStringLiteral("model"))
        name = info.dir().dirName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("falcon-lora") : name;
}

} // namespace

UploadDialog::UploadDialog(const QString& path, TokenStore* store, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_store(store ? store : new KeychainTokenStore(this))
{
    setObjectName(QStringLiteral("uploadDialog"));
    setWindowTitle(tr("Upload to the Hugging Face Hub"));
    auto* layout = new QVBoxLayout(this);

    auto* accountBox = new QGroupBox(tr("Account"), this);
    auto* accountLayout = new QVBoxLayout(accountBox);
    m_account = new QLabel(tr("Not signed in."), accountBox);
    m_account->setObjectName(QStringLiteral("hubAccount"));
    m_account->setWordWrap(true);
    auto* tokenRow = new QHBoxLayout;
    m_token = new QLineEdit(accountBox);
    m_token->setObjectName(QStringLiteral("hubToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Access token (hf_…) with write access"));
    m_signIn = new QPushButton(tr("Sign in"), accountBox);
    m_signIn->setObjectName(QStringLiteral("hubSignIn"));
    m_signOut = new QPushButton(tr("Sign out"), accountBox);
    m_signOut->setObjectName(QStringLiteral("hubSignOut"));
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_signIn);
    tokenRow->addWidget(m_signOut);
    tokenRow->addStretch(); // keeps "Sign out" its own size once the token field is hidden
    auto* tokenHelp = new QLabel(tr("Create a token at <a href=\"https://huggingface.co/settings/tokens\">huggingface.co/settings/tokens</a>. "
                                    "Falconry keeps it in the system keychain, never in a file."),
                                 accountBox);
    tokenHelp->setOpenExternalLinks(true);
    tokenHelp->setWordWrap(true);
    accountLayout->addWidget(m_account);
    accountLayout->addLayout(tokenRow);
    accountLayout->addWidget(tokenHelp);
    layout->addWidget(accountBox);

    auto* repoBox = new QGroupBox(tr("Repository"), this);
    auto* form = new QFormLayout(repoBox);
    m_what = new QLabel(repoBox);
    m_what->setWordWrap(true);
    m_repo = new QLineEdit(suggestedName(path), repoBox);
    m_repo->setObjectName(QStringLiteral("hubRepoName"));
    m_repo->setToolTip(tr("A new or existing model repository: NAME in your account, or ORGANISATION/NAME"));
    m_private = new QCheckBox(tr("Private (only you and your organisation see it)"), repoBox);
    m_private->setObjectName(QStringLiteral("hubPrivate"));
    form->addRow(tr("What:"), m_what);
    form->addRow(tr("Name:"), m_repo);
    form->addRow(QString(), m_private);
    layout->addWidget(repoBox);

    auto* cardBox = new QGroupBox(tr("Model card (README.md) — edit it before uploading"), this);
    auto* cardLayout = new QVBoxLayout(cardBox);
    m_card = new QPlainTextEdit(cardBox);
    m_card->setObjectName(QStringLiteral("hubCard"));
    m_card->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_card->setMinimumHeight(220);
    cardLayout->addWidget(m_card);
    layout->addWidget(cardBox, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("hubUploadProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hubUploadStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* resultRow = new QHBoxLayout;
    m_result = new QLineEdit(this);
    m_result->setObjectName(QStringLiteral("hubResultUrl"));
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("The repository's address appears here after the upload"));
    m_copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("hubCopyUrl"));
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_copy);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(resultRow);

    auto* buttons = new QDialogButtonBox(this);
    m_upload = buttons->addButton(tr("Upload"), QDialogButtonBox::AcceptRole);
    m_upload->setObjectName(QStringLiteral("hubUpload"));
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    resize(760, 720);

    try {
        const UploadBundle bundle = prepareUpload(path.toStdString(), m_repo->text().toStdString());
        qint64 bytes = 0;
        int files = 0;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(bundle.folder))
            if (entry.is_regular_file()) {
                bytes += static_cast<qint64>(entry.file_size());
                ++files;
            }
        const QString kind = bundle.card.kind == "merged" ? tr("the merged model") : bundle.isRun ? tr("the run's final adapter") : tr("the adapter");
        const QString count = files == 1 ? tr("1 file") : tr("%1 files").arg(files);
        m_what->setText(tr("%1 in %2 (%3, %4), with the model card below")
                            .arg(kind, QDir::toNativeSeparators(QString::fromStdString(bundle.folder.string())), count, formatBytes(bytes)));
    } catch (const std::exception& e) {
        m_what->setText(QString::fromStdString(e.what()));
        m_upload->setEnabled(false);
    }

    connect(m_signIn, &QPushButton::clicked, this, [this] { signIn(m_token->text().trimmed(), true); });
    connect(m_token, &QLineEdit::returnPressed, m_signIn, &QPushButton::click);
    connect(m_signOut, &QPushButton::clicked, this, &UploadDialog::signOut);
    connect(m_repo, &QLineEdit::textChanged, this, [this] {
        regenerateCard();
        updateButtons();
    });
    connect(m_card, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingCard)
            m_cardEdited = true;
    });
    connect(m_upload, &QPushButton::clicked, this, &UploadDialog::startUpload);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_working)
            m_stop = true;
        else
            reject();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_result->text()); });
    regenerateCard();
    updateButtons();
}

UploadDialog::~UploadDialog()
{
    m_stop = true;
    if (m_worker.joinable())
        m_worker.join();
}

void UploadDialog::runInWorker(std::function<void()> job)
{
    if (m_worker.joinable())
        m_worker.join();
    m_stop = false;
    m_worker = std::thread(std::move(job));
}

void UploadDialog::setWorking(bool working)
{
    m_working = working;
    m_progress->setVisible(working || m_progress->value() > 0);
    m_cancel->setText(working ? tr("Cancel") : tr("Close"));
    updateButtons();
}

void UploadDialog::updateButtons()
{
    const bool signedIn = !m_user.isEmpty();
    m_signIn->setVisible(!signedIn);
    m_token->setVisible(!signedIn);
    m_signOut->setVisible(signedIn);
    m_signIn->setEnabled(!m_working);
    m_signOut->setEnabled(!m_working);
    m_upload->setEnabled(signedIn && !m_working && !m_repo->text().trimmed().isEmpty() && !m_card->toPlainText().isEmpty());
}

void UploadDialog::restoreSignIn()
{
    m_store->read([this](const QString& token, const QString& error) {
        if (!token.isEmpty()) {
            signIn(token, false);
            return;
        }
        const QString fromEnvironment = QString::fromStdString(hubToken());
        if (!fromEnvironment.isEmpty()) {
            signIn(fromEnvironment, false); // HF_TOKEN or `huggingface-cli login`: used, not copied to the keychain
            return;
        }
        if (!error.isEmpty())
            m_account->setText(tr("Not signed in. (The system keychain is not available: %1)").arg(error));
    });
}

void UploadDialog::signIn(const QString& token, bool store)
{
    if (token.isEmpty()) {
        m_account->setText(tr("Paste an access token first."));
        return;
    }
    m_account->setText(tr("Checking the token…"));
    setWorking(true);
    HubSettings settings;
    settings.endpoint = m_endpoint.toStdString();
    settings.token = token.toStdString();
    runInWorker([this, settings, token, store] {
        QString user, title, message;
        try {
            user = QString::fromStdString(HubApi(settings, &m_stop).whoami().name);
        } catch (const HubError& e) {
            const HubMessage m = describeHubError(e);
            title = m.title;
            message = m.text;
        }
        QMetaObject::invokeMethod(this, [this, user, title, message, token, store] {
            setWorking(false);
            if (user.isEmpty()) {
                m_account->setText(title + QStringLiteral(": ") + message);
                return;
            }
            m_tokenValue = token;
            m_user = user;
            m_token->clear();
            m_account->setText(tr("Signed in as <b>%1</b>.").arg(user.toHtmlEscaped()));
            if (store) {
                m_store->write(token, [this](const QString& error) {
                    if (!error.isEmpty())
                        m_account->setText(m_account->text() + QLatin1Char(' ') +
                                           tr("The system keychain could not keep the token (%1): it is used until Falconry closes.").arg(error));
                });
            }
            regenerateCard();
            updateButtons();
            Q_EMIT signedIn(user);
        }, Qt::QueuedConnection);
    });
}

void UploadDialog::signOut()
{
    m_store->remove([this](const QString& error) {
        m_tokenValue.clear();
        m_user.clear();
        m_account->setText(error.isEmpty() ? tr("Signed out: the token was removed from the keychain.")
                                           : tr("Signed out here, but the keychain said: %1").arg(error));
        updateButtons();
    });
}

void UploadDialog::regenerateCard()
{
    if (m_cardEdited)
        return; // the user's words win
    QString repo = m_repo->text().trimmed();
    if (!repo.contains(QLatin1Char('/')) && !m_user.isEmpty())
        repo = m_user + QLatin1Char('/') + repo;
    try {
        const UploadBundle bundle = prepareUpload(m_path.toStdString(), repo.toStdString());
        const auto card = bundle.extraFiles.find("README.md");
        m_settingCard = true;
        m_card->setPlainText(card != bundle.extraFiles.end() ? QString::fromStdString(card->second) : QString());
        m_settingCard = false;
    } catch (const std::exception&) {
        // Shown in "What:" already.
    }
}

void UploadDialog::startUpload()
{
    UploadBundle bundle;
    try {
        bundle = prepareUpload(m_path.toStdString(), m_repo->text().trimmed().toStdString());
    } catch (const std::exception& e) {
        m_status->setText(QString::fromStdString(e.what()));
        return;
    }
    UploadRequest request;
    request.folder = bundle.folder;
    request.extraFiles = bundle.extraFiles;
    request.extraFiles["README.md"] = m_card->toPlainText().toStdString();
    request.repoId = m_repo->text().trimmed().toStdString();
    request.isPrivate = m_private->isChecked();
    request.commitMessage = bundle.isRun ? "Upload LoRA adapter trained with Falconry" : "Upload with Falconry";
    request.settings.endpoint = m_endpoint.toStdString();
    request.settings.token = m_tokenValue.toStdString();
    m_result->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Uploading…"));
    setWorking(true);
    runInWorker([this, request] {
        QString url, title, message;
        bool cancelled = false;
        try {
            const UploadResult r = uploadFolder(request, [this](const UploadProgress& p) {
                const int permille = p.total > 0 ? static_cast<int>(1000.0 * static_cast<double>(p.done) / static_cast<double>(p.total)) : 0;
                const QString phase = QString::fromStdString(p.phase);
                const QString file = QString::fromStdString(p.file);
                const qint64 done = static_cast<qint64>(p.done), total = static_cast<qint64>(p.total);
                QMetaObject::invokeMethod(this, [this, permille, phase, file, done, total] {
                    m_progress->setValue(std::min(permille, 1000));
                    m_status->setText(tr("%1 %2 — %3 of %4").arg(phase, file, formatBytes(done), formatBytes(total)));
                }, Qt::QueuedConnection);
                return !m_stop.load();
            }, &m_stop);
            url = QString::fromStdString(r.repoUrl);
        } catch (const HubError& e) {
            cancelled = e.kind() == HubErrorKind::Cancelled;
            const HubMessage m = describeHubError(e);
            title = m.title;
            message = m.text;
        } catch (const std::exception& e) {
            title = tr("The upload failed");
            message = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(this, [this, url, title, message, cancelled] {
            setWorking(false);
            if (url.isEmpty()) {
                m_status->setText(cancelled ? tr("Stopped: nothing was committed.") : title + QStringLiteral(": ") + message);
                return;
            }
            m_progress->setValue(1000);
            m_result->setText(url);
            m_status->setText(tr("Uploaded in one commit. The model's page:"));
            Q_EMIT uploaded(url);
        }, Qt::QueuedConnection);
    });
}

} // namespace falconry::ui
