#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace falconry::ui {

/**
 * Where the GUI keeps the Hugging Face access token: the system keychain (Secret Service,
 * KWallet, macOS Keychain, Windows Credential Manager) through QtKeychain, never QSettings or a
 * plain file. Asynchronous: callbacks run on the GUI thread; `error` is empty on success.
 */
class TokenStore : public QObject {
    Q_OBJECT
public:
    using ReadDone = std::function<void(const QString& token, const QString& error)>;
    using Done = std::function<void(const QString& error)>;
    explicit TokenStore(QObject* parent = nullptr) : QObject(parent) {}
    virtual void read(ReadDone done) = 0;
    virtual void write(const QString& token, Done done) = 0;
    virtual void remove(Done done) = 0;
};

/**
 * The system keychain, service "Falconry", key "huggingface-token" (or `key`, e.g. an
 * OpenAI-compatible server's API key under "openai-api-key <base URL>"); no insecure fallback.
 */
class KeychainTokenStore final : public TokenStore {
    Q_OBJECT
public:
    explicit KeychainTokenStore(QObject* parent = nullptr) : TokenStore(parent) {}
    KeychainTokenStore(QString key, QObject* parent) : TokenStore(parent), m_key(std::move(key)) {}
    void read(ReadDone done) override;
    void write(const QString& token, Done done) override;
    void remove(Done done) override;

private:
    QString m_key = QStringLiteral("huggingface-token");
};

/** Tests: a token kept in memory only. */
class MemoryTokenStore final : public TokenStore {
    Q_OBJECT
public:
    explicit MemoryTokenStore(QObject* parent = nullptr) : TokenStore(parent) {}
    void read(ReadDone done) override { done(m_token, QString()); }
    void write(const QString& token, Done done) override
    {
        m_token = token;
        done(QString());
    }
    void remove(Done done) override
    {
        m_token.clear();
        done(QString());
    }
    QString token() const { return m_token; }

private:
    QString m_token;
};

} // namespace falconry::ui
