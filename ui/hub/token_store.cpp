#include "ui/hub/token_store.h"

#include <qt6keychain/keychain.h>

namespace falconry::ui {
namespace {

const QString kService = QStringLiteral("Falconry");

} // namespace

void KeychainTokenStore::read(ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        auto* r = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (r->error() == QKeychain::EntryNotFound)
            done(QString(), QString());
        else if (r->error() != QKeychain::NoError)
            done(QString(), r->errorString());
        else
            done(r->textData(), QString());
    });
    job->start();
}

void KeychainTokenStore::write(const QString& token, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        done(j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void KeychainTokenStore::remove(Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound ? QString() : j->errorString());
    });
    job->start();
}

} // namespace falconry::ui
