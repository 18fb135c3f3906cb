#pragma once

#include <QByteArray>

namespace segurdesk::crypto {

// Randomness from the OpenSSL CSPRNG (seeded by the OS). Keys, nonces and salts come from here,
// never from QRandomGenerator, so that every secret shares one audited source.
class SecureRandom
{
public:
    // Fills size bytes at data; false if the generator failed (the bytes are then unusable).
    static bool fill(void* data, qsizetype size);
    // size random bytes, or an empty array if the generator failed.
    static QByteArray bytes(qsizetype size);
};

} // namespace segurdesk::crypto
