#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace segurdesk::sandbox {

// Randomness and one-way hashes for secrets (OpenSSL): tokens, codes, password hashes.
class SecureTokens
{
public:
    static QByteArray randomBytes(int count);
    static QString randomHex(int bytes);
    // Digits only, for codes read from a mail.
    static QString randomDigits(int count);
    // A password that satisfies the policy (four classes), for initial passwords.
    static QString randomPassword(int length);
    // OpenSSL's SHA-256 (several times faster than QCryptographicHash in Qt 6.4, which
    // matters for 4 MB uploads and for the ETag of every answer).
    static QByteArray sha256(QByteArrayView data);
    static QString sha256Hex(QByteArrayView data);

    // "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>"
    static QString hashPassword(const QString& password, int iterations);
    static bool verifyPassword(const QString& password, const QString& stored);
};

} // namespace segurdesk::sandbox
