#pragma once

#include <QByteArrayView>
#include <QSize>

#include <optional>

namespace segurdesk::files {

// PNG container checks that need no pixel decoding (ISO/IEC 15948 chunk layout).
class PngStructure
{
public:
    // Width and height from the IHDR chunk, which must come first; nothing else is read.
    static std::optional<QSize> headerSize(QByteArrayView data);
    // True when every chunk up to IEND is whole and its CRC matches, with IHDR first and at
    // least one IDAT. A truncated or bit-flipped file fails here even where a decoder would
    // quietly return a partial picture. Bytes after IEND are tolerated, as decoders do.
    static bool isComplete(QByteArrayView data);
};

} // namespace segurdesk::files
