#include "core/crypto/KeychainKeyProvider.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace segurdesk::crypto {

namespace {

void runToCompletion(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

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

void report(KeyError* error, const KeyError& value)
{
    if (error)
        *error = value;
}

} // namespace

KeychainKeyProvider::KeychainKeyProvider(QString service, QString account)
    : m_service(std::move(service))
    , m_account(std::move(account))
{ }

SecretKey KeychainKeyProvider::masterKey(KeyError* error)
{
    QKeychain::ReadPasswordJob read(m_service);
    read.setAutoDelete(false);
    read.setInsecureFallback(false);
    read.setKey(m_account);
    runToCompletion(read);
    if (read.error() == QKeychain::NoError) {
        QByteArray stored = read.binaryData();
        SecretKey key = SecretKey::fromBytes(stored);
        cleanse(stored);
        if (key.isNull()) {
            report(error, {KeyError::KeychainFailed, QStringLiteral("stored key has the wrong length")});
            return {};
        }
        report(error, {});
        return key;
    }
    if (read.error() != QKeychain::EntryNotFound) {
        report(error, toKeyError(read));
        return {};
    }

    SecretKey key = SecretKey::generate();
    if (key.isNull()) {
        report(error, {KeyError::RandomFailed});
        return {};
    }
    QKeychain::WritePasswordJob write(m_service);
    write.setAutoDelete(false);
    write.setInsecureFallback(false);
    write.setKey(m_account);
    QByteArray bytes(reinterpret_cast<const char*>(key.data()), SecretKey::Size);
    write.setBinaryData(bytes);
    cleanse(bytes);
    runToCompletion(write);
    if (write.error() != QKeychain::NoError) {
        report(error, toKeyError(write));
        return {};
    }
    report(error, {});
    return key;
}

bool KeychainKeyProvider::forget(KeyError* error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(m_account);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        report(error, toKeyError(job));
        return false;
    }
    report(error, {});
    return true;
}

} // namespace segurdesk::crypto
