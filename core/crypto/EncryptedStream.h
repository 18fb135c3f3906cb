#pragma once

#include "core/crypto/SecretKey.h"

#include <QByteArray>

#include <functional>

class QIODevice;

namespace segurdesk::crypto {

enum class CipherStatus {
    Ok,
    Damaged, // truncated, altered, appended to, encrypted for another role, or a wrong key
    UnsupportedVersion,
    ReadFailed,
    WriteFailed,
    RandomFailed,
};

// The versioned at-rest format for every encrypted file and database value:
//
//   header  "SDEF" | version (1) | log2 chunk size (1) | 0 0 | random nonce (12)
//   chunks  ciphertext (chunk size, the last one shorter or empty) | GCM tag (16), repeated
//
// Each chunk is AES-256-GCM under the nonce XORed with its index, and authenticates the header,
// the caller's associated data (the file's role and name, so files cannot be swapped), its index
// and whether it is the last one, so that reordered, dropped or truncated chunks are detected.
// Streaming keeps memory use at two chunks whatever the file size; chunks are 1 KiB to 1 MiB.
class EncryptedStream
{
public:
    static constexpr quint8 Version = 1;
    static constexpr qsizetype HeaderSize = 20;
    static constexpr int DefaultChunkLog2 = 16;

    using Sink = std::function<bool(QByteArrayView plaintext)>;

    // observer, when set, sees each plaintext chunk as it is read (to hash it in the same pass).
    static CipherStatus encrypt(const SecretKey& key, QByteArrayView associatedData, QIODevice& in, QIODevice& out,
                                int chunkLog2 = DefaultChunkLog2, const Sink& observer = {});
    // sink receives the plaintext chunk by chunk, each one authenticated before it is passed on;
    // a later chunk may still fail, so a caller that must not act on partial data buffers it
    // (or writes it to a QSaveFile) until Ok is returned. A sink returning false stops with WriteFailed.
    static CipherStatus decrypt(const SecretKey& key, QByteArrayView associatedData, QIODevice& in, const Sink& sink);
    static CipherStatus decrypt(const SecretKey& key, QByteArrayView associatedData, QIODevice& in, QIODevice& out);

    // Whole-buffer forms for small values (the dossier JSON, database columns).
    static QByteArray sealBytes(const SecretKey& key, QByteArrayView associatedData, QByteArrayView plaintext);
    static CipherStatus openBytes(const SecretKey& key, QByteArrayView associatedData, QByteArrayView sealed,
                                  QByteArray& plaintext);
};

} // namespace segurdesk::crypto
