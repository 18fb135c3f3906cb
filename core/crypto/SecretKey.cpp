#include "core/crypto/SecretKey.h"

#include "core/crypto/SecureRandom.h"

#include <QByteArray>

#include <openssl/crypto.h>

namespace segurdesk::crypto {

SecretKey::SecretKey(const SecretKey& other) = default;

SecretKey& SecretKey::operator=(const SecretKey& other)
{
    if (this != &other) {
        m_bytes = other.m_bytes;
        m_set = other.m_set;
    }
    return *this;
}

SecretKey::~SecretKey()
{
    clear();
}

SecretKey SecretKey::generate()
{
    SecretKey key;
    if (SecureRandom::fill(key.m_bytes.data(), Size))
        key.m_set = true;
    else
        key.clear();
    return key;
}

SecretKey SecretKey::fromBytes(QByteArrayView bytes)
{
    SecretKey key;
    if (bytes.size() != Size)
        return key;
    std::copy(bytes.begin(), bytes.end(), key.m_bytes.begin());
    key.m_set = true;
    return key;
}

void SecretKey::clear()
{
    OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_set = false;
}

bool SecretKey::operator==(const SecretKey& other) const
{
    return m_set == other.m_set && CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), Size) == 0;
}

void cleanse(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace segurdesk::crypto
