#include "core/files/ImageVerifier.h"

#include "core/files/JpegStructure.h"
#include "core/files/PngStructure.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

#include <optional>

namespace segurdesk::files {

namespace {

constexpr int kJpegScaleDenominator = 8;

int scaledDown(int length)
{
    return (length + kJpegScaleDenominator - 1) / kJpegScaleDenominator;
}

} // namespace

ImageVerifier::Result ImageVerifier::verify(const QByteArray& content, FileType type, qint64 maxPixels)
{
    const bool png = type == FileType::Png;
    if (!png && type != FileType::Jpeg)
        return {};
    const std::optional<QSize> declared = png ? PngStructure::headerSize(content) : JpegStructure::headerSize(content);
    if (!declared)
        return {};
    if (qint64(declared->width()) * declared->height() > maxPixels)
        return {FileVerdict::ImageTooManyPixels, *declared};
    if (!(png ? PngStructure::isComplete(content) : JpegStructure::isComplete(content)))
        return {FileVerdict::ImageCorrupt, *declared};

    QBuffer buffer;
    buffer.setData(content);
    if (!buffer.open(QIODevice::ReadOnly))
        return {FileVerdict::ImageCorrupt, *declared};
    QImageReader reader(&buffer, png ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg"));
    reader.setAutoTransform(false);
    // Behind the pixel guard, Qt's own allocation limit (256 MB) stays the second line of
    // defence. It is one setting for the whole process: a check on a worker must not change it.
    if (reader.size() != *declared)
        return {FileVerdict::ImageCorrupt, *declared};
    if (!png) {
        // Qt's JPEG reader lets libjpeg scale during decompression only below "high quality".
        reader.setQuality(0);
        reader.setScaledSize(QSize(scaledDown(declared->width()), scaledDown(declared->height())));
    }
    if (reader.read().isNull())
        return {FileVerdict::ImageCorrupt, *declared};
    return {FileVerdict::Accepted, *declared};
}

} // namespace segurdesk::files
