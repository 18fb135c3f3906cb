#include "core/portal/MultipartLayout.h"

#include <algorithm>

namespace segurdesk::portal {

MultipartLayout::MultipartLayout(qsizetype boundarySize)
    : m_boundarySize(boundarySize)
{ }

QByteArray MultipartLayout::headerBlock(const Headers& headers)
{
    QByteArray block;
    for (const auto& [name, value] : headers)
        block += name + ": " + value + "\r\n";
    return block + "\r\n";
}

void MultipartLayout::addPart(qint64 headerBytes, qint64 bodyBytes)
{
    // "--" boundary "\r\n" header-block body "\r\n"
    const qint64 bodyStart = m_end + m_boundarySize + 4 + headerBytes;
    m_parts.append(Part {bodyStart, bodyBytes});
    m_end = bodyStart + bodyBytes + 2;
}

qint64 MultipartLayout::bodySize(int part) const
{
    return part >= 0 && part < m_parts.size() ? m_parts.at(part).bodySize : 0;
}

qint64 MultipartLayout::totalBytes() const
{
    // "--" boundary "--\r\n"
    return m_end + m_boundarySize + 6;
}

qint64 MultipartLayout::bodyBytesSent(int part, qint64 sentBytes) const
{
    if (part < 0 || part >= m_parts.size())
        return 0;
    const Part& p = m_parts.at(part);
    return std::clamp<qint64>(sentBytes - p.bodyStart, 0, p.bodySize);
}

} // namespace segurdesk::portal
