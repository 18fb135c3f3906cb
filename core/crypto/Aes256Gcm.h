#pragma once

#include "core/crypto/SecretKey.h"

#include <QByteArrayView>

#include <initializer_list>

struct evp_cipher_ctx_st;

namespace segurdesk::crypto {

// AES-256-GCM with a 96-bit nonce and a 128-bit tag (OpenSSL EVP). The caller owns nonce
// uniqueness: a nonce must never repeat under one key. Associated data may come in pieces; they
// are authenticated as their concatenation.
class Aes256Gcm
{
public:
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype TagSize = 16;

    explicit Aes256Gcm(const SecretKey& key);
    ~Aes256Gcm();
    Aes256Gcm(const Aes256Gcm&) = delete;
    Aes256Gcm& operator=(const Aes256Gcm&) = delete;

    // Encrypts size bytes from in to out (which may alias in) and writes TagSize bytes to tag.
    bool seal(const unsigned char* nonce, std::initializer_list<QByteArrayView> aad, const char* in, qsizetype size,
              char* out, unsigned char* tag);
    // Decrypts and authenticates; false when the tag does not match (wrong key, altered data):
    // out then holds unauthenticated bytes that the caller must discard.
    bool open(const unsigned char* nonce, std::initializer_list<QByteArrayView> aad, const char* in, qsizetype size,
              char* out, const unsigned char* tag);

private:
    bool run(bool encrypt, const unsigned char* nonce, std::initializer_list<QByteArrayView> aad, const char* in,
             qsizetype size, char* out, unsigned char* tag);

    SecretKey m_key;
    ::evp_cipher_ctx_st* m_context = nullptr;
};

} // namespace segurdesk::crypto
