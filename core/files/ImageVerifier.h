#pragma once

#include "core/files/FileInspection.h"

#include <QByteArray>
#include <QSize>

namespace segurdesk::files {

// Checks that a PNG or JPEG held in memory is whole and decodes, after refusing, from the
// header alone, one that declares more than `maxPixels` pixels (a decompression bomb costs
// nothing to send and gigabytes to decode).
//
// "Decodes completely": the container is checked first (PNG: every chunk and CRC up to IEND;
// JPEG: every marker up to EOI), because Qt's decoders return a grey-padded partial picture
// for a truncated file. Then every pixel is decoded. A JPEG is decoded at 1/8 scale: libjpeg
// still entropy-decodes every coefficient of every block (so damaged data is still caught)
// but skips most of the inverse DCT and colour conversion, which is most of the time spent.
class ImageVerifier
{
public:
    struct Result
    {
        FileVerdict verdict = FileVerdict::ImageCorrupt;
        QSize pixelSize;
    };

    static Result verify(const QByteArray& content, FileType type, qint64 maxPixels);
};

} // namespace segurdesk::files
