#pragma once

#include <QDialog>

#include <atomic>
#include <functional>
#include <thread>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace falconry::ui {

class TokenStore;

/**
 * Upload to the Hugging Face Hub: sign in with an access token (checked with whoami-v2, kept in
 * the system keychain), the repository's name and visibility, the generated model card (editable),
 * then the upload with progress and cancel, and the repository's URL to copy. Network work runs on
 * a worker thread; the dialog stays responsive.
 */
class UploadDialog final : public QDialog {
    Q_OBJECT
public:
    /** `path`: a run folder, a PEFT adapter folder or a merged model folder. `store` null: the system keychain. */
    UploadDialog(const QString& path, TokenStore* store = nullptr, QWidget* parent = nullptr);
    ~UploadDialog() override;

    /** The Hub to talk to (tests); empty: HF_ENDPOINT or the public Hub. */
    void setEndpoint(const QString& endpoint) { m_endpoint = endpoint; }

    QLineEdit* tokenEdit() const { return m_token; }
    QPushButton* signInButton() const { return m_signIn; }
    QPushButton* signOutButton() const { return m_signOut; }
    QLabel* accountLabel() const { return m_account; }
    QLineEdit* repoEdit() const { return m_repo; }
    QCheckBox* privateBox() const { return m_private; }
    QPlainTextEdit* cardEdit() const { return m_card; }
    QPushButton* uploadButton() const { return m_upload; }
    QLineEdit* resultEdit() const { return m_result; }
    QLabel* statusLabel() const { return m_status; }
    QString account() const { return m_user; }
    bool isWorking() const { return m_working; }

    /** Reads the stored token (or HF_TOKEN / the login file) and checks it. Called when shown. */
    void restoreSignIn();

Q_SIGNALS:
    void signedIn(const QString& user);
    void uploaded(const QString& url);

private:
    void signIn(const QString& token, bool store);
    void signOut();
    void regenerateCard();
    void startUpload();
    void setWorking(bool working);
    void updateButtons();
    void runInWorker(std::function<void()> job);

    QString m_path;
    TokenStore* m_store = nullptr;
    QString m_endpoint;
    QString m_tokenValue;      // the checked token, in memory only
    QString m_user;
    bool m_cardEdited = false;
    bool m_settingCard = false;
    bool m_working = false;
    std::atomic<bool> m_stop{false};
    std::thread m_worker;

    QLabel* m_account = nullptr;
    QLineEdit* m_token = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_signOut = nullptr;
    QLabel* m_what = nullptr;
    QLineEdit* m_repo = nullptr;
    QCheckBox* m_private = nullptr;
    QPlainTextEdit* m_card = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_result = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_upload = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace falconry::ui
