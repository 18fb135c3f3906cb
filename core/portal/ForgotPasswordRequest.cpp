#include "core/portal/ForgotPasswordRequest.h"

namespace segurdesk::portal {

ForgotPasswordRequest::ForgotPasswordRequest(PortalClient& client, const QString& login, QObject* parent)
    : EmptyReplyRequest(client, QByteArrayLiteral("POST"), QStringLiteral("/auth/forgot-password"),
                        QStringLiteral("/auth/forgot-password"), parent)
{
    setAuthenticated(false);
    setJsonBody(QJsonObject {{QStringLiteral("login"), login}});
}

} // namespace segurdesk::portal
