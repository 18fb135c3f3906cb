#include "core/files/PngStructure.h"

#include <cstring>
#include <zlib.h>

namespace segurdesk::files {

namespace {

constexpr qsizetype kSignatureSize = 8;
constexpr quint32 kMaxChunkLength = 0x7FFFFFFF;

quint32 readBigEndian32(QByteArrayView data, qsizetype offset)
{
    const auto* bytes = reinterpret_cast<const quint8*>(data.data() + offset);
    return quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | quint32(bytes[3]);
}

bool hasSignature(QByteArrayView data)
{
    return data.size() >= kSignatureSize && std::memcmp(data.data(), "\x89PNG\r\n\x1A\n", kSignatureSize) == 0;
}

} // namespace

std::optional<QSize> PngStructure::headerSize(QByteArrayView data)
{
    constexpr qsizetype kIhdrEnd = kSignatureSize + 8 + 13;
    if (!hasSignature(data) || data.size() < kIhdrEnd)
        return std::nullopt;
    if (readBigEndian32(data, 8) != 13 || data.sliced(12, 4) != "IHDR")
        return std::nullopt;
    const quint32 width = readBigEndian32(data, 16);
    const quint32 height = readBigEndian32(data, 20);
    if (width == 0 || height == 0 || width > kMaxChunkLength || height > kMaxChunkLength)
        return std::nullopt;
    return QSize(static_cast<int>(width), static_cast<int>(height));
}

bool PngStructure::isComplete(QByteArrayView data)
{
    if (!headerSize(data))
        return false;
    bool sawImageData = false;
    qsizetype offset = kSignatureSize;
    while (data.size() - offset >= 12) {
        const quint32 length = readBigEndian32(data, offset);
        if (length > kMaxChunkLength || static_cast<qint64>(length) > data.size() - offset - 12)
            return false;
        const QByteArrayView typeAndData = data.sliced(offset + 4, 4 + static_cast<qsizetype>(length));
        const quint32 expected = readBigEndian32(data, offset + 8 + static_cast<qsizetype>(length));
        const uLong actual = crc32_z(crc32_z(0, nullptr, 0), reinterpret_cast<const Bytef*>(typeAndData.data()),
                                     static_cast<z_size_t>(typeAndData.size()));
        if (actual != expected)
            return false;
        const QByteArrayView type = typeAndData.first(4);
        if (type == "IDAT")
            sawImageData = true;
        else if (type == "IEND")
            return sawImageData;
        offset += 12 + static_cast<qsizetype>(length);
    }
    return false;
}

} // namespace segurdesk::files
