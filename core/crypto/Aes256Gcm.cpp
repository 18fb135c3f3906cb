#include "core/crypto/Aes256Gcm.h"

#include <climits>
#include <openssl/evp.h>

namespace segurdesk::crypto {

Aes256Gcm::Aes256Gcm(const SecretKey& key)
    : m_key(key)
    , m_context(EVP_CIPHER_CTX_new())
{ }

Aes256Gcm::~Aes256Gcm()
{
    EVP_CIPHER_CTX_free(m_context);
}

bool Aes256Gcm::seal(const unsigned char* nonce, std::initializer_list<QByteArrayView> aad, const char* in,
                     qsizetype size, char* out, unsigned char* tag)
{
    return run(true, nonce, aad, in, size, out, tag);
}

bool Aes256Gcm::open(const unsigned char* nonce, std::initializer_list<QByteArrayView> aad, const char* in,
                     qsizetype size, char* out, const unsigned char* tag)
{
    // EVP_CIPHER_CTX_ctrl takes the expected tag as void* but only reads it when decrypting.
    return run(false, nonce, aad, in, size, out,
               const_cast<unsigned char*>(tag)); // NOLINT(cppcoreguidelines-pro-type-const-cast)
}

bool Aes256Gcm::run(bool encrypt, const unsigned char* nonce, std::initializer_list<QByteArrayView> aad, const char* in,
                    qsizetype size, char* out, unsigned char* tag)
{
    if (!m_context || m_key.isNull() || size < 0 || size > INT_MAX)
        return false;
    // The nonce length is fixed at 96 bits, GCM's default, so no EVP_CTRL_GCM_SET_IVLEN is needed.
    if (EVP_CipherInit_ex(m_context, EVP_aes_256_gcm(), nullptr, m_key.data(), nonce, encrypt ? 1 : 0) != 1)
        return false;
    int written = 0;
    for (QByteArrayView piece : aad) {
        if (piece.isEmpty())
            continue;
        if (EVP_CipherUpdate(m_context, nullptr, &written, reinterpret_cast<const unsigned char*>(piece.data()),
                             static_cast<int>(piece.size()))
            != 1)
            return false;
    }
    if (size > 0
        && EVP_CipherUpdate(m_context, reinterpret_cast<unsigned char*>(out), &written,
                            reinterpret_cast<const unsigned char*>(in), static_cast<int>(size))
            != 1)
        return false;
    if (!encrypt && EVP_CIPHER_CTX_ctrl(m_context, EVP_CTRL_GCM_SET_TAG, TagSize, tag) != 1)
        return false;
    int finalWritten = 0;
    if (EVP_CipherFinal_ex(m_context, reinterpret_cast<unsigned char*>(out) + written, &finalWritten) != 1)
        return false;
    if (encrypt && EVP_CIPHER_CTX_ctrl(m_context, EVP_CTRL_GCM_GET_TAG, TagSize, tag) != 1)
        return false;
    return true;
}

} // namespace segurdesk::crypto
