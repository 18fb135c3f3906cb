#include "core/crypto/KeychainKeyProvider.h"

#include <qt6keychain/keychain.h>

namespace segurdesk::crypto {

namespace {

KeyError toKeyError(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {KeyError::KeychainDenied, job.errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // libsecret reports a missing D-Bus session or Secret Service as OtherError.
    case QKeychain::OtherError:
        return {KeyError::KeychainUnavailable, job.errorString()};
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return {KeyError::KeychainFailed, job.errorString()};
}

} // namespace

KeychainKeyProvider::KeychainKeyProvider(QString service, QString account, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_account(std::move(account))
{ }

KeychainKeyProvider::~KeychainKeyProvider() = default;

template<typename JobType> JobType* KeychainKeyProvider::makeJob()
{
    // Deleted by qtkeychain once finished() has been delivered, never before: the Secret Service
    // backend calls the job back when D-Bus answers, even after this object is gone (the
    // connections to this object go with it).
    auto* job = new JobType(m_service);
    job->setInsecureFallback(false);
    job->setKey(m_account);
    return job;
}

void KeychainKeyProvider::fetchMasterKey()
{
    auto* read = makeJob<QKeychain::ReadPasswordJob>();
    connect(read, &QKeychain::Job::finished, this, [this, read] { onRead(*read); });
    read->start();
}

void KeychainKeyProvider::onRead(const QKeychain::ReadPasswordJob& job)
{
    if (job.error() == QKeychain::NoError) {
        QByteArray stored = job.binaryData();
        const SecretKey key = SecretKey::fromBytes(stored);
        cleanse(stored);
        if (key.isNull())
            return emit masterKeyReady({},
                                       {KeyError::KeychainFailed, QStringLiteral("stored key has the wrong length")});
        return emit masterKeyReady(key, {});
    }
    if (job.error() != QKeychain::EntryNotFound)
        return emit masterKeyReady({}, toKeyError(job));
    m_created = SecretKey::generate();
    if (m_created.isNull())
        return emit masterKeyReady({}, KeyError(KeyError::RandomFailed));
    auto* write = makeJob<QKeychain::WritePasswordJob>();
    QByteArray bytes(reinterpret_cast<const char*>(m_created.data()), SecretKey::Size);
    write->setBinaryData(bytes);
    cleanse(bytes);
    connect(write, &QKeychain::Job::finished, this, [this, write] { onWritten(*write); });
    write->start();
}

void KeychainKeyProvider::onWritten(const QKeychain::Job& job)
{
    const SecretKey created = m_created;
    m_created.clear();
    if (job.error() != QKeychain::NoError)
        return emit masterKeyReady({}, toKeyError(job));
    emit masterKeyReady(created, {});
}

void KeychainKeyProvider::forget()
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>();
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* finished) {
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        emit forgotten(gone ? KeyError() : toKeyError(*finished));
    });
    job->start();
}

} // namespace segurdesk::crypto
