#include "shell/PasswordKeychain.h"

#include <memory>
#include <utility>

#include <QTimer>

#include <qt6keychain/keychain.h>

#include "db/DatabaseConnector.h"

namespace {

// The jobs have no parent: a job whose backend call is still pending must outlive the
// PasswordKeychain (deleting it would leave the backend a dangling callback). Each deletes
// itself once finished; the connections to us end when we go.
template <typename Job>
Job *newJob(const QString &key)
{
    auto *job = new Job(QString::fromLatin1(PasswordKeychain::Service));
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file: no keychain, no password kept
    job->setKey(key);
    return job;
}

// Why, in a few words: callers embed it in a sentence that names the keychain.
QString reason(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return PasswordKeychain::tr("no Secret Service or KWallet is running");
    case QKeychain::AccessDeniedByUser:
        return PasswordKeychain::tr("access was refused");
    default: // the backend's own words (libsecret, D-Bus)
        return job.errorString().isEmpty() ? PasswordKeychain::tr("unknown error") : job.errorString();
    }
}

} // namespace

PasswordKeychain::PasswordKeychain(QObject *parent) : QObject(parent) {}

PasswordKeychain::~PasswordKeychain() = default;

QString PasswordKeychain::keyFor(const QString &target)
{
    return DatabaseConnector::identity(target);
}

void PasswordKeychain::read(const QString &key)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    // Exactly one answer: the job's, or the deadline's if the backend never replies.
    auto answered = std::make_shared<bool>(false);
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, key, answered, deadline] {
        deadline->deleteLater();
        if (!std::exchange(*answered, true))
            emit unavailable(key, tr("it did not answer"));
    });
    connect(job, &QKeychain::Job::finished, this, [this, key, answered, deadline](QKeychain::Job *finished) {
        if (std::exchange(*answered, true))
            return;
        deadline->stop();
        deadline->deleteLater();
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (finished->error() == QKeychain::NoError)
            emit found(key, read->textData());
        else if (finished->error() == QKeychain::EntryNotFound)
            emit notFound(key);
        else
            emit unavailable(key, reason(*finished));
    });
    deadline->start(m_readTimeoutMs);
    job->start();
}

void PasswordKeychain::store(const QString &key, const QString &password)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            emit stored(key);
        else
            emit failed(key, reason(*finished));
    });
    job->start();
}

void PasswordKeychain::forget(const QString &key)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
            emit forgotten(key);
        else
            emit failed(key, reason(*finished));
    });
    job->start();
}
