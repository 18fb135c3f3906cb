#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace segurdesk::sandbox {

// A complete answer, serialised at once by SandboxServer (status line, headers, body).
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Whether SandboxServer adds an ETag and honours If-None-Match (successful GETs).
    bool cacheable = false;

    static HttpResponse json(int status, const QJsonObject& object);
    static HttpResponse bytes(int status, const QByteArray& contentType, const QByteArray& body);
    static HttpResponse noContent(int status = 204);

    HttpResponse& withHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(QByteArrayView name) const;

    // The raw HTTP/1.1 message.
    QByteArray serialize(bool closeConnection) const;
};

} // namespace segurdesk::sandbox
