#include "core/files/JpegStructure.h"

#include <cstring>

namespace segurdesk::files {

namespace {

enum Marker : quint8 {
    SOF0 = 0xC0,
    DHT = 0xC4,
    JPG = 0xC8,
    DAC = 0xCC,
    SOF15 = 0xCF,
    RST0 = 0xD0,
    RST7 = 0xD7,
    SOI = 0xD8,
    EOI = 0xD9,
    SOS = 0xDA,
    TEM = 0x01,
};

bool isFrameHeader(quint8 marker)
{
    return marker >= SOF0 && marker <= SOF15 && marker != DHT && marker != JPG && marker != DAC;
}

// Walks the marker stream. Stops at the first frame header when `stopAtFrame`, else at EOI.
class MarkerWalker
{
public:
    explicit MarkerWalker(QByteArrayView data)
        : m_bytes(reinterpret_cast<const quint8*>(data.data()))
        , m_size(data.size())
    { }

    bool walk(bool stopAtFrame)
    {
        if (m_size < 4 || m_bytes[0] != 0xFF || m_bytes[1] != SOI)
            return false;
        qsizetype offset = 2;
        for (;;) {
            if (offset >= m_size || m_bytes[offset] != 0xFF)
                return false;
            while (offset < m_size && m_bytes[offset] == 0xFF)
                ++offset; // fill bytes
            if (offset >= m_size)
                return false;
            const quint8 marker = m_bytes[offset++];
            if (marker == EOI)
                return m_frame.isValid() && m_sawScan;
            if (marker == TEM || (marker >= RST0 && marker <= RST7))
                continue;
            if (marker == 0x00 || marker == SOI || m_size - offset < 2)
                return false;
            const qsizetype length = qsizetype(m_bytes[offset]) << 8 | m_bytes[offset + 1];
            if (length < 2 || length > m_size - offset)
                return false;
            if (isFrameHeader(marker)) {
                if (length < 8)
                    return false;
                const int height = m_bytes[offset + 3] << 8 | m_bytes[offset + 4];
                const int width = m_bytes[offset + 5] << 8 | m_bytes[offset + 6];
                if (width == 0 || height == 0)
                    return false; // height defined later by a DNL segment: not used by cameras or scanners
                m_frame = QSize(width, height);
                if (stopAtFrame)
                    return true;
            }
            offset += length;
            if (marker == SOS) {
                if (!m_frame.isValid())
                    return false;
                m_sawScan = true;
                offset = skipEntropyCodedData(offset);
            }
        }
    }

    QSize frame() const { return m_frame; }

private:
    // Returns the offset of the 0xFF that starts the next real marker, or m_size when none.
    qsizetype skipEntropyCodedData(qsizetype offset) const
    {
        while (offset < m_size) {
            const void* found = std::memchr(m_bytes + offset, 0xFF, static_cast<size_t>(m_size - offset));
            if (!found)
                return m_size;
            const qsizetype at = static_cast<const quint8*>(found) - m_bytes;
            if (at + 1 >= m_size)
                return m_size;
            const quint8 next = m_bytes[at + 1];
            // 0xFF00 is a stuffed data byte, RSTn a restart marker inside the scan, 0xFFFF fill.
            if (next == 0x00 || (next >= RST0 && next <= RST7) || next == 0xFF) {
                offset = at + (next == 0xFF ? 1 : 2);
                continue;
            }
            return at;
        }
        return m_size;
    }

    const quint8* m_bytes;
    qsizetype m_size;
    QSize m_frame;
    bool m_sawScan = false;
};

} // namespace

std::optional<QSize> JpegStructure::headerSize(QByteArrayView data)
{
    MarkerWalker walker(data);
    if (!walker.walk(true) || !walker.frame().isValid())
        return std::nullopt;
    return walker.frame();
}

bool JpegStructure::isComplete(QByteArrayView data)
{
    return MarkerWalker(data).walk(false);
}

} // namespace segurdesk::files
