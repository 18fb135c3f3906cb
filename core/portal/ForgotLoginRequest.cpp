#include "core/portal/ForgotLoginRequest.h"

namespace segurdesk::portal {

ForgotLoginRequest::ForgotLoginRequest(PortalClient& client, const QString& email, QObject* parent)
    : EmptyReplyRequest(client, QByteArrayLiteral("POST"), QStringLiteral("/auth/forgot-login"),
                        QStringLiteral("/auth/forgot-login"), parent)
{
    setAuthenticated(false);
    setJsonBody(QJsonObject {{QStringLiteral("email"), email}});
}

} // namespace segurdesk::portal
