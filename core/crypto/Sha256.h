#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <optional>

class QIODevice;

namespace segurdesk::crypto {

// Streaming SHA-256 on OpenSSL libcrypto (EVP). Feed data in any number of chunks, then call
// `finalize()` once; the object cannot be reused afterwards. Not copyable (owns an EVP context).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    // The 32-byte digest.
    QByteArray finalize();

    // One-shot digest of `data`, 32 bytes.
    static QByteArray hash(QByteArrayView data);
    // Digest of what remains readable on `device`, read in 64 KiB chunks so that a file of any
    // size hashes in constant memory. std::nullopt when a read fails.
    static std::optional<QByteArray> hash(QIODevice& device);
    // Lowercase hexadecimal form of a digest, as printed by sha256sum.
    static QByteArray toHex(const QByteArray& digest) { return digest.toHex(); }

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace segurdesk::crypto
