#include "core/crypto/EncryptedStream.h"

#include "core/crypto/Aes256Gcm.h"
#include "core/crypto/SecureRandom.h"

#include <QBuffer>
#include <QtEndian>

#include <array>
#include <cstring>

namespace segurdesk::crypto {

namespace {

constexpr char Magic[4] = {'S', 'D', 'E', 'F'};
constexpr int MinChunkLog2 = 10;
// The chunk size is read from a header not yet authenticated: a damaged or hostile file may
// declare the largest one, so this bounds what opening any file allocates (two chunks, 2 MiB).
constexpr int MaxChunkLog2 = 20;

// Reads until size bytes arrived or the device is at its end; -1 on a read error.
qint64 readFull(QIODevice& in, char* data, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 got = in.read(data + total, size - total);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        total += got;
    }
    return total;
}

struct ChunkContext
{
    std::array<unsigned char, Aes256Gcm::NonceSize> nonce {};
    std::array<char, 9> position {}; // index (64-bit big endian) | last-chunk flag

    ChunkContext(const char* baseNonce, quint64 index, bool last)
    {
        std::memcpy(nonce.data(), baseNonce, nonce.size());
        for (int byte = 0; byte < 8; ++byte)
            nonce[4 + byte] ^= static_cast<unsigned char>(index >> (56 - 8 * byte));
        qToBigEndian(index, position.data());
        position[8] = last ? 1 : 0;
    }
};

bool writeAll(QIODevice& out, const char* data, qint64 size)
{
    return out.write(data, size) == size;
}

} // namespace

CipherStatus EncryptedStream::encrypt(const SecretKey& key, QByteArrayView associatedData, QIODevice& in,
                                      QIODevice& out, int chunkLog2, const Sink& observer)
{
    if (chunkLog2 < MinChunkLog2 || chunkLog2 > MaxChunkLog2)
        chunkLog2 = DefaultChunkLog2;
    const qint64 chunkSize = qint64(1) << chunkLog2;

    std::array<char, HeaderSize> header {};
    std::memcpy(header.data(), Magic, sizeof Magic);
    header[4] = static_cast<char>(Version);
    header[5] = static_cast<char>(chunkLog2);
    if (!SecureRandom::fill(header.data() + 8, Aes256Gcm::NonceSize))
        return CipherStatus::RandomFailed;
    if (!writeAll(out, header.data(), HeaderSize))
        return CipherStatus::WriteFailed;

    Aes256Gcm cipher(key);
    const QByteArrayView headerView(header.data(), HeaderSize);
    QByteArray current(chunkSize + Aes256Gcm::TagSize, Qt::Uninitialized);
    QByteArray next(chunkSize + Aes256Gcm::TagSize, Qt::Uninitialized);
    qint64 currentSize = readFull(in, current.data(), chunkSize);
    for (quint64 index = 0;; ++index) {
        if (currentSize < 0)
            return CipherStatus::ReadFailed;
        // The last chunk must be known before it is sealed: read one chunk ahead.
        qint64 nextSize = 0;
        if (currentSize == chunkSize) {
            nextSize = readFull(in, next.data(), chunkSize);
            if (nextSize < 0)
                return CipherStatus::ReadFailed;
        }
        const bool last = nextSize == 0;
        if (observer && !observer(QByteArrayView(current.constData(), currentSize)))
            return CipherStatus::ReadFailed;
        const ChunkContext context(header.data() + 8, index, last);
        auto* tag = reinterpret_cast<unsigned char*>(current.data() + currentSize);
        if (!cipher.seal(context.nonce.data(), {headerView, associatedData, {context.position.data(), 9}},
                         current.constData(), currentSize, current.data(), tag))
            return CipherStatus::WriteFailed;
        if (!writeAll(out, current.constData(), currentSize + Aes256Gcm::TagSize))
            return CipherStatus::WriteFailed;
        if (last)
            return CipherStatus::Ok;
        current.swap(next);
        currentSize = nextSize;
    }
}

