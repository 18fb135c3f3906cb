#include "core/crypto/Scrypt.h"

#include <openssl/evp.h>

namespace segurdesk::crypto {

namespace {
constexpr quint64 MaxMemoryBytes = 1ull << 30;
}

quint64 ScryptParams::memoryBytes() const
{
    // OpenSSL's own accounting: the B array (128·r·p) plus V and XY (128·r·(N + 2)).
    return 128ull * r * p + 128ull * r * ((1ull << logN) + 2);
}

bool ScryptParams::isAcceptable() const
{
    return logN >= 1 && logN <= 24 && r >= 1 && r <= 32 && p >= 1 && p <= 64 && memoryBytes() <= MaxMemoryBytes;
}

bool Scrypt::derive(QByteArrayView passphrase, QByteArrayView salt, const ScryptParams& params, unsigned char* out,
                    qsizetype outSize)
{
    if (!params.isAcceptable() || outSize <= 0)
        return false;
    return EVP_PBE_scrypt(passphrase.data(), static_cast<size_t>(passphrase.size()),
                          reinterpret_cast<const unsigned char*>(salt.data()), static_cast<size_t>(salt.size()),
                          1ull << params.logN, params.r, params.p, params.memoryBytes() + (1u << 20), out,
                          static_cast<size_t>(outSize))
        == 1;
}

QByteArray Scrypt::derive(QByteArrayView passphrase, QByteArrayView salt, const ScryptParams& params, qsizetype outSize)
{
    QByteArray result(outSize, Qt::Uninitialized);
    if (!derive(passphrase, salt, params, reinterpret_cast<unsigned char*>(result.data()), outSize))
        return {};
    return result;
}

SecretKey Scrypt::deriveKey(QByteArrayView passphrase, QByteArrayView salt, const ScryptParams& params)
{
    SecretKey key;
    if (derive(passphrase, salt, params, key.data(), SecretKey::Size))
        key.setValid();
    else
        key.clear();
    return key;
}

} // namespace segurdesk::crypto
