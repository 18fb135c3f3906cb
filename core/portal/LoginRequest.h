#pragma once

#include "core/portal/SessionTokenRequest.h"

#include <QJsonObject>

namespace segurdesk::portal {

// POST /auth/login. On success the client holds the session token; value() tells whether the
// password must be changed first. Wrong login or password: InvalidCredentials; too many:
// AccountLocked (error().retryAfter says for how long). The password is wiped once sent.
class LoginRequest final : public SessionTokenRequest
{
public:
    LoginRequest(PortalClient& client, const QString& login, const QString& password, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
