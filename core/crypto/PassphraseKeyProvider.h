#pragma once

#include "core/crypto/KeyError.h"
#include "core/crypto/Scrypt.h"
#include "core/crypto/SecretKey.h"

#include <QString>

namespace segurdesk::crypto {

// Keeps the draft master key in a key file, wrapped (AES-256-GCM) under a key derived from a
// passphrase with scrypt. For machines without a keychain; there is no unprotected fallback.
//
// Key file (90 bytes): "SDKF" | version (1) | log2 N (1) | r (4, BE) | p (4, BE) | salt (16) |
// nonce (12) | wrapped key (32) | tag (16). The tag covers every byte before the nonce, so the
// stored scrypt parameters cannot be lowered unnoticed.
class PassphraseKeyProvider
{
public:
    // params apply only when the key file is created; an existing file carries its own.
    PassphraseKeyProvider(QString keyFilePath, const QString& passphrase, ScryptParams params = {});
    ~PassphraseKeyProvider();
    PassphraseKeyProvider(const PassphraseKeyProvider&) = delete;
    PassphraseKeyProvider& operator=(const PassphraseKeyProvider&) = delete;

    static bool keyFileExists(const QString& keyFilePath);

    // The master key, created and stored on first use; a null key and `error` set on failure.
    // Runs scrypt: call it off the GUI thread.
    SecretKey masterKey(KeyError* error);
    // Re-wraps the same master key under a new passphrase: drafts stay readable.
    bool changePassphrase(const QString& newPassphrase, KeyError* error);

private:
    bool writeKeyFile(const SecretKey& masterKey, const QByteArray& passphrase, KeyError* error) const;

    QString m_path;
    QByteArray m_passphrase;
    ScryptParams m_params;
};

} // namespace segurdesk::crypto
