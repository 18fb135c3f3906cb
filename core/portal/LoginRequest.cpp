#include "core/portal/LoginRequest.h"

namespace segurdesk::portal {

LoginRequest::LoginRequest(PortalClient& client, const QString& login, const QString& password, QObject* parent)
    : SessionTokenRequest(client, QByteArrayLiteral("POST"), QStringLiteral("/auth/login"),
                          QStringLiteral("/auth/login"), parent)
{
    setAuthenticated(false);
    setJsonBody(QJsonObject {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
}

} // namespace segurdesk::portal
