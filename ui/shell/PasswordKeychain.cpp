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

QString reason(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return PasswordKeychain::tr("No system keychain is available (Secret Service or KWallet).");
    case QKeychain::AccessDeniedByUser:
        return PasswordKeychain::tr("Access to the system keychain was refused.");
    case QKeychain::AccessDenied:
        return PasswordKeychain::tr("The system keychain denied access: %1").arg(job.errorString());
    default:
        return PasswordKeychain::tr("The system keychain failed: %1").arg(job.errorString());
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
            emit unavailable(key, tr("The system keychain did not answer."));
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
