#include "core/crypto/ThreadStateRelease.h"

#include <openssl/crypto.h>

namespace segurdesk::crypto {

ThreadStateRelease::~ThreadStateRelease()
{
    OPENSSL_thread_stop();
}

} // namespace segurdesk::crypto
