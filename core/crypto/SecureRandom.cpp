#include "core/crypto/SecureRandom.h"

#include <climits>
#include <openssl/rand.h>

namespace segurdesk::crypto {

bool SecureRandom::fill(void* data, qsizetype size)
{
    auto* out = static_cast<unsigned char*>(data);
    while (size > 0) {
        const int step = size > INT_MAX ? INT_MAX : static_cast<int>(size);
        if (RAND_bytes(out, step) != 1)
            return false;
        out += step;
        size -= step;
    }
    return true;
}

QByteArray SecureRandom::bytes(qsizetype size)
{
    QByteArray result(size, Qt::Uninitialized);
    if (!fill(result.data(), size))
        return {};
    return result;
}

} // namespace segurdesk::crypto
