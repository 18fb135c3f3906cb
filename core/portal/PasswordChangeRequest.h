#pragma once

#include "core/portal/SessionTokenRequest.h"

#include <QJsonObject>

namespace segurdesk::portal {

// POST /auth/password: changes the password (forced at first login). The portal revokes every
// token and returns a fresh session, which the client takes. Policy violations come back as
// field errors at "new_password", "new_password_confirmation" or "current_password".
class PasswordChangeRequest final : public SessionTokenRequest
{
public:
    PasswordChangeRequest(PortalClient& client, const QString& currentPassword, const QString& newPassword,
                          const QString& confirmation, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
