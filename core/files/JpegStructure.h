#pragma once

#include <QByteArrayView>
#include <QSize>

#include <optional>

namespace segurdesk::files {

// JPEG marker-level checks that need no pixel decoding (ITU T.81 syntax).
class JpegStructure
{
public:
    // Width and height from the first SOFn frame header, reading the segments before it only.
    static std::optional<QSize> headerSize(QByteArrayView data);
    // True when the marker stream is whole: SOI, segments whose lengths fit, a frame header,
    // at least one scan, and the EOI marker after the last scan's entropy-coded data.
    // libjpeg only warns on a missing end ("Premature end of JPEG file") and pads the picture
    // with grey, so a truncated photo is caught here. Bytes after EOI (phone makers append
    // data there) are tolerated, as decoders do.
    static bool isComplete(QByteArrayView data);
};

} // namespace segurdesk::files
