#include "core/portal/PasswordChangeRequest.h"

namespace segurdesk::portal {

PasswordChangeRequest::PasswordChangeRequest(PortalClient& client, const QString& currentPassword,
                                             const QString& newPassword, const QString& confirmation, QObject* parent)
    : SessionTokenRequest(client, QByteArrayLiteral("POST"), QStringLiteral("/auth/password"),
                          QStringLiteral("/auth/password"), parent)
{
    setJsonBody(QJsonObject {{QStringLiteral("current_password"), currentPassword},
                             {QStringLiteral("new_password"), newPassword},
                             {QStringLiteral("new_password_confirmation"), confirmation}});
}

} // namespace segurdesk::portal
