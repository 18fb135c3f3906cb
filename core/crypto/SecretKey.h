#pragma once

#include <QByteArrayView>

#include <array>

namespace segurdesk::crypto {

// A 256-bit symmetric key whose bytes are wiped (OPENSSL_cleanse) whenever a copy dies or is
// overwritten. A default-constructed key is null: every operation given a null key fails.
class SecretKey
{
public:
    static constexpr qsizetype Size = 32;

    SecretKey() = default;
    SecretKey(const SecretKey& other);
    SecretKey& operator=(const SecretKey& other);
    ~SecretKey();

    // A fresh random key, or a null key if the random generator failed.
    static SecretKey generate();
    // A key holding exactly Size bytes; a null key for any other length.
    static SecretKey fromBytes(QByteArrayView bytes);

    bool isNull() const { return !m_set; }
    const unsigned char* data() const { return m_bytes.data(); }
    unsigned char* data() { return m_bytes.data(); }
    // Marks bytes written through data() as a usable key.
    void setValid() { m_set = true; }
    void clear();

    bool operator==(const SecretKey& other) const;

private:
    std::array<unsigned char, Size> m_bytes {};
    bool m_set = false;
};

// Wipes a byte array that held a secret (best effort: only this array's storage is wiped).
void cleanse(QByteArray& bytes);

} // namespace segurdesk::crypto
