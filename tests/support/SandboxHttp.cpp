#include "tests/support/SandboxHttp.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace segurdesk::test {

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QStringList HttpReply::fieldErrors() const
{
    QStringList errors;
    for (const auto& error : json().value(QLatin1String("errors")).toArray()) {
        errors.append(error.toObject().value(QLatin1String("field")).toString() + QLatin1Char(':')
                      + error.toObject().value(QLatin1String("code")).toString());
    }
    return errors;
}

QString HttpReply::problemType() const
{
    return json().value(QLatin1String("type")).toString().remove(QStringLiteral("urn:segurdesk:problem:"));
}

SandboxHttp::SandboxHttp(const QString& baseUrl)
    : m_baseUrl(baseUrl)
{ }

HttpReply SandboxHttp::send(const QByteArray& method, const QString& path, const QByteArray& body,
                            const Headers& headers)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    // A custom "HEAD" would make Qt wait for the Content-Length bytes the answer never sends.
    QNetworkReply* reply
        = method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpReply SandboxHttp::get(const QString& path, const QString& token, const Headers& headers)
{
    Headers all = headers;
    if (!token.isEmpty())
        all.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
    return send(QByteArrayLiteral("GET"), path, QByteArray(), all);
}

HttpReply SandboxHttp::postJson(const QString& path, const QJsonObject& body, const QString& token,
                                const Headers& headers)
{
    Headers all = headers;
    all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!token.isEmpty())
        all.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
    return send(QByteArrayLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

HttpReply SandboxHttp::putJson(const QString& path, const QJsonObject& body, const QString& token)
{
    Headers all {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    if (!token.isEmpty())
        all.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
    return send(QByteArrayLiteral("PUT"), path, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

} // namespace segurdesk::test
