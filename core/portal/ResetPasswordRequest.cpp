#include "core/portal/ResetPasswordRequest.h"

namespace segurdesk::portal {

ResetPasswordRequest::ResetPasswordRequest(PortalClient& client, const QString& login, const QString& code,
                                           const QString& secretAnswer, const QString& newPassword,
                                           const QString& confirmation, QObject* parent)
    : EmptyReplyRequest(client, QByteArrayLiteral("POST"), QStringLiteral("/auth/reset-password"),
                        QStringLiteral("/auth/reset-password"), parent)
{
    setAuthenticated(false);
    QJsonObject body {{QStringLiteral("login"), login},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("new_password"), newPassword},
                      {QStringLiteral("new_password_confirmation"), confirmation}};
    if (!secretAnswer.isEmpty())
        body.insert(QStringLiteral("secret_answer"), secretAnswer);
    setJsonBody(body);
}

} // namespace segurdesk::portal
