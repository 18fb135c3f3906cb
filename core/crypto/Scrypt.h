#pragma once

#include "core/crypto/SecretKey.h"

#include <QByteArray>

namespace segurdesk::crypto {

// scrypt cost parameters (RFC 7914), stored next to the salt so that a key can be re-derived
// after the defaults change.
struct ScryptParams
{
    quint8 logN = 17; // N = 2^17: 128 MiB with r = 8, about half a second on a laptop
    quint32 r = 8;
    quint32 p = 1;

    // Parameters read from disk are checked against these bounds, so that a tampered file cannot
    // make the derivation allocate gigabytes.
    bool isAcceptable() const;
    quint64 memoryBytes() const;
};

// scrypt key derivation through OpenSSL (EVP_PBE_scrypt).
class Scrypt
{
public:
    static constexpr qsizetype SaltSize = 16;

    // out receives outSize derived bytes; false if the parameters are unacceptable or OpenSSL fails.
    static bool derive(QByteArrayView passphrase, QByteArrayView salt, const ScryptParams& params, unsigned char* out,
                       qsizetype outSize);
    static QByteArray derive(QByteArrayView passphrase, QByteArrayView salt, const ScryptParams& params,
                             qsizetype outSize);
    // A 256-bit key, or a null key on failure.
    static SecretKey deriveKey(QByteArrayView passphrase, QByteArrayView salt, const ScryptParams& params);
};

} // namespace segurdesk::crypto
