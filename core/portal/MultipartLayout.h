#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace segurdesk::portal {

// Where each part's body lies in a multipart/form-data body as MultipartBody writes it
// ("--boundary\r\n", the header block, the body, "\r\n" per part; "--boundary--\r\n" to end),
// so that upload progress in bytes can be told per document.
class MultipartLayout
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    MultipartLayout() = default;
    explicit MultipartLayout(qsizetype boundarySize);

    // The header block of a part: "Name: value\r\n" per header, then an empty line.
    static QByteArray headerBlock(const Headers& headers);

    void addPart(qint64 headerBytes, qint64 bodyBytes);

    int partCount() const { return static_cast<int>(m_parts.size()); }
    qint64 bodySize(int part) const;
    // The whole body's size: what the upload reports as its total.
    qint64 totalBytes() const;
    // How much of part `part`'s body is sent once `sentBytes` of the whole body are.
    qint64 bodyBytesSent(int part, qint64 sentBytes) const;

private:
    struct Part
    {
        qint64 bodyStart;
        qint64 bodySize;
    };

    qsizetype m_boundarySize = 0;
    qint64 m_end = 0;
    QList<Part> m_parts;
};

} // namespace segurdesk::portal
