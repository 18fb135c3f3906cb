#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>

namespace segurdesk::test {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (connection closed, refused...)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const;
    // "field:code" of every entry of a problem's errors[].
    QStringList fieldErrors() const;
    QString problemType() const;
};

// Blocking HTTP over a real QNetworkAccessManager: each call waits for `finished` in a local
// event loop (no sleeps), with a generous timeout that only catches a hung server.
class SandboxHttp
{
public:
    explicit SandboxHttp(const QString& baseUrl);

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& body = QByteArray(),
                   const Headers& headers = Headers());
    HttpReply get(const QString& path, const QString& token = QString(), const Headers& headers = Headers());
    HttpReply postJson(const QString& path, const QJsonObject& body, const QString& token = QString(),
                       const Headers& headers = Headers());
    HttpReply putJson(const QString& path, const QJsonObject& body, const QString& token = QString());

private:
    QString m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace segurdesk::test
