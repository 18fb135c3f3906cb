#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace segurdesk::sandbox {

struct MultipartPart
{
    QString name;
    QString filename;
    QByteArray contentType; // as declared by the client, lower case, without parameters
    QByteArray data;
};

// A strict, bounded parser of multipart/form-data bodies (RFC 7578). Pure: no I/O, never
// throws, rejects rather than guesses (truncated body, missing boundary, nameless or
// duplicate parts, oversized part headers, too many parts).
class MultipartParser
{
public:
    static constexpr int MaxParts = 64;
    static constexpr qsizetype MaxPartHeaderBytes = qsizetype {8} * 1024;

    struct Result
    {
        bool ok = false;
        QString error; // stable code: multipart.content_type, multipart.boundary, multipart.truncated, ...
        QList<MultipartPart> parts;
    };

    // `contentType` is the request's Content-Type header value.
    static Result parse(const QByteArray& contentType, const QByteArray& body);

    // The boundary parameter of a multipart/form-data Content-Type, or empty.
    static QByteArray boundary(const QByteArray& contentType);
};

} // namespace segurdesk::sandbox
