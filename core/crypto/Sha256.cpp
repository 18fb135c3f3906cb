#include "core/crypto/Sha256.h"

#include <QIODevice>

#include <array>
#include <new>
#include <openssl/evp.h>

namespace segurdesk::crypto {

struct Sha256::Context
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    Context() = default;
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    // Only allocation can fail here; a digest that silently hashes nothing would be worse than a throw.
    if (!m_context->ctx || EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr) != 1)
        throw std::bad_alloc();
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_context->ctx, data.data(), static_cast<size_t>(data.size()));
}

QByteArray Sha256::finalize()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, reinterpret_cast<unsigned char*>(digest.data()), &length);
    digest.truncate(static_cast<qsizetype>(length));
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.finalize();
}

std::optional<QByteArray> Sha256::hash(QIODevice& device)
{
    Sha256 sha;
    std::array<char, std::size_t {64} * 1024> buffer {};
    for (;;) {
        const qint64 read = device.read(buffer.data(), static_cast<qint64>(buffer.size()));
        if (read < 0)
            return std::nullopt;
        if (read == 0)
            break;
        sha.addData(QByteArrayView(buffer.data(), static_cast<qsizetype>(read)));
    }
    return sha.finalize();
}

} // namespace segurdesk::crypto
