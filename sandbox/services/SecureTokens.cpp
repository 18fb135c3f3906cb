#include "sandbox/services/SecureTokens.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace segurdesk::sandbox {

namespace {

QByteArray pbkdf2(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), int(out.size()),
                          reinterpret_cast<unsigned char*>(out.data()))
        != 1)
        return {};
    return out;
}

} // namespace

QByteArray SecureTokens::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1)
        qFatal("RAND_bytes failed: no secure randomness available");
    return bytes;
}

QString SecureTokens::randomHex(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toHex());
}

QString SecureTokens::randomDigits(int count)
{
    QString digits;
    for (char byte : randomBytes(count))
        digits += QLatin1Char(char('0' + quint8(byte) % 10));
    return digits;
}

QString SecureTokens::randomPassword(int length)
{
    static const char* const classes[]
        = {"abcdefghijkmnopqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789", "!#%&*+-=?@_"};
    QString password;
    const QByteArray random = randomBytes(length * 2);
    for (int i = 0; i < length; ++i) {
        const char* alphabet = classes[i < 4 ? i : quint8(random.at(i)) % 4];
        password += QLatin1Char(alphabet[quint8(random.at(length + i)) % qstrlen(alphabet)]);
    }
    // The four classes come first above: shuffle them into the rest.
    const QByteArray order = randomBytes(length);
    for (int i = length - 1; i > 0; --i)
        std::swap(password[i], password[quint8(order.at(i)) % (i + 1)]);
    return password;
}

QByteArray SecureTokens::sha256(QByteArrayView data)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), std::size_t(data.size()),
           reinterpret_cast<unsigned char*>(digest.data()));
    return digest;
}

QString SecureTokens::sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

QString SecureTokens::hashPassword(const QString& password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(pbkdf2(password, salt, iterations).toBase64()));
}

bool SecureTokens::verifyPassword(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    const int iterations = parts.at(1).toInt();
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray actual = pbkdf2(password, salt, iterations);
    return iterations > 0 && actual.size() == expected.size() && !actual.isEmpty()
        && CRYPTO_memcmp(actual.constData(), expected.constData(), std::size_t(actual.size())) == 0;
}

} // namespace segurdesk::sandbox
