#include "sandbox/http/JsonBody.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace segurdesk::sandbox {

std::optional<QJsonObject> JsonBody::parse(const RequestContext& context, HttpResponse* problem)
{
    const QByteArray contentType = context.request.header("Content-Type").toLower();
    if (!contentType.startsWith("application/json")) {
        *problem
            = context.fail(Problem(415, QStringLiteral("unsupported-media-type"),
                                   QCoreApplication::translate("JsonBody", "Send a JSON body (application/json).")));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body, &error);
    if (!document.isObject()) {
        *problem = context.fail(Problem(
            400, QStringLiteral("malformed-request"),
            QCoreApplication::translate("JsonBody", "The body is not a JSON object: %1").arg(error.errorString())));
        return std::nullopt;
    }
    return document.object();
}

} // namespace segurdesk::sandbox
