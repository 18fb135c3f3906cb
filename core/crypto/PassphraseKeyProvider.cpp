#include "core/crypto/PassphraseKeyProvider.h"

#include "core/crypto/Aes256Gcm.h"
#include "core/crypto/SecureRandom.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <cstring>

namespace segurdesk::crypto {

namespace {

constexpr char Magic[4] = {'S', 'D', 'K', 'F'};
constexpr quint8 Version = 1;
constexpr qsizetype HeaderSize = 4 + 1 + 1 + 4 + 4 + Scrypt::SaltSize;
constexpr qsizetype FileSize = HeaderSize + Aes256Gcm::NonceSize + SecretKey::Size + Aes256Gcm::TagSize;
constexpr QByteArrayView Role = "segurdesk/master-key";

void report(KeyError* error, const KeyError& value)
{
    if (error)
        *error = value;
}

QByteArray normalizedPassphrase(const QString& passphrase)
{
    // The same passphrase typed through different input methods must give the same bytes.
    return passphrase.normalized(QString::NormalizationForm_C).toUtf8();
}

} // namespace

PassphraseKeyProvider::PassphraseKeyProvider(QString keyFilePath, const QString& passphrase, ScryptParams params)
    : m_path(std::move(keyFilePath))
    , m_passphrase(normalizedPassphrase(passphrase))
    , m_params(params)
{ }

PassphraseKeyProvider::~PassphraseKeyProvider()
{
    cleanse(m_passphrase);
}

bool PassphraseKeyProvider::keyFileExists(const QString& keyFilePath)
{
    return QFileInfo::exists(keyFilePath);
}

SecretKey PassphraseKeyProvider::masterKey(KeyError* error)
{
    if (m_passphrase.isEmpty()) {
        report(error, {KeyError::PassphraseRequired});
        return {};
    }
    if (!QFileInfo::exists(m_path)) {
        SecretKey key = SecretKey::generate();
        if (key.isNull()) {
            report(error, {KeyError::RandomFailed});
            return {};
        }
        if (!writeKeyFile(key, m_passphrase, error))
            return {};
        report(error, {});
        return key;
    }

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(error, {KeyError::KeyFileUnreadable, file.errorString()});
        return {};
    }
    const QByteArray content = file.read(FileSize + 1);
    if (content.size() < HeaderSize || std::memcmp(content.constData(), Magic, sizeof Magic) != 0) {
        report(error, {KeyError::KeyFileUnreadable, QStringLiteral("not a key file")});
        return {};
    }
    if (static_cast<quint8>(content[4]) != Version) {
        report(error, {KeyError::KeyFileUnsupported});
        return {};
    }
    if (content.size() != FileSize) {
        report(error, {KeyError::KeyFileUnreadable, QStringLiteral("wrong key file size")});
        return {};
    }
    ScryptParams params;
    params.logN = static_cast<quint8>(content[5]);
    params.r = qFromBigEndian<quint32>(content.constData() + 6);
    params.p = qFromBigEndian<quint32>(content.constData() + 10);
    if (!params.isAcceptable()) {
        report(error, {KeyError::KeyFileUnreadable, QStringLiteral("unacceptable scrypt parameters")});
        return {};
    }
    const QByteArrayView salt(content.constData() + 14, Scrypt::SaltSize);
    const SecretKey wrappingKey = Scrypt::deriveKey(m_passphrase, salt, params);
    if (wrappingKey.isNull()) {
        report(error, {KeyError::KeyFileUnreadable, QStringLiteral("key derivation failed")});
        return {};
    }
    const char* nonce = content.constData() + HeaderSize;
    const char* wrapped = nonce + Aes256Gcm::NonceSize;
    const char* tag = wrapped + SecretKey::Size;
    SecretKey key;
    Aes256Gcm cipher(wrappingKey);
    if (!cipher.open(reinterpret_cast<const unsigned char*>(nonce),
                     {QByteArrayView(content.constData(), HeaderSize), Role}, wrapped, SecretKey::Size,
                     reinterpret_cast<char*>(key.data()), reinterpret_cast<const unsigned char*>(tag))) {
        key.clear();
        report(error, {KeyError::WrongPassphrase});
        return {};
    }
    key.setValid();
    report(error, {});
    return key;
}

bool PassphraseKeyProvider::changePassphrase(const QString& newPassphrase, KeyError* error)
{
    QByteArray replacement = normalizedPassphrase(newPassphrase);
    if (replacement.isEmpty()) {
        report(error, {KeyError::PassphraseRequired});
        return false;
    }
    const SecretKey key = masterKey(error);
    if (key.isNull() || !writeKeyFile(key, replacement, error)) {
        cleanse(replacement);
        return false;
    }
    cleanse(m_passphrase);
    m_passphrase = replacement;
    return true;
}

bool PassphraseKeyProvider::writeKeyFile(const SecretKey& masterKey, const QByteArray& passphrase,
                                         KeyError* error) const
{
    QByteArray content(FileSize, '\0');
    char* data = content.data();
    std::memcpy(data, Magic, sizeof Magic);
    data[4] = static_cast<char>(Version);
    data[5] = static_cast<char>(m_params.logN);
    qToBigEndian(m_params.r, data + 6);
    qToBigEndian(m_params.p, data + 10);
    char* salt = data + 14;
    char* nonce = data + HeaderSize;
    char* wrapped = nonce + Aes256Gcm::NonceSize;
    char* tag = wrapped + SecretKey::Size;
    if (!SecureRandom::fill(salt, Scrypt::SaltSize) || !SecureRandom::fill(nonce, Aes256Gcm::NonceSize)) {
        report(error, {KeyError::RandomFailed});
        return false;
    }
    const SecretKey wrappingKey = Scrypt::deriveKey(passphrase, QByteArrayView(salt, Scrypt::SaltSize), m_params);
    Aes256Gcm cipher(wrappingKey);
    if (wrappingKey.isNull()
        || !cipher.seal(reinterpret_cast<const unsigned char*>(nonce), {QByteArrayView(data, HeaderSize), Role},
                        reinterpret_cast<const char*>(masterKey.data()), SecretKey::Size, wrapped,
                        reinterpret_cast<unsigned char*>(tag))) {
        report(error, {KeyError::KeyFileWriteFailed, QStringLiteral("key wrapping failed")});
        return false;
    }

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        report(error, {KeyError::KeyFileWriteFailed, file.errorString()});
        return false;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace segurdesk::crypto
