#pragma once

#include "core/crypto/KeyProvider.h"

#include <QString>

namespace segurdesk::crypto {

// Keeps the draft master key in the OS keychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows) through qtkeychain, never with its plaintext file fallback.
// KeychainUnavailable tells the caller to switch to a PassphraseKeyProvider.
class KeychainKeyProvider : public KeyProvider
{
public:
    explicit KeychainKeyProvider(QString service = QStringLiteral("Ségur Desk"),
                                 QString account = QStringLiteral("draft-master-key"));

    SecretKey masterKey(KeyError* error) override;
    // Removes the stored key: every draft encrypted with it becomes unreadable.
    bool forget(KeyError* error);

private:
    QString m_service;
    QString m_account;
};

} // namespace segurdesk::crypto
