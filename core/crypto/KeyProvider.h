#pragma once

#include "core/crypto/KeyError.h"
#include "core/crypto/SecretKey.h"

namespace segurdesk::crypto {

// Source of the draft master key: a random 256-bit key created on first use and kept by the
// provider (the OS keychain, or a passphrase-protected key file). Never stored in plaintext.
class KeyProvider
{
public:
    virtual ~KeyProvider() = default;

    // The master key, created and stored on first use; a null key and error set on failure.
    // May block on a nested event loop while the keychain answers.
    virtual SecretKey masterKey(KeyError* error) = 0;
};

} // namespace segurdesk::crypto
