#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace segurdesk::sandbox {

// A copy of what the sandbox needs from a QHttpServerRequest, which only lives for the call
// of handleRequest(): a stalled request is processed later from this copy.
struct HttpRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path; // decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first value of a header, matched case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    // A query parameter, never null: SQL filters bind it and compare it with ''.
    QString queryValue(const QString& name) const;
};

} // namespace segurdesk::sandbox