CipherStatus EncryptedStream::decrypt(const SecretKey& key, QByteArrayView associatedData, QIODevice& in,
                                      const Sink& sink)
{
    std::array<char, HeaderSize> header {};
    const qint64 headerSize = readFull(in, header.data(), HeaderSize);
    if (headerSize < 0)
        return CipherStatus::ReadFailed;
    if (headerSize < HeaderSize || std::memcmp(header.data(), Magic, sizeof Magic) != 0)
        return CipherStatus::Damaged;
    if (static_cast<quint8>(header[4]) != Version)
        return CipherStatus::UnsupportedVersion;
    const int chunkLog2 = static_cast<quint8>(header[5]);
    if (chunkLog2 < MinChunkLog2 || chunkLog2 > MaxChunkLog2 || header[6] != 0 || header[7] != 0)
        return CipherStatus::Damaged;

    const qint64 sealedChunkSize = (qint64(1) << chunkLog2) + Aes256Gcm::TagSize;
    Aes256Gcm cipher(key);
    const QByteArrayView headerView(header.data(), HeaderSize);
    QByteArray current(sealedChunkSize, Qt::Uninitialized);
    QByteArray next(sealedChunkSize, Qt::Uninitialized);
    qint64 currentSize = readFull(in, current.data(), sealedChunkSize);
    for (quint64 index = 0;; ++index) {
        if (currentSize < 0)
            return CipherStatus::ReadFailed;
        if (currentSize < Aes256Gcm::TagSize)
            return CipherStatus::Damaged;
        qint64 nextSize = 0;
        if (currentSize == sealedChunkSize) {
            nextSize = readFull(in, next.data(), sealedChunkSize);
            if (nextSize < 0)
                return CipherStatus::ReadFailed;
        }
        const bool last = nextSize == 0;
        const ChunkContext context(header.data() + 8, index, last);
        const qint64 plainSize = currentSize - Aes256Gcm::TagSize;
        const auto* tag = reinterpret_cast<const unsigned char*>(current.constData() + plainSize);
        if (!cipher.open(context.nonce.data(), {headerView, associatedData, {context.position.data(), 9}},
                         current.constData(), plainSize, current.data(), tag))
            return CipherStatus::Damaged;
        if (!sink(QByteArrayView(current.constData(), plainSize)))
            return CipherStatus::WriteFailed;
        if (last)
            return CipherStatus::Ok;
        current.swap(next);
        currentSize = nextSize;
    }
}

CipherStatus EncryptedStream::decrypt(const SecretKey& key, QByteArrayView associatedData, QIODevice& in,
                                      QIODevice& out)
{
    return decrypt(key, associatedData, in,
                   [&out](QByteArrayView plaintext) { return writeAll(out, plaintext.data(), plaintext.size()); });
}

QByteArray EncryptedStream::sealBytes(const SecretKey& key, QByteArrayView associatedData, QByteArrayView plaintext)
{
    QByteArray input = QByteArray::fromRawData(plaintext.data(), plaintext.size());
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QByteArray sealed;
    QBuffer out(&sealed);
    out.open(QIODevice::WriteOnly);
    if (encrypt(key, associatedData, in, out) != CipherStatus::Ok)
        return {};
    return sealed;
}

CipherStatus EncryptedStream::openBytes(const SecretKey& key, QByteArrayView associatedData, QByteArrayView sealed,
                                        QByteArray& plaintext)
{
    QByteArray input = QByteArray::fromRawData(sealed.data(), sealed.size());
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QByteArray result;
    const CipherStatus status = decrypt(key, associatedData, in, [&result](QByteArrayView chunk) {
        result.append(chunk);
        return true;
    });
    if (status == CipherStatus::Ok)
        plaintext = result;
    else
        cleanse(result);
    return status;
}

} // namespace segurdesk::crypto
