#include "core/portal/MultipartBody.h"

#include <cstring>

namespace segurdesk::portal {

MultipartBody::MultipartBody(QByteArray boundary, QObject* parent)
    : QIODevice(parent)
    , m_boundary(std::move(boundary))
    , m_layout(m_boundary.size())
    , m_closing("--" + m_boundary + "--\r\n")
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 MultipartBody::size() const
{
    return m_partsSize + m_closing.size();
}

void MultipartBody::appendSegment(QByteArray bytes, QIODevice* device, qint64 size)
{
    m_segments.push_back({m_partsSize, size, std::move(bytes), device});
    m_partsSize += size;
}

void MultipartBody::addPart(const MultipartLayout::Headers& headers, const QByteArray& content)
{
    const QByteArray headerBlock = MultipartLayout::headerBlock(headers);
    const QByteArray bytes = "--" + m_boundary + "\r\n" + headerBlock + content + "\r\n";
    appendSegment(bytes, nullptr, bytes.size());
    m_layout.addPart(headerBlock.size(), content.size());
}

void MultipartBody::addPart(const MultipartLayout::Headers& headers, std::unique_ptr<QIODevice> content)
{
    const QByteArray headerBlock = MultipartLayout::headerBlock(headers);
    const QByteArray opening = "--" + m_boundary + "\r\n" + headerBlock;
    appendSegment(opening, nullptr, opening.size());
    const qint64 contentSize = content->size();
    connect(content.get(), &QIODevice::readyRead, this, &QIODevice::readyRead);
    appendSegment({}, content.get(), contentSize);
    appendSegment(QByteArrayLiteral("\r\n"), nullptr, 2);
    m_devices.push_back(std::move(content));
    m_layout.addPart(headerBlock.size(), contentSize);
}

QByteArray MultipartBody::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

qint64 MultipartBody::readData(char* data, qint64 maxSize)
{
    qint64 done = 0;
    qint64 position = pos();
    const Segment closing {m_partsSize, m_closing.size(), m_closing, nullptr};
    for (qsizetype i = 0; i <= qsizetype(m_segments.size()) && done < maxSize; ++i) {
        const Segment& segment = i < qsizetype(m_segments.size()) ? m_segments[size_t(i)] : closing;
        if (position >= segment.start + segment.size)
            continue;
        const qint64 count = readSegment(segment, position - segment.start, data + done, maxSize - done);
        if (count < 0)
            return -1;
        done += count;
        position += count;
        // A device that gave less than asked: let the caller come back for the rest.
        if (position < segment.start + segment.size)
            break;
    }
    return done == 0 && position >= size() ? -1 : done;
}

qint64 MultipartBody::readSegment(const Segment& segment, qint64 offset, char* data, qint64 maxSize)
{
    const qint64 wanted = qMin(maxSize, segment.size - offset);
    if (!segment.device) {
        std::memcpy(data, segment.bytes.constData() + offset, static_cast<size_t>(wanted));
        return wanted;
    }
    if (segment.device->pos() != offset && !segment.device->seek(offset)) {
        setErrorString(segment.device->errorString());
        return -1;
    }
    const qint64 count = segment.device->read(data, wanted);
    if (count == 0 && segment.device->bytesAvailable() == 0 && !segment.device->atEnd())
        return 0;
    if (count <= 0) {
        // A document shorter than its size, or unreadable: never send a body of the wrong length.
        setErrorString(count < 0 ? segment.device->errorString() : QStringLiteral("a part ended before its size"));
        return -1;
    }
    return count;
}

} // namespace segurdesk::portal
