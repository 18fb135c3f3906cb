#pragma once

#include "core/crypto/KeyError.h"
#include "core/crypto/SecretKey.h"

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
class ReadPasswordJob;
} // namespace QKeychain

namespace segurdesk::crypto {

// Keeps the draft master key in the OS keychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows) through qtkeychain, never with its plaintext file fallback.
// KeychainUnavailable tells the caller to switch to a PassphraseKeyProvider.
//
// Asynchronous, on the thread that owns it: the keychain may take its time (an unlock prompt),
// so each call returns at once and its signal follows from the event loop. One call at a time.
class KeychainKeyProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainKeyProvider)

public:
    explicit KeychainKeyProvider(QString service = QStringLiteral("Ségur Desk"),
                                 QString account = QStringLiteral("draft-master-key"), QObject* parent = nullptr);
    ~KeychainKeyProvider() override;

    // The master key, created and stored on first use: masterKeyReady() follows.
    void fetchMasterKey();
    // Removes the stored key, and with it every draft encrypted under it: forgotten() follows.
    void forget();

signals:
    // A null key and `error` set on failure.
    void masterKeyReady(const segurdesk::crypto::SecretKey& key, const segurdesk::crypto::KeyError& error);
    void forgotten(const segurdesk::crypto::KeyError& error);

private:
    void onRead(const QKeychain::ReadPasswordJob& job);
    void onWritten(const QKeychain::Job& job);
    template<typename JobType> JobType* makeJob();

    QString m_service;
    QString m_account;
    // The key being stored, until the keychain confirms it.
    SecretKey m_created;
};

} // namespace segurdesk::crypto
